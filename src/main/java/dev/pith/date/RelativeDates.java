package dev.pith.date;

import dev.pith.lexicon.DataFile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a relative time ("3 hours ago", "vor 2 Tagen", "hace una hora", "昨天") as a date counted back
 * from the time the page was fetched. The forms come from the data file
 * {@code dev/pith/date/relative-times.txt}, one language after another. Minutes and hours give a time
 * (to the minute), days and weeks a day; months and years are never read, since they name no day.
 *
 * <p>Immutable and thread-safe.
 */
public final class RelativeDates {

    private static final String RESOURCE = "/dev/pith/date/relative-times.txt";
    private static final RelativeDates BUILT_IN = new RelativeDates(DataFile.lines(RESOURCE));
    private static final String NUMBER = "{n}";

    /** One form: its pattern, the unit it counts, and the amount when the form names it ("an hour ago"). */
    private record Form(Pattern pattern, ChronoUnit unit, int fixed) {
    }

    private final List<Form> forms;

    RelativeDates(List<String> lines) {
        List<Form> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalStateException("relative time without a unit: " + line);
            }
            ChronoUnit unit = ChronoUnit.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            int fixed = f.length > 2 ? Integer.parseInt(f[2].strip()) : -1;
            out.add(new Form(compile(f[0].strip(), fixed >= 0), unit, fixed));
        }
        this.forms = List.copyOf(out);
    }

    /** The forms Pith ships. */
    public static RelativeDates builtIn() {
        return BUILT_IN;
    }

    /**
     * The date {@code text} names relative to {@code reference}, if it holds a known form: an
     * {@link OffsetDateTime} for minutes and hours, a {@link LocalDate} for days and weeks.
     */
    public Optional<Temporal> resolve(String text, OffsetDateTime reference) {
        String t = DateFinder.asciiDigits(text.strip());
        for (Form form : forms) {
            Matcher m = form.pattern().matcher(t);
            if (m.find()) {
                int n = form.fixed() >= 0 ? form.fixed() : Integer.parseInt(m.group(1));
                return Optional.of(switch (form.unit()) {
                    case MINUTES, HOURS -> reference.minus(n, form.unit()).truncatedTo(ChronoUnit.MINUTES);
                    case WEEKS -> reference.toLocalDate().minusWeeks(n);
                    default -> reference.toLocalDate().minusDays(n);
                });
            }
        }
        return Optional.empty();
    }

    /**
     * A template as a pattern: white space flexible, case ignored. A form with a number may stand
     * anywhere in the line; a bare word ("yesterday", "hier") only at its start with nothing but
     * numbers and punctuation after it ("yesterday, 10:30"), since the same word is common in prose.
     */
    private static Pattern compile(String template, boolean bare) {
        StringBuilder b = new StringBuilder(bare ? "^" : "(?<![\\p{L}\\d])");
        int i = template.indexOf(NUMBER);
        String before = i < 0 ? template : template.substring(0, i);
        b.append(words(before.strip()));
        if (i >= 0) {
            // "3 小时前" and "3小时前", "vor 3 Tagen" and "vor 3Tagen" are all written
            b.append(before.isBlank() ? "" : "\\s{0,3}").append("(\\d{1,4})\\s{0,3}")
                    .append(words(template.substring(i + NUMBER.length()).strip()));
        }
        b.append(bare ? "[^\\p{L}]{0,20}$" : "(?![\\p{L}])");
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String words(String literal) {
        StringBuilder b = new StringBuilder();
        String[] parts = literal.split("\\s+", -1);
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                b.append("\\s{1,3}");
            }
            if (!parts[k].isEmpty()) {
                b.append(Pattern.quote(parts[k]));
            }
        }
        return b.toString();
    }
}
