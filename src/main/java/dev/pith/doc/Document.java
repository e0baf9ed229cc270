package dev.pith.doc;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import dev.pith.DetectedLanguage;
import dev.pith.Label;
import dev.pith.Page;
import dev.pith.date.DateFinder;
import dev.pith.date.DateMention;
import dev.pith.head.HeadMetadata;
import dev.pith.lang.Kinship;
import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;
import dev.pith.lexicon.TextPairs;
import dev.pith.segment.Segment;
import dev.pith.text.TextStats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The working state of one page on its way through the pipeline: its blocks, their measurements and
 * languages, and the verdicts rules have given them so far.
 *
 * <p>Created per page and confined to the thread cleaning it; nothing here outlives the page, so no
 * result depends on what was cleaned before.
 */
public final class Document {

    private final Page page;
    private final List<Segment> segments;
    private final TextStats[] stats;
    private final BlockLanguages languages;
    private final String[] normalized;
    /** The char pairs of each normalized block, read when first asked. */
    private final TextPairs[] pairs;
    private final int[] firstCopy;
    private final boolean[] repeatedLater;
    private final Verdict[] verdicts;
    private final Lexicon lexicon;
    private final List<String> warnings;
    private final Map<Integer, List<DateMention>> dates = new HashMap<>();
    private DateFinder dateFinder = new DateFinder(true);
    private String language = DetectedLanguage.UND;
    private Boolean articleContainer;
    /** The scripts of {@link #scriptsOfLanguage}, for {@link #isWrittenIn}. */
    private String scriptsOfLanguage;
    private int[] scripts;
    private HeadMetadata head = HeadMetadata.NONE;
    private static final int MIN_CONTAINER_WORDS = 50;
    /** Below this a detector's guess is too weak to call a block foreign. */
    private static final double MIN_FOREIGN_CONFIDENCE = 0.5;
    /**
     * Below this many letters (about seven words) a block in the page language's own script is not
     * called foreign: the detector tells single words apart only about four times in five and pairs of
     * words eleven times in twelve, and such a block is mostly a name, a product or a heading
     * ("Андрей Рудьков" read as Ukrainian in a Russian article, "Fossil Hybrid HR smartwatch for $195"
     * as German in an English one, "1- Entenda o propósito da varanda" as Spanish in a Portuguese one).
     */
    private static final int MIN_SAME_SCRIPT_LETTERS = 40;

    public Document(Page page, List<Segment> segments, TextStats[] stats, DetectedLanguage[] languages,
                    Lexicon lexicon, List<String> warnings) {
        this(page, segments, stats, BlockLanguages.of(languages), lexicon, warnings);
    }

    public Document(Page page, List<Segment> segments, TextStats[] stats, BlockLanguages languages,
                    Lexicon lexicon, List<String> warnings) {
        this.page = page;
        this.segments = List.copyOf(segments);
        this.stats = stats;
        this.languages = languages;
        this.lexicon = lexicon;
        this.warnings = new ArrayList<>(warnings);
        int n = segments.size();
        this.normalized = new String[n];
        this.pairs = new TextPairs[n];
        this.firstCopy = new int[n];
        this.verdicts = new Verdict[n];
        this.repeatedLater = new boolean[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            normalized[i] = PhraseMatcher.normalize(segments.get(i).text());
            firstCopy[i] = seen.getOrDefault(normalized[i], -1);
            seen.putIfAbsent(normalized[i], i);
            if (firstCopy[i] >= 0) {
                repeatedLater[firstCopy[i]] = true;
            }
        }
    }

    /** What the page's head says about the article; {@link HeadMetadata#NONE} for text dumps. */
    public HeadMetadata head() {
        return head;
    }

    /** Sets the head metadata read while segmenting. */
    public void head(HeadMetadata head) {
        this.head = java.util.Objects.requireNonNull(head, "head");
    }

    public Page page() {
        return page;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The number of blocks. */
    public int size() {
        return segments.size();
    }

    public Segment segment(int i) {
        return segments.get(i);
    }

    public String text(int i) {
        return segments.get(i).text();
    }

    /** The block's text in lower case with white space collapsed, for phrase matching. */
    public String normalized(int i) {
        return normalized[i];
    }

    /**
     * Every phrase of {@code kind} in block {@code i}, as {@link Lexicon#occurrences} finds them in its
     * normalized text; the block's char pairs are read once for all the kinds asked about.
     */
    public List<Phrase> occurrences(PhraseKind kind, int i) {
        if (pairs[i] == null) {
            pairs[i] = TextPairs.of(normalized[i]);
        }
        return lexicon.occurrences(kind, pairs[i]);
    }

    public TextStats stats(int i) {
        return stats[i];
    }

    public DetectedLanguage language(int i) {
        return languages.get(i);
    }

    /** The index of the earlier block with the same text, or -1 when this is the first. */
    public int firstCopy(int i) {
        return firstCopy[i];
    }

    /** Whether another block later on the page has the same text. */
    public boolean isRepeatedLater(int i) {
        return repeatedLater[i];
    }

    /**
     * Whether the page marks its article with a container ({@code article}, {@code main},
     * {@code itemprop=articleBody}) that holds real text: then being inside it is evidence.
     */
    public boolean hasArticleContainer() {
        if (articleContainer == null) {
            int words = 0;
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i).structure().inArticle()) {
                    words += stats[i].words();
                }
            }
            articleContainer = words >= MIN_CONTAINER_WORDS;
        }
        return articleContainer;
    }

    /**
     * Whether block {@code i} is confidently written in another language than {@code pageLanguage}
     * (and not in a close relative of it). Never true while the page's language is {@code und}.
     */
    public boolean isForeign(int i, String pageLanguage) {
        if (DetectedLanguage.UND.equals(pageLanguage)) {
            return false; // asked before the page's language is known: nothing is foreign yet
        }
        if (stats[i].letters() < MIN_SAME_SCRIPT_LETTERS && isWrittenIn(pageLanguage, stats[i].mainScript())) {
            return false; // a name or two words in the page's own script: too little to tell a language by
        }
        DetectedLanguage lang = language(i); // after the cheap test: detecting is the dear part
        return lang.isKnown() && lang.confidence() >= MIN_FOREIGN_CONFIDENCE && !Kinship.areClose(lang.tag(), pageLanguage);
    }

    /** Whether {@code language} is written in {@code script}; the page's language's scripts are looked up once. */
    private boolean isWrittenIn(String language, int script) {
        if (!language.equals(scriptsOfLanguage)) {
            scripts = UScript.getCode(ULocale.forLanguageTag(language));
            scriptsOfLanguage = language;
        }
        for (int s : scripts) {
            if (s == script) {
                return true;
            }
        }
        return false;
    }

    /** The page's language as decided so far, {@code und} until the body is known. */
    public String language() {
        return language;
    }

    public void language(String tag) {
        this.language = tag;
    }

    /**
     * How ambiguous numeric dates are read on this page, decided by {@code dayFirst} the first time a
     * block holds one (at most once per page).
     */
    public void dayFirst(Predicate<Document> dayFirst) {
        Boolean[] decided = new Boolean[1];
        this.dateFinder = new DateFinder(() -> {
            if (decided[0] == null) {
                decided[0] = dayFirst.test(this);
            }
            return decided[0];
        });
        dates.clear();
    }

    /** The dates written in block {@code i}. */
    public List<DateMention> dates(int i) {
        return dates.computeIfAbsent(i, k -> dateFinder.find(text(k)));
    }

    /** The verdict on block {@code i}, or null while undecided. */
    public Verdict verdict(int i) {
        return verdicts[i];
    }

    public Label label(int i) {
        return verdicts[i] == null ? null : verdicts[i].label();
    }

    public boolean isDecided(int i) {
        return verdicts[i] != null;
    }

    public boolean is(int i, Label label) {
        return verdicts[i] != null && verdicts[i].label() == label;
    }

    /** Gives block {@code i} a label unless an earlier rule already decided it. */
    public boolean decide(int i, Label label, String rule, String evidence) {
        if (verdicts[i] != null) {
            return false;
        }
        verdicts[i] = new Verdict(label, rule, evidence);
        return true;
    }

    /** Gives block {@code i} a label, replacing any earlier verdict (for steps that see more context). */
    public void overrule(int i, Label label, String rule, String evidence) {
        verdicts[i] = new Verdict(label, rule, evidence);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
