package org.copydesk.importer.text.internal;

import java.nio.charset.StandardCharsets;

import org.copydesk.formats.testkit.BadInputs;
import org.junit.jupiter.api.Test;

class TextBadInputsTest {
    @Test
    void everyBadInputIsAnArticleOrOneClearRefusal() {
        BadInputs.check(TextImporters.defaults(), "txt",
                "Port strike ends\nDockers accept the offer\nThe strike ended on Monday.\n".getBytes(StandardCharsets.UTF_8));
    }
}
