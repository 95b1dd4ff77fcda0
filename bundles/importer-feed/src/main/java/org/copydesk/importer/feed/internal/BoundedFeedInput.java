package org.copydesk.importer.feed.internal;

import org.jdom2.input.sax.SAXHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;

/**
 * ROME's feed reader with the depth of its JDOM tree bounded: JDOM checks each new element against
 * all its ancestors, so a document nested n deep costs n squared (100,000 levels took minutes).
 * No feed nests more than a few dozen levels, markup inside item text included.
 */
final class BoundedFeedInput extends WireFeedInput {
    static final int MAX_DEPTH = 500;

    @Override
    protected SAXBuilder createSAXBuilder() {
        SAXBuilder builder = super.createSAXBuilder();
        builder.setSAXHandlerFactory(factory -> new SAXHandler(factory) {
            private int depth;

            @Override
            public void startElement(String ns, String local, String qName, Attributes atts) throws SAXException {
                if (++depth > MAX_DEPTH) {
                    throw new SAXException("elements nested more than " + MAX_DEPTH + " deep, which no feed is");
                }
                super.startElement(ns, local, qName, atts);
            }

            @Override
            public void endElement(String ns, String local, String qName) throws SAXException {
                depth--;
                super.endElement(ns, local, qName);
            }
        });
        return builder;
    }
}
