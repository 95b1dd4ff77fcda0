package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphScorerTest {
    @Test
    void wordsAreCountedBetweenTheSpacesOfTheNormalisedText() {
        assertEquals(1, ParagraphScorer.words("Subscribe"));
        assertEquals(3, ParagraphScorer.words("Read more here"));
        assertEquals(3, ParagraphScorer.words(ParagraphScorer.normalise(" Read \u00A0 more\there ")));
    }

    @Test
    void aShortLabelHasAtMostTwelveWords() {
        String twelve = "one two three four five six seven eight nine ten eleven twelve";
        assertSame(ParagraphScorer.SHORT_LABEL, ParagraphScorer.score(twelve, List.of()).rule());
        assertSame(Evidence.NONE, ParagraphScorer.score(twelve + " thirteen", List.of()));
    }
}
