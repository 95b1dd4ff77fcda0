package org.copydesk.importer.ninjs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.formats.EntityCollector;
import org.copydesk.formats.HtmlMarkup;
import org.copydesk.formats.InlineText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Text and entity spans of an HTML fragment, as written by {@link HtmlMarkup} or by an agency. */
final class HtmlText {
    /** Blocks that hold running text; h1 is left out, agencies repeat the headline there. */
    private static final Set<String> BLOCKS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote");

    private HtmlText() {
    }

    /** The paragraphs of an HTML body, their entity spans recorded as body mentions. */
    static List<String> paragraphs(String html, EntityCollector entities) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Element> blocks = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            // the innermost blocks: a quote's paragraphs, not the quote as one
            boolean leaf = e.getAllElements().stream().skip(1).noneMatch(d -> BLOCKS.contains(d.normalName()));
            if (BLOCKS.contains(e.normalName()) && leaf) {
                blocks.add(e);
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(body);
        }
        List<String> out = new ArrayList<>();
        for (Element block : blocks) {
            InlineText t = new InlineText();
            walk(block, t);
            if (!t.isEmpty()) {
                out.add(t.finish(entities, Field.BODY, out.size()));
            }
        }
        return out;
    }

    /** One field's text from an HTML fragment, its entity spans recorded as mentions in that field. */
    static String field(String html, EntityCollector entities, Field field) {
        InlineText t = new InlineText();
        walk(Jsoup.parseBodyFragment(html).body(), t);
        return t.isEmpty() ? null : t.finish(entities, field, 0);
    }

    private static void walk(Node node, InlineText t) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                t.text(text.getWholeText());
            } else if (child instanceof Element e) {
                EntityType type = entityType(e);
                if ("br".equals(e.normalName())) {
                    t.space();
                } else if (type != null) {
                    t.open(type, e.hasAttr(HtmlMarkup.NAME_ATTRIBUTE) ? e.attr(HtmlMarkup.NAME_ATTRIBUTE) : null);
                    walk(e, t);
                    t.close();
                } else {
                    walk(e, t);
                }
            }
        }
    }

    private static EntityType entityType(Element e) {
        if (!e.hasClass(HtmlMarkup.ENTITY_CLASS)) {
            return null;
        }
        for (String c : e.classNames()) {
            EntityType type = HtmlMarkup.type(c);
            if (type != null) {
                return type;
            }
        }
        return null;
    }
}
