package org.copydesk.importer.ninjs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.formats.EntityCollector;
import org.copydesk.formats.IsoDates;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps a ninjs object onto an article. Entity spans in HTML headlines, descriptions and bodies give
 * exact mentions; names in people / organisations / places (and our own subjects) are otherwise
 * looked for in the text.
 */
final class NinjsReader {
    /** Marks the subjects that are MISC entities (ours), as against an agency's topic codes. */
    static final String OUR_CREATOR = "copydesk";
    private static final Pattern ID = Pattern.compile("e\\d{1,9}");

    private final JsonNode n;
    private final EntityCollector entities = new EntityCollector();

    private NinjsReader(JsonNode n) {
        this.n = n;
    }

    static Article.Builder read(JsonNode n) {
        return new NinjsReader(n).read();
    }

    private Article.Builder read() {
        List<Listed> listed = new ArrayList<>();
        listed("people", EntityType.PERSON, listed);
        listed("organisations", EntityType.ORGANIZATION, listed);
        listed("places", EntityType.LOCATION, listed);
        listed("subjects", EntityType.MISC, listed);
        if (listed.stream().allMatch(l -> l.order() >= 0)) {
            listed.sort(Comparator.comparingInt(Listed::order));
        }
        listed.forEach(l -> entities.declare(l.type(), l.name()));
        List<String> body = body();
        boolean bodyMarked = entities.hasMentions();
        String headline = text("headlines", "main", Field.HEADLINE);
        if (headline == null) {
            headline = string(n.has("headline") ? "headline" : "title");
            find(Field.HEADLINE, headline);
        }
        String standfirst = text("descriptions", "summary", Field.STANDFIRST);
        if (standfirst == null) {
            standfirst = string("description_text");
            find(Field.STANDFIRST, standfirst);
        }
        if (!bodyMarked) {
            for (int i = 0; i < body.size(); i++) {
                entities.findIn(Field.BODY, i, body.get(i));
            }
        }
        return Article.builder().headline(headline).standfirst(standfirst)
                .byline(string(n.has("by") ? "by" : "byline")).language(string("language")).published(published())
                .body(body).entities(entities.entities()).meta("uri", string("uri"));
    }

    private record Listed(EntityType type, String name, int order) {
    }

    /**
     * The named entries of one list (subjects only when they are our MISC entities, not an agency's
     * topics), with the order our exporter wrote as literal {@code e<n>}, else -1.
     */
    private void listed(String list, EntityType type, List<Listed> into) {
        for (JsonNode e : n.path(list)) {
            boolean ours = type != EntityType.MISC || OUR_CREATOR.equals(e.path("creator").asText());
            String name = e.path("name").asText("");
            if (ours && !name.isBlank()) {
                String literal = e.path("literal").asText("");
                into.add(new Listed(type, name, ID.matcher(literal).matches() ? Integer.parseInt(literal.substring(1)) : -1));
            }
        }
    }

    private void find(Field field, String text) {
        if (text != null) {
            entities.findIn(field, 0, text);
        }
    }

    /**
     * The headline or description of the role (else the first): its HTML variant when there is
     * one, read for entity spans, else the plain value with names looked up in it.
     */
    private String text(String list, String role, Field field) {
        JsonNode plain = null;
        JsonNode html = null;
        for (JsonNode h : n.path(list)) {
            boolean isHtml = h.path("contentType").asText("").contains("html");
            boolean roleOk = role.equals(h.path("role").asText(role));
            if (isHtml && html == null && roleOk) {
                html = h;
            } else if (!isHtml && (plain == null || roleOk && !role.equals(plain.path("role").asText(role)))) {
                plain = h;
            }
        }
        if (html != null) {
            String s = HtmlText.field(html.path("value").asText(""), entities, field);
            if (s != null) {
                return s;
            }
        }
        String s = plain == null ? null : blankToNull(plain.path("value").asText(null));
        find(field, s);
        return s;
    }

    /** The body paragraphs: from an HTML body when there is one (with its entity spans), else plain text. */
    private List<String> body() {
        JsonNode html = null;
        JsonNode plain = null;
        for (JsonNode b : n.path("bodies")) {
            String type = b.path("contentType").asText("");
            if (type.equals("text/html") && html == null) {
                html = b;
            } else if (type.equals("text/plain") && plain == null) {
                plain = b;
            }
        }
        if (html != null) {
            return HtmlText.paragraphs(html.path("value").asText(""), entities);
        }
        if (n.path("body_html").isTextual()) {
            return HtmlText.paragraphs(n.path("body_html").asText(), entities);
        }
        String text = plain != null ? plain.path("value").asText("") : n.path("body_text").asText("");
        return paragraphs(text);
    }

    /** Plain text cut into paragraphs at blank lines, or at line ends when it has no blank line. */
    private static List<String> paragraphs(String text) {
        String sep = text.contains("\n\n") || text.contains("\r\n\r\n") ? "\\r?\\n\\s*\\r?\\n" : "\\r?\\n";
        List<String> out = new ArrayList<>();
        for (String p : text.split(sep)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private LocalDate published() {
        for (String k : new String[] {"contentCreated", "firstCreated", "versionCreated", "firstcreated", "versioncreated"}) {
            LocalDate d = IsoDates.day(string(k));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private String string(String key) {
        JsonNode v = n.get(key);
        return v != null && v.isTextual() ? blankToNull(v.asText()) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
