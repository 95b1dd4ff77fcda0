package org.copydesk.time.tagger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.Field;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimexType;
import org.copydesk.time.tagger.internal.Scan.Hit;

/**
 * Finds time expressions in one text, left to right, taking the longest expression any rule finds at
 * each token. Thread-safe: all state lives in the {@link Scan} of one call.
 */
final class Recognizer {
    /** Modifiers kept inside the expression without changing its value: "early 2009", "the end of this year". */
    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "mid-", "earlier", "later");
    private static final Set<String> POINT_NOUNS = Set.of("end", "beginning", "start", "middle", "turn", "close");

    private final Holidays holidays;
    /** Try every rule at every token, not only where {@link Openers} says one may match: tests compare the two. */
    private final boolean everyToken;

    Recognizer(Holidays holidays) {
        this(holidays, false);
    }

    Recognizer(Holidays holidays, boolean everyToken) {
        this.holidays = holidays;
        this.everyToken = everyToken;
    }

    List<TimeExpression> tag(Field field, int paragraph, String text, LocalDate published) {
        Scan s = new Scan(text, new Anchor(published));
        List<TimeExpression> out = new ArrayList<>();
        int sentenceOf = -1;
        int i = 0;
        while (i < s.n) {
            if (!s.sameSentence(i, Math.max(sentenceOf, 0)) || sentenceOf < 0) {
                s.sentenceDay = null;
                sentenceOf = i;
            }
            Hit h = modified(s, i);
            if (h == null) {
                i++;
                continue;
            }
            int start = s.tokens.get(h.from()).start();
            int end = s.tokens.get(h.to() - 1).end();
            out.add(new TimeExpression(field, paragraph, start, end, text.substring(start, end), h.type(), h.value()));
            if (h.day() != null) {
                s.sentenceDay = h.day();
                s.textDay = h.day();
            }
            i = h.to();
        }
        return out;
    }

    /** An expression at {@code i}, widened by a leading modifier or "the end of". */
    private Hit modified(Scan s, int i) {
        int j = i;
        if (s.is(j, "the") && POINT_NOUNS.contains(s.low(j + 1)) && s.is(j + 2, "of")) {
            j += 3;
        } else if (MODIFIERS.contains(s.low(j)) && !(s.low(j).startsWith("later") && Lexicon.MONTHS.containsKey(s.low(j + 1)))) {
            j += s.is(j + 1, "-") ? 2 : 1;
            if (s.is(j, "in")) {
                j++;
            }
        }
        if (j > i && s.is(j, "the") && (s.is(j + 1, "year") || s.is(j + 1, "month") || s.is(j + 1, "week"))
                && POINT_NOUNS.contains(s.low(i + 1))) {
            // "the end of the year": the current one
            return new Hit(i, j + 2, TimexType.DATE, s.anchor.relative(s.low(j + 1), 0));
        }
        if (j > i) {
            Hit inner = best(s, j);
            if (inner != null && inner.type() == TimexType.DATE && inner.from() == j && !inner.value().endsWith("_REF")) {
                return new Hit(i, inner.to(), inner.type(), inner.value(), inner.day());
            }
        }
        return best(s, i);
    }

    /** The longest expression any rule finds at token {@code i}. */
    Hit best(Scan s, int i) {
        if (!everyToken && !Openers.mayOpen(s, i, holidays)) {
            return null;
        }
        Hit best = null;
        for (Hit h : new Hit[] {
            DateRules.monthFirst(s, i), DateRules.dayFirst(s, i), DateRules.numeric(s, i), DateRules.year(s, i),
            DateRules.weekday(s, i), DateRules.relativeDay(s, i), DateRules.relativeUnit(s, i), DateRules.quarter(s, i),
            DateRules.season(s, i), DateRules.holiday(s, i, holidays), DateRules.reference(s, i),
            AmountRules.duration(s, i), AmountRules.set(s, i), AmountRules.clock(s, i), AmountRules.partOfDay(s, i)}) {
            if (h != null && h.from() <= i && (best == null || h.to() > best.to())) {
                best = h;
            }
        }
        return best;
    }
}
