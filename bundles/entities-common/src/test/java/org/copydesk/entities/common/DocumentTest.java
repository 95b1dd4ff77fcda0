package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Field;
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
}
