package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.doc.Verdict;
import dev.pith.lexicon.PhraseKind;
import dev.pith.text.TextStats;

import java.util.ArrayList;
import java.util.List;

/**
 * The headlines listed under a teaser heading ("READ MORE:", "Related coverage", "Leia também"): a box
 * of links to other stories, often set between two of the article's paragraphs. In a text dump the
 * links are plain lines, shaped like the article's own subheadings, and only the heading above them
 * tells them apart. Each line that is shaped like a headline (a few words, no closing full stop) is an
 * item, until the first line that is not, when there are two or more; what another rule already knew
 * between two items (a picture, its caption or credit, a timestamp, a menu link such as "All", an item)
 * does not end the list. Cards that close with a timestamp or an excerpt cut short are items too,
 * caption and excerpt included.
 *
 * <p>Only in text dumps: in HTML the items are links, and the rules that read link density and the
 * box's class names know them better than a heading can; a line under the heading that is not a link is
 * the article going on.
 *
 * <p>Runs after the rules that name furniture by itself, so that the heading is known and the blocks a
 * rule recognised (a picture, a date line) are left as they are.
 *
 * <p>Stateless and thread-safe.
 */
public final class TeaserListRule implements Rule {

    /** Fewer words is a section name or a subheading, not another story's headline. */
    static final int MIN_WORDS = 4;
    /** More words is a paragraph, even without its full stop. */
    static final int MAX_WORDS = 30;
    /** A related box lists a handful of stories; a longer run of lines is something else. */
    static final int MAX_ITEMS = 8;
    /**
     * One line under the heading is as often the article's own headline (a "Related articles" link in the
     * top bar, then the story) as a box with one link, which sites set as "Read more: ..." on one line.
     */
    static final int MIN_ITEMS = 2;
    /** How far below the heading the items may reach, pictures and timestamps included; keeps a page of headings linear. */
    static final int MAX_SPAN = 4 * MAX_ITEMS;
    /** Lines of one dated card besides its date: a caption, a headline, an excerpt. */
    static final int MAX_CARD_LINES = 3;

    private static final String NAME = "teaser-list";
    private static final String HEADLINE = "headline";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (!isHeading(doc, i) || doc.segment(i).structure().isMarkup()) {
                continue;
            }
            List<Integer> items = headlines(doc, i);
            String what = HEADLINE;
            if (items.isEmpty()) {
                items = cards(doc, i);
                what = "card";
            }
            for (int k : items) {
                doc.decide(k, Label.TEASER, name(), what + " under the teaser heading in block " + i);
            }
        }
    }

    /** The headline-shaped lines right under heading {@code i}, or none when there are fewer than {@link #MIN_ITEMS}. */
    private static List<Integer> headlines(Document doc, int i) {
        List<Integer> items = new ArrayList<>();
        for (int k = i + 1; k < end(doc, i) && items.size() < MAX_ITEMS; k++) {
            if (doc.isDecided(k)) {
                if (isKnownPart(doc, k) || doc.is(k, Label.DATELINE)) {
                    continue; // a card's picture or timestamp, an item a rule already knew, the box's "All" link
                }
                break;
            }
            if (!isHeadline(doc.stats(k))) {
                break;
            }
            items.add(k);
        }
        return items.size() >= MIN_ITEMS ? items : List.of();
    }

    /**
     * The lines of the cards right under heading {@code i} that each close with a timestamp or with an
     * excerpt cut short: a photo's caption, the story's headline, its date ("More Stories" on a
     * newspaper site), or a headline and the first words of the story ("Read also: ... ...…"). A caption
     * or an excerpt is prose, so the cards are told by how they close, and each must hold a headline; a
     * date before the first card opens the list. None when fewer than {@link #MIN_ITEMS} cards close.
     */
    private static List<Integer> cards(Document doc, int i) {
        List<Integer> lines = new ArrayList<>();
        List<Integer> card = new ArrayList<>();
        boolean headline = false;
        int cards = 0;
        for (int k = i + 1; k < end(doc, i) && cards < MAX_ITEMS; k++) {
            boolean excerpt = !doc.isDecided(k) && ExcerptRule.beforeCut(doc.normalized(k)) != null;
            if (excerpt) {
                card.add(k);
            }
            if (doc.is(k, Label.DATELINE) || excerpt) {
                if (headline) {
                    lines.addAll(card);
                    cards++;
                } else if (cards > 0 || card.size() > (excerpt ? 1 : 0)) {
                    break;
                }
                card.clear();
                headline = false;
            } else if (doc.isDecided(k) && !isKnownPart(doc, k) || card.size() == MAX_CARD_LINES) {
                break;
            } else if (!doc.isDecided(k)) {
                card.add(k);
                headline |= isHeadline(doc.stats(k));
            }
        }
        return cards >= MIN_ITEMS ? lines : List.of();
    }

    /**
     * A part of the box another rule already knew: a card's picture, caption or credit, an item, or a
     * menu link beside the heading ("All").
     */
    private static boolean isKnownPart(Document doc, int k) {
        Label l = doc.label(k);
        return l == Label.MEDIA || l == Label.CAPTION || l == Label.CREDIT || l == Label.TEASER || l == Label.NAVIGATION;
    }

    /** Where the search for items below heading {@code i} stops. */
    private static int end(Document doc, int i) {
        return Math.min(doc.size(), i + 1 + MAX_SPAN);
    }

    /**
     * Whether this rule made block {@code i} a headline of a teaser list. The last one may be the
     * article's own headline, right under a list of other stories at the top of the page, so the title
     * chooser still weighs it.
     */
    public static boolean isListedHeadline(Document doc, int i) {
        Verdict v = doc.verdict(i);
        return v != null && v.rule().equals(NAME) && v.evidence().startsWith(HEADLINE);
    }

    /** Whether block {@code i} is, as a whole, a heading over links to other stories. */
    private static boolean isHeading(Document doc, int i) {
        return doc.is(i, Label.TEASER) && doc.lexicon()
                .whole(PhraseKind.TEASER, FurniturePhraseRule.undecorate(doc.normalized(i))).isPresent();
    }

    private static boolean isHeadline(TextStats s) {
        return !s.endsSentence() && s.words() >= MIN_WORDS && s.words() <= MAX_WORDS;
    }
}
