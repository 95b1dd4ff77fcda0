package org.copydesk.formats;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;

/**
 * Reads a NITF {@code nitf} element: headline, byline, abstract and body paragraphs, with the inline
 * entity markup turned into mentions. Works on our own output and on other agencies' NITF.
 */
public final class NitfReader {
    /** Body blocks that become paragraphs; others (tables, media) carry no running text. */
    private static final Set<String> BLOCKS = Set.of("p", "hl2", "li", "pre");
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XMLStreamReader r;
    private final EntityCollector entities;
    private String title;
    private String byline;
    private String docId;
    private String language;
    private LocalDate issued;
    private InlineText headline;
    private InlineText standfirst;
    private final List<String> body = new ArrayList<>();

    private NitfReader(XMLStreamReader r, EntityCollector entities) {
        this.r = r;
        this.entities = entities;
    }

    /** Reads from the {@code nitf} start element, which {@code r} is on, to its end. */
    public static NitfDocument read(XMLStreamReader r, EntityCollector entities) throws XMLStreamException {
        return new NitfReader(r, entities).read();
    }

    private NitfDocument read() throws XMLStreamException {
        language = attr("baselang");
        if (language == null) {
            language = r.getAttributeValue(XML_NS, "lang");
        }
        int depth = 1;
        InlineText inline = null;
        Field field = null;
        boolean inAbstract = false;
        boolean inBodyContent = false;
        boolean inIdentified = false;
        StringBuilder plain = null;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = r.getLocalName();
                EntityType type = Nitf.type(name);
                if (inline != null && type != null) {
                    inline.open(type, attr(Nitf.valueAttribute(name)));
                } else if (inline == null && plain == null) {
                    switch (name) {
                        case "title", "byline" -> plain = new StringBuilder();
                        case "hl1" -> { inline = headline = new InlineText(); field = Field.HEADLINE; }
                        case "abstract" -> { inAbstract = true; standfirst = new InlineText(); }
                        case "body.content" -> inBodyContent = true;
                        case "identified-content" -> inIdentified = true;
                        case "doc-id" -> docId = attr("id-string");
                        case "date.issue" -> issued = date(attr("norm"));
                        default -> {
                            if (inAbstract && "p".equals(name)) {
                                inline = standfirst;
                                field = Field.STANDFIRST;
                                if (!inline.isEmpty()) {
                                    inline.space();
                                }
                            } else if (inBodyContent && BLOCKS.contains(name)) {
                                inline = new InlineText();
                                field = Field.BODY;
                            } else if (type != null && inIdentified && attr(Nitf.valueAttribute(name)) != null) {
                                entities.declare(type, attr(Nitf.valueAttribute(name)));
                            }
                        }
                    }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inline != null) {
                    inline.text(r.getText());
                } else if (plain != null) {
                    plain.append(r.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = r.getLocalName();
                if (inline != null && Nitf.type(name) != null) {
                    inline.close();
                } else if (plain != null && ("title".equals(name) || "byline".equals(name))) {
                    String s = collapse(plain);
                    if ("title".equals(name)) {
                        title = s;
                    } else {
                        byline = byline == null ? s : byline + "; " + s;
                    }
                    plain = null;
                } else if ("hl1".equals(name) || (inAbstract && "p".equals(name))) {
                    inline = null;
                } else if ("abstract".equals(name)) {
                    inAbstract = false;
                } else if ("body.content".equals(name)) {
                    inBodyContent = false;
                } else if ("identified-content".equals(name)) {
                    inIdentified = false;
                } else if (inline != null && field == Field.BODY && BLOCKS.contains(name)) {
                    if (!inline.isEmpty()) {
                        body.add(inline.finish(entities, Field.BODY, body.size()));
                    }
                    inline = null;
                }
            }
        }
        String hl = headline == null ? null : headline.finish(entities, Field.HEADLINE, 0);
        String sf = standfirst == null || standfirst.isEmpty() ? null : standfirst.finish(entities, Field.STANDFIRST, 0);
        return new NitfDocument(title, hl, byline, sf, body, issued, language, docId);
    }

    private String attr(String local) {
        String v = r.getAttributeValue(null, local);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String collapse(CharSequence s) {
        String t = s.toString().replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** The date of a NITF norm value ({@code 20200103T000000+0000}, or ISO with dashes). */
    static LocalDate date(String norm) {
        if (norm == null) {
            return null;
        }
        String digits = norm.replace("-", "");
        if (digits.length() < 8) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
