package org.copydesk.strip.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One phrasing family of boilerplate.
 *
 * @param id       stable id, recorded on every removal it causes
 * @param reason   the removal reason it stands for
 * @param scope    whether it must match a whole paragraph or may match within one sentence
 * @param weight   how strong the evidence is: see {@link Classifier} for what each level allows
 * @param patterns alternatives, case-insensitive; with sentence scope {@code ^} and {@code $} anchor
 *                 to the sentence
 * @param maxWords paragraphs longer than this are not boilerplate of this kind (0: no limit)
 * @param literals for each pattern, lower-case strings every match contains one of
 *                 ({@link RequiredLiterals}); null when that pattern must be tried on every paragraph
 */
record Rule(String id, String reason, Scope scope, int weight, List<Pattern> patterns, int maxWords,
            List<Set<String>> literals) {
    Rule {
        patterns = List.copyOf(patterns);
        literals = Collections.unmodifiableList(new ArrayList<>(literals)); // entries may be null
    }

    enum Scope { LINE, SENTENCE }

    /** This rule, standing for another reason. */
    Rule withReason(String other) {
        return new Rule(id, other, scope, weight, patterns, maxWords, literals);
    }
}
