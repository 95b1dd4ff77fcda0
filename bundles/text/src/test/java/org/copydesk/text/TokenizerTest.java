package org.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> words(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void splitsPossessivesAndPunctuation() {
        assertEquals(List.of("Mr", "Khamenei", "’s", "ire", ","), words("Mr Khamenei’s ire,"));
        assertEquals(List.of("They", "do", "n't", "."), words("They don't."));
    }

    @Test
    void keepsAbbreviationsHyphensAndNumbers() {
        assertEquals(List.of("The", "U.S.", "pro-Iranian", "1,000.5", "troops", "in", "1990s"),
                words("The U.S. pro-Iranian 1,000.5 troops in 1990s"));
        assertEquals(List.of("O'Brien", "left", "."), words("O'Brien left."));
    }

    @Test
    void initialsCompanySuffixesAndCurrencyPrefixesStayWhole() {
        assertEquals(List.of("Mario", "J.", "Lucero", "of", "Apple", "Inc.", "paid", "US$", "7", "bn", "."),
                words("Mario J. Lucero of Apple Inc. paid US$7 bn."));
        assertEquals(List.of("Mr", ".", "Smith", "left", "the", "U.S."), words("Mr. Smith left the U.S."));
    }

    @Test
    void offsetsSelectTheTokenText() {
        String s = "“First: You can’t do anything,” he continued 😀 in Baghdad.";
        for (Token t : Tokenizer.tokenize(s)) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
    }
}
