package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * The names of one sentence by token, for rules that join or retype a finder's names: a name set
 * over tokens replaces every name it overlaps. {@link #edit} runs a rule sentence by sentence over a
 * document's names in one pass, so a page of many sentences costs its tokens once, not its names
 * times its rules' edits.
 */
public final class SentenceNames {
    private final int unit;
    private final NameSpan[] at;

    private SentenceNames(int unit, int size) {
        this.unit = unit;
        this.at = new NameSpan[size];
    }

    /** Runs {@code rule} on each sentence that has tokens and writes the names back (by sentence, then start). */
    public static void edit(Document doc, List<NameSpan> spans, BiConsumer<List<Token>, SentenceNames> rule) {
        Map<Integer, SentenceNames> units = new TreeMap<>();
        List<NameSpan> overlapping = new ArrayList<>();
        for (NameSpan s : spans) {
            SentenceNames names = units.computeIfAbsent(s.unit(), u -> new SentenceNames(u, doc.unit(u).size()));
            if (!names.free(s.start(), s.end())) {
                overlapping.add(s); // two finders' names on the same words: left as they are
                continue;
            }
            names.fill(s.start(), s.end(), s);
        }
        for (int u = 0; u < doc.units().size(); u++) {
            SentenceNames names = units.computeIfAbsent(u, x -> new SentenceNames(x, doc.unit(x).size()));
            rule.accept(Truecase.of(doc, u), names);
        }
        spans.clear();
        for (SentenceNames names : units.values()) {
            names.collect(spans);
        }
        spans.addAll(overlapping);
    }

    public int unit() {
        return unit;
    }

    /** The name covering token {@code i}, or null. */
    public NameSpan at(int i) {
        return i >= 0 && i < at.length ? at[i] : null;
    }

    /** No name covers any token of {@code [start, end)}. */
    public boolean free(int start, int end) {
        for (int i = start; i < end; i++) {
            if (at[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** Sets a name of tokens {@code [start, end)}, removing every name it overlaps. */
    public void set(int start, int end, EntityType type, boolean sure) {
        for (int i = start; i < end; i++) {
            NameSpan old = at[i];
            if (old != null) {
                fill(old.start(), old.end(), null);
            }
        }
        fill(start, end, new NameSpan(unit, start, end, type, sure));
    }

    private void fill(int start, int end, NameSpan s) {
        for (int i = start; i < end; i++) {
            at[i] = s;
        }
    }

    private void collect(List<NameSpan> out) {
        for (int i = 0; i < at.length; i++) {
            if (at[i] != null && (i == 0 || at[i - 1] != at[i])) {
                out.add(at[i]);
            }
        }
    }
}
