package org.copydesk.time.tagger.internal;

import java.time.LocalDate;
import java.util.Set;

import org.copydesk.api.model.TimexType;
import org.copydesk.text.Token;
import org.copydesk.time.tagger.internal.Scan.Hit;

/** Durations ("four decades"), sets ("every week"), clock times ("18:00 UTC") and parts of day. */
final class AmountRules {
    /** Before "a year" or "per year", these make it a rate: "15 a year", "twice a week". */
    private static final Set<String> RATE_BEFORE = Set.of("once", "twice", "times", "million", "billion", "bn",
            "trillion", "thousand", "m", "percent", "%", "dollars", "euros", "pounds");
    private static final Set<String> SPAN_ADJECTIVES = Set.of("straight", "consecutive", "successive", "full",
            "more", "additional", "further", "long", "whole", "entire", "trading", "business", "working");
    private static final Set<String> ZONES = Set.of("utc", "gmt", "z", "est", "edt", "cst", "cdt", "pst", "pdt",
            "mst", "mdt", "bst", "cet", "cest", "ist", "jst", "aest", "et", "pt", "ct", "mt");
    /** A bare plural unit is a time span only after these: "for years", "over the years", "recent years". */
    private static final Set<String> BARE_UNIT_BEFORE = Set.of("for", "recent", "coming", "past", "in", "within");

    private AmountRules() {
    }

    /** An amount at {@code i}: its value ("X" when vague) and the token after it; null when none. */
    private record Amount(String value, int end) {
    }

    private static Amount amount(Scan s, int i) {
        String w = s.low(i);
        if (Lexicon.FUZZY_AMOUNTS.contains(w)) {
            int j = s.is(i + 1, "of") ? i + 2 : i + 1; // "a couple of"
            return new Amount("X", j);
        }
        if (w.equals("a") && (s.is(i + 1, "few") || s.is(i + 1, "couple"))) {
            return new Amount("X", s.is(i + 2, "of") ? i + 3 : i + 2);
        }
        if (w.equals("half") && (s.is(i + 1, "a") || s.is(i + 1, "an"))) {
            return new Amount("0.5", i + 2);
        }
        double v = Lexicon.number(w);
        if (v < 0 || s.is(i + 1, "%")) {
            return null;
        }
        int end = i + 1;
        if (s.is(end, "and") && s.is(end + 1, "a") && s.is(end + 2, "half")) {
            v += 0.5;
            end += 3;
        }
        return new Amount(format(v), end);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** "three days", "four decades", "two and a half years", "several years", "12-year", "five-year", "N days ago". */
    static Hit duration(Scan s, int i) {
        Hit h = hyphenated(s, i);
        if (h != null) {
            return h;
        }
        int j = i;
        while (Lexicon.APPROX.contains(s.low(j)) || s.is(j, "more") && s.is(j + 1, "than")
                || s.is(j, "less") && s.is(j + 1, "than") || s.is(j, "at") && s.is(j + 1, "least")
                || s.is(j, "up") && s.is(j + 1, "to")) {
            j += s.is(j, "more") || s.is(j, "less") || s.is(j, "at") || s.is(j, "up") ? 2 : 1;
        }
        Amount a = amount(s, j);
        if (a == null) {
            return bareUnit(s, i);
        }
        boolean rangeEnd = s.is(j - 1, "to") || s.is(j - 1, "and");
        if (s.low(j - 1).startsWith("age") || rangeEnd && s.low(j - 3).startsWith("age")) {
            return null; // "aged 55 to 75 years" is an age
        }
        if (SPAN_ADJECTIVES.contains(s.low(a.end())) && Lexicon.UNITS.containsKey(s.low(a.end() + 1))) {
            a = new Amount(a.value(), a.end() + 1); // "six straight days"
        }
        String unitWord = s.low(a.end());
        Lexicon.Unit unit = Lexicon.UNITS.get(unitWord);
        if (unit == null) {
            return rangeStart(s, i, a);
        }
        if (s.is(a.end() + 1, "old") || Lexicon.year(s.low(j)) > 0 && !unitWord.endsWith("s")) {
            return null; // ages, and "2018 day five"
        }
        boolean article = s.is(j, "a") || s.is(j, "an");
        if (article && (unitWord.equals("second") || unitWord.equals("quarter"))) {
            return null; // "a second time", "a quarter of the shares"
        }
        if (article && (s.is(j - 1, "per") || RATE_BEFORE.contains(s.low(j - 1)) || s.kind(j - 1) == Token.Kind.NUMBER)) {
            return null; // a rate: see set()
        }
        int end = a.end() + 1;
        if (s.is(end, "and") && s.is(end + 1, "a") && s.is(end + 2, "half") && !a.value().equals("X")) {
            a = new Amount(format(Double.parseDouble(a.value()) + 0.5), end);
            end += 3;
        }
        if (s.is(end, "ago") && !a.value().equals("X")) {
            double n = Double.parseDouble(a.value()) * unit.factor();
            String letter = unit.time() ? "D" : unit.letter();
            return new Hit(i, end + 1, TimexType.DATE, s.anchor.ago(letter, n, 1));
        }
        int from = i;
        // "the past nine days", "the next six months", "the first two years"
        if (j == i && (s.is(i - 1, "past") || s.is(i - 1, "last") || s.is(i - 1, "next") || s.is(i - 1, "coming")
                || s.is(i - 1, "first") || s.is(i - 1, "final"))) {
            from = s.is(i - 2, "the") ? i - 2 : i - 1;
        }
        return new Hit(from, end, TimexType.DURATION, unit.duration(a.value()));
    }

    /** The first amount of a range shares the unit of the second: "between 60 and 90 days" makes 60 = P60D. */
    private static Hit rangeStart(Scan s, int i, Amount a) {
        String link = s.low(a.end());
        if (a.value().equals("X") || !(link.equals("and") || link.equals("to") || link.equals("or"))) {
            return null;
        }
        Amount b = amount(s, a.end() + 1);
        Lexicon.Unit unit = b == null || b.value().equals("X") ? null : Lexicon.UNITS.get(s.low(b.end()));
        if (unit == null || s.is(b.end() + 1, "old") || s.is(b.end() + 1, "ago")) {
            return null;
        }
        return new Hit(i, a.end(), TimexType.DURATION, unit.duration(a.value()));
    }

    /** "12-year", "five-year", "sixteen-month", "24-hour" (not "12-year-old"). */
    private static Hit hyphenated(Scan s, int i) {
        String w = s.low(i);
        String num;
        String unitWord;
        int end;
        if (s.kind(i) == Token.Kind.NUMBER && s.glued(i) && s.is(i + 1, "-") && s.glued(i + 1)) {
            num = w;
            unitWord = s.low(i + 2);
            end = i + 3;
        } else {
            int dash = w.lastIndexOf('-');
            if (dash <= 0) {
                return null;
            }
            num = w.substring(0, dash);
            unitWord = w.substring(dash + 1);
            end = i + 1;
        }
        Lexicon.Unit unit = Lexicon.UNITS.get(unitWord);
        double v = Lexicon.number(num);
        if (unit == null || v <= 0 || unitWord.endsWith("s") || s.is(end, "-") || s.is(end, "old")) {
            return null;
        }
        return new Hit(i, end, TimexType.DURATION, unit.duration(format(v)));
    }

    /** "years" after "for", "recent", "over the": a span of unknown length. */
    private static Hit bareUnit(Scan s, int i) {
        Lexicon.Unit unit = Lexicon.UNITS.get(s.low(i));
        if (unit == null || !s.low(i).endsWith("s") || s.low(i).endsWith("ss")) {
            return null;
        }
        boolean overThe = s.is(i - 1, "the") && (s.is(i - 2, "over") || s.is(i - 2, "through"));
        if (!overThe && !BARE_UNIT_BEFORE.contains(s.low(i - 1))) {
            return null;
        }
        int from = s.is(i - 1, "recent") || s.is(i - 1, "past") ? i - 1 : i;
        return new Hit(from, i + 1, TimexType.DURATION, unit.duration("X"));
    }

    /** "every week", "each Monday", "weekly", "annual", "15 a year", "twice a month". */
    static Hit set(Scan s, int i) {
        String w = s.low(i);
        String freq = Lexicon.FREQUENCIES.get(w);
        if (freq != null) {
            return new Hit(i, i + 1, TimexType.SET, freq);
        }
        if (w.equals("every") || w.equals("each") || w.equals("per")
                || (w.equals("a") || w.equals("an")) && (RATE_BEFORE.contains(s.low(i - 1)) || s.kind(i - 1) == Token.Kind.NUMBER)) {
            int j = i + 1;
            if (s.is(j, "other")) {
                j++;
            }
            Integer dow = Lexicon.WEEKDAYS.get(s.low(j));
            if (dow != null && (w.equals("every") || w.equals("each"))) {
                return new Hit(i, j + 1, TimexType.SET, Anchor.weekdayUnresolved(dow));
            }
            String n = j > i + 1 ? "2" : "1";
            Amount a = w.equals("every") ? amount(s, j) : null;
            if (a != null && !a.value().equals("X") && Lexicon.UNITS.containsKey(s.low(a.end()))) {
                n = a.value();
                j = a.end();
            }
            Lexicon.Unit unit = Lexicon.UNITS.get(s.low(j));
            if (unit != null) {
                return new Hit(i, j + 1, TimexType.SET, unit.duration(n));
            }
            String part = Lexicon.PARTS_OF_DAY.get(s.low(j));
            if (part != null && !w.equals("a") && !w.equals("an")) {
                return new Hit(i, j + 1, TimexType.SET, "XXXX-XX-XXT" + part);
            }
        }
        return null;
    }

    /** "18:00 UTC", "6:40 p.m.", "3pm", "noon", "12:00 UTC Monday": on the day last named, else the anchor. */
    static Hit clock(Scan s, int i) {
        String w = s.low(i);
        int hour;
        int minute = 0;
        int end = i + 1;
        boolean meridiem = false;
        if (w.isEmpty() || !Character.isDigit(w.charAt(0)) && !w.equals("noon") && !w.equals("midday")
                && !w.equals("midnight")) {
            return null;
        }
        if (w.equals("noon") || w.equals("midday") || w.equals("midnight")) {
            hour = w.equals("midnight") ? 0 : 12;
            meridiem = true;
        } else {
            String digits = w;
            String suffix = "";
            if (w.endsWith("am") || w.endsWith("pm")) {
                digits = w.substring(0, w.length() - 2);
                suffix = w.substring(w.length() - 2);
            }
            if (digits.length() == 4 && ZONES.contains(s.low(i + 1)) && s.kind(i) == Token.Kind.NUMBER) {
                digits = digits.substring(0, 2) + ":" + digits.substring(2); // "0800 UTC"
            }
            int colon = digits.indexOf(':');
            try {
                hour = Integer.parseInt(colon < 0 ? digits : digits.substring(0, colon));
                if (colon >= 0) {
                    String mm = digits.substring(colon + 1);
                    if (mm.length() != 2) {
                        return null;
                    }
                    minute = Integer.parseInt(mm);
                }
            } catch (NumberFormatException e) {
                return null;
            }
            if (suffix.isEmpty()) {
                String next = s.low(end).replace(".", "");
                if (next.equals("am") || next.equals("pm")) {
                    suffix = next;
                    end++;
                    if (s.is(end, ".") && s.glued(end - 1)) {
                        end++;
                    }
                }
            }
            if (suffix.isEmpty() && colon < 0 || hour > 24 || minute > 59) {
                return null;
            }
            if (!suffix.isEmpty()) {
                if (hour > 12 || hour == 0) {
                    return null;
                }
                meridiem = true;
                hour = hour % 12 + (suffix.equals("pm") ? 12 : 0);
            }
        }
        String zone = "";
        if (ZONES.contains(s.low(end))) {
            zone = s.low(end).equals("utc") || s.low(end).equals("gmt") || s.low(end).equals("z") ? "Z" : "";
            end++;
        }
        if (!meridiem && zone.isEmpty() && !s.is(i - 1, "at") && !s.is(i - 1, "by") && !s.is(i - 1, "until")
                && !s.is(i - 1, "from") && !s.is(i - 1, "around") && !s.is(i - 1, "about")) {
            return null; // a bare "2:30" may be a score or a ratio
        }
        LocalDate day = s.textDay;
        Hit date = DateRules.weekday(s, s.comma(end));
        if (date != null && date.type() == TimexType.DATE) {
            day = date.day();
            end = date.to();
        }
        if (day == null || !s.sameSentence(i, Math.max(0, end - 1)) || s.sentenceDay == null) {
            LocalDate later = dayLaterInSentence(s, end);
            day = later != null ? later : day != null ? day : s.anchor.dayDate(0);
        }
        String prefix = day == null ? "XXXX-XX-XX" : Anchor.date(day);
        return new Hit(i, end, TimexType.TIME, prefix + 'T' + Anchor.pad(hour, 2) + ':' + Anchor.pad(minute, 2) + zone, day);
    }

    /** "at 2:30am on Saturday", "16:15 UTC, June 1st": the day named right after, or by an "on" phrase. */
    private static LocalDate dayLaterInSentence(Scan s, int from) {
        for (int k = from; k < from + 5 && s.sameSentence(from - 1, k); k++) {
            if (s.is(k, "on") || k == from && s.is(k, ",")) {
                Hit h = DateRules.weekday(s, k + 1);
                if (h == null) {
                    h = DateRules.monthFirst(s, k + 1);
                }
                if (h == null) {
                    h = DateRules.dayFirst(s, k + 1);
                }
                if (h != null || s.is(k, "on")) {
                    return h == null ? null : h.day();
                }
            }
        }
        return null;
    }

    /** "the morning", "that night", "overnight": a part of the day last named in the text. */
    static Hit partOfDay(Scan s, int i) {
        boolean determiner = s.is(i, "the") || s.is(i, "that");
        int j = determiner ? i + 1 : i;
        String part = Lexicon.PARTS_OF_DAY.get(s.low(j));
        if (part == null || !determiner && !s.low(j).equals("overnight") || s.is(j + 1, "of")) {
            return null;
        }
        LocalDate day = s.textDay != null ? s.textDay : s.anchor.dayDate(0);
        String prefix = day == null ? "XXXX-XX-XX" : Anchor.date(day);
        return new Hit(j, j + 1, TimexType.TIME, prefix + "T" + part, day);
    }
}
