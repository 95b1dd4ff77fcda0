package org.copydesk.formats.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.copydesk.api.model.Article;

/** What "reads back the same" means for every format: headline, standfirst, body and entities. */
public final class RoundTrip {
    private RoundTrip() {
    }

    public static void assertSameContent(Article expected, Article actual) {
        assertEquals(expected.headline(), actual.headline(), "headline");
        assertEquals(blankToNull(expected.standfirst()), blankToNull(actual.standfirst()), "standfirst");
        assertEquals(expected.body(), actual.body(), "body");
        assertEquals(expected.entities(), actual.entities(), "entities");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
