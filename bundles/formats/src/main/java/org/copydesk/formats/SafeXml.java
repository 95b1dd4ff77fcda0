package org.copydesk.formats;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.copydesk.api.stage.ImportException;

/**
 * XML input for importers that read untrusted files: no DTD, so no entity expansion (billion laughs)
 * and no external entities (XXE), and a bound on the input size. The bytes are decoded here
 * ({@link XmlCharset}), not by the parser, whose decoder prints undecodable bytes to standard error.
 * Messages name the problem in a reader's words; the caller names the file.
 */
public final class SafeXml {
    /** Larger than any news item; an input above it is refused rather than parsed. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /** What {@link #root} decodes: the prolog and root tag of any real document fit in it. */
    private static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern ENTITY = Pattern.compile("entity \"([^\"]+)\"");

    private static final XMLInputFactory FACTORY = hardened();

    private SafeXml() {
    }

    private static XMLInputFactory hardened() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** A reader positioned on the root element; a DOCTYPE, bad bytes or a malformed prolog is an {@link ImportException}. */
    public static XMLStreamReader open(byte[] content) throws ImportException {
        if (content.length > MAX_BYTES) {
            throw new ImportException(String.format("%,d bytes is over the %,d-byte limit of the agency-format importers",
                    content.length, MAX_BYTES));
        }
        if (content.length == 0) {
            throw new ImportException("empty file");
        }
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(XmlCharset.decode(content)));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new ImportException("refused for safety: it has a DOCTYPE, and Copydesk reads no DTD or entity"
                            + " declarations (they can read other files or expand without end); remove the DOCTYPE to import it");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    return r;
                }
            }
            throw new ImportException("no XML element in it");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** @deprecated the caller names the file: use {@link #open(byte[])}; kept for bundles built against 1.0 */
    @Deprecated(since = "1.1.0", forRemoval = true)
    public static XMLStreamReader open(String fileName, byte[] content) throws ImportException {
        return open(content);
    }

    /**
     * The root element's name, DOCTYPE or not (so the importer that knows the root can say why it
     * refuses the file), or null when the start of the content is not XML.
     */
    public static QName root(byte[] content) {
        String head = XmlCharset.decodeHead(content, HEAD_BYTES);
        if (head == null) {
            return null;
        }
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(head));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return r.getName();
                }
            }
        } catch (XMLStreamException e) {
            // not XML at its start
        }
        return null;
    }

    /** Wraps a parse failure, with where it happened. */
    public static ImportException failure(XMLStreamException e) {
        String msg = lastLine(e.getMessage());
        Matcher entity = ENTITY.matcher(msg);
        if (msg.contains("was referenced, but not declared") && entity.find()) {
            return new ImportException("refused for safety: it uses the entity &" + entity.group(1) + "; and Copydesk reads"
                    + " no DTD or entity declarations; write the character itself instead", e);
        }
        Location at = e.getLocation();
        String where = at == null || at.getLineNumber() < 0 ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new ImportException("not well-formed XML" + where + ": " + msg, e);
    }

    /** @deprecated the caller names the file: use {@link #failure(XMLStreamException)}; kept for bundles built against 1.0 */
    @Deprecated(since = "1.1.0", forRemoval = true)
    public static ImportException failure(String fileName, XMLStreamException e) {
        return failure(e);
    }

    /** The JDK's messages put "ParseError at [row,col]" on a line of their own before "Message: ...". */
    private static String lastLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String t = s.strip();
        t = t.substring(t.lastIndexOf('\n') + 1).strip();
        return t.startsWith("Message: ") ? t.substring("Message: ".length()) : t;
    }
}
