package org.copydesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimexWordsTest {
    @Test
    void calendarValuesReadAsReadersWriteThem() {
        assertEquals("2024", TimexWords.of("2024"));
        assertEquals("March 2024", TimexWords.of("2024-03"));
        assertEquals("1 January 2020", TimexWords.of("2020-01-01"));
        assertEquals("1 January 2020, morning", TimexWords.of("2020-01-01TMO"));
        assertEquals("7 March 2024, night", TimexWords.of("2024-03-07TNI"));
        assertEquals("7 March 2024, 14:30", TimexWords.of("2024-03-07T14:30"));
        assertEquals("7 March 2024, 09:05", TimexWords.of("2024-03-07T09:05:00+01:00"));
    }

    @Test
    void weeksQuartersHalvesSeasonsDecades() {
        assertEquals("the week of 4 March 2024", TimexWords.of("2024-W10"));
        assertEquals("the weekend of 9 March 2024", TimexWords.of("2024-W10-WE"));
        assertEquals("6 March 2024", TimexWords.of("2024-W10-3"));
        assertEquals("the first quarter of 2024", TimexWords.of("2024-Q1"));
        assertEquals("the second half of 2023", TimexWords.of("2023-H2"));
        assertEquals("autumn 2019", TimexWords.of("2019-FA"));
        assertEquals("the 2010s", TimexWords.of("201"));
        assertEquals("the 1900s", TimexWords.of("19"));
    }

    @Test
    void unplacedValuesSaySoInsteadOfPassingForDates() {
        assertEquals("a Wednesday (date not known)", TimexWords.of("XXXX-WXX-3"));
        assertEquals("a weekend (date not known)", TimexWords.of("XXXX-WXX-WE"));
        assertEquals("a Wednesday evening (date not known)", TimexWords.of("XXXX-WXX-3TEV"));
        assertEquals("at 14:00 (date not known)", TimexWords.of("XXXX-XX-XXT14:00"));
        assertEquals("in the morning (date not known)", TimexWords.of("XXXX-XX-XXTMO"));
        assertEquals("13 March 2024, evening", TimexWords.of("2024-W11-3TEV"));
        assertEquals("a day (date not known)", TimexWords.of("XXXX-XX-XX"));
        assertEquals("14 March, year not known", TimexWords.of("XXXX-03-14"));
        assertEquals("March, year not known", TimexWords.of("XXXX-03"));
        assertEquals("a quarter (date not known)", TimexWords.of("XXXX-QX"));
        assertEquals("a year (date not known)", TimexWords.of("XXXX"));
        assertFalse(TimexWords.isPlaced("XXXX-WXX-3"));
        assertFalse(TimexWords.isPlaced("P3Y"));
        assertTrue(TimexWords.isPlaced("2020-01-01TMO"));
    }

    @Test
    void durationsAndReferences() {
        assertEquals("3 years", TimexWords.of("P3Y"));
        assertEquals("1 week", TimexWords.of("P1W"));
        assertEquals("2 hours", TimexWords.of("PT2H"));
        assertEquals("some years", TimexWords.of("PXY"));
        assertEquals("now", TimexWords.of("PRESENT_REF"));
        assertEquals("the past", TimexWords.of("PAST_REF"));
    }

    @Test
    void whatItCannotReadComesBackAsItIs() {
        assertEquals("EASTER", TimexWords.of("EASTER"));
        assertEquals("2024-W54", TimexWords.of("2024-W54"), "no such week");
        assertEquals("2024-02-30", TimexWords.of("2024-02-30"));
        assertEquals("", TimexWords.of(null));
    }
}
