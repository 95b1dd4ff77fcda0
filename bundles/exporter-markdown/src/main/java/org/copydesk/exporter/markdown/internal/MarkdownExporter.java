package org.copydesk.exporter.markdown.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ExporterProperties;
import org.copydesk.formats.TimexWords;
import org.osgi.service.component.annotations.Component;

/**
 * A Markdown copy for editors and CMS paste boxes: headline, standfirst, byline and date, the body,
 * then the entities by type and the timeline. Text is escaped so nothing in it turns into markup.
 */
@Component(name = "org.copydesk.exporter.markdown", service = Exporter.class)
@ExporterProperties(format = "markdown", extension = "md", mediaType = "text/markdown")
public final class MarkdownExporter implements Exporter {
    private static final Map<EntityType, String> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put(EntityType.PERSON, "People");
        HEADINGS.put(EntityType.ORGANIZATION, "Organisations");
        HEADINGS.put(EntityType.LOCATION, "Places");
        HEADINGS.put(EntityType.MISC, "Other names");
    }

    @Override
    public void write(Article a, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# " + escape(a.headline() == null ? "(no headline)" : a.headline()) + "\n\n");
        if (a.standfirst() != null && !a.standfirst().isBlank()) {
            w.write("*" + escape(a.standfirst()) + "*\n\n");
        }
        String by = a.byline() == null ? "" : "By " + escape(a.byline());
        String date = a.published() == null ? "" : TimexWords.of(a.published().toString());
        if (!by.isEmpty() || !date.isEmpty()) {
            w.write((by + (by.isEmpty() || date.isEmpty() ? "" : " · ") + date) + "\n\n");
        }
        for (String p : a.body()) {
            w.write(escape(p) + "\n\n");
        }
        if (!a.entities().isEmpty()) {
            w.write("## Entities\n\n");
            for (Map.Entry<EntityType, String> h : HEADINGS.entrySet()) {
                List<Entity> of = a.entities().stream().filter(e -> e.type() == h.getKey())
                        .sorted(Comparator.comparing((Entity e) -> -e.mentions().size()).thenComparing(Entity::name)).toList();
                if (of.isEmpty()) {
                    continue;
                }
                w.write("**" + h.getValue() + ":** ");
                w.write(String.join(", ", of.stream().map(e -> escape(e.name()) + " (" + e.mentions().size() + ")").toList()));
                w.write("\n\n");
            }
        }
        if (!a.timeline().isEmpty()) {
            w.write("## Timeline\n\n");
            for (TimelineEntry t : a.timeline()) {
                w.write("- **" + escape(TimexWords.of(t.date())) + "**: " + escape(t.text()) + "\n");
            }
            w.write("\n");
        }
        w.flush();
    }

    /** Backslash-escapes the characters Markdown would read as markup, and any line-start marker. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        String out = b.toString();
        // "1. " or "- " at the start would make a list
        if (out.matches("^(\\d+)[.)] .*")) {
            out = out.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
        } else if (out.startsWith("- ") || out.startsWith("+ ")) {
            out = "\\" + out;
        }
        return out;
    }
}
