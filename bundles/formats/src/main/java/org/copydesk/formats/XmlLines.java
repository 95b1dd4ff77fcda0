package org.copydesk.formats;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One element per line for element-only content, where whitespace is not content, so an editor can
 * read the XML. Mixed content (paragraphs, headlines) is never touched.
 */
public final class XmlLines {
    private XmlLines() {
    }

    public static void newline(XMLStreamWriter w) throws XMLStreamException {
        w.writeCharacters("\n");
    }

    /** Starts {@code element} on a new line. */
    public static void open(XMLStreamWriter w, String element) throws XMLStreamException {
        newline(w);
        w.writeStartElement(element);
    }

    /** Ends the current element-only container on a new line. */
    public static void close(XMLStreamWriter w) throws XMLStreamException {
        newline(w);
        w.writeEndElement();
    }
}
