package org.copydesk.api.stage;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Learns from the editors who overrule a {@link ContentFilter}: the workbench tells every registered
 * one when an editor puts a removed block back (the label {@value #KEEP}) or removes a body paragraph
 * by hand (the label is the reason chosen), and when an undo takes such a decision back. The strip
 * stage keeps them as its desk's training examples; what it does with them is its own affair.
 */
@ConsumerType
public interface RemovalFeedback {
    /** The label of a paragraph an editor put back: article text, not boilerplate. */
    String KEEP = "keep";

    /**
     * One editor's decision on one paragraph.
     *
     * @param body      the body as the strip stage saw it: kept and removed blocks in their original
     *                  order ({@link org.copydesk.api.model.Article#originalBody()})
     * @param paragraph the paragraph's index in {@code body}
     * @param label     {@value #KEEP} or the removal reason ({@code appeal}, {@code promo}, ...)
     * @param edit      names the edit that made the decision, so {@link #withdrawn} can take it back
     * @param source    where and when, for people: "workbench restore r3 story-1a2b3c4d 2026-11-30T10:15:00Z"
     */
    record Judgement(List<String> body, int paragraph, String label, String edit, String source) {
        public Judgement {
            body = List.copyOf(body);
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(edit, "edit");
            Objects.requireNonNull(source, "source");
            if (paragraph < 0 || paragraph >= body.size()) {
                throw new IllegalArgumentException("no paragraph " + paragraph + " in a body of " + body.size());
            }
        }

        /** The paragraph judged. */
        public String text() {
            return body.get(paragraph);
        }
    }

    /**
     * Keeps decisions; on return they are on the disk.
     *
     * @throws IllegalArgumentException naming the problem, when one cannot be kept (a paragraph too
     *                                  long to learn from); nothing of the call is kept then
     * @throws IOException              when they could not be written
     */
    void judged(List<Judgement> judgements) throws IOException;

    /**
     * Takes back every decision an edit made (it was undone).
     *
     * @param edit   as the decisions named it
     * @param source where and when, for people
     */
    void withdrawn(String edit, String source) throws IOException;
}
