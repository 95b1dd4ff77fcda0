package org.copydesk.importer.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the main content of a page and judges every block.
 *
 * <p>Each block gets a value: positive for prose (its unlinked characters, less a fixed cost so
 * that scraps of text count against a region), negative for link lists and for anything inside
 * an element named as chrome. The main content is the element whose subtree has the largest total
 * value, a maximum-weight subtree that takes in the whole article body while sidebars, menus and
 * comment threads pull their ancestors down. Blocks inside it are then kept unless their own
 * markup, link density or wording marks them as chrome.
 */
final class ContentExtractor {
    /** What a block costs before its text pays for it: a 25-character scrap is neutral. */
    private static final double BLOCK_COST = 25;
    /** Weight of link text and of chrome text against a region. */
    private static final double CHROME_WEIGHT = 0.3;
    private static final double LINK_WEIGHT = 1.0;

    /** Share of the page's prose above which a chrome-named element is taken for a layout wrapper. */
    private static final double LAYOUT_SHARE = 0.5;

    /** Widen when the wider region has this much more prose and keeps this share of the value. */
    private static final double WIDEN_GAIN = 1.5;
    private static final double WIDEN_SUM = 0.25;

    private static final double PREFER_SHARE = 0.3;
    /** Prose beside the main region, within this many levels above it, belongs to the article (see adoptNeighbours). */
    private static final int NEIGHBOUR_LEVELS = 2;
    private static final int NEIGHBOUR_CHARS = 100;
    private static final double NEIGHBOUR_LINKS = 0.25;
    private static final int LEAD_CHARS = 80;
    /** Longer than any title: a heading's tag holding more is prose set large, not a title over what follows. */
    private static final int TITLE_CHARS = 100;
    /** Shortest heading taken for the headline when the title only starts with it. */
    private static final int TITLE_PREFIX = 20;

    private static final java.util.Set<String> TEXT_LEVEL = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "a", "span", "strong", "em", "b", "i", "u", "font", "small", "big", "blockquote", "pre", "tr",
            "td", "th", "dt", "dd", "figcaption", "label", "time", "code", "sup", "sub");

    private ContentExtractor() {
    }

    /** A block and the verdict on it: reason null means kept. */
    record Judged(Block block, String reason) {
        boolean kept() {
            return reason == null;
        }
    }

    /** Judges every block; {@code headline} (may be null) is the page's own title, which marks where its text starts. */
    static List<Judged> extract(PageTree tree, List<Block> blocks, String headline) {
        withdrawLayoutNames(tree, blocks);
        int lead = leadBlock(blocks, headlineBlock(tree, blocks, headline));
        withdrawLeadNames(tree, blocks, lead);
        int main = mainContent(tree, blocks, lead);
        boolean standfirst = standfirstBefore(tree, blocks, lead, main);
        List<Judged> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String reason = judge(tree, b, main);
            // a standfirst apart from the body, before it, is where the article starts
            if (i == lead && reason != null && standfirst) {
                reason = null;
            }
            out.add(new Judged(b, reason));
        }
        adoptNeighbours(tree, out, main);
        dropOrphanHeadings(out);
        return out;
    }

    /**
     * A chrome name on an element holding most of the page's prose names a layout wrapper
     * ("content-sidebar-wrap"), not chrome; the chrome inside it keeps its own names.
     */
    static void withdrawLayoutNames(PageTree tree, List<Block> blocks) {
        int n = tree.size();
        double[] prose = new double[n];
        for (Block b : blocks) {
            if (b.linkDensity() < 0.5) {
                prose[b.owner()] += b.plainChars();
            }
        }
        for (int id = n - 1; id > 0; id--) {
            if (tree.parent(id) >= 0) {
                prose[tree.parent(id)] += prose[id];
            }
        }
        double total = n == 0 ? 0 : prose[0];
        tree.withdrawReasons(id -> total > 0 && prose[id] > LAYOUT_SHARE * total);
    }

    /** Names an article wears when it is behind a paywall (a teaser) or is a post in a forum or comment-style layout. */
    private static final java.util.Set<String> WORN_BY_ARTICLES = java.util.Set.of("paywall", "subscription", "comments");

    /**
     * The first prose after the headline is the article's lead, whatever its container is called: a
     * paywalled page shows only its teaser, inside an element named for the paywall; a forum thread's
     * opening post, or a blog's, can sit in a comments-like container; inside an element the page marks
     * as its article body, a lead is often called a "teaser". Such a name on an element that holds the
     * lead is withdrawn (the paywall prompt and the replies keep theirs).
     */
    static void withdrawLeadNames(PageTree tree, List<Block> blocks, int lead) {
        if (lead < 0) {
            return;
        }
        java.util.Set<Integer> worn = new java.util.HashSet<>();
        boolean inBody = false;
        for (int id = blocks.get(lead).owner(); id >= 0 && !inBody; id = tree.parent(id)) {
            inBody = tree.isContent(id);
            String reason = tree.reason(id);
            if (reason != null) {
                if (!WORN_BY_ARTICLES.contains(reason) && !reason.equals("related")) {
                    return; // the first prose is in real chrome (a cookie notice, a menu): no lead here
                }
                worn.add(id);
            }
        }
        boolean body = inBody;
        worn.removeIf(id -> !body && tree.reason(id).equals("related")); // a related box may follow a short story
        if (!worn.isEmpty()) {
            tree.withdrawReasons(worn::contains);
        }
    }

    /**
     * Whether the lead is a standfirst in a container of its own before the main region: in no chrome,
     * or in a box named as a teaser or related item ("teaser-text", "article-teaser") that the main
     * region follows with no other prose between them (captions and share bars may). A related box placed between headline and body
     * and worth a lead is the story's own summary.
     */
    private static boolean standfirstBefore(PageTree tree, List<Block> blocks, int lead, int main) {
        if (lead < 0 || main < 0 || blocks.get(lead).owner() >= main) {
            return false;
        }
        int at = tree.reasonAt(blocks.get(lead).owner());
        if (at < 0) {
            return true;
        }
        if (!tree.reason(at).equals("related")) {
            return false;
        }
        for (int i = lead + 1; i < blocks.size() && !tree.within(blocks.get(i).owner(), main); i++) {
            Block b = blocks.get(i);
            if (b.owner() > main) {
                return false; // the main region was never reached: the box is not before it
            }
            if (b.plainChars() >= LEAD_CHARS && b.linkDensity() <= 0.5 && tree.reasonAt(b.owner()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The first prose block after the headline's block: the article's lead; -1 when there is none. */
    private static int leadBlock(List<Block> blocks, int headline) {
        for (int i = headline + 1; headline >= 0 && i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.plainChars() >= LEAD_CHARS && b.linkDensity() <= 0.5) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The block of the heading that repeats the headline (titles often add " | Section | Site" to it),
     * else of the first h1; -1 when there is none.
     */
    private static int headlineBlock(PageTree tree, List<Block> blocks, String headline) {
        int prefix = -1;
        int firstH1 = -1;
        String title = headline == null ? null : PageMetadata.titleKey(headline);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() != Block.Kind.HEADING) {
                continue;
            }
            String t = PageMetadata.titleKey(b.text());
            if (title != null && t.equals(title)) {
                return i;
            }
            if (prefix < 0 && title != null && t.length() >= TITLE_PREFIX
                    && (title.startsWith(t) || t.startsWith(title))) {
                prefix = i;
            }
            if (firstH1 < 0 && tree.tag(b.owner()).equals("h1")) {
                firstH1 = i;
            }
        }
        return prefix >= 0 ? prefix : firstH1;
    }

    /** The element with the best subtree value, or the root when no region is worth anything. */
    static int mainContent(PageTree tree, List<Block> blocks, int lead) {
        int n = tree.size();
        if (n == 0) {
            return -1;
        }
        double[] sum = new double[n];
        double[] gain = new double[n];
        for (Block b : blocks) {
            double v = value(tree, b);
            sum[b.owner()] += v;
            gain[b.owner()] += Math.max(0, v);
        }
        // children have larger ids than their parents: one backward pass sums every subtree
        for (int id = n - 1; id > 0; id--) {
            int p = tree.parent(id);
            if (p >= 0) {
                sum[p] += sum[id];
                gain[p] += gain[id];
            }
        }
        int best = 0;
        for (int id = 1; id < n; id++) {
            if (sum[id] > sum[best]) {
                best = id;
            }
        }
        best = preferMarkedOrLead(tree, blocks, sum, best);
        // one paragraph is never the article: its container is
        while (TEXT_LEVEL.contains(tree.tag(best)) && tree.parent(best) >= 0) {
            best = tree.parent(best);
        }
        // a region that leaves much of the page's prose outside is only part of the article (wiki
        // sections between link lists): widen it while the wider region still pays for itself
        for (int p = tree.parent(best); p >= 0 && sum[best] > 0; p = tree.parent(p)) {
            if (gain[p] >= WIDEN_GAIN * gain[best] && sum[p] >= WIDEN_SUM * sum[best]) {
                best = p;
            }
        }
        return widenToLead(tree, blocks, lead, sum, best);
    }

    /**
     * A lead paragraph often has a container of its own ("intro", "summary") beside the body's: when
     * the first prose after the headline lies before the main region, the region grows to take it in,
     * if what comes in with it is worth no less than the lead itself.
     */
    private static int widenToLead(PageTree tree, List<Block> blocks, int lead, double[] sum, int best) {
        if (lead < 0) {
            return best;
        }
        Block b = blocks.get(lead);
        if (tree.within(b.owner(), best) || b.owner() > best || tree.reasonAt(b.owner()) >= 0) {
            return best; // the lead is in the region already, comes after it, or is chrome
        }
        int common = best;
        while (common >= 0 && !tree.within(b.owner(), common)) {
            common = tree.parent(common);
        }
        return common >= 0 && sum[common] >= sum[best] ? common : best;
    }

    /**
     * Teaser lists and neighbouring posts can outweigh a short article. A region the page marks as
     * the article body, or else the one holding the first prose after the first h1, wins when it
     * carries a fair share of the best value.
     */
    private static int preferMarkedOrLead(PageTree tree, List<Block> blocks, double[] sum, int best) {
        double floor = PREFER_SHARE * sum[best];
        int marked = -1;
        for (int id = 0; id < tree.size(); id++) {
            if (tree.isContent(id) && sum[id] > 0 && (marked < 0 || sum[id] > sum[marked])) {
                marked = id;
            }
        }
        if (marked >= 0 && sum[marked] >= floor) {
            return marked;
        }
        boolean afterH1 = false;
        for (Block b : blocks) {
            if (!afterH1) {
                afterH1 = tree.tag(b.owner()).equals("h1");
            } else if (b.plainChars() >= LEAD_CHARS && value(tree, b) > 0) {
                int lead = -1;
                for (int id = b.owner(); id >= 0; id = tree.parent(id)) {
                    if (lead < 0 || sum[id] > sum[lead]) {
                        lead = id;
                    }
                }
                return sum[lead] >= floor ? lead : best;
            }
        }
        return best;
    }

    static double value(PageTree tree, Block b) {
        int len = b.text().length();
        if (b.linkDensity() > 0.5) {
            return -LINK_WEIGHT * len;
        }
        if (tree.reasonAt(b.owner()) >= 0) {
            return -CHROME_WEIGHT * len;
        }
        return b.plainChars() - LINK_WEIGHT * b.linkChars() - BLOCK_COST;
    }

    /**
     * A heading over nothing but dropped blocks ("Related stories", "Weitere Beiträge") titles
     * chrome: it goes with what follows it, up to the next kept heading.
     */
    private static void dropOrphanHeadings(List<Judged> judged) {
        String following = null;
        boolean keptBelow = false;
        for (int i = judged.size() - 1; i >= 0; i--) {
            Judged j = judged.get(i);
            // prose set in a heading's tag (a whole sentence or two) is text, not a title over what follows
            if (j.block().kind() == Block.Kind.HEADING && j.block().text().length() <= TITLE_CHARS) {
                if (j.kept() && !keptBelow && following != null) {
                    judged.set(i, new Judged(j.block(), following));
                }
                keptBelow = false;
                following = null;
            } else if (j.kept()) {
                keptBelow = true;
            } else if (!keptBelow) {
                following = j.reason();
            }
        }
    }

    /**
     * The main region is sometimes one part of the article: the page splits its text into several
     * containers (an intro box, sections, blocks between pictures) whose common ancestor also holds
     * enough chrome to lose. Prose next to the region, within its grandparent and in no chrome, is
     * taken in, from the region outwards until the article visibly ends: a linked heading (a teaser's
     * title), a block in named chrome other than a caption or an advert, or wording that marks a
     * prompt or a label ("Related stories", "About the author"). Dates, bylines and captions between
     * them do not end it. A plain subheading directly over adopted prose comes with it.
     */
    private static void adoptNeighbours(PageTree tree, List<Judged> out, int main) {
        int first = -1;
        int last = -1;
        for (int i = 0; main >= 0 && i < out.size(); i++) {
            if (tree.within(out.get(i).block().owner(), main)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        int scope = main;
        for (int up = 0; up < NEIGHBOUR_LEVELS && tree.parent(scope) >= 0; up++) {
            scope = tree.parent(scope);
        }
        int end = last + 1;
        while (end < out.size() && adopt(tree, out, end, scope)) {
            end++;
        }
        int start = first - 1;
        while (start >= 0 && adopt(tree, out, start, scope)) {
            start--;
        }
        for (int i = end - 2; i > start; i--) {
            Judged j = out.get(i);
            if (!j.kept() && j.block().kind() == Block.Kind.HEADING && out.get(i + 1).kept() && plain(tree, j.block())
                    && j.block().linkDensity() <= 0.5) {
                out.set(i, new Judged(j.block(), null));
            }
        }
    }

    /** Takes block {@code i} in when it is prose outside chrome; false when the article ends there. */
    private static boolean adopt(PageTree tree, List<Judged> out, int i, int scope) {
        Judged j = out.get(i);
        Block b = j.block();
        if (!tree.within(b.owner(), scope) || b.kind() == Block.Kind.HEADING && b.linkDensity() > 0.5
                || endsArticle(tree, b)) {
            return false;
        }
        if (!j.kept() && b.kind() == Block.Kind.PARAGRAPH && b.plainChars() >= NEIGHBOUR_CHARS
                && b.linkDensity() <= NEIGHBOUR_LINKS && plain(tree, b)) {
            out.set(i, new Judged(b, null));
        }
        return true;
    }

    /** In no named chrome, and nothing in its wording marks it. */
    private static boolean plain(PageTree tree, Block b) {
        return tree.reasonAt(b.owner()) < 0 && BoilerplateWording.reason(b.text()) == null;
    }

    private static boolean endsArticle(PageTree tree, Block b) {
        int at = tree.reasonAt(b.owner());
        if (at >= 0 && !tree.reason(at).equals("caption") && !tree.reason(at).equals("advert")) {
            return true;
        }
        String wording = BoilerplateWording.reason(b.text());
        return wording != null && (BoilerplateWording.isLabel(b.text())
                || !wording.equals("boilerplate") && !wording.equals("caption") && !wording.equals("advert"));
    }

    private static String judge(PageTree tree, Block b, int main) {
        if (main < 0) {
            return "boilerplate";
        }
        int at = tree.reasonAt(b.owner());
        boolean inside = tree.within(b.owner(), main);
        if (!inside) {
            return at >= 0 ? tree.reason(at) : b.linkDensity() > 0.5 ? "navigation" : "boilerplate";
        }
        // chrome names above the main element describe the page layout, not this block
        if (at >= 0 && at > main) {
            return tree.reason(at);
        }
        if (b.linkDensity() > 0.5) {
            return "related";
        }
        return BoilerplateWording.reason(b.text());
    }
}
