package org.copydesk.export.newsml.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ExporterProperties;
import org.copydesk.formats.ArticleUrn;
import org.copydesk.formats.LanguageTag;
import org.copydesk.formats.NewsmlG2;
import org.copydesk.formats.NitfWriter;
import org.copydesk.formats.XmlText;
import org.osgi.service.component.annotations.Component;

/**
 * Writes an article as a NewsML-G2 2.35 newsItem: headline, summary, byline, language and one
 * subject concept per entity in contentMeta; the text as NITF in inlineXML, entities marked inline.
 */
@Component(name = "org.copydesk.export.newsml", service = Exporter.class)
@ExporterProperties(format = "newsml", extension = "xml", mediaType = "application/vnd.iptc.g2.newsitem+xml")
public final class NewsmlExporter implements Exporter {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml";

    @Override
    public void write(Article a, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("newsItem");
            w.writeDefaultNamespace(NewsmlG2.NS);
            w.writeAttribute("guid", ArticleUrn.of(a));
            w.writeAttribute("version", "1");
            w.writeAttribute("standard", "NewsML-G2");
            w.writeAttribute("standardversion", "2.35");
            w.writeAttribute("conformance", "power");
            String lang = LanguageTag.of(a.language());
            if (lang != null) {
                w.writeAttribute("xml", XML_NS, "lang", lang);
            }
            w.writeEmptyElement("catalogRef");
            w.writeAttribute("href", CATALOG);
            itemMeta(w, a);
            contentMeta(w, a);
            w.writeStartElement("contentSet");
            w.writeStartElement("inlineXML");
            w.writeAttribute("contenttype", NewsmlG2.NITF_CONTENT_TYPE);
            NitfWriter.write(w, a, false);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write NewsML-G2: " + e.getMessage(), e);
        }
    }

    private static void itemMeta(XMLStreamWriter w, Article a) throws XMLStreamException {
        w.writeStartElement("itemMeta");
        w.writeEmptyElement("itemClass");
        w.writeAttribute("qcode", "ninat:text");
        w.writeEmptyElement("provider");
        w.writeAttribute("literal", "Copydesk");
        String created = DateTimeFormatter.ISO_INSTANT.format(a.published() == null ? NewsmlG2.UNKNOWN_DATE
                : a.published().atStartOfDay(ZoneOffset.UTC).toInstant());
        text(w, "versionCreated", created);
        w.writeEmptyElement("pubStatus");
        w.writeAttribute("qcode", "stat:usable");
        if (a.url() != null) {
            w.writeEmptyElement("link");
            w.writeAttribute("rel", "irel:seeAlso");
            w.writeAttribute("href", XmlText.clean(a.url()));
        }
        w.writeEndElement();
    }

    private static void contentMeta(XMLStreamWriter w, Article a) throws XMLStreamException {
        w.writeStartElement("contentMeta");
        if (a.published() != null) {
            text(w, "contentCreated", a.published().toString());
        }
        String lang = LanguageTag.of(a.language());
        if (lang != null) {
            w.writeEmptyElement("language");
            w.writeAttribute("tag", lang);
        }
        for (Entity e : a.entities()) {
            w.writeStartElement("subject");
            w.writeAttribute("type", NewsmlG2.conceptType(e.type()));
            w.writeAttribute("literal", XmlText.clean(e.name()));
            text(w, "name", e.name());
            w.writeEndElement();
        }
        if (a.headline() != null) {
            text(w, "headline", a.headline());
        }
        if (a.byline() != null && !a.byline().isBlank()) {
            text(w, "by", a.byline());
        }
        if (a.standfirst() != null && !a.standfirst().isBlank()) {
            w.writeStartElement("description");
            w.writeAttribute("role", "drol:summary");
            w.writeCharacters(XmlText.clean(a.standfirst()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(XmlText.clean(text));
        w.writeEndElement();
    }
}
