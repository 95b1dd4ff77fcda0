package org.copydesk.importer.html.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text the way browsers settle on an encoding: byte order mark, then a
 * {@code <meta charset>} or {@code http-equiv} declaration (or the XML declaration) in the first
 * bytes, then detection. Declarations lie often, above all "utf-8" on windows-1252 pages, so a
 * declared UTF-8 page is decoded strictly and falls back to windows-1252 when the bytes are not UTF-8.
 * The text goes to its reader as a stream of characters: a UTF-8 page, most pages, is decoded as it
 * is read, never held whole as one string (two to four bytes a byte of page, copied once more).
 */
final class PageDecoder {
    /** Browsers look for the declaration in the first 1024 bytes; real pages put it later too. */
    private static final int PRESCAN = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    /** What a reader made of the page's text, and the charset the text was read in. */
    record Read<T>(T value, String charset) {
    }

    /**
     * Reads the page's text with {@code reader}. Bytes taken for UTF-8 that are not stop the reading
     * with an {@link UncheckedIOException} caused by a {@link CharacterCodingException} (as jsoup
     * passes on its reader's errors), and the page is read again as windows-1252.
     */
    static <T> Read<T> read(byte[] bytes, Function<Reader, T> reader) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Read<>(reader.apply(new StringReader(new String(bytes, skip, bytes.length - skip, bom))), bom.name());
        }
        Charset declared = declared(bytes);
        if (declared != null && !isUtf8Family(declared)) {
            // a single-byte or CJK declaration cannot be checked strictly; latin-1 means cp1252 in browsers
            Charset cs = declared.name().equals("ISO-8859-1") || declared.name().equals("US-ASCII") ? CP1252 : declared;
            return new Read<>(reader.apply(new StringReader(new String(bytes, cs))), cs.name());
        }
        try {
            return new Read<>(reader.apply(strictUtf8(bytes)), "UTF-8");
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
        }
        return new Read<>(reader.apply(new StringReader(new String(bytes, CP1252))), CP1252.name());
    }

    private static boolean isUtf8Family(Charset cs) {
        // UTF-16 declared inside an ASCII-compatible byte stream is always wrong: treat it as UTF-8
        return cs == StandardCharsets.UTF_8 || cs.name().startsWith("UTF-16");
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset named by a meta tag or XML declaration near the top, when Java knows it. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            m = META_CHARSET.matcher(head);
            name = m.find() ? m.group(1) : null;
        }
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The page's characters as UTF-8, checked as they are read. */
    private static Reader strictUtf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
