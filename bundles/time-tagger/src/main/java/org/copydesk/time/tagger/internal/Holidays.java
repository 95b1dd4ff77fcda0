package org.copydesk.time.tagger.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;
import org.copydesk.time.tagger.internal.Anchor.Dir;

/** Named days from a rule pack (see config/times/holidays.txt for the rule syntax). Immutable. */
final class Holidays {
    private static final Map<String, Integer> DOW = Map.of("MON", 1, "TUE", 2, "WED", 3, "THU", 4, "FRI", 5,
            "SAT", 6, "SUN", 7);

    /** A holiday: its name as lower-case tokens and its rule. */
    record Holiday(String[] words, Rule rule) {
    }

    /** Computes a holiday's date in one year. */
    interface Rule {
        LocalDate in(int year);

        /** The month and day when fixed, for values without an anchor. */
        default String unresolved() {
            return "XXXX-XX-XX";
        }
    }

    /** By first word, longest names first, so "new year's eve" wins over "new year". */
    private final Map<String, List<Holiday>> byFirstWord = new HashMap<>();

    private Holidays(List<Holiday> holidays) {
        for (Holiday h : holidays) {
            byFirstWord.computeIfAbsent(h.words()[0], k -> new ArrayList<>()).add(h);
        }
    }

    /** The holidays whose name starts with {@code word}, longest names first. */
    List<Holiday> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    static Holidays parse(Reader in) throws IOException {
        List<Holiday> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IOException("line " + n + ": expected 'name = rule': " + line);
            }
            String name = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String[] words = Tokenizer.tokenize(name).stream().map(Token::text).toArray(String[]::new);
            if (words.length == 0) {
                throw new IOException("line " + n + ": no name: " + line);
            }
            try {
                out.add(new Holiday(words, rule(line.substring(eq + 1).strip().toUpperCase(Locale.ROOT))));
            } catch (RuntimeException e) {
                throw new IOException("line " + n + ": bad rule: " + line, e);
            }
        }
        out.sort((a, b) -> b.words().length - a.words().length);
        return new Holidays(out);
    }

    private static Rule rule(String spec) {
        String[] p = spec.split("\\s+");
        if (p[0].startsWith("EASTER")) {
            int shift = p[0].length() > 6 ? Integer.parseInt(p[0].substring(6).replace("+", "")) : 0;
            return y -> easter(y).plusDays(shift);
        }
        if (p[0].equals("HIJRI")) {
            int m = Integer.parseInt(p[1].substring(0, 2));
            int d = Integer.parseInt(p[1].substring(3));
            return y -> hijri(y, m, d);
        }
        int month = Integer.parseInt(p[0].substring(0, 2));
        if (p.length == 1) {
            int day = Integer.parseInt(p[0].substring(3));
            return new Rule() {
                @Override
                public LocalDate in(int year) {
                    return LocalDate.of(year, month, day);
                }

                @Override
                public String unresolved() {
                    return "XXXX-" + Anchor.pad(month, 2) + '-' + Anchor.pad(day, 2);
                }
            };
        }
        DayOfWeek dow = DayOfWeek.of(DOW.get(p[1]));
        if (p[2].startsWith(">=")) {
            int from = Integer.parseInt(p[2].substring(2));
            return y -> LocalDate.of(y, month, from).with(TemporalAdjusters.nextOrSame(dow));
        }
        int nth = Integer.parseInt(p[2]);
        return y -> LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, dow));
    }

    /** Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** The Islamic-calendar day that falls in Gregorian year {@code y} (the first, if two do). */
    private static LocalDate hijri(int y, int m, int d) {
        int hy = HijrahChronology.INSTANCE.date(LocalDate.of(y, 1, 1)).get(ChronoField.YEAR);
        LocalDate first = LocalDate.from(HijrahDate.of(hy, m, d));
        return first.getYear() == y ? first : LocalDate.from(HijrahDate.of(hy + 1, m, d));
    }

    /**
     * The occurrence a clause means: the last one on or before the anchor in the past tense, the next
     * one on or after it in the future, else the nearest.
     */
    static String resolve(Rule rule, Anchor anchor, Dir dir) {
        LocalDate dct = anchor.dct();
        if (dct == null) {
            return rule.unresolved();
        }
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate c;
            try {
                c = rule.in(y);
            } catch (java.time.DateTimeException e) {
                continue; // outside the Islamic calendar's supported range
            }
            boolean fits = switch (dir) {
                case PAST -> !c.isAfter(dct);
                case FUTURE -> !c.isBefore(dct);
                case NONE -> true;
            };
            if (fits && (best == null || distance(c, dct) < distance(best, dct))) {
                best = c;
            }
        }
        return best == null ? rule.unresolved() : Anchor.date(best);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }
}
