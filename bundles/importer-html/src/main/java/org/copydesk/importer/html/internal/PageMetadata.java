package org.copydesk.importer.html.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The facts a page states about itself: headline, byline, publication date, canonical URL and
 * language, each from the most reliable place that has it (structured data, then meta tags, then
 * visible markup). {@code structuredBody} is the article text the page's JSON-LD gives, if any.
 */
record PageMetadata(String headline, String byline, LocalDate published, String url, String language,
                    String description, String siteName, List<String> structuredBody) {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·:-]\\s+|\\s+::\\s+|\\s*»\\s*");
    private static final Pattern BY_PREFIX = Pattern.compile("^(by|von|par|por|di|door)\\s+", Pattern.CASE_INSENSITIVE);
    /** Parsed once: a selector string is parsed again on every call, which showed in feeds of many small items. */
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "datepublished",
        "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.date",
        "sailthru.date", "parsely-pub-date", "article.published", "published_time"};

    static PageMetadata of(Document doc) {
        Map<String, String> metas = new HashMap<>();
        List<String> ldScripts = new ArrayList<>();
        // one walk finds every tag read here: CSS selectors would walk the page once each
        Element h1 = null;
        Element time = null;
        Element dated = null;
        Element author = null;
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "meta" -> addMeta(e, metas);
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                        ldScripts.add(e.data());
                    }
                }
                case "h1" -> h1 = h1 == null ? e : h1;
                case "time" -> time = time == null && e.hasAttr("datetime") ? e : time;
                default -> {
                }
            }
            if (e.attributesSize() > 0) {
                String itemprop = e.attr("itemprop");
                if (dated == null && itemprop.equalsIgnoreCase("datePublished")) {
                    dated = e;
                }
                if (author == null && (itemprop.equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author")
                        || e.hasClass("byline") || e.hasClass("author"))) {
                    author = e;
                }
            }
        }
        StructuredData ld = StructuredData.of(ldScripts);
        String siteName = metas.get("og:site_name");
        String headline = firstNonBlank(ld.headline(), metas.get("og:title"), metas.get("twitter:title"));
        if (headline == null) {
            headline = firstNonBlank(text(h1), doc.title());
        }
        return new PageMetadata(cleanTitle(headline, siteName), byline(author, ld, metas), published(dated, time, ld, metas),
                canonical(doc, metas), language(doc, metas),
                firstNonBlank(metas.get("og:description"), metas.get("description")), siteName, ld.body());
    }

    /** Records a meta tag's content by lower-case property, name, itemprop or http-equiv; the first one wins. */
    private static void addMeta(Element m, Map<String, String> metas) {
        String c = m.attr("content").strip();
        if (c.isEmpty()) {
            return;
        }
        for (String attr : META_KEYS) {
            String k = m.attr(attr);
            if (!k.isEmpty()) {
                metas.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
            }
        }
    }

    /** Drops a site name appended or prepended with a separator ("Storm hits coast | Daily News"). */
    static String cleanTitle(String title, String siteName) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = BlockCollector.normalise(title);
        Matcher m = TITLE_SEPARATOR.matcher(t);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (firstStart <= 0) {
            return t;
        }
        String head = t.substring(0, firstStart);
        String tail = t.substring(lastEnd);
        if (siteName != null && !siteName.isBlank()) {
            String site = siteName.strip().toLowerCase(Locale.ROOT);
            if (sameName(tail, site)) {
                return t.substring(0, lastStart).strip();
            }
            if (sameName(head, site)) {
                return t.substring(firstEnd).strip();
            }
            return t;
        }
        // no site name: a short label (at most four words) after the last separator is the site
        return tail.split(" ").length <= 4 && lastStart > tail.length() ? t.substring(0, lastStart).strip() : t;
    }

    /**
     * A title as compared with headings: metadata and the visible heading often differ only in their
     * quotes, apostrophes and dashes (typographic in one, typewriter in the other) or in case.
     */
    static String titleKey(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString();
    }

    private static boolean sameName(String part, String site) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        return !p.isEmpty() && (p.equals(site) || site.contains(p) || p.contains(site));
    }

    private static String byline(Element marked, StructuredData ld, Map<String, String> metas) {
        String author = firstNonBlank(ld.author(), metas.get("author"), metas.get("article:author"),
                metas.get("parsely-author"), metas.get("sailthru.author"), metas.get("dc.creator"));
        if (author == null && marked != null) {
            Element name = marked.selectFirst("[itemprop=name]");
            author = text(name != null ? name : marked);
        }
        if (author == null || author.startsWith("http")) {
            return null;
        }
        String a = BY_PREFIX.matcher(BlockCollector.normalise(author)).replaceFirst("");
        return a.isEmpty() || a.length() > 200 ? null : a;
    }

    private static LocalDate published(Element dated, Element time, StructuredData ld, Map<String, String> metas) {
        LocalDate d = date(ld.datePublished());
        for (int i = 0; d == null && i < DATE_METAS.length; i++) {
            d = date(metas.get(DATE_METAS[i]));
        }
        if (d == null && dated != null) {
            d = date(firstNonBlank(dated.attr("content"), dated.attr("datetime"), dated.text()));
        }
        if (d == null && time != null) {
            d = date(time.attr("datetime"));
        }
        return d;
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String canonical(Document doc, Map<String, String> metas) {
        Element link = doc.head().selectFirst(CANONICAL);
        return firstNonBlank(link == null ? null : link.attr("abs:href").isEmpty() ? link.attr("href") : link.attr("abs:href"),
                metas.get("og:url"));
    }

    private static String language(Document doc, Map<String, String> metas) {
        Element html = doc.firstElementChild();
        String lang = firstNonBlank(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                metas.get("content-language"), metas.get("og:locale"));
        if (lang == null) {
            return null;
        }
        String tag = lang.strip().replace('_', '-');
        return tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? Locale.forLanguageTag(tag).toLanguageTag() : null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
