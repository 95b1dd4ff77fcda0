package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.text.Token;
import org.junit.jupiter.api.Test;

class TruecaseTest {
    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    private static Document doc(String headline, String... body) {
        return Document.of(Article.builder().headline(headline).body(List.of(body)).build());
    }

    @Test
    void shoutedSentencesAreRecasedKeepingOffsets() {
        Document d = doc("RUGBY - FRANCE BEAT WALES IN PARIS", "France won.");
        List<Token> cased = Truecase.of(d, 0);
        assertEquals(List.of("rugby", "-", "France", "beat", "Wales", "in", "Paris"), words(cased));
        for (int i = 0; i < cased.size(); i++) {
            assertEquals(d.unit(0).token(i).start(), cased.get(i).start());
        }
    }

    @Test
    void aShoutedCountryOfCommonWordsStaysANameAndAWordTheStoryWritesInLowerCaseGoesLower() {
        assertEquals(List.of("New", "Zealand", "beat", "Ivory", "Coast", "in", "Turkey"),
                words(Truecase.of(doc("NEW ZEALAND BEAT IVORY COAST IN TURKEY", "They played."), 0)));
        Document d = doc("BANK HOLDS RATE ; RUPIAH STEADY", "The rupiah held at 16,200 to the dollar, Bank Indonesia said.");
        assertEquals(List.of("bank", "holds", "rate", ";", "rupiah", "steady"), words(Truecase.of(d, 0)));
        Document named = doc("ROSNEFT PROFIT FALLS", "Oil firm Rosneft said profit fell.");
        assertEquals(List.of("Rosneft", "profit", "falls"), words(Truecase.of(named, 0)), "a word the story writes only capitalised: a name");
    }

    @Test
    void titleCaseGivesBackTheWordsTheArticleWritesInLowerCase() {
        Document d = doc("Leader Attacks Trump Over Embassy Storming",
                "The supreme leader attacks Mr Trump after the storming of the embassy.");
        assertEquals(List.of("Leader", "attacks", "Trump", "Over", "embassy", "storming"), words(Truecase.of(d, 0)));
        assertTrue(d.seenCapitalisedMidSentence("Trump"));
        assertTrue(!d.seenCapitalisedMidSentence("Attacks"), "a title-cased headline says nothing about its words");
    }

    @Test
    void ordinaryTextAndLoneAcronymsStayAsTheyAre() {
        Document d = doc("NATO", "NATO and the UN met in Brussels on Monday.");
        assertSame(d.unit(0).tokens(), Truecase.of(d, 0));
        assertSame(d.unit(1).tokens(), Truecase.of(d, 1));
    }
}
