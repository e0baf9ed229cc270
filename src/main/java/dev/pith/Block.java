package dev.pith;

import java.util.Objects;

/**
 * One block of the input (a line or paragraph of a text dump, a block element of an HTML page), with
 * the label Pith gave it and why.
 *
 * <p>Immutable and thread-safe. {@code text} and {@code label} are never null; {@code rule} names the
 * rule (or classification step) that decided the label and {@code evidence} says what it saw, so a user
 * can tell why any line was kept or dropped.
 *
 * @param index    position of the block in the input, from 0
 * @param text     the block's text as it appears in the input (trimmed; stray markup removed)
 * @param label    what Pith decided the block is
 * @param rule     the name of the rule or step that decided, never null
 * @param evidence what that rule saw, never null (may be empty)
 */
public record Block(int index, String text, Label label, String rule, String evidence) {
    public Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The rule and its evidence as one human-readable line, e.g. {@code "lexicon: 'Same tag' (en)"}. */
    public String reason() {
        return evidence.isEmpty() ? rule : rule + ": " + evidence;
    }
}
