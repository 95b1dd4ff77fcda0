package org.copydesk.format.json.internal;

import java.nio.charset.StandardCharsets;

import org.copydesk.formats.testkit.BadInputs;
import org.junit.jupiter.api.Test;

class JsonBadInputsTest {
    @Test
    void everyBadInputIsAnArticleOrOneClearRefusal() {
        BadInputs.check(new JsonImporter(), "json", "{\"headline\":\"Port strike ends\",\"body\":[\"Dockers accepted the offer.\"]}".getBytes(StandardCharsets.UTF_8));
    }
}
