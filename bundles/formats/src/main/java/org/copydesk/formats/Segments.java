package org.copydesk.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;

/** Cuts one field of an article into plain runs and entity mentions, ready for inline markup. */
public final class Segments {
    private Segments() {
    }

    private record Marked(Mention mention, Entity entity) {
    }

    /**
     * The segments of {@code field} (of body paragraph {@code paragraph}). Mentions that overlap an
     * earlier one or fall outside the text are left unmarked: markup must nest, and the text wins.
     */
    public static List<Segment> of(Article article, Field field, int paragraph) {
        String text = article.text(field, paragraph);
        List<Marked> marks = new ArrayList<>();
        for (Entity e : article.entities()) {
            for (Mention m : e.mentions()) {
                boolean here = m.field() == field && (field != Field.BODY || m.paragraph() == paragraph);
                if (here && m.start() < m.end() && m.end() <= text.length()) {
                    marks.add(new Marked(m, e));
                }
            }
        }
        marks.sort(Comparator.comparingInt((Marked k) -> k.mention().start())
                .thenComparingInt(k -> -k.mention().end()));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Marked k : marks) {
            Mention m = k.mention();
            if (m.start() < at) {
                continue;
            }
            if (m.start() > at) {
                out.add(new Segment(text.substring(at, m.start()), null));
            }
            out.add(new Segment(text.substring(m.start(), m.end()), k.entity()));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }
}
