package org.copydesk.formats;

import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The calendar day of the ISO 8601 date-times agency formats carry. */
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * The day as written (the local date of an offset date-time, not converted to UTC); null when
     * {@code s} is blank, truncated to less than a day, or not ISO 8601.
     */
    public static LocalDate day(String s) {
        if (s == null || s.strip().length() < 10) {
            return null;
        }
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException e) {
            // a date alone, or a local date-time without an offset
            try {
                return LocalDate.parse(t.substring(0, 10));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Whether {@code s} is the given instant (NewsML-G2's unknown-date marker, say), whatever its offset. */
    public static boolean isInstant(String s, Instant instant) {
        try {
            return s != null && OffsetDateTime.parse(s.strip()).toInstant().equals(instant);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
