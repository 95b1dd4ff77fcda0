package org.copydesk.timeline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.model.TimexType;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;
import org.copydesk.api.stage.StageProperties;
import org.copydesk.api.stage.TimelineBuilder;
import org.copydesk.text.Sentence;
import org.copydesk.text.SentenceSplitter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@value Stage#TIMELINE} stage. An event is a body sentence that holds a resolved DATE or TIME;
 * a sentence with several dates is cut into one clause per date. Entries are ordered by date, ties in
 * text order, and carry the ids of the entities mentioned in their text.
 *
 * <p>Editors' corrections win: an article that already has a timeline, or whose timeline an editor
 * changed ({@link Article#TIMELINE_EDITED}), keeps it, unless its metadata sets {@value #REBUILD} to
 * {@code true}.
 */
@Component(name = "org.copydesk.timeline", service = {Stage.class, TimelineBuilder.class})
@StageProperties(name = Stage.TIMELINE, order = 400)
@Designate(ocd = TimelineConfig.class)
public final class Timeline implements TimelineBuilder {
    /** Article metadata key: {@code true} asks for the timeline to be derived again. */
    public static final String REBUILD = "timeline.rebuild";

    private volatile int maxYearsAway;
    private volatile boolean coarse = true;

    @Activate
    @Modified
    void activate(TimelineConfig config) {
        maxYearsAway = config.maxYearsAway();
        coarse = config.coarseDates();
    }

    private record Dated(TimeExpression time, EventDate date) {
    }

    private record Event(EventDate date, TimelineEntry entry) {
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        boolean rebuild = Boolean.parseBoolean(article.metadata().getOrDefault(REBUILD, "false"));
        boolean edited = Boolean.parseBoolean(article.metadata().getOrDefault(Article.TIMELINE_EDITED, "false"));
        if ((edited || !article.timeline().isEmpty()) && !rebuild) {
            return article; // an editor's timeline, even an emptied one, is kept
        }
        List<List<Dated>> dated = dated(article);
        List<List<Named>> named = named(article);
        List<Event> events = new ArrayList<>();
        for (int p = 0; p < article.body().size(); p++) {
            List<Dated> times = dated.get(p);
            if (times.isEmpty()) {
                continue; // no date, no event: the paragraph's sentences need no splitting
            }
            String par = article.body().get(p);
            for (Sentence s : SentenceSplitter.split(par)) {
                List<Dated> in = times.stream().filter(d -> d.time().start() >= s.start() && d.time().end() <= s.end()).toList();
                events(p, par, s, in, named.get(p), events);
            }
        }
        events.sort(Comparator.comparing(Event::date, EventDate.ORDER)); // stable: ties stay in text order
        List<TimelineEntry> out = events.stream().map(Event::entry).toList();
        return article.toBuilder().timeline(out).meta(REBUILD, null).meta(Article.TIMELINE_EDITED, null).build();
    }

    /**
     * The resolved dates of each body paragraph, in text order: one pass over the article's times, so the
     * stage stays linear however many paragraphs and times a long article has.
     */
    private List<List<Dated>> dated(Article a) {
        List<List<Dated>> out = perParagraph(a);
        for (TimeExpression t : a.times()) {
            int p = t.paragraph();
            if (t.field() != Field.BODY || p < 0 || p >= out.size() || t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
                continue;
            }
            EventDate d = EventDate.of(t.value());
            if (d == null || !coarse && t.value().length() < 10) {
                continue;
            }
            if (maxYearsAway > 0 && a.published() != null
                    && Math.abs(d.start().getYear() - a.published().getYear()) > maxYearsAway) {
                continue;
            }
            out.get(p).add(new Dated(t, d));
        }
        for (List<Dated> in : out) {
            in.sort(Comparator.comparingInt(d -> d.time().start()));
        }
        return out;
    }

    /** An entity's mention in a body paragraph. */
    private record Named(String id, int start, int end) {
    }

    /** The body mentions of each paragraph, in the order of the article's entities (an entry lists them so). */
    private static List<List<Named>> named(Article a) {
        List<List<Named>> out = perParagraph(a);
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                if (m.field() == Field.BODY && m.paragraph() >= 0 && m.paragraph() < out.size()) {
                    out.get(m.paragraph()).add(new Named(e.id(), m.start(), m.end()));
                }
            }
        }
        return out;
    }

    private static <T> List<List<T>> perParagraph(Article a) {
        List<List<T>> out = new ArrayList<>(a.body().size());
        for (int p = 0; p < a.body().size(); p++) {
            out.add(new ArrayList<>(0));
        }
        return out;
    }

    /** One event per distinct date in the sentence; with several, each gets the clause around it. */
    private static void events(int p, String par, Sentence s, List<Dated> in, List<Named> named, List<Event> out) {
        List<Dated> distinct = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Dated d : in) {
            if (seen.add(d.date().value())) {
                distinct.add(d);
            }
        }
        if (distinct.isEmpty() || onlyTimes(par, s, in)) {
            return; // a dateline is not an event
        }
        int from = s.start();
        for (int k = 0; k < distinct.size(); k++) {
            Dated d = distinct.get(k);
            int to = k + 1 < distinct.size() ? cut(par, d.time().end(), distinct.get(k + 1).time().start()) : -1;
            int end = to < 0 ? s.end() : to;
            out.add(new Event(d.date(), new TimelineEntry(d.date().value(), par.substring(from, end).strip(), p,
                    entities(named, from, end))));
            if (to >= 0) {
                from = skipSeparators(par, to);
            }
        }
    }

    /** The end of the clause holding the first date: the last comma, semicolon or dash before the next; -1 if none. */
    private static int cut(String par, int afterFirst, int beforeNext) {
        for (int i = beforeNext - 1; i >= afterFirst; i--) {
            char c = par.charAt(i);
            if (c == ',' || c == ';' || c == '\u2013' || c == '\u2014') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSeparators(String par, int i) {
        while (i < par.length() && (Character.isWhitespace(par.charAt(i)) || ",;\u2013\u2014".indexOf(par.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** The sentence has no letters outside its time expressions. */
    private static boolean onlyTimes(String par, Sentence s, List<Dated> in) {
        for (int i = s.start(); i < s.end(); i++) {
            final int at = i;
            if (Character.isLetter(par.charAt(i)) && in.stream().noneMatch(d -> d.time().start() <= at && at < d.time().end())) {
                return false;
            }
        }
        return true;
    }

    /** The ids of the entities mentioned within {@code [start, end)} of the paragraph, each once. */
    private static List<String> entities(List<Named> named, int start, int end) {
        Set<String> ids = new LinkedHashSet<>();
        for (Named m : named) {
            if (m.start() >= start && m.end() <= end) {
                ids.add(m.id());
            }
        }
        return List.copyOf(ids);
    }
}
