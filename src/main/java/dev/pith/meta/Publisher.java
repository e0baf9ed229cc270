package dev.pith.meta;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;
import dev.pith.rules.DatedText;
import dev.pith.rules.PrefixText;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organisation credited as the story's source, trusting the most explicit statement first:
 * a source line ("Theo TTXVN", "Source: Yonhap"), then the article's dateline ("2024-09-22 来源:Anhui
 * News", or a name the site printed twice before the date), then an organisation on the byline ("By
 * AP"), then an agency in brackets closing the body ("... (Yonhap)"). A republishing portal credits
 * its source on its dateline, which is why that beats the agency the original text closes with.
 */
final class Publisher {

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]{0,80}\\]|\\([^()]{0,80}\\)");
    private static final Pattern CLOSING_AGENCY = Pattern.compile("\\(([^()]{2,40})\\)\\s*$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s|·•:,;\\-–—/]+|[\\s|·•:,;\\-–—/.]+$");
    private static final int MAX_NAME_CHARS = 60;

    private Publisher() {
    }

    static String find(Document doc, CreditParser parser) {
        return fromSourceLine(doc)
                .or(() -> fromDateline(doc, parser))
                .or(() -> fromByline(doc, parser))
                .or(() -> fromClosingAgency(doc, parser))
                .orElse(null);
    }

    private static Optional<String> fromSourceLine(Document doc) {
        Lexicon lex = doc.lexicon();
        for (int i = 0; i < doc.size(); i++) {
            if (!doc.is(i, Label.SOURCE)) {
                continue;
            }
            String norm = doc.normalized(i);
            Optional<Phrase> prefix = lex.prefixOf(PhraseKind.SOURCE_PREFIX, norm)
                    .or(() -> lex.prefixOf(PhraseKind.BYLINE_PREFIX, norm));
            String text = doc.text(i);
            Optional<String> name = prefix.map(p -> clean(PrefixText.after(text, p.text())));
            if (name.isPresent() && !name.get().isEmpty()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromDateline(Document doc, CreditParser parser) {
        for (int i = 0; i < doc.size(); i++) {
            if (!doc.is(i, Label.DATELINE)) {
                continue;
            }
            String rest = clean(BRACKETED.matcher(DatedText.withoutDates(doc.text(i), doc.dates(i))).replaceAll(" "));
            return nameIn(doc.lexicon(), parser, rest);
        }
        return Optional.empty();
    }

    /** The organisation a dateline's words (dates removed) name, if they name one. */
    static Optional<String> nameIn(Lexicon lex, CreditParser parser, String rest) {
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String norm = PhraseMatcher.normalize(rest);
        int at = -1;
        Phrase found = null;
        for (Phrase p : lex.occurrences(PhraseKind.SOURCE_PREFIX, norm)) {
            int k = PhraseMatcher.indexOf(norm, p.text());
            if (p.text().endsWith(":") && (found == null || k < at)) {
                found = p;
                at = k;
            }
        }
        if (found != null) {
            String after = clean(PrefixText.after(rest, norm.substring(0, at) + found.text()));
            return after.isEmpty() || after.length() > MAX_NAME_CHARS ? Optional.empty() : Optional.of(after);
        }
        String twice = halfIfDoubled(rest);
        if (twice != null) {
            return Optional.of(twice);
        }
        return parser.isOrganisation(rest) ? Optional.of(rest) : Optional.empty();
    }

    private static Optional<String> fromByline(Document doc, CreditParser parser) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.is(i, Label.BYLINE)) {
                Optional<Credit> c = Bylines.credit(doc.lexicon(), parser, doc.text(i));
                if (c.isPresent() && c.get().organisation() != null) {
                    return Optional.of(c.get().organisation());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromClosingAgency(Document doc, CreditParser parser) {
        String last = null;
        for (int i = 0; i < doc.size(); i++) {
            if (doc.is(i, Label.BODY)) {
                last = doc.text(i);
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        Matcher m = CLOSING_AGENCY.matcher(last);
        return m.find() && parser.isOrganisation(m.group(1).strip()) ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** "Báo Quốc TếBáo Quốc Tế" gives "Báo Quốc Tế": a name run twice without a space, as links often are. */
    static String halfIfDoubled(String s) {
        int n = s.length();
        if (n < 4 || n % 2 != 0) {
            return null;
        }
        String half = s.substring(0, n / 2);
        return half.equals(s.substring(n / 2)) && half.strip().equals(half) ? half : null;
    }

    static String clean(String s) {
        return EDGE_PUNCTUATION.matcher(s.strip()).replaceAll("").strip();
    }
}
