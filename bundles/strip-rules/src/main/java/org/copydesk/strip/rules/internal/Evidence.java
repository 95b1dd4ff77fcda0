package org.copydesk.strip.rules.internal;

/**
 * What the rules found in one paragraph.
 *
 * @param score the strongest rule's weight, less a penalty for reporting cues, plus a little for
 *              each further rule that agrees; 0 when no rule matched
 * @param rule  the strongest rule, null when none matched
 */
record Evidence(double score, Rule rule) {
    static final Evidence NONE = new Evidence(0, null);
}
