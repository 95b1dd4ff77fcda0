package org.copydesk.time.tagger.internal;

import static org.copydesk.time.tagger.internal.Tagging.tag;
import static org.copydesk.time.tagger.internal.Tagging.times;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.copydesk.api.model.TimexType;
import org.junit.jupiter.api.Test;

class AmountsTest {
    @Test
    void durations() {
        assertEquals("four decades=P40Y", tag("contradicts four decades of strategy", "2020-01-01"));
        assertEquals("three days=P3D; 18 months=P18M", tag("three days and 18 months", null));
        assertEquals("two and a half years=P2.5Y", tag("It took two and a half years.", null));
        assertEquals("12-year=P12Y; five-year=P5Y", tag("a 12-year deal and a five-year plan", null));
        assertEquals("several years=PXY", tag("It was delayed several years.", null));
        assertEquals("the past nine days=P9D", tag("over the past nine days", null));
        assertEquals("thirty minutes=PT30M", tag("It lasted thirty minutes.", null));
        assertEquals("", tag("a 12-year-old boy and a five-year-old girl", null));
        assertEquals("60=P60D; 90 days=P90D", tag("It would take between 60 and 90 days.", null));
        assertEquals("", tag("people aged 55 to 75 years", null));
        assertEquals(TimexType.DURATION, times("for three days", null).get(0).type());
    }

    @Test
    void sets() {
        assertEquals("every week=P1W; weekly=P1W", tag("every week, weekly", null));
        assertEquals("every Monday=XXXX-WXX-1", tag("They meet every Monday.", null));
        assertEquals("a year=P1Y", tag("at a rate of 15 a year", null));
        assertEquals(TimexType.SET, times("every week", null).get(0).type());
    }

    @Test
    void clockTimesTakeTheDayLastNamed() {
        assertEquals("Tuesday=2009-12-15; 18:00 UTC=2009-12-15T18:00Z",
                tag("It made its first flight Tuesday in Everett at 18:00 UTC.", "2009-12-16"));
        assertEquals("6:40 p.m.=2007-10-17T18:40", tag("It landed at 6:40 p.m. local time.", "2007-10-17"));
        assertEquals("3pm=2020-01-01T15:00", tag("The vote is at 3pm", "2020-01-01"));
        assertEquals("2:30am=2020-01-11T02:30; Saturday=2020-01-11",
                tag("Police said it happened at 2:30am on Saturday.", "2020-01-15"));
        assertEquals("5 p.m. ET=2020-01-15T17:00", tag("Polls close at 5 p.m. ET", "2020-01-15"));
        assertEquals("", tag("The score was 2:1 at the break.", "2020-01-01"));
    }

    @Test
    void offsetsSelectTheText() {
        String text = "Iran\u2019s leader spoke on Wednesday, hurling insults.";
        var t = times(text, "2020-01-01").get(0);
        assertEquals("Wednesday", text.substring(t.start(), t.end()));
    }
}
