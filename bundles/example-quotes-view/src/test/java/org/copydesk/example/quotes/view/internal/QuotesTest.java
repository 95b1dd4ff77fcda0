package org.copydesk.example.quotes.view.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.junit.jupiter.api.Test;

class QuotesTest {
    @Test
    void quotesGoToTheNearestPersonBefore() {
        String p0 = "Ms Ortega said: “We will not sign this deal today.” Then she left.";
        String p1 = "\"It is a good day for the port,\" said Mr Bakker, the harbour master.";
        Entity ortega = new Entity("e1", "Ana Ortega", EntityType.PERSON, List.of(new Mention(Field.BODY, 0, 3, 9, "Ortega")));
        Entity bakker = new Entity("e2", "Jan Bakker", EntityType.PERSON, List.of(new Mention(Field.BODY, 1, 42, 48, "Bakker")));
        Article a = Article.builder().headline("h").body(List.of(p0, p1, "No \"quote\" here.")).entities(List.of(ortega, bakker)).build();
        List<Quotes.Quote> q = Quotes.of(a);
        assertEquals(2, q.size(), "a quoted single word is not a quote");
        assertEquals("We will not sign this deal today.", q.get(0).text());
        assertEquals("Ana Ortega", q.get(0).speaker());
        assertEquals("Jan Bakker", q.get(1).speaker(), "a speaker named after the quote counts when none is before it");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\u000a\"", QuotesServlet.string("a\"b\\c\n"));
    }
}
