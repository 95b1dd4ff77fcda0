package org.copydesk.time.tagger.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The closed word classes of English time expressions, keyed by lower-case token. */
final class Lexicon {
    private Lexicon() {
    }

    static final Map<String, Integer> MONTHS = new HashMap<>();
    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    static final Map<String, Integer> NUMBERS = new HashMap<>();
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    /** TIMEX3 part-of-day codes. */
    static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");
    /** TIMEX3 season codes; "fall" only counts after a determiner (see {@link Recognizer}). */
    static final Map<String, String> SEASONS = Map.of(
            "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
    /** Calendar units: TIMEX3 duration letter, whether it is a time (PT) unit, and its multiplier. */
    static final Map<String, Unit> UNITS = new HashMap<>();
    /** Adverbs and adjectives of frequency: the period they repeat. */
    static final Map<String, String> FREQUENCIES = Map.of(
            "hourly", "PT1H", "daily", "P1D", "nightly", "P1D", "weekly", "P1W", "fortnightly", "P2W",
            "monthly", "P1M", "quarterly", "P3M", "yearly", "P1Y", "annually", "P1Y", "annual", "P1Y");
    /** Words that stand for the present, the past or the future as a whole. */
    static final Map<String, String> REFS = Map.of(
            "now", "PRESENT_REF", "currently", "PRESENT_REF", "current", "PRESENT_REF", "presently", "PRESENT_REF",
            "nowadays", "PRESENT_REF", "recently", "PAST_REF", "recent", "PAST_REF", "lately", "PAST_REF",
            "soon", "FUTURE_REF");
    /** Words that may open an approximate amount and belong to the expression ("nearly five months"). */
    static final Set<String> APPROX = Set.of("about", "around", "almost", "nearly", "roughly", "some", "over",
            "approximately", "barely", "just", "only");
    static final Set<String> FUZZY_AMOUNTS = Set.of("several", "few", "many", "some", "numerous", "couple");

    record Unit(String letter, boolean time, int factor) {
        /** The TIMEX3 duration of {@code n} units: P40Y for four decades, PT3H for three hours. */
        String duration(String n) {
            String amount = n;
            if (factor != 1 && !n.equals("X")) {
                double v = Double.parseDouble(n) * factor;
                amount = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
            }
            return (time ? "PT" : "P") + amount + letter;
        }
    }

    static {
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < months.length; i++) {
            MONTHS.put(months[i], i + 1);
            MONTHS.put(months[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
        MONTHS.remove("mar"); // a word of its own; "Mar." is rare in running news text
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int i = 0; i < days.length; i++) {
            WEEKDAYS.put(days[i], i + 1);
        }
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            NUMBERS.put(small[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int t = 0; t < tens.length; t++) {
            NUMBERS.put(tens[t], 20 + 10 * t);
            for (int u = 0; u < units.length; u++) {
                NUMBERS.put(tens[t] + "-" + units[u], 20 + 10 * t + u + 1);
            }
        }
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
        NUMBERS.put("hundred", 100);
        NUMBERS.put("dozen", 12);
        String[] ords = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth"};
        for (int i = 0; i < ords.length; i++) {
            ORDINALS.put(ords[i], i + 1);
        }
        ORDINALS.put("last", -1);
        ORDINALS.put("final", -1);
        unit("Y", false, 1, "year", "years", "yr", "yrs");
        unit("Y", false, 10, "decade", "decades");
        unit("Y", false, 100, "century", "centuries");
        unit("Y", false, 1000, "millennium", "millennia");
        unit("M", false, 1, "month", "months");
        unit("Q", false, 1, "quarter", "quarters");
        unit("W", false, 1, "week", "weeks");
        unit("W", false, 2, "fortnight", "fortnights");
        unit("D", false, 1, "day", "days");
        unit("H", true, 1, "hour", "hours", "hr", "hrs");
        unit("M", true, 1, "minute", "minutes", "min", "mins");
        unit("S", true, 1, "second", "seconds", "sec", "secs");
    }

    private static void unit(String letter, boolean time, int factor, String... names) {
        for (String n : names) {
            UNITS.put(n, new Unit(letter, time, factor));
        }
    }

    /** The value of a number token ("12", "twelve", "1,000"), or -1. */
    static double number(String low) {
        Integer w = NUMBERS.get(low);
        if (w != null) {
            return w;
        }
        if (low.isEmpty() || low.length() > 9) {
            return -1;
        }
        if (!Character.isDigit(low.charAt(0))) {
            return -1;
        }
        for (int i = 0; i < low.length(); i++) {
            char c = low.charAt(i);
            if (!(Character.isDigit(c) || c == ',' || c == '.')) {
                return -1;
            }
        }
        try {
            return Double.parseDouble(low.replace(",", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "12th", "1st", "twelfth" as a day of month, or -1. */
    static int dayOrdinal(String low) {
        Integer o = ORDINALS.get(low);
        if (o != null && o > 0) {
            return o;
        }
        String digits = low;
        if (low.endsWith("st") || low.endsWith("nd") || low.endsWith("rd") || low.endsWith("th")) {
            digits = low.substring(0, low.length() - 2);
        }
        return day(digits);
    }

    /** A plain day-of-month number "1".."31" (one or two digits), or -1. */
    static int day(String s) {
        if (s.isEmpty() || s.length() > 2) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** A four-digit year 1000..2199, or -1. */
    static int year(String s) {
        if (s.length() != 4) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        int y = Integer.parseInt(s);
        return y >= 1000 && y < 2200 ? y : -1;
    }
}
