package org.copydesk.formats;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 value in the words a reader writes: {@code 2020-01-01TMO} is "1 January 2020, morning",
 * {@code 2024-W10} "the week of 4 March 2024", {@code P3Y} "3 years". A value that no publication
 * date could place says so ({@code XXXX-WXX-3}: "a Wednesday (date not known)"), so it never passes
 * for a date. Exporters and the workbench show dates through it; the value itself stays in the data.
 */
public final class TimexWords {
    /** A time of day as TIMEX3 writes it after a day: {@code T14:30}, {@code T14:30:00+01:00}, {@code TEV}. */
    private static final String TIME = "(?:T(?:(?<hour>\\d{2}):(?<minute>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\S*|(?<part>MO|MI|AF|EV|NI|DT)))?";
    /** A calendar value; a time of day follows only a day or a day of the week. */
    private static final Pattern DATE = Pattern.compile("(?<year>\\d{4}|XXXX)(?:-(?<month>\\d{2}|XX)(?:-(?<day>\\d{2}|XX))?"
            + "|-W(?<week>\\d{2}|XX)(?:-(?<weekday>WE|[1-7]))?|-Q(?<quarter>[1-4X])|-H(?<half>[12X])|-(?<season>SP|SU|FA|WI))?" + TIME);
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+|X)([YMWD])|T(\\d+|X)([HMS]))");
    private static final Map<String, String> PARTS = Map.of("MO", "morning", "MI", "midday", "AF", "afternoon",
            "EV", "evening", "NI", "night", "DT", "daytime");
    private static final Map<String, String> SEASONS = Map.of("SP", "spring", "SU", "summer", "FA", "autumn", "WI", "winter");
    private static final Map<String, String[]> UNITS = Map.of("Y", new String[] {"year", "years"},
            "M", new String[] {"month", "months"}, "W", new String[] {"week", "weeks"}, "D", new String[] {"day", "days"},
            "TH", new String[] {"hour", "hours"}, "TM", new String[] {"minute", "minutes"}, "TS", new String[] {"second", "seconds"});
    private static final String[] ORDINAL = {"", "first", "second", "third", "fourth"};
    /** What an unplaced value adds, so a reader knows it is not a date. */
    private static final String UNKNOWN = " (date not known)";

    private TimexWords() {
    }

    /** The value in words; a value it cannot read is given back as it is. */
    public static String of(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        switch (v) {
            case "PRESENT_REF": return "now";
            case "PAST_REF": return "the past";
            case "FUTURE_REF": return "the future";
            default: break;
        }
        try {
            Matcher m = DATE.matcher(v);
            boolean timed = m.matches() && (m.group("hour") != null || m.group("part") != null);
            if (m.matches() && (!timed || m.group("day") != null || m.group("weekday") != null && !m.group("weekday").equals("WE"))) {
                return date(m);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return v; // a value no calendar has, such as week 54
        }
        Matcher d = DURATION.matcher(v);
        if (d.matches()) {
            String amount = d.group(1) != null ? d.group(1) : d.group(3);
            String[] unit = UNITS.get(d.group(2) != null ? d.group(2) : "T" + d.group(4));
            return amount.equals("X") ? "some " + unit[1] : amount + " " + (amount.equals("1") ? unit[0] : unit[1]);
        }
        if (DECADE.matcher(v).matches()) {
            return "the " + v + "0s";
        }
        if (CENTURY.matcher(v).matches()) {
            return "the " + v + "00s";
        }
        return v;
    }

    private static String date(Matcher m) {
        boolean yearKnown = !m.group("year").equals("XXXX");
        String year = yearKnown ? m.group("year") : "";
        if (m.group("week") != null) {
            String day = m.group("weekday");
            if (!yearKnown || m.group("week").equals("XX")) {
                if (day == null) {
                    return "a week" + UNKNOWN;
                }
                return (day.equals("WE") ? "a weekend" : "a " + dayName(Integer.parseInt(day)) + time(m, " ")) + UNKNOWN;
            }
            LocalDate monday = LocalDate.of(Integer.parseInt(year), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group("week"))).with(DayOfWeek.MONDAY);
            if (day == null) {
                return "the week of " + day(monday);
            }
            return day.equals("WE") ? "the weekend of " + day(monday.plusDays(5)) : day(monday.plusDays(Integer.parseInt(day) - 1L)) + time(m, ", ");
        }
        if (m.group("quarter") != null) {
            return m.group("quarter").equals("X") || !yearKnown ? "a quarter" + UNKNOWN
                    : "the " + ORDINAL[Integer.parseInt(m.group("quarter"))] + " quarter of " + year;
        }
        if (m.group("half") != null) {
            return m.group("half").equals("X") || !yearKnown ? "a half-year" + UNKNOWN
                    : "the " + ORDINAL[Integer.parseInt(m.group("half"))] + " half of " + year;
        }
        if (m.group("season") != null) {
            return SEASONS.get(m.group("season")) + (yearKnown ? " " + year : UNKNOWN);
        }
        String month = m.group("month");
        if (month == null) {
            return yearKnown ? year : "a year" + UNKNOWN;
        }
        String dayOfMonth = m.group("day");
        if (month.equals("XX")) {
            if (dayOfMonth == null) {
                return "a month" + UNKNOWN;
            }
            return (m.group("hour") != null ? "at" + time(m, " ") : m.group("part") != null ? "in the" + time(m, " ") : "a day") + UNKNOWN;
        }
        String monthName = Month.of(Integer.parseInt(month)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (dayOfMonth == null) {
            return yearKnown ? monthName + " " + year : monthName + ", year not known";
        }
        if (dayOfMonth.equals("XX")) {
            return "a day in " + monthName + (yearKnown ? " " + year : UNKNOWN);
        }
        return (yearKnown ? day(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth)))
                : Integer.parseInt(dayOfMonth) + " " + monthName) + time(m, ", ") + (yearKnown ? "" : ", year not known");
    }

    /** The time of day of a value, after {@code glue}: ", 14:30", " evening"; empty for a whole day. */
    private static String time(Matcher m, String glue) {
        if (m.group("hour") != null) {
            return glue + m.group("hour") + ":" + m.group("minute");
        }
        return m.group("part") != null ? glue + PARTS.get(m.group("part")) : "";
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    private static String dayName(int isoDay) {
        return DayOfWeek.of(isoDay).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Whether a value names a calendar date or time a reader can place (no unknown part, not a duration). */
    public static boolean isPlaced(String value) {
        if (value == null) {
            return false;
        }
        Matcher m = DATE.matcher(value.strip());
        return m.matches() && !value.contains("X");
    }
}
