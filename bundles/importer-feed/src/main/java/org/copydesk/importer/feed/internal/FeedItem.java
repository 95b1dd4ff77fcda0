package org.copydesk.importer.feed.internal;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;

/**
 * The parts of one feed item an article needs, with the fallbacks feeds require: full content
 * (content:encoded, Atom content) before the description or summary, plain text escaped into
 * HTML, and the published date before the updated one.
 */
record FeedItem(String title, String link, String author, Date published, String html) {
    static FeedItem of(SyndEntry e) {
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return new FeedItem(clean(e.getTitle()), clean(e.getLink()), author(e), date, html(e));
    }

    private static String author(SyndEntry e) {
        String a = clean(e.getAuthor());
        if (a == null) {
            List<SyndPerson> people = e.getAuthors();
            a = people.isEmpty() ? null : clean(people.get(0).getName());
        }
        return a;
    }

    private static String html(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return asHtml(c);
            }
        }
        SyndContent d = e.getDescription();
        return d == null || d.getValue() == null ? "" : asHtml(d);
    }

    /** Atom "text" content and RSS descriptions without tags are plain text: escape and keep line breaks. */
    static String asHtml(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        String v = c.getValue();
        boolean plain = type.equals("text") || type.equals("text/plain") || !v.contains("<");
        if (!plain) {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        for (String para : v.split("\\R\\s*\\R")) {
            if (!para.isBlank()) {
                sb.append("<p>").append(escape(para.strip())).append("</p>");
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
