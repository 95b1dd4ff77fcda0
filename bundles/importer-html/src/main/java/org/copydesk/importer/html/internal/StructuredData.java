package org.copydesk.importer.html.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says of its article: headline, date, author and, for pages whose
 * text the browser renders from script, the article body itself. The article is the first node whose
 * {@code @type} is a kind of article, wherever it sits (top level, an array, an {@code @graph});
 * pages often also describe their site, breadcrumbs and publisher, whose names are not the article's.
 */
record StructuredData(String headline, String datePublished, String author, List<String> body) {
    static final StructuredData NONE = new StructuredData(null, null, null, List.of());

    /** schema.org's Article and the subtypes news sites use. */
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle", "TechArticle");
    /** Deep enough for any real graph, shallow enough that a hostile page cannot exhaust the stack. */
    private static final int MAX_DEPTH = 64;
    /** Pages write JSON-LD by hand: comments, trailing commas and raw control characters are common. */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    /** The facts read from a broken script, up to the opening quote of their value. */
    private static final Pattern LOOSE_FIELD = Pattern.compile("\"(@type|headline|datePublished)\"\\s*:\\s*\"");
    /** Longer than any headline or date: past it the quote was never closed. */
    private static final int MAX_LOOSE_STRING = 2_000;
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote";
    private static final String INNER_BLOCKS = "p, li";
    /** A plain-text body's paragraph breaks: new lines, or two spaces after a sentence (how some CMSs flatten them). */
    private static final Pattern PLAIN_BREAK = Pattern.compile("\\s*\\n\\s*|(?<=[.!?\"”’])\\s{2,}(?=\\S)");

    /**
     * Reads every JSON-LD script of a page (one that does not parse is passed over, as a browser
     * would). Each fact comes from the article node when it states it, else from the first node that
     * does: Yoast-style graphs put the date on the WebPage and the author in a Person node the
     * article points to by {@code @id}.
     */
    static StructuredData of(List<String> scripts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String script : scripts) {
            try {
                collect(JSON.readTree(script), nodes, 0);
            } catch (IOException e) {
                // hand-written JSON-LD is often broken (a stray quote, an unquoted name); its plain
                // string facts are still the page's word on its headline and date
                nodes.add(looseFacts(script));
            }
        }
        if (nodes.isEmpty()) {
            return NONE;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            if (n.hasNonNull("@id") && n.size() > 1) {
                byId.putIfAbsent(n.get("@id").asText(), n);
            }
        }
        JsonNode article = null;
        for (int i = 0; i < nodes.size() && article == null; i++) {
            article = isArticle(nodes.get(i).get("@type")) ? nodes.get(i) : null;
        }
        return new StructuredData(text(first(article, nodes, "headline")), text(first(article, nodes, "datePublished")),
                author(first(article, nodes, "author"), byId), paragraphs(text(first(article, nodes, "articleBody"))));
    }

    /** The short string facts of a script that does not parse, each the first stated. */
    private static ObjectNode looseFacts(String script) {
        ObjectNode facts = JSON.createObjectNode();
        Matcher m = LOOSE_FIELD.matcher(script);
        while (m.find()) {
            int end = closingQuote(script, m.end());
            if (end < 0 || facts.has(m.group(1))) {
                continue;
            }
            try {
                facts.put(m.group(1), JSON.readValue(script.substring(m.end() - 1, end + 1), String.class));
            } catch (IOException e) {
                // an escape JSON does not know: that fact is unreadable, the others may not be
            }
        }
        return facts;
    }

    /** The index of the quote closing a string literal opened before {@code from}; -1 past the bound. */
    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length() && i < from + MAX_LOOSE_STRING; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Every object of the tree in document order, as deep as a real page nests them. */
    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > MAX_DEPTH || !node.isContainerNode()) {
            return;
        }
        if (node.isObject()) {
            out.add(node);
        }
        for (JsonNode child : node) {
            collect(child, out, depth + 1);
        }
    }

    private static JsonNode first(JsonNode article, List<JsonNode> nodes, String field) {
        if (article != null && article.hasNonNull(field)) {
            return article.get(field);
        }
        for (JsonNode n : nodes) {
            if (n.hasNonNull(field)) {
                return n.get(field);
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    /**
     * The first author's name: an author is a name, a Person or Organization (perhaps only a
     * reference to one by {@code @id}), or a list of them.
     */
    private static String author(JsonNode a, Map<String, JsonNode> byId) {
        if (a == null) {
            return null;
        }
        if (a.isArray()) {
            return a.isEmpty() ? null : author(a.get(0), byId);
        }
        if (!a.isObject()) {
            return text(a);
        }
        JsonNode named = a.hasNonNull("name") || !a.hasNonNull("@id") ? a : byId.get(a.get("@id").asText());
        return named == null ? null : text(named.get("name"));
    }

    private static String text(JsonNode n) {
        if (n == null || !n.isValueNode() || n.isNull()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A body given as HTML (some CMSs put their markup in it) reads block by block; plain text at its breaks. */
    static List<String> paragraphs(String articleBody) {
        List<String> out = new ArrayList<>();
        if (articleBody == null) {
            return out;
        }
        if (articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') > 0) {
            Element root = Jsoup.parseBodyFragment(articleBody).body();
            for (Element e : root.select(BLOCKS)) {
                // a quote or list item wrapping paragraphs reads through them (select counts the element itself)
                if (e.select(INNER_BLOCKS).size() == (e.is(INNER_BLOCKS) ? 1 : 0)) {
                    add(out, e.text());
                }
            }
            if (out.isEmpty()) {
                add(out, root.text());
            }
            return out;
        }
        for (String p : PLAIN_BREAK.split(articleBody)) {
            add(out, p);
        }
        return out;
    }

    private static void add(List<String> out, String text) {
        String t = BlockCollector.normalise(text);
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
