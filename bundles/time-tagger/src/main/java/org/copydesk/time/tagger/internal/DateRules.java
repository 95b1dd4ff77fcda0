package org.copydesk.time.tagger.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

import org.copydesk.api.model.TimexType;
import org.copydesk.text.Token;
import org.copydesk.time.tagger.internal.Anchor.Dir;
import org.copydesk.time.tagger.internal.Scan.Hit;

/** Calendar dates: absolute, numeric, weekdays, relative days and units, quarters, seasons, decades. */
final class DateRules {
    /** Words before a bare month or year that make it a date ("in May", "since 1991"). */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "from", "to",
            "of", "during", "before", "after", "between", "and", "early", "late", "mid", "last", "next", "this",
            "through", "throughout", "as", "around", "circa", "for", "or", "on", "into", "following");
    /** Words after a number that make it a quantity, not a year. */
    private static final Set<String> MEASURES = Set.of("%", "percent", "per", "people", "jobs", "troops", "units",
            "km", "miles", "metres", "meters", "feet", "ft", "kg", "tonnes", "tons", "passengers", "seats",
            "aircraft", "planes", "jets", "employees", "workers", "votes", "points", "hp", "x", "mph", "km/h", "euros",
            "dollars", "pounds", "yuan", "rupees", "members", "soldiers", "cars", "homes", "hours", "times", "-");
    /** Before a weekday, these make a name ("Black Monday", "Super Tuesday"), not this week's day. */
    private static final Set<String> NAMED_DAYS = Set.of("black", "super", "bloody", "cyber", "blue", "manic");
    /** After "the day", these make it a day described rather than one already named. */
    private static final Set<String> DAY_QUALIFIED = Set.of("before", "after", "of", "when", "that", "which", "on",
            "in", "he", "she", "they", "we", "i", "it", "-", "'s", "\u2019s");
    private static final Set<String> CALENDAR_UNITS = Set.of("week", "weekend", "month", "year", "decade");
    /** Before a holiday name: a greeting names no date; another calendar's "New Year" is not January 1. */
    private static final Set<String> GREETINGS_AND_CALENDARS = Set.of("happy", "merry", "chinese", "lunar",
            "jewish", "persian", "iranian", "islamic", "hindu", "orthodox", "vietnamese", "tamil", "thai");
    /** Before a year under 1800, only these make it a year rather than a count. */
    private static final Set<String> OLD_YEAR_BEFORE = Set.of("in", "since", "until", "circa", "year", "from", "by");
    /** Words before "80s" that make it a decade rather than an age or a count. */
    private static final Set<String> DECADE_BEFORE = Set.of("the", "and", "or", "to", "early", "late", "mid", "in");
    private static final Set<String> CURRENCY = Set.of("$", "£", "€", "us$", "usd", "#", "¥");

    private DateRules() {
    }

    /** "June 13, 2005", "June 13", "June 2005", "June", "Sept. 5th". */
    static Hit monthFirst(Scan s, int i) {
        String w = s.low(i);
        if (w.startsWith("mid-") && Lexicon.MONTHS.containsKey(w.substring(4)) && w.length() > 7) {
            int m = Lexicon.MONTHS.get(w.substring(4));
            int year = Lexicon.year(s.low(i + 1));
            return year > 0 ? new Hit(i, i + 2, TimexType.DATE, Anchor.month(year, m))
                    : new Hit(i, i + 1, TimexType.DATE, s.anchor.monthOnly(m, s.dir(i, i + 1)));
        }
        Integer month = Lexicon.MONTHS.get(w);
        if (month == null || !s.capitalised(i)) {
            return null;
        }
        int j = i + 1;
        if (s.is(j, ".") && s.glued(i) && s.low(i).length() <= 4) {
            j++;
        }
        int day = Lexicon.dayOrdinal(s.low(j));
        if (day > 0 && s.kind(j) != Token.Kind.PUNCT) {
            int k = s.comma(j + 1);
            int year = Lexicon.year(s.low(k));
            if (year > 0) {
                return day(s, i, k + 1, year, month, day);
            }
            LocalDate resolved = s.anchor.known() ? parseDate(s.anchor.monthDay(month, day, s.dir(i, j + 1))) : null;
            return new Hit(i, j + 1, TimexType.DATE, s.anchor.monthDay(month, day, s.dir(i, j + 1)), resolved);
        }
        int k = s.comma(j);
        int year = Lexicon.year(s.low(k));
        if (year > 0) {
            return new Hit(i, k + 1, TimexType.DATE, Anchor.month(year, month));
        }
        boolean shortForm = s.low(i).length() <= 4;
        boolean ambiguous = month == 5 || month == 3 || shortForm; // "may", "march", "jan"
        if (ambiguous && !DATE_PREPOSITIONS.contains(s.low(i - 1))) {
            return null;
        }
        return new Hit(i, j, TimexType.DATE, s.anchor.monthOnly(month, s.dir(i, j)));
    }

    /** "13 June 2005", "11 December", "the 4th of July". */
    static Hit dayFirst(Scan s, int i) {
        int j = i;
        if (s.is(j, "the")) {
            j++;
        }
        int day = Lexicon.dayOrdinal(s.low(j));
        if (day < 0 || s.kind(j) == Token.Kind.PUNCT) {
            return null;
        }
        int k = j + 1;
        if (s.is(k, "of")) {
            k++;
        } else if (j > i) {
            return null; // "the 4th" alone is not a date
        }
        Integer month = Lexicon.MONTHS.get(s.low(k));
        if (month == null || !s.capitalised(k)) {
            return null;
        }
        int m = k + 1;
        int year = Lexicon.year(s.low(s.comma(m)));
        if (year > 0) {
            return day(s, i, s.comma(m) + 1, year, month, day);
        }
        String v = s.anchor.monthDay(month, day, s.dir(i, m));
        return new Hit(i, m, TimexType.DATE, v, s.anchor.known() ? parseDate(v) : null);
    }

    /** "7/8/07", "2005-06-13", "13.06.2005": month first unless the first part cannot be a month. */
    static Hit numeric(Scan s, int i) {
        if (s.kind(i) != Token.Kind.NUMBER || !s.glued(i) || !s.glued(i + 1) || !s.glued(i + 2) || !s.glued(i + 3)) {
            return null;
        }
        String sep = s.low(i + 1);
        if (!(sep.equals("/") || sep.equals("-")) || !s.is(i + 3, sep) || s.kind(i + 2) != Token.Kind.NUMBER
                || s.kind(i + 4) != Token.Kind.NUMBER
                || s.glued(i + 4) && (s.kind(i + 5) == Token.Kind.NUMBER || s.is(i + 5, sep))) {
            return null;
        }
        String a = s.low(i);
        String b = s.low(i + 2);
        String c = s.low(i + 4);
        try {
            if (a.length() == 4 && sep.equals("-")) {
                return day(s, i, i + 5, Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
            }
            if (!sep.equals("/") || a.length() > 2 || b.length() > 2 || !(c.length() == 2 || c.length() == 4)) {
                return null;
            }
            int x = Integer.parseInt(a);
            int y = Integer.parseInt(b);
            int year = Integer.parseInt(c);
            if (c.length() == 2) {
                year += year < 50 ? 2000 : 1900;
            }
            return x <= 12 ? day(s, i, i + 5, year, x, y) : day(s, i, i + 5, year, y, x);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static Hit day(Scan s, int from, int to, int year, int month, int day) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return new Hit(from, to, TimexType.DATE, Anchor.date(d), d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "2008", "mid-2011", "1990s", "the '90s", "'82". */
    static Hit year(Scan s, int i) {
        String w = s.low(i);
        if (w.startsWith("mid-") && Lexicon.year(w.substring(4)) > 0) {
            return new Hit(i, i + 1, TimexType.DATE, w.substring(4));
        }
        if (w.length() == 5 && w.endsWith("s") && Lexicon.year(w.substring(0, 4)) > 0 && w.charAt(3) == '0') {
            return new Hit(i, i + 1, TimexType.DATE, w.substring(0, 3));
        }
        boolean apostrophe = (s.is(i, "'") || s.is(i, "\u2019")) && s.glued(i);
        String next = apostrophe ? s.low(i + 1) : w;
        if ((apostrophe || DECADE_BEFORE.contains(s.low(i - 1))) && next.length() == 3 && next.endsWith("0s")
                && Character.isDigit(next.charAt(0))) {
            return new Hit(i, apostrophe ? i + 2 : i + 1, TimexType.DATE, "19" + next.charAt(0));
        }
        if (apostrophe && s.kind(i + 1) == Token.Kind.NUMBER && next.length() == 2 && !s.glued(i + 1)) {
            int yy = Integer.parseInt(next);
            int century = s.anchor.known() && yy <= s.anchor.dct().getYear() % 100 + 5 ? 20 : 19;
            return new Hit(i, i + 2, TimexType.DATE, century + next);
        }
        int ordinal = Lexicon.dayOrdinal(w);
        if (ordinal > 0 && !Lexicon.ORDINALS.containsKey(w) && s.is(i + 1, "century")) {
            return new Hit(i, i + 2, TimexType.DATE, Anchor.pad(ordinal - 1, 2)); // the 20th century: 19xx
        }
        int y = Lexicon.year(w);
        if (y > 0 && w.endsWith("0") && s.glued(i) && (s.is(i + 1, "'") || s.is(i + 1, "\u2019")) && s.glued(i + 1)
                && s.is(i + 2, "s") && s.is(i - 1, "the")) {
            return new Hit(i, i + 3, TimexType.DATE, w.substring(0, 3)); // "the 1930's"
        }
        if (y < 0 || s.kind(i) != Token.Kind.NUMBER || CURRENCY.contains(s.low(i - 1)) || MEASURES.contains(s.low(i + 1))
                || s.is(i + 1, ",") && s.kind(i + 2) == Token.Kind.NUMBER) {
            return null;
        }
        if (y < 1800 && !OLD_YEAR_BEFORE.contains(s.low(i - 1))) {
            return null;
        }
        return new Hit(i, i + 1, TimexType.DATE, w);
    }

    /** "Friday", "Friday morning", "Wednesday, January 1, 2020". */
    static Hit weekday(Scan s, int i) {
        Integer dow = Lexicon.WEEKDAYS.get(s.low(i));
        if (dow == null || !s.capitalised(i) || NAMED_DAYS.contains(s.low(i - 1)) && s.capitalised(i - 1)) {
            return null;
        }
        int after = s.comma(i + 1);
        Hit explicit = monthFirst(s, after);
        if (explicit == null) {
            explicit = dayFirst(s, after);
        }
        if (explicit != null && explicit.day() != null) {
            return new Hit(i, explicit.to(), TimexType.DATE, explicit.value(), explicit.day());
        }
        LocalDate d = s.anchor.weekday(dow, s.dir(i, i + 1));
        return withPartOfDay(s, i, i + 1, d, d == null ? Anchor.weekdayUnresolved(dow) : Anchor.date(d));
    }

    /** Appends "morning", "night" ... after a day: "Wednesday morning" is 2020-01-01TMO. */
    static Hit withPartOfDay(Scan s, int from, int to, LocalDate day, String value) {
        String part = Lexicon.PARTS_OF_DAY.get(s.low(to));
        if (part != null) {
            return new Hit(from, to + 1, TimexType.TIME, value + "T" + part, day);
        }
        return new Hit(from, to, TimexType.DATE, value, day);
    }

    /** "today", "yesterday morning", "tomorrow", "tonight", "the day before yesterday". */
    static Hit relativeDay(Scan s, int i) {
        return switch (s.low(i)) {
            case "today" -> withPartOfDay(s, i, i + 1, s.anchor.dayDate(0), s.anchor.day(0));
            case "yesterday" -> withPartOfDay(s, i, i + 1, s.anchor.dayDate(-1), s.anchor.day(-1));
            case "tomorrow" -> withPartOfDay(s, i, i + 1, s.anchor.dayDate(1), s.anchor.day(1));
            case "tonight" -> new Hit(i, i + 1, TimexType.TIME, s.anchor.day(0) + "TNI", s.anchor.dayDate(0));
            case "the" -> s.is(i + 1, "day") && (s.is(i + 2, "before") || s.is(i + 2, "after"))
                    && (s.is(i + 3, "yesterday") || s.is(i + 3, "tomorrow"))
                    ? dayShift(s, i, s.is(i + 3, "yesterday") ? -2 : 2) : anaphoricDay(s, i);
            default -> null;
        };
    }

    /**
     * "the next day", "the following day", "the previous day", "the same day", and "the day" in "ended
     * the day", "later in the day": a day counted from the day last named in the paragraph, else from
     * the publication date. "The day of the vote", "the day when" name a day we cannot date.
     */
    private static Hit anaphoricDay(Scan s, int i) {
        if (s.is(i + 1, "day") && !DAY_QUALIFIED.contains(s.low(i + 2))) {
            LocalDate d = s.textDay != null ? s.textDay : s.anchor.dayDate(0);
            return new Hit(i, i + 2, TimexType.DATE, d == null ? "XXXX-XX-XX" : Anchor.date(d), d);
        }
        int shift = switch (s.low(i + 1)) {
            case "next", "following" -> 1;
            case "previous", "preceding" -> -1;
            case "same" -> 0;
            default -> Integer.MIN_VALUE;
        };
        if (shift == Integer.MIN_VALUE || !s.is(i + 2, "day")) {
            return null;
        }
        LocalDate base = s.textDay != null ? s.textDay : s.anchor.dayDate(0);
        LocalDate d = base == null ? null : base.plusDays(shift);
        return new Hit(i, i + 3, TimexType.DATE, d == null ? "XXXX-XX-XX" : Anchor.date(d), d);
    }

    private static Hit dayShift(Scan s, int i, int days) {
        return new Hit(i, i + 4, TimexType.DATE, s.anchor.day(days), s.anchor.dayDate(days));
    }

    /**
     * "last week", "this year", "next month", "the weekend", "last September", "next Friday",
     * "this morning", "last night", "the past decade", "last summer", "the last quarter".
     */
    static Hit relativeUnit(Scan s, int i) {
        int j = i;
        if (s.is(j, "the")) {
            j++;
        }
        String rel = s.low(j);
        int offset;
        switch (rel) {
            case "this", "current", "present" -> offset = 0;
            case "last", "previous", "past", "preceding" -> offset = -1;
            case "next", "coming", "following", "upcoming" -> offset = 1;
            case "weekend" -> {
                return j > i ? new Hit(i, j + 1, TimexType.DATE, s.anchor.weekend(s.dir(i, j + 1))) : null;
            }
            default -> {
                return null;
            }
        }
        if (j > i && offset == 0 && !rel.equals("current")) {
            return null; // "the this" is not English
        }
        if (offset == 0 && s.is(j + 1, "past") && CALENDAR_UNITS.contains(s.low(j + 2))) {
            return new Hit(i, j + 3, TimexType.DATE, s.anchor.relative(s.low(j + 2), -1)); // "this past week"
        }
        String w = s.low(j + 1);
        int end = j + 2;
        if (Lexicon.WEEKDAYS.containsKey(w) && s.capitalised(j + 1)) {
            int dow = Lexicon.WEEKDAYS.get(w);
            LocalDate d = offset == 0 ? s.anchor.weekday(dow, s.dir(i, end)) : s.anchor.weekdayStrict(dow, offset > 0);
            return withPartOfDay(s, i, end, d, d == null ? Anchor.weekdayUnresolved(dow) : Anchor.date(d));
        }
        if (Lexicon.MONTHS.containsKey(w) && s.capitalised(j + 1) && w.length() > 3) {
            return new Hit(i, end, TimexType.DATE, monthRelative(s, Lexicon.MONTHS.get(w), offset, i, end));
        }
        String season = Lexicon.SEASONS.get(w);
        if (season != null) {
            Dir d = offset < 0 ? Dir.PAST : offset > 0 ? Dir.FUTURE : Dir.NONE;
            return new Hit(i, end, TimexType.DATE, s.anchor.season(season, d));
        }
        String part = Lexicon.PARTS_OF_DAY.get(w);
        if (part != null && offset <= 0 && j == i) {
            // "this morning" is today's, "last night" yesterday's
            int days = offset < 0 && part.equals("NI") ? -1 : 0;
            if (offset < 0 && !part.equals("NI")) {
                return null;
            }
            return new Hit(i, end, TimexType.TIME, s.anchor.day(days) + "T" + part, s.anchor.dayDate(days));
        }
        switch (w) {
            case "weekend" -> {
                return new Hit(i, end, TimexType.DATE, offset == 0 ? s.anchor.weekend(s.dir(i, end)) : s.anchor.relative(w, offset));
            }
            case "week", "month", "year", "quarter", "decade", "century" -> {
                if (rel.equals("past")) {
                    // "the past year" spans the year up to now
                    String unit = w.equals("decade") ? "10Y" : w.equals("century") ? "100Y"
                            : w.equals("quarter") ? "3M" : w.substring(0, 1).toUpperCase();
                    return new Hit(i, end, TimexType.DURATION, "P" + (unit.length() == 1 ? "1" + unit : unit));
                }
                return new Hit(i, end, TimexType.DATE, s.anchor.relative(w, offset));
            }
            case "day" -> {
                return offset == 0 || j > i ? null : new Hit(i, end, TimexType.DATE, s.anchor.day(offset));
            }
            default -> {
                return null;
            }
        }
    }

    private static String monthRelative(Scan s, int month, int offset, int from, int to) {
        if (!s.anchor.known()) {
            return "XXXX-" + Anchor.pad(month, 2);
        }
        LocalDate dct = s.anchor.dct();
        int y = dct.getYear();
        if (offset < 0 && month >= dct.getMonthValue()) {
            y--;
        } else if (offset > 0 && month <= dct.getMonthValue()) {
            y++;
        } else if (offset == 0) {
            return s.anchor.monthOnly(month, s.dir(from, to));
        }
        return Anchor.month(y, month);
    }

    /** "the fourth quarter (of 2005 | of this year)", "third-quarter", "Q3 2009", "the first half of 2008". */
    static Hit quarter(Scan s, int i) {
        int j = s.is(i, "the") ? i + 1 : i;
        String w = s.low(j);
        int q;
        int end;
        boolean half = false;
        if (w.length() == 2 && w.charAt(0) == 'q' && w.charAt(1) >= '1' && w.charAt(1) <= '4') {
            q = w.charAt(1) - '0';
            end = j + 1;
        } else if (w.endsWith("-quarter") && Lexicon.ORDINALS.containsKey(w.substring(0, w.length() - 8))) {
            q = Lexicon.ORDINALS.get(w.substring(0, w.length() - 8));
            end = j + 1;
        } else if (Lexicon.ORDINALS.containsKey(w) && (s.is(j + 1, "quarter") || s.is(j + 1, "half"))) {
            q = Lexicon.ORDINALS.get(w);
            half = s.is(j + 1, "half");
            end = j + 2;
        } else {
            return null;
        }
        if (q == 0 || q > (half ? 2 : 4) || q < 0 && j == i) {
            return null;
        }
        String unit = half ? "-H" : "-Q";
        int yearAt = s.is(end, "of") ? end + 1 : end;
        int year = Lexicon.year(s.low(yearAt));
        if (year > 0 && q > 0) {
            return new Hit(i, yearAt + 1, TimexType.DATE, year + unit + q);
        }
        if (s.is(end, "of") && (s.is(end + 1, "this") || s.is(end + 1, "last") || s.is(end + 1, "next")
                || s.is(end + 1, "the")) && s.is(end + 2, "year") && q > 0) {
            String y = s.anchor.relative("year", s.is(end + 1, "last") ? -1 : s.is(end + 1, "next") ? 1 : 0);
            return new Hit(i, end + 3, TimexType.DATE, y + unit + q);
        }
        if (q < 0) {
            // "the last quarter": the one before the current
            return half ? null : new Hit(i, end, TimexType.DATE, s.anchor.relative("quarter", -1));
        }
        if (half) {
            return j == i ? null : new Hit(i, end, TimexType.DATE,
                    s.anchor.relative("year", 0) + unit + q);
        }
        return new Hit(i, end, TimexType.DATE, s.anchor.quarter(q, s.dir(i, end)));
    }

    /** "spring", "summer 2008", "the autumn of 2009"; "fall" only with an article or a year. */
    static Hit season(Scan s, int i) {
        int j = s.is(i, "the") ? i + 1 : i;
        String code = Lexicon.SEASONS.get(s.low(j));
        if (code == null) {
            return null;
        }
        int yearAt = s.is(j + 1, "of") ? j + 2 : j + 1;
        int year = Lexicon.year(s.low(yearAt));
        if (year > 0) {
            return new Hit(i, yearAt + 1, TimexType.DATE, year + "-" + code);
        }
        if (s.low(j).equals("fall") && j == i || s.low(j + 1).startsWith("-")
                || s.capitalised(j) && s.capitalised(j + 1) && s.sameSentence(j, j + 1)) {
            return null; // "Winter Olympics", "Summer Paralympics" are names
        }
        return new Hit(i, j + 1, TimexType.DATE, s.anchor.season(code, s.dir(i, j + 1)));
    }

    /** Named days from the rule pack; greetings ("Happy New Year!") name no date and are left out. */
    static Hit holiday(Scan s, int i, Holidays holidays) {
        if (!s.capitalised(i) || GREETINGS_AND_CALENDARS.contains(s.low(i - 1))) {
            return null;
        }
        for (Holidays.Holiday h : holidays.startingWith(s.low(i))) {
            String[] w = h.words();
            boolean match = true;
            for (int k = 0; k < w.length && match; k++) {
                match = s.is(i + k, w[k]);
            }
            if (match) {
                int end = i + w.length;
                String v = Holidays.resolve(h.rule(), s.anchor, s.dir(i, end));
                return new Hit(i, end, TimexType.DATE, v, parseDate(v));
            }
        }
        return null;
    }

    /** "now", "recently", "currently", "the future", "the near term", "at present", "in the past". */
    static Hit reference(Scan s, int i) {
        String w = s.low(i);
        String ref = Lexicon.REFS.get(w);
        if (ref != null) {
            if (w.equals("now") && s.glued(i) && s.is(i + 1, "-")) {
                return null;
            }
            return new Hit(i, i + 1, TimexType.DATE, ref);
        }
        if (w.equals("at") && s.is(i + 1, "present")) {
            return new Hit(i, i + 2, TimexType.DATE, "PRESENT_REF");
        }
        if (w.equals("these") && s.is(i + 1, "days")) {
            return new Hit(i, i + 2, TimexType.DATE, "PRESENT_REF");
        }
        if (w.equals("the")) {
            int j = s.is(i + 1, "near") || s.is(i + 1, "distant") || s.is(i + 1, "foreseeable") || s.is(i + 1, "long")
                    ? i + 2 : i + 1;
            if (s.is(j, "time") && s.is(j + 1, "being")) {
                return new Hit(i, j + 2, TimexType.DATE, "PRESENT_REF"); // "for the time being"
            }
            if (s.is(j, "future") || s.is(j, "term") && j > i + 1) {
                return new Hit(i, j + 1, TimexType.DATE, "FUTURE_REF");
            }
            if (s.is(i + 1, "past") && !Lexicon.UNITS.containsKey(s.low(i + 2)) && Lexicon.number(s.low(i + 2)) < 0
                    && !Lexicon.FUZZY_AMOUNTS.contains(s.low(i + 2))) {
                return new Hit(i, i + 2, TimexType.DATE, "PAST_REF");
            }
        }
        return null;
    }
}
