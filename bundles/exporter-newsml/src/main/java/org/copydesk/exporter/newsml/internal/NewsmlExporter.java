package org.copydesk.exporter.newsml.internal;

import static org.copydesk.formats.XmlLines.close;
import static org.copydesk.formats.XmlLines.newline;
import static org.copydesk.formats.XmlLines.open;

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
@Component(name = "org.copydesk.exporter.newsml", service = Exporter.class)
@ExporterProperties(format = "newsml", extension = "newsml.xml", mediaType = "application/vnd.iptc.g2.newsitem+xml")
public final class NewsmlExporter implements Exporter {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml";

    @Override
    public void write(Article a, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            open(w, "newsItem");
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
            newline(w);
            w.writeEmptyElement("catalogRef");
            w.writeAttribute("href", CATALOG);
            itemMeta(w, a);
            contentMeta(w, a);
            open(w, "contentSet");
            open(w, "inlineXML");
            w.writeAttribute("contenttype", NewsmlG2.NITF_CONTENT_TYPE);
            NitfWriter.write(w, a, false);
            close(w);
            close(w);
            close(w);
            newline(w);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write NewsML-G2: " + e.getMessage(), e);
        }
    }

    private static void itemMeta(XMLStreamWriter w, Article a) throws XMLStreamException {
        open(w, "itemMeta");
        newline(w);
        w.writeEmptyElement("itemClass");
        w.writeAttribute("qcode", "ninat:text");
        newline(w);
        w.writeEmptyElement("provider");
        w.writeAttribute("literal", "Copydesk");
        String created = DateTimeFormatter.ISO_INSTANT.format(a.published() == null ? NewsmlG2.UNKNOWN_DATE
                : a.published().atStartOfDay(ZoneOffset.UTC).toInstant());
        text(w, "versionCreated", created);
        newline(w);
        w.writeEmptyElement("pubStatus");
        w.writeAttribute("qcode", "stat:usable");
        if (a.url() != null) {
            newline(w);
        w.writeEmptyElement("link");
            w.writeAttribute("rel", "irel:seeAlso");
            w.writeAttribute("href", XmlText.clean(a.url()));
        }
        close(w);
    }

    private static void contentMeta(XMLStreamWriter w, Article a) throws XMLStreamException {
        open(w, "contentMeta");
        if (a.published() != null) {
            text(w, "contentCreated", a.published().toString());
        }
        String lang = LanguageTag.of(a.language());
        if (lang != null) {
            newline(w);
        w.writeEmptyElement("language");
            w.writeAttribute("tag", lang);
        }
        for (Entity e : a.entities()) {
            open(w, "subject");
            w.writeAttribute("type", NewsmlG2.conceptType(e.type()));
            w.writeAttribute("literal", XmlText.clean(e.name()));
            text(w, "name", e.name());
            close(w);
        }
        if (a.headline() != null) {
            text(w, "headline", a.headline());
        }
        if (a.byline() != null && !a.byline().isBlank()) {
            text(w, "by", a.byline());
        }
        if (a.standfirst() != null && !a.standfirst().isBlank()) {
            open(w, "description");
            w.writeAttribute("role", "drol:summary");
            w.writeCharacters(XmlText.clean(a.standfirst()));
            w.writeEndElement();
        }
        close(w);
    }

    private static void text(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        open(w, element);
        w.writeCharacters(XmlText.clean(text));
        w.writeEndElement();
    }
}
