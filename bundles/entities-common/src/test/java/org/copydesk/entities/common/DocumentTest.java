package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Field;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.text.Token;
import org.junit.jupiter.api.Test;

class DocumentTest {
    @Test
    void fieldsAreSplitIntoSentencesWithWordFacts() {
        Article a = Article.builder().headline("Storm hits Kent").standfirst("Homes flooded")
                .body(List.of("The storm hit Kent. Storm warnings stay. He said: \"Rain again.\"")).build();
        Document d = Document.of(a);
        assertEquals(List.of(Field.HEADLINE, Field.STANDFIRST, Field.BODY, Field.BODY, Field.BODY),
                d.units().stream().map(TextUnit::field).toList());
        assertTrue(d.seenLower("Storm"));
        assertTrue(d.seenCapitalisedMidSentence("Kent"));
        assertFalse(d.seenCapitalisedMidSentence("Storm"), "sentence-initial uses do not count");
        assertFalse(d.seenCapitalisedMidSentence("Rain"), "a word opening a quotation does not count");
    }

    @Test
    void wordsLowerCasedByTheCallerAreLookedUpAsGiven() {
        Document d = Document.of(Article.builder().body(List.of("The storm hit Kent. Storm warnings stay.")).build());
        assertTrue(d.seenLowerCase("storm"));
        assertFalse(d.seenLowerCase("Storm"), "not lower-cased again");
        assertFalse(d.seenLowerCase("kent"), "only ever capitalised");
        for (String w : List.of("Storm", "The", "Kent", "warnings", "hit")) {
            assertEquals(d.seenLower(w), d.seenLowerCase(w.toLowerCase(java.util.Locale.ROOT)), w);
        }
        assertTrue(CommonWords.containsLowerCase("beat"));
        assertFalse(CommonWords.containsLowerCase("Beat"), "not lower-cased again");
        assertFalse(CommonWords.containsLowerCase("khamenei"));
        for (String w : List.of("Beat", "BEAT", "Khamenei", "Figure", "Rupiah")) {
            assertEquals(CommonWords.contains(w), CommonWords.containsLowerCase(w.toLowerCase(java.util.Locale.ROOT)), w);
        }
    }

    @Test
    void aLongArticleIsCutAndJudgedOnAllCoresAsOnOne() {
        String[] paragraphs = {
            "Anna Smit met union leaders on Monday. The Port of Rotterdam stayed shut.",
            "SOCCER - LEEDS BEAT WIMBLEDON IN THE RAIN",
            "the strike ended. \"Storm warnings stay,\" said Mr Jansen (of the Union).",
            "", "Shares in Royal Dutch Shell fell."};
        List<String> body = new ArrayList<>();
        for (int p = 0; p < 2_500; p++) {
            body.add(paragraphs[p % paragraphs.length] + (p % 7 == 0 ? " Kent Flooded Again." : ""));
        }
        Article a = Article.builder().headline("Strike Ends As Union Accepts The Offer").standfirst("Dockers return")
                .body(body).build();
        Document one = Document.of(a, Integer.MAX_VALUE);
        Document all = Document.of(a, 1);
        assertTrue(body.size() >= Pieces.PARALLEL_FROM);
        assertEquals(one.units(), all.units());
        assertEquals(one.units(), Document.of(a).units());
        boolean shouted = false;
        for (int u = 0; u < one.units().size(); u++) {
            assertEquals(Truecase.of(one, u), Truecase.of(all, u), "sentence " + u);
            shouted |= one.shouted(u);
            for (Token t : one.unit(u).tokens()) {
                assertEquals(one.seenLower(t.text()), all.seenLower(t.text()), t.text());
                assertEquals(one.seenCapitalisedMidSentence(t.text()), all.seenCapitalisedMidSentence(t.text()), t.text());
            }
        }
        assertTrue(shouted && one.titled(0), "the casing of shouted and titled sentences is judged at all");
    }
}
