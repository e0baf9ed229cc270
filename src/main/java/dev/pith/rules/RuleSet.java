package dev.pith.rules;

import dev.pith.doc.Document;

import java.util.List;

/**
 * The rules that label furniture before the body is chosen, in order of trust: a block keeps the
 * label of the first rule that recognises it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSet {

    private static final RuleSet STANDARD = new RuleSet(List.of(
            new PlaceholderRule(),
            new DuplicateRule(),
            new ExcerptRule(),
            new BreadcrumbRule(),
            new MarkupRule(),
            new PolicyRule(),
            PolicyRule.promotions(),
            new CopyrightRule(),
            new FormFieldRule(),
            new LinkListRule(),
            new HashtagRowRule(),
            new MastheadRule(),
            new FurniturePhraseRule(),
            new RankedListRule(),
            new TeaserSuffixRule(),
            new TeaserPrefixRule(),
            new RelativeTimeRule(),
            new ClockFeedRule(),
            new AuthorBioRule(),
            new BylineRule(),
            new SourceRule(),
            new CreditRule(),
            new FigureCaptionRule(),
            new CaptionRule(),
            new TeaserShapeRule(),
            new RepeatedCardRule(),
            new CardRowRule(),
            new GluedDatelineRule(),
            new DatelineRule(),
            new TeaserListRule()));

    private final List<Rule> rules;

    public RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules Pith uses. */
    public static RuleSet standard() {
        return STANDARD;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Applies every rule to {@code doc}, in order. */
    public void apply(Document doc) {
        for (Rule r : rules) {
            r.apply(doc);
        }
    }
}
