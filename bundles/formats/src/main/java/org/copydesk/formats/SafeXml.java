package org.copydesk.formats;

import java.io.ByteArrayInputStream;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.copydesk.api.stage.ImportException;

/**
 * XML input for importers that read untrusted files: no DTD, so no entity expansion (billion laughs)
 * and no external entities (XXE), and a bound on the input size.
 */
public final class SafeXml {
    /** Larger than any news item; an input above it is refused rather than parsed. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

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

    /** A reader positioned on the root element; a DOCTYPE or malformed prolog is an {@link ImportException}. */
    public static XMLStreamReader open(String fileName, byte[] content) throws ImportException {
        if (content.length > MAX_BYTES) {
            throw new ImportException(fileName + ": " + content.length + " bytes is over the " + MAX_BYTES + " byte limit");
        }
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new ImportException(fileName + ": DOCTYPE declarations are not accepted (DTDs and entities are disabled)");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    return r;
                }
            }
            throw new ImportException(fileName + ": no XML element");
        } catch (XMLStreamException e) {
            throw new ImportException(fileName + ": not well-formed XML: " + firstLine(e.getMessage()), e);
        }
    }

    /** The root element's name, or null when the content is not XML we would read. */
    public static QName root(byte[] content) {
        try {
            return open("", content).getName();
        } catch (ImportException e) {
            return null;
        }
    }

    /** Wraps a parse failure met after {@link #open}. */
    public static ImportException failure(String fileName, XMLStreamException e) {
        String msg = e.getMessage();
        if (msg != null && msg.contains("was referenced, but not declared")) {
            return new ImportException(fileName + ": entity references are not accepted (DTDs are disabled): " + firstLine(msg), e);
        }
        return new ImportException(fileName + ": not well-formed XML: " + firstLine(msg), e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String t = s.strip();
        int nl = t.lastIndexOf('\n');
        return nl < 0 ? t : t.substring(nl + 1).strip();
    }
}
