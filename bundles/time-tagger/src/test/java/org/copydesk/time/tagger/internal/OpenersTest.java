package org.copydesk.time.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.copydesk.api.model.Field;
import org.copydesk.api.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * The pre-filter skips no token where a rule could match: on made-up sentences dense in time words, the
 * recognizer that tries every rule at every token finds exactly what the filtered one finds, and no rule
 * matches at any token the filter turns away.
 */
class OpenersTest {
    private static final Holidays HOLIDAYS = HolidaySource.builtIn();

    /** Every closed-class word the rules know, the words they look for around one, and plain news words. */
    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        words.addAll(Lexicon.MONTHS.keySet());
        words.addAll(Lexicon.WEEKDAYS.keySet());
        words.addAll(Lexicon.NUMBERS.keySet());
        words.addAll(Lexicon.ORDINALS.keySet());
        words.addAll(Lexicon.PARTS_OF_DAY.keySet());
        words.addAll(Lexicon.SEASONS.keySet());
        words.addAll(Lexicon.UNITS.keySet());
        words.addAll(Lexicon.FREQUENCIES.keySet());
        words.addAll(Lexicon.REFS.keySet());
        words.addAll(Lexicon.APPROX);
        words.addAll(Lexicon.FUZZY_AMOUNTS);
        words.addAll(List.of("new", "year's", "eve", "christmas", "day", "easter", "independence", "good", "friday",
                "mother's", "happy", "chinese", "lunar", "black", "super", "cyber"));
        words.addAll(List.of("the", "a", "an", "of", "in", "on", "at", "by", "for", "since", "until", "from", "to",
                "and", "or", "than", "more", "less", "up", "least", "other", "every", "each", "per", "that", "these",
                "this", "last", "next", "past", "coming", "following", "previous", "same", "early", "late", "mid",
                "end", "beginning", "start", "turn", "ago", "old", "aged", "straight", "over", "through", "recent",
                "near", "distant", "future", "term", "time", "being", "present", "days", "twice", "once", "million",
                "percent", "people", "century", "quarter", "half", "week", "weekend", "noon", "midnight", "midday",
                "utc", "gmt", "est", "am", "pm", "p.m.", "a.m.", "said", "minister", "talks", "the", "vote", "he"));
        words.addAll(List.of("1", "4", "12", "13", "31", "45", "99", "2005", "1991", "1066", "2030", "0800", "1990s",
                "80s", "90s", "4th", "21st", "2nd", "3pm", "11am", "18:00", "6:40", "7/8/07", "13/06/2005",
                "2005-06-13", "q3", "third-quarter", "first-quarter", "12-year", "five-year", "24-hour", "mid-2011",
                "mid-june", "mid-1990s", "twenty-one", "1,000", "2.5", "now-", "-", "/", ",", ".", ":", "%", "$", "£",
                "'", "\u2019", "s", "'s", "(", ")"));
        return words;
    }

    private static String sentence(Random random, List<String> words) {
        StringBuilder b = new StringBuilder();
        int n = 2 + random.nextInt(14);
        for (int k = 0; k < n; k++) {
            String w = words.get(random.nextInt(words.size()));
            if (random.nextInt(3) == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            if (k > 0 && random.nextInt(6) != 0) {
                b.append(' '); // and sometimes none: "5-year", "2005-06", "'90s" glued
            }
            b.append(w);
            if (random.nextInt(12) == 0) {
                b.append(". ");
            }
        }
        return b.toString();
    }

    @Test
    void theFilteredRecognizerFindsWhatEveryRuleAtEveryTokenFinds() {
        Recognizer filtered = new Recognizer(HOLIDAYS);
        Recognizer everyToken = new Recognizer(HOLIDAYS, true);
        List<String> words = vocabulary();
        Random random = new Random(18);
        int found = 0;
        int turnedAway = 0;
        for (int n = 0; n < 30_000; n++) {
            String text = sentence(random, words);
            LocalDate published = n % 2 == 0 ? LocalDate.of(2020, 1, 1) : null;
            List<TimeExpression> all = everyToken.tag(Field.BODY, 0, text, published);
            assertEquals(all, filtered.tag(Field.BODY, 0, text, published), text);
            found += all.size();
            Scan s = new Scan(text, new Anchor(published));
            for (int i = 0; i < s.n; i++) {
                if (!Openers.mayOpen(s, i, HOLIDAYS)) {
                    turnedAway++;
                    assertNull(everyToken.best(s, i), () -> "a rule matches where the filter says none can: " + text);
                }
            }
        }
        assertTrue(found > 20_000, "the sentences hold time expressions: " + found);
        assertTrue(turnedAway > 20_000, "the filter turned tokens away: " + turnedAway);
    }

    @Test
    void plainWordsOpenNothingAndTimeWordsDo() {
        Scan s = new Scan("The minister said on Monday that 2005 was Christmas mid-2011 '90s", new Anchor(null));
        List<Boolean> open = new ArrayList<>();
        for (int i = 0; i < s.n; i++) {
            open.add(Openers.mayOpen(s, i, HOLIDAYS));
        }
        assertEquals(List.of(true, false, false, false, true, true, true, false, true, true, true, true), open,
                String.valueOf(s.tokens));
        assertFalse(Openers.mayOpen(new Scan("Baghdad", new Anchor(null)), 0, HOLIDAYS));
    }
}
