package org.copydesk.importer.text.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.copydesk.api.stage.ImportException;

/**
 * Bytes to lines, a chunk at a time, so a text of any size costs its lines and a fixed buffer, never
 * a second copy of the whole. The encoding: a byte order mark's (UTF-8, UTF-16 or UTF-32), else UTF-8
 * when every byte is valid UTF-8, else Windows-1252, which every byte decodes in.
 */
final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;
    /** The start that is checked for control characters: text has next to none, binary files many. */
    private static final int PROBE = 8192;

    /** Receives each line, without its line end; may stop the reading by throwing. */
    interface Lines {
        void line(CharSequence line) throws ImportException;
    }

    private TextDecoder() {
    }

    /** Decodes {@code bytes} and hands over its lines in order. */
    static void read(byte[] bytes, Lines lines) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException("empty file");
        }
        Bom bom = Bom.of(bytes);
        Charset cs = bom != null ? bom.charset : valid(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : CP1252;
        int skip = bom == null ? 0 : bom.length;
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        Splitter split = new Splitter(lines, CharBuffer.allocate(CHUNK));
        while (!dec.decode(in, split.chunk, true).isUnderflow()) {
            split.drain();
        }
        dec.flush(split.chunk);
        split.drain();
        lines.line(split.line);
    }

    /** Cuts decoded chunks into lines at CR, LF and CRLF, a CRLF split across two chunks included. */
    private static final class Splitter {
        final Lines lines;
        final CharBuffer chunk;
        final StringBuilder line = new StringBuilder();
        boolean afterCr;
        boolean probed;

        Splitter(Lines lines, CharBuffer chunk) {
            this.lines = lines;
            this.chunk = chunk;
        }

        void drain() throws ImportException {
            chunk.flip();
            if (!probed) {
                probe(chunk);
                probed = true;
            }
            while (chunk.hasRemaining()) {
                char c = chunk.get();
                if (c == '\n' && afterCr) {
                    afterCr = false;
                } else if (c == '\n' || c == '\r') {
                    lines.line(line);
                    line.setLength(0);
                    afterCr = c == '\r';
                } else {
                    line.append(c);
                    afterCr = false;
                }
            }
            chunk.clear();
        }
    }

    /** Refuses a binary file by its first characters: a NUL, or many control characters. */
    private static void probe(CharBuffer start) throws ImportException {
        int n = Math.min(start.remaining(), PROBE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = start.get(start.position() + i);
            if (c == 0) {
                throw new ImportException("binary data (a NUL character at offset " + i + "), not text");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls * 20 > n) {
            throw new ImportException("binary data (" + controls + " control characters in the first " + n + "), not text");
        }
    }

    /** Whether every byte decodes in {@code cs}; a decoding pass with a fixed buffer. */
    private static boolean valid(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return dec.flush(out).isUnderflow();
            }
            out.clear();
        }
    }

    /** A byte order mark: the encoding it stands for and its length. UTF-32 first: its LE mark starts like UTF-16's. */
    private enum Bom {
        UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
        UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
        UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
        UTF_16BE("UTF-16BE", 0xFE, 0xFF),
        UTF_16LE("UTF-16LE", 0xFF, 0xFE);

        final Charset charset;
        final int length;
        private final int[] marks;

        Bom(String charset, int... marks) {
            this.charset = Charset.forName(charset);
            this.length = marks.length;
            this.marks = marks;
        }

        static Bom of(byte[] b) {
            for (Bom bom : values()) {
                if (bom.starts(b)) {
                    return bom;
                }
            }
            return null;
        }

        private boolean starts(byte[] b) {
            if (b.length < marks.length) {
                return false;
            }
            for (int i = 0; i < marks.length; i++) {
                if ((b[i] & 0xFF) != marks[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
