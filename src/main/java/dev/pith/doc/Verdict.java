package dev.pith.doc;

import dev.pith.Label;

import java.util.Objects;

/**
 * A decision about one block: its label, the rule that gave it and what that rule saw.
 *
 * @param label    the label
 * @param rule     the deciding rule's name
 * @param evidence what it saw, never null
 */
public record Verdict(Label label, String rule, String evidence) {
    public Verdict {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }
}
