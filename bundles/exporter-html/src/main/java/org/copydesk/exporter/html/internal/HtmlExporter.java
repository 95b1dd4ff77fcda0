package org.copydesk.exporter.html.internal;

import static org.copydesk.formats.Html.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ExporterProperties;
import org.copydesk.formats.HtmlMarkup;
import org.copydesk.formats.TimexWords;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a self-contained reading page: the article with its entities highlighted by type, the
 * entity list, and the timeline. Inline CSS only; a Content-Security-Policy forbids every script
 * and external resource, and every piece of input text is escaped.
 */
@Component(name = "org.copydesk.exporter.html", service = Exporter.class)
@ExporterProperties(format = "html", extension = "html", mediaType = "text/html")
public final class HtmlExporter implements Exporter {
    /** The TIMEX3 values that are also valid HTML dates. */
    private static final Pattern HTML_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final String CSS = stylesheet();

    private static String stylesheet() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("page.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("page.css missing from the bundle", e);
        }
    }

    @Override
    public void write(Article a, OutputStream out) throws IOException {
        out.write(page(a).getBytes(StandardCharsets.UTF_8));
    }

    String page(Article a) {
        StringBuilder h = new StringBuilder(4096);
        String title = a.headline() != null ? a.headline() : a.body().isEmpty() ? "Article" : a.body().get(0);
        h.append("<!DOCTYPE html>\n<html");
        if (a.language() != null) {
            h.append(" lang=\"").append(escape(a.language())).append('"');
        }
        h.append(">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<main>\n<article>\n<header>\n");
        if (a.headline() != null) {
            h.append("<h1>").append(HtmlMarkup.inline(a, Field.HEADLINE, 0)).append("</h1>\n");
        }
        if (a.standfirst() != null && !a.standfirst().isBlank()) {
            h.append("<p class=\"standfirst\">").append(HtmlMarkup.inline(a, Field.STANDFIRST, 0)).append("</p>\n");
        }
        meta(h, a);
        h.append("</header>\n");
        for (int i = 0; i < a.body().size(); i++) {
            h.append("<p>").append(HtmlMarkup.inline(a, Field.BODY, i)).append("</p>\n");
        }
        h.append("</article>\n");
        entities(h, a.entities());
        timeline(h, a.timeline());
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void meta(StringBuilder h, Article a) {
        boolean by = a.byline() != null && !a.byline().isBlank();
        if (!by && a.published() == null && a.url() == null) {
            return;
        }
        h.append("<p class=\"meta\">");
        if (by) {
            h.append("<span class=\"byline\">").append(escape(a.byline())).append("</span>");
        }
        if (a.published() != null) {
            h.append(by ? " · " : "").append("<time datetime=\"").append(a.published()).append("\">")
                    .append(escape(TimexWords.of(a.published().toString()))).append("</time>");
        }
        if (a.url() != null) {
            // shown as text, not a link: the page must not lead anywhere the input chose
            h.append(by || a.published() != null ? " · " : "").append("<span class=\"source\">")
                    .append(escape(a.url())).append("</span>");
        }
        h.append("</p>\n");
    }

    private static void entities(StringBuilder h, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        h.append("<section class=\"entities\">\n<h2>Names</h2>\n<p class=\"legend\">");
        for (EntityType t : EntityType.values()) {
            h.append("<span class=\"entity ").append(HtmlMarkup.cssClass(t)).append("\">").append(label(t)).append("</span>");
        }
        h.append("</p>\n<ul class=\"entities\">\n");
        for (Entity e : entities) {
            h.append("<li><span class=\"entity ").append(HtmlMarkup.cssClass(e.type())).append("\">")
                    .append(escape(e.name())).append("</span> <span class=\"count\">").append(e.mentions().size())
                    .append(e.mentions().size() == 1 ? " mention" : " mentions").append("</span></li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static String label(EntityType t) {
        return switch (t) {
            case PERSON -> "person";
            case ORGANIZATION -> "organisation";
            case LOCATION -> "place";
            case MISC -> "other";
        };
    }

    private static void timeline(StringBuilder h, List<TimelineEntry> timeline) {
        if (timeline.isEmpty()) {
            return;
        }
        h.append("<section class=\"timeline\">\n<h2>Timeline</h2>\n<ol class=\"timeline\">\n");
        for (TimelineEntry t : timeline) {
            // the date in a reader's words; a plain calendar date is also given to machines
            h.append("<li><time").append(HTML_DATE.matcher(t.date()).matches() ? " datetime=\"" + t.date() + "\"" : "").append('>')
                    .append(escape(TimexWords.of(t.date()))).append("</time> ").append(escape(t.text())).append("</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }
}
