package org.copydesk.formats.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;

import org.copydesk.api.model.Article;
import org.junit.jupiter.params.provider.Arguments;

/** What "reads back the same" means for every format: headline, standfirst, body and entities. */
public final class RoundTrip {
    private RoundTrip() {
    }

    /** The samples every format must carry unchanged, as JUnit arguments (name, article). */
    public static Stream<Arguments> lossless() {
        return SampleArticles.all().entrySet().stream().filter(e -> !SampleArticles.LOSSY.contains(e.getKey()))
                .map((Map.Entry<String, Article> e) -> Arguments.of(e.getKey(), e.getValue()));
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
