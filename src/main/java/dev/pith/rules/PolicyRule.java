package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;

import java.util.List;

/**
 * Legal text, comment policies and login prompts (or, as {@link #promotions()}, subscription prompts) ("you have agreed to the Terms of Service ... no
 * personal attacks"). One policy phrase in a long paragraph could be news about a lawsuit, so a long
 * block needs two distinct phrases, or one that opens it; a short block needs one.
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyRule implements Rule {

    private static final int SHORT_WORDS = 15;

    private final PhraseKind kind;
    private final Label label;
    private final String name;

    /** Legal text, comment policies and login prompts: {@link Label#POLICY}. */
    public PolicyRule() {
        this(PhraseKind.POLICY, Label.POLICY, "policy");
    }

    private PolicyRule(PhraseKind kind, Label label, String name) {
        this.kind = kind;
        this.label = label;
        this.name = name;
    }

    /** Subscription and newsletter prompts, shopping links: {@link Label#PROMOTION}, the same way. */
    public static PolicyRule promotions() {
        return new PolicyRule(PhraseKind.PROMOTION, Label.PROMOTION, "promotion");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            List<Phrase> hits = doc.occurrences(kind, i);
            if (hits.isEmpty()) {
                continue;
            }
            String norm = doc.normalized(i);
            boolean opens = hits.stream().anyMatch(p -> norm.startsWith(p.text()));
            if (kind == PhraseKind.POLICY && !opens && doc.lexicon().prefixOf(PhraseKind.PROMOTION, norm).isPresent()) {
                continue; // "By signing up, you agree to our Privacy Policy": a sign-up box's fine print, a prompt
            }
            if (hits.size() >= 2 || opens || doc.stats(i).words() <= SHORT_WORDS) {
                doc.decide(i, label, name(), hits.stream().map(Phrase::quoted).limit(3).toList().toString());
            }
        }
    }

}
