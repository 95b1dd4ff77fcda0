package org.copydesk.timeline.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resolved TIMEX3 DATE/TIME value placed on the calendar: where its period starts and, within a
 * day, when. Durations, sets, PRESENT_REF-style references and values with X are not event dates.
 */
record EventDate(String value, LocalDate start, int minuteOfDay) {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(?:(\\d{2}):(\\d{2})\\S*|(MO|AF|EV|NI)))?)?|-W(\\d{2})(?:-WE)?|-Q([1-4])|-H([12]))?");
    /** Parts of day sort after midnight and before a later clock time, roughly where they fall. */
    private static final Map<String, Integer> PART_MINUTES = Map.of("MO", 8 * 60, "AF", 14 * 60, "EV", 19 * 60,
            "NI", 22 * 60);

    static final Comparator<EventDate> ORDER = Comparator.comparing(EventDate::start)
            .thenComparingInt(EventDate::minuteOfDay);

    /** The event date of a value, or null when the value is not a resolved calendar date. */
    static EventDate of(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            int y = Integer.parseInt(m.group(1));
            LocalDate start;
            if (m.group(7) != null) {
                start = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(7)))
                        .with(java.time.DayOfWeek.MONDAY);
            } else if (m.group(8) != null) {
                start = LocalDate.of(y, 3 * Integer.parseInt(m.group(8)) - 2, 1);
            } else if (m.group(9) != null) {
                start = LocalDate.of(y, m.group(9).equals("1") ? 1 : 7, 1);
            } else {
                start = LocalDate.of(y, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
            }
            int minute = -1; // a whole day, month or year sorts before the times within it
            if (m.group(4) != null) {
                minute = Integer.parseInt(m.group(4)) * 60 + Integer.parseInt(m.group(5));
            } else if (m.group(6) != null) {
                minute = PART_MINUTES.get(m.group(6));
            }
            return new EventDate(value, start, minute);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
