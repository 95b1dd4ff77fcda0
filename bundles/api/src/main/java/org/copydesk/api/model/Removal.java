package org.copydesk.api.model;

import java.util.Objects;

/**
 * A block taken out of the body, kept so an editor can see why and put it back.
 *
 * @param text     the block exactly as it stood
 * @param reason   why, one of a small fixed vocabulary ({@code appeal}, {@code subscription},
 *                 {@code comments}, {@code navigation}, ...)
 * @param rule     the id of the rule that matched
 * @param by       the symbolic name of the bundle that removed it
 * @param position its index in the original sequence of body blocks (kept and removed together)
 */
public record Removal(String text, String reason, String rule, String by, int position) {
    public Removal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(by, "by");
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
    }

    /** Stable id of this removal within its article: positions are unique. */
    public String id() {
        return "r" + position;
    }
}
