package dev.pith.rules;

import dev.pith.doc.Document;

/**
 * One piece of furniture knowledge: looks at the blocks of a page and labels those it recognises. A
 * rule labels only undecided blocks (the first rule to decide wins), so the order of the
 * {@link RuleSet} is the order of trust.
 *
 * <p>Rules are stateless and thread-safe; everything about a page lives in its {@link Document}.
 */
public interface Rule {

    /** The name shown in a block's reason. */
    String name();

    /** Labels the blocks of {@code doc} this rule recognises. */
    void apply(Document doc);
}
