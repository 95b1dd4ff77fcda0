package org.copydesk.time.tagger.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.text.Token;

/**
 * The tokens at which a rule of {@link Recognizer} can match: every rule's first test of its own token
 * asks for a digit, a hyphen, an apostrophe or a word of a closed class, listed here rule by rule. Most
 * tokens of news text ("said", "minister") are none of these, so the fifteen rules are not tried there.
 * A superset: a token listed here may still match nothing.
 */
final class Openers {
    private static final Set<String> WORDS = new HashSet<>();

    static {
        // monthFirst ("mid-June" has a hyphen); dayFirst ("the 4th of July", "12 June" has a digit)
        WORDS.addAll(Lexicon.MONTHS.keySet());
        WORDS.add("the");
        WORDS.addAll(Lexicon.ORDINALS.keySet());
        // weekday, relativeDay, relativeUnit
        WORDS.addAll(Lexicon.WEEKDAYS.keySet());
        WORDS.addAll(List.of("today", "yesterday", "tomorrow", "tonight"));
        WORDS.addAll(List.of("this", "current", "present", "last", "previous", "past", "preceding", "next", "coming",
                "following", "upcoming", "weekend"));
        // quarter ("third-quarter" has a hyphen), season, reference
        WORDS.addAll(List.of("q1", "q2", "q3", "q4"));
        WORDS.addAll(Lexicon.SEASONS.keySet());
        WORDS.addAll(Lexicon.REFS.keySet());
        WORDS.addAll(List.of("at", "these"));
        // duration: an approximation, an amount, or a bare unit ("for years")
        WORDS.addAll(Lexicon.APPROX);
        WORDS.addAll(List.of("more", "less", "up", "a", "half"));
        WORDS.addAll(Lexicon.FUZZY_AMOUNTS);
        WORDS.addAll(Lexicon.NUMBERS.keySet());
        WORDS.addAll(Lexicon.UNITS.keySet());
        // set, clock, partOfDay
        WORDS.addAll(Lexicon.FREQUENCIES.keySet());
        WORDS.addAll(List.of("every", "each", "per", "an"));
        WORDS.addAll(List.of("noon", "midday", "midnight"));
        WORDS.addAll(List.of("that", "overnight"));
    }

    private Openers() {
    }

    /** Whether some rule may match at token {@code i}; holidays open at the first word of their name. */
    static boolean mayOpen(Scan s, int i, Holidays holidays) {
        String w = s.low(i);
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(0);
        // digits: numeric, year, dayFirst, clock, amounts; hyphens: "mid-2011", "12-year", "third-quarter"
        return Character.isDigit(c) || s.kind(i) == Token.Kind.NUMBER || w.indexOf('-') >= 0
                || c == '\'' || c == '\u2019' || WORDS.contains(w) || !holidays.startingWith(w).isEmpty();
    }
}
