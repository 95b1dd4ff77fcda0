package org.copydesk.time.tagger.internal;

import static org.copydesk.time.tagger.internal.Tagging.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AbsoluteDatesTest {
    @Test
    void monthFirstAndDayFirst() {
        assertEquals("June 13, 2005=2005-06-13", tag("June 13, 2005", "2005-06-20"));
        assertEquals("13 June 2005=2005-06-13", tag("It opened on 13 June 2005.", null));
        assertEquals("Sept. 5th=2005-09-05", tag("due on Sept. 5th", "2005-08-01"));
        assertEquals("the 4th of July=2010-07-04", tag("They marched on the 4th of July.", "2010-07-10"));
    }

    @Test
    void monthYearAndYears() {
        assertEquals("October 1982=1982-10", tag("Founded in October 1982, it grew.", "2008-01-01"));
        assertEquals("1991=1991", tag("The war began in 1991.", "2006-01-01"));
        assertEquals("1990s=199", tag("Prices rose in the 1990s.", "2006-01-01"));
        assertEquals("early 2009=2009", tag("It was delayed to early 2009.", "2008-06-01"));
        assertEquals("", tag("The plane carries 2000 people and costs $2010.", "2008-06-01"));
        assertEquals("mid-March=2020-03; 20th century=19", tag("by mid-March, as in the 20th century", "2020-01-15"));
        assertEquals("2018=2018", tag("It hired 1200 in 2018 and 1500 more.", null));
        assertEquals("1930's=193", tag("Strikes began in the 1930's.", null));
        assertEquals("2014=2014", tag("before the 2014 Winter Olympics", null));
        assertEquals("2018=2018", tag("World Cup 2018 day five", null));
    }

    @Test
    void numericDates() {
        assertEquals("7/8/07=2007-07-08", tag("written as 7/8/07.", "2007-07-09"));
        assertEquals("2005-06-13=2005-06-13", tag("Filed 2005-06-13 in court", null));
        assertEquals("25/12/2019=2019-12-25", tag("Dated 25/12/2019 by the clerk", null));
    }

    @Test
    void monthWithoutYearTakesTheNearestOrTensedYear() {
        // a January story's "11 December" is last December
        assertEquals("11 December=2009-12-11", tag("It flew on 11 December.", "2010-01-25"));
        // a future clause looks ahead across the year end
        assertEquals("February=2020-02", tag("The court will rule in February.", "2019-12-30"));
        assertEquals("June 10=2011-06-10", tag("The vote is set for June 10.", "2011-05-29"));
    }

    @Test
    void leapDayIsKept() {
        assertEquals("February 29=2008-02-29", tag("The deal closed on February 29.", "2008-07-02"));
        assertEquals("29 February 2020=2020-02-29", tag("On 29 February 2020 it ended.", null));
    }

    @Test
    void withoutAnchorNothingIsGuessed() {
        assertEquals("June 13=XXXX-06-13; Friday=XXXX-WXX-5; last week=XXXX-WXX; yesterday=XXXX-XX-XX",
                tag("On June 13 and Friday, last week and yesterday.", null));
    }
}
