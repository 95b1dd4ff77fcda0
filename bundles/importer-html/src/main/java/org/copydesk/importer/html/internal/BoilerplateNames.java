package org.copydesk.importer.html.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Reads what an element is for from its tag, ARIA role, class and id: page chrome names itself
 * ("site-nav", "share-bar", "related-posts", "cookie-consent") far more reliably than its text
 * does. Distinctive stems match anywhere in the names (separators ignored, so "more-stories" and
 * "moreStories" agree); short, ambiguous names only as a whole part, so "ad" matches "ad-slot" but
 * not "header". Plain substring tests rather than one big regex: this runs on every element.
 */
final class BoilerplateNames {
    /** Stems in priority order, with the reason each names. */
    private static final Map<String, String> STEMS = new LinkedHashMap<>();
    /** The stems, found in one pass over a name; built once {@link #STEMS} is filled. */
    private static final WordIndex STEM_INDEX;
    private static final String[] STEM_REASONS;
    /** Whole parts and their reasons. */
    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("nav", "navigation"), Map.entry("ad", "advert"), Map.entry("ads", "advert"),
            Map.entry("adv", "advert"), Map.entry("meta", "boilerplate"), Map.entry("foot", "boilerplate"),
            Map.entry("tools", "social"), Map.entry("toolbar", "social"),
            Map.entry("rail", "related"), Map.entry("aside", "related"), Map.entry("tags", "navigation"));
    private static final int PART_MAX = PARTS.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** Names of the main text container, which outweigh any stem in the same attributes. */
    private static final WordIndex CONTENT = new WordIndex("articlebody", "articlecontent", "articletext", "entrycontent",
        "postbody", "postcontent", "posttext", "storybody", "storycontent", "storytext", "maincontent", "bodytext",
        "contentbody", "textcontent", "newstext");
    /**
     * Class names that label the post's categories and tags rather than the element's role, and
     * state and BEM modifiers ("has-ads", "o-section--ads") that describe what an element holds.
     */
    private static final String[] TAXONOMY_KINDS = {"category", "tag", "tags", "format", "type", "status"};
    private static final String[] STATE_WORDS = {"has", "with", "without", "no"};
    static final Pattern TAXONOMY = Pattern.compile("((?<![\\w-])(" + String.join("|", TAXONOMY_KINDS)
            + ")|(?<![\\w])(" + String.join("|", STATE_WORDS) + "))-[\\w-]+|--[\\w-]+");
    private static final Verdict NONE = new Verdict(null, false);
    /** Names of cookie and consent dialogs, which may call their own panes "main content". */
    private static final Pattern CONSENT = Pattern.compile("cookie|consent|gdpr|privacy");

    static {
        stems("comments", "comment", "disqus", "respond");
        stems("navigation", "breadcrumb", "navbar", "navigation", "menu", "pagination", "pager", "skiplink",
                "tagcloud", "categories");
        stems("cookie", "cookie", "consent", "gdpr");
        stems("newsletter", "newsletter", "signup");
        stems("paywall", "paywall", "regwall");
        stems("subscription", "subscri", "membership");
        stems("appeal", "donat");
        stems("social", "share", "sharing", "social", "followus", "sociable", "addthis", "shariff");
        stems("advert", "advert", "sponsor", "dfp", "adsense", "adslot", "adcontainer", "adwrap", "banner",
                "outbrain", "taboola");
        stems("promo", "promo");
        stems("caption", "caption", "credit");
        stems("related", "related", "recommend", "readmore", "morestories", "mostread", "mostpopular",
                "mostviewed", "trending", "teaser", "sidebar");
        stems("boilerplate", "copyright", "footer", "masthead", "byline", "author", "dateline", "timestamp",
                "postmeta", "entrymeta", "articlemeta", "printonly", "screenreader", "sronly", "visuallyhidden");
        STEM_INDEX = new WordIndex(STEMS.keySet().toArray(String[]::new));
        STEM_REASONS = STEMS.values().toArray(String[]::new);
    }

    private static void stems(String reason, String... stems) {
        for (String s : stems) {
            STEMS.put(s, reason);
        }
    }

    /**
     * What an element's names say: why it is page chrome (null when nothing says so), and whether it
     * names itself the main text (itemprop articleBody, class "article-body" ...).
     */
    record Verdict(String reason, boolean content) {
    }

    /**
     * Verdicts of class-and-id combinations, shared by every page and thread: pages repeat the same
     * few, and a site's pages (or a framework's) share them, so each is read once. Emptied when full,
     * so that no batch makes it grow without bound.
     */
    private static final Map<String, Verdict> SEEN = new ConcurrentHashMap<>();
    private static final int SEEN_MAX = 20_000;

    /** What element {@code e} is for, from its tag, ARIA role, itemprop, class and id. */
    static Verdict of(Element e) {
        boolean body = "articleBody".equalsIgnoreCase(e.attr("itemprop"));
        String tag = e.normalName();
        // their classes list the page's type and taxonomy (WordPress: "category-no-newsletter")
        boolean taxonomyOnly = switch (tag) {
            case "body", "html", "article", "main" -> true;
            default -> false;
        };
        String fixed = taxonomyOnly ? null : byTagOrRole(e, tag);
        if (fixed != null) {
            return new Verdict(fixed, body || names(e).content());
        }
        if (body) {
            return new Verdict(null, true);
        }
        Verdict v = names(e);
        return taxonomyOnly && v.reason() != null ? new Verdict(null, v.content()) : v;
    }

    /** The reason an element's tag or ARIA role gives, or null. */
    private static String byTagOrRole(Element e, String tag) {
        return switch (tag) {
            case "nav" -> "navigation";
            case "aside" -> "related";
            case "footer" -> "boilerplate";
            case "figcaption" -> "caption";
            default -> switch (e.attr("role").toLowerCase(Locale.ROOT)) {
                case "navigation", "menu", "menubar", "search" -> "navigation";
                case "contentinfo" -> "boilerplate";
                case "complementary" -> "related";
                default -> null;
            };
        };
    }

    private static Verdict names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return NONE;
        }
        String key = cls + '#' + id;
        Verdict v = SEEN.get(key);
        if (v == null) {
            v = names(cls, id);
            if (SEEN.size() >= SEEN_MAX) {
                SEEN.clear();
            }
            SEEN.put(key, v);
        }
        return v;
    }

    private static Verdict names(String cls, String id) {
        String joined = lettersOnly(cls + " " + id);
        // a consent dialog's "main content" tab is the dialog's, not the page's
        if (CONTENT.firstIn(joined) >= 0 && !CONSENT.matcher(joined).find()) {
            return new Verdict(null, true);
        }
        if (!mayHoldTaxonomy(cls)) {
            return new Verdict(reasonOfNames(cls + " " + id, joined), false);
        }
        return new Verdict(reasonOfNames(TAXONOMY.matcher(cls).replaceAll(" ") + " " + id), false);
    }

    /**
     * Whether {@link #TAXONOMY} could match in {@code cls}: every match holds "--" or one of its words
     * right before a hyphen. Most class names hold neither, and this look at their hyphens costs far
     * less than the pattern's search from every position (it runs for every new class name).
     */
    static boolean mayHoldTaxonomy(String cls) {
        for (int p = cls.indexOf('-'); p >= 0; p = cls.indexOf('-', p + 1)) {
            if (p + 1 < cls.length() && cls.charAt(p + 1) == '-'
                    || endsWithAny(cls, p, TAXONOMY_KINDS) || endsWithAny(cls, p, STATE_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, int end, String[] words) {
        for (String w : words) {
            if (end >= w.length() && s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    static String reasonOfNames(String names) {
        return reasonOfNames(names, lettersOnly(names));
    }

    /** {@code joined} is {@code lettersOnly(names)}. */
    private static String reasonOfNames(String names, String joined) {
        int stem = STEM_INDEX.firstIn(joined);
        if (stem >= 0) {
            return STEM_REASONS[stem];
        }
        return reasonOfParts(names);
    }

    /**
     * The reason of the first of the names' parts that {@link #PARTS} lists: lower-case parts split at
     * separators and camel-case humps ("mainNav ad_slot" has main, nav, ad, slot). Each part is made
     * as a string only when it is short enough to be listed (a longer one cannot be).
     */
    private static String reasonOfParts(String names) {
        StringBuilder part = new StringBuilder(PART_MAX);
        char prev = ' ';
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            if (!letter || Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                String r = part.length() == 0 || part.length() > PART_MAX ? null : PARTS.get(part.toString());
                if (r != null) {
                    return r;
                }
                part.setLength(0);
            }
            if (letter) {
                part.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        return null;
    }

    /** Lower-case letters and digits only: "More-Stories_box" becomes "morestoriesbox". */
    private static String lettersOnly(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
