package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static String line(String json) throws IOException {
        return new String(JsonLines.line(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void aPrettyDocumentBecomesOneLineWithItsTextUntouched() throws IOException {
        assertEquals("{\"headline\":\"A  b\\nc \\\"d\\\"\",\"n\":1.50,\"body\":[\"é\",null]}\n",
                line("{\n  \"headline\" : \"A  b\\nc \\\"d\\\"\",\n  \"n\" : 1.50,\n  \"body\" : [ \"é\", null ]\n}\n"));
    }

    @Test
    void whatIsNotOneJsonDocumentIsAnError() {
        assertThrows(IOException.class, () -> line("# A headline"));
        assertThrows(IOException.class, () -> line(""));
        assertThrows(IOException.class, () -> line("{} {}"));
    }

    @Test
    void jsonFormatsAreKnownByTheirExtension() {
        assertTrue(JsonLines.isJson("json") && JsonLines.isJson("ninjs.json") && JsonLines.isJson("jsonld"));
        assertFalse(JsonLines.isJson("md") || JsonLines.isJson("nitf.xml") || JsonLines.isJson("html"));
    }
}
