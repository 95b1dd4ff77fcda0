package org.copydesk.api.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.Removal;
import org.copydesk.api.model.Span;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;

/**
 * An editor's new headline, standfirst and body. Unchanged paragraphs keep their match, changed ones
 * pair up in order between two matches, the rest went ({@code ParagraphMatch}). Mentions and times
 * follow their paragraph and are found again there by their words (the whole-word occurrence
 * nearest their old place), or dropped when the words are gone; an entity left with no mention
 * goes, and timeline entries forget it. Timeline entries follow their paragraph. Removed blocks stay
 * removed, each before the paragraph it stood before, and can still be restored.
 */
public final class TextEdit {
    private TextEdit() {
    }

    /** The article with this text; a null headline or standfirst means none. */
    public static UnaryOperator<Article> replace(String headline, String standfirst, List<String> body) {
        if (body == null || body.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("the body must be a list of paragraphs");
        }
        List<String> paragraphs = List.copyOf(body);
        return a -> {
            int[] map = ParagraphMatch.map(a.body(), paragraphs);
            List<TimelineEntry> timeline = new ArrayList<>();
            for (TimelineEntry t : a.timeline()) {
                int p = moved(map, t.paragraph());
                if (p >= 0) {
                    timeline.add(new TimelineEntry(t.date(), t.text(), p, t.entities()));
                }
            }
            Article text = a.toBuilder().headline(headline).standfirst(standfirst).body(paragraphs)
                    .removed(removalsAround(a, map, paragraphs.size())).timeline(timeline).build();
            List<Entity> entities = new ArrayList<>();
            for (Entity e : a.entities()) {
                List<Mention> mentions = new ArrayList<>();
                for (Mention m : e.mentions()) {
                    int p = paragraph(map, m);
                    int at = p < 0 ? -1 : findAgain(text.text(m.field(), p), m);
                    if (at >= 0) {
                        mentions.add(new Mention(m.field(), p, at, at + m.text().length(), m.text()));
                    }
                }
                if (!mentions.isEmpty()) {
                    entities.add(e.withMentions(mentions));
                }
            }
            List<TimeExpression> times = new ArrayList<>();
            for (TimeExpression t : a.times()) {
                int p = paragraph(map, t);
                int at = p < 0 ? -1 : findAgain(text.text(t.field(), p), t);
                if (at >= 0) {
                    times.add(new TimeExpression(t.field(), p, at, at + t.text().length(), t.text(), t.type(), t.value()));
                }
            }
            // a timeline entry forgets an entity whose words are all gone
            java.util.Set<String> kept = new java.util.HashSet<>();
            entities.forEach(e -> kept.add(e.id()));
            List<TimelineEntry> named = text.timeline().stream().map(t -> kept.containsAll(t.entities()) ? t
                    : new TimelineEntry(t.date(), t.text(), t.paragraph(), t.entities().stream().filter(kept::contains).toList())).toList();
            return text.toBuilder().entities(entities).times(times).timeline(named).build();
        };
    }

    /** The new index of old body paragraph {@code p}, or -1 when it went. */
    private static int moved(int[] map, int p) {
        return p >= 0 && p < map.length ? map[p] : -1;
    }

    /** The paragraph {@code s} stands in now: headline and standfirst spans keep theirs. */
    private static int paragraph(int[] map, Span s) {
        return s.field() == Field.BODY ? moved(map, s.paragraph()) : s.paragraph();
    }

    /**
     * The removals re-positioned so each still stands before the paragraph it stood before (or
     * before the next one that was kept), at the end when none follows.
     */
    private static List<Removal> removalsAround(Article a, int[] map, int newSize) {
        List<List<Removal>> before = new ArrayList<>();
        for (int j = 0; j <= newSize; j++) {
            before.add(new ArrayList<>());
        }
        List<Removal> removed = a.removed();
        for (int i = 0; i < removed.size(); i++) {
            // the kept paragraphs before it are those that fill the positions the earlier removals leave
            int k = Math.min(map.length, removed.get(i).position() - i);
            while (k < map.length && map[k] < 0) {
                k++;
            }
            before.get(k < map.length ? map[k] : newSize).add(removed.get(i));
        }
        List<Removal> out = new ArrayList<>();
        int pos = 0;
        for (int j = 0; j <= newSize; j++) {
            for (Removal r : before.get(j)) {
                out.add(r.withPosition(pos++));
            }
            pos++;
        }
        return out;
    }

    /** Where {@code s}'s words start in {@code now} as a whole word, nearest its old start; -1 when gone. */
    private static int findAgain(String now, Span s) {
        int best = -1;
        for (int at = now.indexOf(s.text()); at >= 0; at = now.indexOf(s.text(), at + 1)) {
            int end = at + s.text().length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(now.charAt(at - 1)))
                    && (end == now.length() || !Character.isLetterOrDigit(now.charAt(end)));
            if (whole && (best < 0 || Math.abs(at - s.start()) < Math.abs(best - s.start()))) {
                best = at;
            }
        }
        return best;
    }
}
