package org.copydesk.formats.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.Source;
import org.copydesk.api.model.TimelineEntry;

/** Builds a sample article, placing entity mentions wherever their surface forms occur. */
final class Draft {
    private final Article.Builder b = Article.builder();
    private final List<String> body = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private String headline;
    private String standfirst;

    Draft(String headline) {
        this.headline = headline;
        b.headline(headline);
    }

    Draft standfirst(String s) { standfirst = s; b.standfirst(s); return this; }
    Draft byline(String s) { b.byline(s); return this; }
    Draft published(String iso) { b.published(LocalDate.parse(iso)); return this; }
    Draft language(String s) { b.language(s); return this; }
    Draft url(String s) { b.url(s); return this; }
    Draft source(String file, String sha) { b.source(new Source(file, "html", sha, 0)); return this; }
    Draft body(String... paragraphs) { body.addAll(List.of(paragraphs)); return this; }
    Draft event(String date, String text, int paragraph, String... entityIds) {
        timeline.add(new TimelineEntry(date, text, paragraph, List.of(entityIds)));
        return this;
    }

    /** An entity mentioned wherever one of {@code surfaces} (default: the name) occurs, longest first. */
    Draft entity(EntityType type, String name, String... surfaces) {
        List<String> forms = new ArrayList<>(List.of(surfaces));
        if (forms.isEmpty()) {
            forms.add(name);
        }
        List<Mention> ms = new ArrayList<>();
        find(ms, Field.HEADLINE, 0, headline, forms);
        find(ms, Field.STANDFIRST, 0, standfirst, forms);
        for (int i = 0; i < body.size(); i++) {
            find(ms, Field.BODY, i, body.get(i), forms);
        }
        entities.add(new Entity("e" + (entities.size() + 1), name, type, ms));
        return this;
    }

    private static void find(List<Mention> out, Field f, int p, String text, List<String> forms) {
        if (text == null) {
            return;
        }
        boolean[] used = new boolean[text.length() + 1];
        for (String s : forms) {
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                if (!used[at]) {
                    for (int k = at; k < at + s.length(); k++) {
                        used[k] = true;
                    }
                    out.add(new Mention(f, p, at, at + s.length(), s));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Mention::field).thenComparingInt(Mention::paragraph)
                .thenComparingInt(Mention::start));
    }

    Article build() {
        return b.body(body).entities(entities).timeline(timeline).build();
    }
}
