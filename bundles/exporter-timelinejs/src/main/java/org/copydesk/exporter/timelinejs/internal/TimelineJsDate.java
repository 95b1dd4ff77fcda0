package org.copydesk.exporter.timelinejs.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.formats.TimexWords;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A TIMEX3 date value as a TimelineJS date object ({@code year}, {@code month}, {@code day},
 * {@code hour}, {@code minute}); weeks, quarters and halves start where they start, and periods and
 * parts of the day keep their meaning in {@code display_date}, in a reader's words ({@code TimexWords}).
 */
final class TimelineJsDate {
    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(?:(\\d{2}):(\\d{2})\\S*|(MO|AF|EV|NI)))?)?|-W(\\d{2})(-WE)?|-Q([1-4])|-H([12]))?");

    private TimelineJsDate() {
    }

    /** The date object, or null when the value is not a calendar date TimelineJS can place. */
    static ObjectNode of(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        int year = Integer.parseInt(m.group(1));
        d.put("year", year);
        if (m.group(7) != null) {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(7)))
                    .with(DayOfWeek.MONDAY);
            LocalDate first = m.group(8) != null ? monday.plusDays(5) : monday;
            d.put("year", first.getYear());
            d.put("month", first.getMonthValue());
            d.put("day", first.getDayOfMonth());
            d.put("display_date", TimexWords.of(value));
        } else if (m.group(9) != null) {
            d.put("month", 3 * Integer.parseInt(m.group(9)) - 2);
            d.put("display_date", TimexWords.of(value));
        } else if (m.group(10) != null) {
            d.put("month", m.group(10).equals("1") ? 1 : 7);
            d.put("display_date", TimexWords.of(value));
        } else if (m.group(2) != null) {
            d.put("month", Integer.parseInt(m.group(2)));
            if (m.group(3) != null) {
                d.put("day", Integer.parseInt(m.group(3)));
            }
            if (m.group(4) != null) {
                d.put("hour", Integer.parseInt(m.group(4)));
                d.put("minute", Integer.parseInt(m.group(5)));
            } else if (m.group(6) != null) {
                d.put("display_date", TimexWords.of(value));
            }
        }
        return d;
    }
}
