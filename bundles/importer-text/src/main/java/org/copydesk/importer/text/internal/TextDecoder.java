package org.copydesk.importer.text.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.copydesk.api.stage.ImportException;

/** Bytes to text: UTF-8 (with or without BOM) when valid, else Windows-1252, which every byte decodes in. */
final class TextDecoder {
    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException("empty file");
        }
        int controls = 0;
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new ImportException("binary data (a NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls * 20 > probe) {
            throw new ImportException("binary data (" + controls + " control bytes in the first " + probe + "), not text");
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
