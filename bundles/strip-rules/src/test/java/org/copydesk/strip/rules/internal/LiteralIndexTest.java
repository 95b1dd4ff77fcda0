package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.strip.rules.internal.model.TrainingSets;
import org.junit.jupiter.api.Test;

/** Skipping rules by their required literals must never change a score. */
class LiteralIndexTest {
    @Test
    void findsTheLiteralsEveryMatchContains() {
        assertEquals(Set.of("support", "help"), RequiredLiterals.of("\\byour (support|help) (helps?|allows)\\b"));
        assertEquals(Set.of("download", "get", "install"), RequiredLiterals.of("\\b(download|get|install) the \\w+"),
                "a common word is the least selective literal");
        assertEquals(Set.of("newsletter"), RequiredLiterals.of("newsletters?"));
        assertEquals(Set.of("c"), RequiredLiterals.of("(a|b)?c"));
        assertEquals(Set.of("|"), RequiredLiterals.of("[^|]{1,40}(\\|[^|]{1,40}){2,}"));
        assertEquals(Set.of("©", "(c)"), RequiredLiterals.of("(©|\\(c\\))\\s*\\d{4}"));
        assertEquals(Set.of("comment", "reply"), RequiredLiterals.of("(leave|post) a (comment|reply)"));
        assertEquals(Set.of("bar"), RequiredLiterals.of("(?=foo)bar"));
        assertNull(RequiredLiterals.of(".*"));
        assertNull(RequiredLiterals.of("x?"));
        assertNull(RequiredLiterals.of("(ad|\\p{L}+)"));
    }

    @Test
    void theIndexNeverChangesAScore() throws IOException {
        RuleSet set = TestConfig.stripper(TestConfig.defaults()).currentRules(null);
        List<String> paragraphs = new ArrayList<>();
        for (String name : TrainingSets.NAMES) {
            TrainingSets.read(name).forEach(d -> paragraphs.addAll(d.body()));
        }
        for (String name : LabelledSetTest.UNSEEN) {
            LabelledSetTest.unseen(name).forEach(d -> paragraphs.addAll(d.body()));
        }
        paragraphs.addAll(List.of("Comments", "© 2024 Example Ltd", "Home | News | Sport", "", "ADVERTISEMENT"));
        for (String p : paragraphs) {
            assertEquals(ParagraphScorer.score(ParagraphScorer.normalise(p), set.rules()), ParagraphScorer.score(p, set), p);
        }
    }

    @Test
    void theIndexFindsExactlyThePatternsWhoseLiteralsOccur() throws IOException {
        RuleSet set = TestConfig.stripper(TestConfig.defaults()).currentRules(null);
        List<String> texts = new ArrayList<>();
        for (String name : TrainingSets.NAMES) {
            TrainingSets.read(name).forEach(d -> d.body().forEach(p -> texts.add(p.toLowerCase(Locale.ROOT))));
        }
        texts.addAll(List.of("", "© 2024 example ltd", "sign up for our newsletter\u00e9\u4e2d", "ünïcödé subscribe"));
        int found = 0;
        for (String text : texts) {
            BitSet expected = new BitSet();
            for (int r = 0; r < set.rules().size(); r++) {
                List<Set<String>> literals = set.rules().get(r).literals();
                for (int k = 0; k < literals.size(); k++) {
                    if (literals.get(k) == null || literals.get(k).stream().anyMatch(text::contains)) {
                        expected.set(set.index().slot(r, k));
                    }
                }
            }
            assertEquals(expected, set.index().candidates(text), text);
            found += expected.cardinality();
        }
        assertTrue(found > texts.size(), "some literals occur");
    }
}
