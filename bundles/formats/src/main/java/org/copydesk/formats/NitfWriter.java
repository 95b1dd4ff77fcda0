package org.copydesk.formats;

import static org.copydesk.formats.XmlLines.close;
import static org.copydesk.formats.XmlLines.newline;
import static org.copydesk.formats.XmlLines.open;

import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Field;

/**
 * Writes an article as a NITF 3.6 {@code nitf} element, entities marked inline as
 * {@code <person>}, {@code <org>}, {@code <location>} and (MISC) {@code <classifier>}, each carrying
 * the canonical name in {@code value}. Used stand-alone and inside NewsML-G2 {@code inlineXML}.
 */
public final class NitfWriter {
    private static final DateTimeFormatter NORM = DateTimeFormatter.ofPattern("yyyyMMdd'T000000+0000'");

    private NitfWriter() {
    }

    /**
     * Writes the element; {@code withHead} adds the NITF head (title, id, date, the entity list),
     * which a NewsML-G2 wrapper carries in its own metadata instead.
     */
    public static void write(XMLStreamWriter w, Article a, boolean withHead) throws XMLStreamException {
        w.writeStartElement("nitf");
        w.writeDefaultNamespace(Nitf.NS);
        String lang = LanguageTag.of(a.language());
        if (lang != null) {
            w.writeAttribute("baselang", lang);
        }
        if (withHead) {
            head(w, a);
        }
        open(w, "body");
        open(w, "body.head");
        if (a.headline() != null) {
            open(w, "hedline");
            marked(w, "hl1", a, Field.HEADLINE, 0);
            close(w);
        }
        if (a.byline() != null && !a.byline().isBlank()) {
            text(w, "byline", a.byline());
        }
        if (a.standfirst() != null && !a.standfirst().isBlank()) {
            open(w, "abstract");
            marked(w, "p", a, Field.STANDFIRST, 0);
            close(w);
        }
        close(w);
        open(w, "body.content");
        for (int i = 0; i < a.body().size(); i++) {
            marked(w, "p", a, Field.BODY, i);
        }
        close(w);
        close(w);
        close(w);
    }

    private static void head(XMLStreamWriter w, Article a) throws XMLStreamException {
        open(w, "head");
        if (a.headline() != null) {
            text(w, "title", a.headline());
        }
        open(w, "docdata");
        newline(w);
        w.writeEmptyElement("doc-id");
        w.writeAttribute("id-string", ArticleUrn.of(a));
        if (a.published() != null) {
            newline(w);
            w.writeEmptyElement("date.issue");
            w.writeAttribute("norm", NORM.format(a.published()));
        }
        List<Entity> entities = a.entities();
        if (!entities.isEmpty()) {
            // the whole-document list keeps entity order and names even where no mention is marked
            open(w, "identified-content");
            for (Entity e : entities) {
                newline(w);
                w.writeEmptyElement(Nitf.element(e.type()));
                named(w, Nitf.element(e.type()), e.name());
            }
            close(w);
        }
        close(w);
        close(w);
    }

    private static void named(XMLStreamWriter w, String element, String name) throws XMLStreamException {
        w.writeAttribute(Nitf.sourceAttribute(element), Nitf.IDSRC);
        w.writeAttribute(Nitf.valueAttribute(element), XmlText.clean(name));
    }

    private static void text(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        newline(w);
        w.writeStartElement(element);
        w.writeCharacters(XmlText.clean(text));
        w.writeEndElement();
    }

    private static void marked(XMLStreamWriter w, String element, Article a, Field field, int paragraph)
            throws XMLStreamException {
        newline(w);
        w.writeStartElement(element);
        for (Segment s : Segments.of(a, field, paragraph)) {
            if (s.entity() == null) {
                w.writeCharacters(XmlText.clean(s.text()));
            } else {
                String el = Nitf.element(s.entity().type());
                w.writeStartElement(el);
                named(w, el, s.entity().name());
                w.writeCharacters(XmlText.clean(s.text()));
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }
}
