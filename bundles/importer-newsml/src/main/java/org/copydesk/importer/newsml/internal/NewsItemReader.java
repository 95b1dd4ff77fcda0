package org.copydesk.importer.newsml.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.formats.EntityCollector;
import org.copydesk.formats.InlineText;
import org.copydesk.formats.IsoDates;
import org.copydesk.formats.NewsmlG2;
import org.copydesk.formats.NitfDocument;
import org.copydesk.formats.NitfReader;

/**
 * Reads one newsItem: contentMeta (headline, summary, byline, dates, language, entity concepts) and
 * the text from inlineXML (NITF or XHTML) or inlineData. NITF's own headline and abstract win over
 * contentMeta, since they carry the entity markup.
 */
final class NewsItemReader {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Set<String> XHTML_BLOCKS = Set.of("p", "li", "h2", "h3", "h4", "pre", "blockquote");

    private final XMLStreamReader r;
    private final EntityCollector entities = new EntityCollector();
    private String guid;
    private String language;
    private String headline;
    private String summary;
    private String by;
    private String creator;
    private LocalDate contentCreated;
    private LocalDate firstCreated;
    private LocalDate versionCreated;
    private NitfDocument nitf;
    private List<String> body = new ArrayList<>();

    private NewsItemReader(XMLStreamReader r) {
        this.r = r;
    }

    /** Reads from the newsItem start element, which {@code r} is on, to its end. */
    static Article.Builder read(XMLStreamReader r) throws XMLStreamException {
        return new NewsItemReader(r).read();
    }

    private Article.Builder read() throws XMLStreamException {
        guid = r.getAttributeValue(null, "guid");
        language = r.getAttributeValue(XML_NS, "lang");
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (element(r.getLocalName())) {
                    depth--; // the element was read to its end
                }
            }
        }
        return article();
    }

    /** Handles one element; true when it was consumed up to its end tag. */
    private boolean element(String name) throws XMLStreamException {
        switch (name) {
            case "versionCreated" -> versionCreated = date(text());
            case "firstCreated" -> firstCreated = date(text());
            case "contentCreated" -> contentCreated = date(text());
            case "headline" -> headline = text();
            case "description" -> summary = summary == null ? text() : summary;
            case "by" -> by = text();
            case "creator" -> creator = conceptName();
            case "subject" -> subject();
            case "nitf" -> nitf = NitfReader.read(r, entities);
            case "html" -> body = xhtml();
            case "inlineData" -> body = plain(r.getElementText());
            case "language" -> {
                String tag = r.getAttributeValue(null, "tag");
                if (tag != null && !tag.isBlank()) {
                    language = tag.strip();
                }
                return false;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void subject() throws XMLStreamException {
        String literal = r.getAttributeValue(null, "literal");
        boolean ours = literal != null && r.getAttributeValue(null, "qcode") == null;
        EntityType type = NewsmlG2.entityType(r.getAttributeValue(null, "type"), ours);
        String name = conceptName();
        if (type != null) {
            entities.declare(type, name != null ? name : literal);
        }
    }

    /** The first name of the concept element {@code r} is on, consuming the element. */
    private String conceptName() throws XMLStreamException {
        String name = null;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && name == null && "name".equals(r.getLocalName())) {
                    name = text();
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return name;
    }

    /** All character data under the current element, whitespace collapsed; null when blank. */
    private String text() throws XMLStreamException {
        InlineText t = new InlineText();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                t.text(r.getText());
            }
        }
        return t.isEmpty() ? null : t.finish(entities, Field.BODY, 0);
    }

    /** The paragraphs of an XHTML document. */
    private List<String> xhtml() throws XMLStreamException {
        List<String> out = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (XHTML_BLOCKS.contains(r.getLocalName())) {
                    String p = text();
                    if (p != null) {
                        out.add(p);
                    }
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return out;
    }

    /** Plain text cut into paragraphs at blank lines. */
    private static List<String> plain(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            String s = p.replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private Article.Builder article() {
        boolean marked = entities.hasMentions();
        String hl = nitf != null && nitf.headline() != null ? nitf.headline() : headline;
        String sf = nitf != null && nitf.standfirst() != null ? nitf.standfirst() : summary;
        List<String> paragraphs = nitf != null && !nitf.body().isEmpty() ? nitf.body() : body;
        if (hl != null && (!marked || nitf == null || nitf.headline() == null)) {
            entities.findIn(Field.HEADLINE, 0, hl);
        }
        if (sf != null && (!marked || nitf == null || nitf.standfirst() == null)) {
            entities.findIn(Field.STANDFIRST, 0, sf);
        }
        if (!marked) {
            for (int i = 0; i < paragraphs.size(); i++) {
                entities.findIn(Field.BODY, i, paragraphs.get(i));
            }
        }
        String byline = nitf != null && nitf.byline() != null ? nitf.byline() : by != null ? by : creator;
        String lang = nitf != null && nitf.language() != null ? nitf.language() : language;
        LocalDate published = contentCreated != null ? contentCreated : firstCreated != null ? firstCreated : versionCreated;
        return Article.builder().headline(hl).standfirst(sf).byline(byline).language(lang).published(published)
                .body(paragraphs).entities(entities.entities()).meta("guid", guid);
    }

    /** The day of a NewsML-G2 (possibly truncated) date-time; the unknown-date marker gives null. */
    static LocalDate date(String s) {
        return IsoDates.isInstant(s, NewsmlG2.UNKNOWN_DATE) ? null : IsoDates.day(s);
    }
}
