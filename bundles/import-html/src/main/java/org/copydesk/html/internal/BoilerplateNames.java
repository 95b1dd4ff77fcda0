package org.copydesk.html.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Reads what an element is for from its tag, ARIA role, class and id: page chrome names itself
 * ("site-nav", "share-bar", "related-posts", "cookie-consent") far more reliably than its text
 * does. Names are matched as whole hyphen/underscore/camel-case parts or as distinctive stems, so
 * "ad" matches "ad-slot" but not "header".
 */
final class BoilerplateNames {
    /** Stems that name a reason wherever they occur inside a class or id part. */
    private static final Pattern STEMS = Pattern.compile(
            "(comment|disqus|respond|breadcrumb|navbar|navigation|menu|pagination|pager|sidebar|widget"
            + "|related|recommend|readmore|more-?stories|most-?(read|popular|viewed)|trending|teaser"
            + "|share|sharing|social|follow-?us|sociable|addthis|shariff"
            + "|cookie|consent|gdpr|newsletter|signup|subscri|paywall|regwall|donat|membership"
            + "|advert|sponsor|dfp|adsense|adslot|ad-?container|ad-?wrap|promo|banner|outbrain|taboola"
            + "|caption|credit|copyright|footer|masthead|byline|author|dateline|timestamp|post-?meta|entry-?meta"
            + "|article-?meta|tags|tagcloud|categories|skip-?link|print-?only|screen-?reader|sr-only|visually-?hidden)");
    /** Short names that only count as a whole part. */
    private static final Pattern PARTS = Pattern.compile("(nav|ad|ads|adv|meta|foot|share|social|tools|toolbar|hidden|rail|aside)");
    /** Names of the main text container, which outweigh a stem in the same attribute. */
    private static final Pattern CONTENT = Pattern.compile(
            "(article-?(body|content|text)|articlebody|entry-?content|post-?(body|content|text)|story-?(body|content|text)"
            + "|main-?content|body-?text|content-?body|text-?content|news-?text)");

    /** Class names that label the post's categories and tags rather than the element's role. */
    private static final Pattern TAXONOMY = Pattern.compile("(?<![\\w-])(category|tag|tags|post|format|type|status)-[\\w-]+");

    private BoilerplateNames() {
    }

    /** Why an element is page chrome, or null when nothing says so. */
    static String reason(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "nav":
                return "navigation";
            case "aside":
                return "related";
            case "footer":
                return "boilerplate";
            case "figcaption":
                return "caption";
            case "body", "html", "article", "main":
                // their classes list the page's type and taxonomy (WordPress: "category-no-newsletter")
                return null;
            default:
                break;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation", "menu", "menubar", "search":
                return "navigation";
            case "contentinfo":
                return "boilerplate";
            case "complementary":
                return "related";
            default:
                break;
        }
        String names = (TAXONOMY.matcher(e.className()).replaceAll(" ") + " " + e.id()).trim();
        if (names.isEmpty() || isContent(e)) {
            return null;
        }
        return reasonOfNames(names);
    }

    /** Whether the element names itself the main text (itemprop articleBody, class "article-body" ...). */
    static boolean isContent(Element e) {
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && CONTENT.matcher(names).find();
    }

    static String reasonOfNames(String names) {
        // split camelCase into parts before lower-casing
        String lower = names.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        Matcher m = STEMS.matcher(lower);
        if (m.find()) {
            return reasonOfStem(m.group(1));
        }
        for (String part : lower.split("[^a-z0-9]+")) {
            if (PARTS.matcher(part).matches()) {
                return reasonOfStem(part);
            }
        }
        return null;
    }

    private static String reasonOfStem(String stem) {
        String s = stem.replace("-", "");
        if (s.startsWith("comment") || s.equals("disqus") || s.equals("respond")) {
            return "comments";
        }
        if (s.startsWith("share") || s.startsWith("social") || s.startsWith("follow") || s.equals("sharing")
                || s.equals("sociable") || s.equals("addthis") || s.equals("shariff") || s.startsWith("tool")) {
            return "social";
        }
        if (s.equals("cookie") || s.equals("consent") || s.equals("gdpr")) {
            return "cookie";
        }
        if (s.equals("newsletter") || s.equals("signup")) {
            return "newsletter";
        }
        if (s.equals("subscri") || s.equals("paywall") || s.equals("regwall") || s.equals("membership")) {
            return "subscription";
        }
        if (s.equals("donat")) {
            return "appeal";
        }
        if (s.startsWith("ad") || s.equals("sponsor") || s.equals("dfp") || s.equals("banner")
                || s.equals("outbrain") || s.equals("taboola")) {
            return "advert";
        }
        if (s.equals("promo")) {
            return "promo";
        }
        if (s.equals("caption") || s.equals("credit")) {
            return "caption";
        }
        if (s.startsWith("related") || s.startsWith("recommend") || s.startsWith("readmore") || s.startsWith("more")
                || s.startsWith("most") || s.equals("trending") || s.equals("teaser") || s.equals("sidebar")
                || s.equals("widget") || s.equals("rail") || s.equals("aside")) {
            return "related";
        }
        if (s.startsWith("nav") || s.equals("breadcrumb") || s.equals("menu") || s.startsWith("pag")
                || s.startsWith("skip") || s.equals("tags") || s.equals("tagcloud") || s.equals("categories")) {
            return "navigation";
        }
        return "boilerplate";
    }
}
