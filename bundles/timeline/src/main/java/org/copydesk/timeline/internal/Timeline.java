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
 * <p>Editors' corrections win: an article that already has a timeline keeps it, unless its metadata
 * sets {@value #REBUILD} to {@code true}.
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
        if (!article.timeline().isEmpty() && !rebuild) {
            return article;
        }
        List<Event> events = new ArrayList<>();
        for (int p = 0; p < article.body().size(); p++) {
            String par = article.body().get(p);
            List<Dated> times = dated(article, p);
            for (Sentence s : SentenceSplitter.split(par)) {
                List<Dated> in = times.stream().filter(d -> d.time().start() >= s.start() && d.time().end() <= s.end()).toList();
                events(article, p, par, s, in, events);
            }
        }
        events.sort(Comparator.comparing(Event::date, EventDate.ORDER)); // stable: ties stay in text order
        List<TimelineEntry> out = events.stream().map(Event::entry).toList();
        return article.toBuilder().timeline(out).meta(REBUILD, null).build();
    }

    private List<Dated> dated(Article a, int p) {
        List<Dated> out = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            if (t.field() != Field.BODY || t.paragraph() != p || t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
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
            out.add(new Dated(t, d));
        }
        out.sort(Comparator.comparingInt(d -> d.time().start()));
        return out;
    }

    /** One event per distinct date in the sentence; with several, each gets the clause around it. */
    private static void events(Article a, int p, String par, Sentence s, List<Dated> in, List<Event> out) {
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
                    entities(a, p, from, end))));
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

    private static List<String> entities(Article a, int p, int start, int end) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                if (m.field() == Field.BODY && m.paragraph() == p && m.start() >= start && m.end() <= end) {
                    ids.add(e.id());
                    break;
                }
            }
        }
        return List.copyOf(ids);
    }
}
