package org.copydesk.importer.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Linearises a page into text {@link Block}s and a {@link PageTree} of its elements in one
 * iterative walk (jsoup's traversor keeps no call stack, so 10,000-deep nesting is safe). Text
 * accumulates until a block-level boundary; invisible and non-text elements are skipped whole.
 */
final class BlockCollector implements NodeFilter {
    /**
     * Never running text a reader sees; noscript is not here: script-rendered pages put their text in
     * it. Ruby annotations (rt, rp) are the reading aids printed above East Asian characters, not words.
     */
    private static final Set<String> SKIP = Set.of("script", "style", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "option", "textarea", "input", "head", "math",
            "audio", "video", "map", "dialog", "rt", "rp");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "aside", "header",
            "footer", "nav", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "form",
            "fieldset", "legend", "address", "hr", "center", "details", "summary", "body", "html", "menu", "hgroup");

    /** A table row is one block: its cells are short, and a row reads as one line. */
    private static final Set<String> CELL = Set.of("td", "th");

    private final PageTree tree = new PageTree();
    private final List<Block> blocks = new ArrayList<>();
    /** Open element ids; a plain array because the page may nest thousands deep. */
    private int[] open = new int[64];
    private int openCount;
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int anchorDepth;
    private boolean lastWasBreak;

    static BlockCollector collect(Element root) {
        BlockCollector c = new BlockCollector();
        NodeTraversor.filter(c, root);
        c.flush();
        return c;
    }

    PageTree tree() {
        return tree;
    }

    List<Block> blocks() {
        return blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            if (!s.isBlank()) {
                lastWasBreak = false;
            }
            text.append(s);
            if (anchorDepth > 0) {
                linkChars += s.strip().length();
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (SKIP.contains(tag) || hidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            // two breaks in a row separate paragraphs on pages that use no <p>
            if (lastWasBreak) {
                flush();
            }
            text.append(' ');
            lastWasBreak = true;
            return FilterResult.CONTINUE;
        }
        if (tag.equals("a")) {
            anchorDepth++;
        } else if (tag.equals("img")) {
            return FilterResult.CONTINUE;
        }
        if (BLOCK.contains(tag)) {
            flush();
        } else if (CELL.contains(tag)) {
            text.append(' ');
        }
        BoilerplateNames.Verdict named = BoilerplateNames.of(e);
        int id = tree.add(openCount == 0 ? -1 : open[openCount - 1], tag, named.reason(), named.content());
        if (openCount == open.length) {
            open = java.util.Arrays.copyOf(open, openCount * 2);
        }
        open[openCount++] = id;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (tag.equals("br") || tag.equals("img")) {
            return FilterResult.CONTINUE;
        }
        if (BLOCK.contains(tag)) {
            flush();
        } else if (CELL.contains(tag)) {
            text.append(' ');
        }
        if (tag.equals("a")) {
            anchorDepth--;
        }
        tree.close(open[--openCount]);
        return FilterResult.CONTINUE;
    }

    private void flush() {
        lastWasBreak = false;
        if (text.isEmpty()) {
            return;
        }
        String s = normalise(text);
        text.setLength(0);
        int links = Math.min(linkChars, s.length());
        linkChars = 0;
        if (s.isEmpty() || openCount == 0) {
            return;
        }
        int owner = open[openCount - 1];
        blocks.add(new Block(s, links, kind(owner), owner));
    }

    private Block.Kind kind(int owner) {
        // a few levels up is enough, and keeps deep pages linear
        for (int id = owner, up = 0; id >= 0 && up < 8; id = tree.parent(id), up++) {
            switch (tree.tag(id)) {
                case "h1", "h2", "h3", "h4", "h5", "h6":
                    return Block.Kind.HEADING;
                case "li", "dt", "dd":
                    return Block.Kind.ITEM;
                case "blockquote":
                    return Block.Kind.QUOTE;
                case "pre":
                    return Block.Kind.PRE;
                case "figcaption", "caption":
                    return Block.Kind.CAPTION;
                case "p":
                    return Block.Kind.PARAGRAPH;
                case "div", "section", "article", "main", "body", "td", "table", "ul", "ol", "form":
                    return Block.Kind.TEXT;
                default:
                    break;
            }
        }
        return Block.Kind.TEXT;
    }

    /**
     * Collapses every run of whitespace (including no-break and other Unicode spaces) to one space and
     * drops soft hyphens, which only say where a word may break and are invisible otherwise.
     */
    static String normalise(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD') {
                continue;
            }
            // printable ASCII, most of any page, needs no look-up of its Unicode class
            boolean blank = (c <= ' ' || c >= 0x7F)
                    && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF');
            if (blank) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String st = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return st.contains("display:none") || st.contains("visibility:hidden");
    }
}
