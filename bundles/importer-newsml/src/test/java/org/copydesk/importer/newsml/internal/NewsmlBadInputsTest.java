package org.copydesk.importer.newsml.internal;

import java.io.IOException;
import java.io.InputStream;

import org.copydesk.formats.testkit.BadInputs;
import org.junit.jupiter.api.Test;

class NewsmlBadInputsTest {
    @Test
    void everyBadInputIsAnArticleOrOneClearRefusal() throws IOException {
        BadInputs.check(new NewsmlImporter(), "xml", resource("/message.xml"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NewsmlBadInputsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
