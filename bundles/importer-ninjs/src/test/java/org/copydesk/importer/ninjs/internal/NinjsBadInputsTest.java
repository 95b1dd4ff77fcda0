package org.copydesk.importer.ninjs.internal;

import java.nio.charset.StandardCharsets;

import org.copydesk.formats.testkit.BadInputs;
import org.junit.jupiter.api.Test;

class NinjsBadInputsTest {
    @Test
    void everyBadInputIsAnArticleOrOneClearRefusal() {
        BadInputs.check(new NinjsImporter(), "json", ("{\"uri\":\"urn:x\",\"version\":\"3.1\",\"headlines\":[{\"role\":\"main\",\"value\":\"Port strike ends\"}],"
                + "\"bodies\":[{\"contentType\":\"text/plain\",\"value\":\"Dockers accepted the offer.\"}]}").getBytes(StandardCharsets.UTF_8));
    }
}
