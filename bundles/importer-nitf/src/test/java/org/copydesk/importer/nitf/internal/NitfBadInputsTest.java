package org.copydesk.importer.nitf.internal;

import java.io.IOException;
import java.io.InputStream;

import org.copydesk.formats.testkit.BadInputs;
import org.junit.jupiter.api.Test;

class NitfBadInputsTest {
    @Test
    void everyBadInputIsAnArticleOrOneClearRefusal() throws IOException {
        BadInputs.check(new NitfImporter(), "xml", resource("/agency-story.nitf"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NitfBadInputsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
