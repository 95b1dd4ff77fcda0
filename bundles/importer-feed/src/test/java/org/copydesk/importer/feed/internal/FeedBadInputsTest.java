package org.copydesk.importer.feed.internal;

import java.io.IOException;
import java.io.InputStream;

import org.copydesk.formats.testkit.BadInputs;
import org.junit.jupiter.api.Test;

class FeedBadInputsTest {
    @Test
    void everyBadInputIsAnArticleOrOneClearRefusal() throws IOException {
        try (InputStream in = FeedBadInputsTest.class.getResourceAsStream("/feeds/news.rss")) {
            BadInputs.check(FeedImporterTest.importer(1000), "rss", in.readAllBytes());
        }
    }
}
