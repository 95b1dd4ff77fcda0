package org.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String p) {
        return SentenceSplitter.split(p).stream().map(s -> s.of(p)).toList();
    }

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(List.of("He left.", "“It is over,” she said.", "Why?"),
                sentences("He left. “It is over,” she said. Why?"));
    }

    @Test
    void keepsTitlesInitialsAndAbbreviations() {
        assertEquals(List.of("Mr. Smith met George W. Bush on Jan. 5 in the U.S. capital."),
                sentences("Mr. Smith met George W. Bush on Jan. 5 in the U.S. capital."));
        // wire copy writes acronyms and initials with dots: they open a name, they do not end a sentence
        assertEquals(List.of("The U.N. High Commissioner for Refugees met H.D. Deve Gowda."),
                sentences("The U.N. High Commissioner for Refugees met H.D. Deve Gowda."));
    }

    @Test
    void quoteClosesTheSentence() {
        assertEquals(List.of("He said: “This is not a Warning.”", "Then he left."),
                sentences("He said: “This is not a Warning.” Then he left."));
    }
}
