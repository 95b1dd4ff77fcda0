package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;
import org.junit.jupiter.api.Test;

class TruecaseTest {
    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void shoutedSentencesAreRecasedKeepingOffsets() {
        List<Token> raw = Tokenizer.tokenize("RUGBY - FRANCE BEAT WALES IN PARIS");
        List<Token> cased = Truecase.of(raw);
        assertEquals(List.of("rugby", "-", "France", "beat", "Wales", "in", "Paris"), words(cased));
        for (int i = 0; i < raw.size(); i++) {
            assertEquals(raw.get(i).start(), cased.get(i).start());
        }
    }

    @Test
    void ordinaryTextAndLoneAcronymsStayAsTheyAre() {
        List<Token> text = Tokenizer.tokenize("NATO and the UN met in Brussels");
        assertSame(text, Truecase.of(text));
        List<Token> acronym = Tokenizer.tokenize("NATO");
        assertSame(acronym, Truecase.of(acronym));
    }
}
