package org.copydesk.api.model;

import java.util.Objects;

/**
 * A block taken out of the body, kept so an editor can see why and put it back.
 *
 * @param text       the block exactly as it stood
 * @param reason     why, one of a small fixed vocabulary ({@code appeal}, {@code subscription},
 *                   {@code comments}, {@code navigation}, ...)
 * @param rule       the id of the rule that matched ({@code pack:rule}), or {@code model} when a learned
 *                   classifier decided
 * @param by         the symbolic name of the bundle that removed it
 * @param position   its index in the original sequence of body blocks (kept and removed together)
 * @param confidence the classifier's calibrated probability (0 to 1) that the block is boilerplate;
 *                   null when a rule decided
 */
public record Removal(String text, String reason, String rule, String by, int position, Double confidence) {
    public Removal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(by, "by");
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not a probability");
        }
    }

    /** A removal a rule decided: no confidence. */
    public Removal(String text, String reason, String rule, String by, int position) {
        this(text, reason, rule, by, position, null);
    }

    /** Stable id of this removal within its article: positions are unique. */
    public String id() {
        return "r" + position;
    }

    /** The same removal at another original position (after an edit renumbers the body). */
    public Removal withPosition(int newPosition) {
        return new Removal(text, reason, rule, by, newPosition, confidence);
    }

    /** The same removal with a classifier's confidence. */
    public Removal withConfidence(Double newConfidence) {
        return new Removal(text, reason, rule, by, position, newConfidence);
    }
}
