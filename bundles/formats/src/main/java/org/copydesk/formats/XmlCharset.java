package org.copydesk.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.api.stage.ImportException;

/**
 * The characters of an XML file, found as the XML specification says (appendix F): a byte order
 * mark, else the first bytes of {@code <?xml} in UTF-16, else the declaration's encoding, else UTF-8.
 * Decoding is strict: bytes that are not text in that encoding are an {@link ImportException}
 * naming the offset, never replacement characters.
 */
final class XmlCharset {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final int PROLOG = 256;

    private XmlCharset() {
    }

    static String decode(byte[] b) throws ImportException {
        Charset cs = charset(b);
        int skip = bom(b);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (b.length * (double) dec.maxCharsPerByte()) + 16));
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            throw new ImportException(String.format("not text in its encoding %s (bytes that are not %s at offset %,d):"
                    + " a binary file, or text in another encoding than it declares", cs.name(), cs.name(), in.position()));
        }
        return out.flip().toString();
    }

    /** Up to {@code max} bytes decoded leniently, for a look at the prolog; null when the encoding is unknown. */
    static String decodeHead(byte[] b, int max) {
        try {
            Charset cs = charset(b);
            int skip = bom(b);
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, skip, Math.min(b.length, max) - skip)).toString();
        } catch (ImportException | java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static int bom(byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return starts(b, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE) ? 2 : 0;
    }

    static Charset charset(byte[] b) throws ImportException {
        if (starts(b, 0xFE, 0xFF) || starts(b, 0x00, '<', 0x00, '?')) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, '<', 0x00, '?', 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        String prolog = new String(b, 0, Math.min(b.length, PROLOG), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(prolog);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        try {
            Charset cs = Charset.forName(name.toLowerCase(Locale.ROOT));
            // a UTF-16 declaration in bytes read as ASCII cannot be true (no BOM, no UTF-16 '<?'): UTF-8 it is
            return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : cs;
        } catch (IllegalArgumentException e) {
            throw new ImportException("its XML declaration names the encoding '" + name + "', which Java does not know");
        }
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
