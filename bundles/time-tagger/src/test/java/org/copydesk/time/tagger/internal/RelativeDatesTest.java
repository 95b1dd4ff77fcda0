package org.copydesk.time.tagger.internal;

import static org.copydesk.time.tagger.internal.Tagging.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeDatesTest {
    /** 2020-01-01 is a Wednesday in ISO week 1 of 2020; the week before is 2019-W52. */
    private static final String NEW_YEAR = "2020-01-01";

    @Test
    void weekdaysLookBackInPastTenseAndAheadInFuture() {
        assertEquals("Friday=2019-12-27", tag("Rockets landed on a base on Friday.", NEW_YEAR));
        assertEquals("Sunday=2019-12-29", tag("US airstrikes on Sunday killed 25.", NEW_YEAR));
        assertEquals("Wednesday=2020-01-01", tag("He spoke on Wednesday.", NEW_YEAR));
        assertEquals("Friday=2020-01-03", tag("The leaders will meet on Friday.", NEW_YEAR));
        assertEquals("Friday=2020-01-03", tag("The stakes are high ahead of Friday", NEW_YEAR));
        assertEquals("next Friday=2020-01-03; last Friday=2019-12-27", tag("next Friday, not last Friday", NEW_YEAR));
    }

    @Test
    void daysCountedFromTheDayLastNamed() {
        assertEquals("Friday=2019-12-27; the next day=2019-12-28",
                tag("Rockets fell on Friday and again the next day.", NEW_YEAR));
        assertEquals("Friday=2019-12-27; the previous day=2019-12-26",
                tag("Rockets fell on Friday, after talks broke down the previous day.", NEW_YEAR));
        assertEquals("the same day=2020-01-01", tag("Troops left the same day.", NEW_YEAR));
        assertEquals("Monday=2019-12-30; the day=2019-12-30", tag("On Monday the index fell 3% to end the day at 7,114.", NEW_YEAR));
        assertEquals("", tag("They will remember the day of the vote.", NEW_YEAR));
        assertEquals("the end of the year=2020; the start of the month=2020-01",
                tag("by the end of the year, from the start of the month", NEW_YEAR));
    }

    @Test
    void partsOfDay() {
        assertEquals("Wednesday morning=2020-01-01TMO", tag("Clashes erupted again on Wednesday morning.", NEW_YEAR));
        assertEquals("last night=2019-12-31TNI", tag("Fireworks lit the sky last night.", NEW_YEAR));
        assertEquals("this morning=2020-01-01TMO", tag("Markets opened this morning.", NEW_YEAR));
    }

    @Test
    void daysWeeksMonthsYearsAcrossTheYearEnd() {
        assertEquals("yesterday=2019-12-31; tomorrow=2020-01-02", tag("yesterday and tomorrow", NEW_YEAR));
        assertEquals("last week=2019-W52", tag("It fell last week.", NEW_YEAR));
        assertEquals("this week=2020-W01; next week=2020-W02", tag("this week and next week", NEW_YEAR));
        assertEquals("last month=2019-12; last year=2019", tag("last month and last year", NEW_YEAR));
        assertEquals("the weekend=2020-W01-WE", tag("over the weekend", NEW_YEAR));
        assertEquals("This past week=2019-W52", tag("This past week marked the opening.", NEW_YEAR));
        // a past clause on a Wednesday means the weekend just gone (ISO weeks end on Sunday)
        assertEquals("the weekend=2020-W02-WE", tag("The strike began at the weekend.", "2020-01-15"));
    }

    @Test
    void weeksThatCrossMonthsAndLeapYears() {
        // Monday 2 March 2020: the week before starts in February of a leap year
        assertEquals("last week=2020-W09; last month=2020-02", tag("last week and last month", "2020-03-02"));
        assertEquals("Saturday=2020-02-29", tag("They met on Saturday.", "2020-03-02"));
        // ISO week 53 of 2020 runs into 2021
        assertEquals("last week=2020-W53", tag("Sales dipped last week.", "2021-01-06"));
    }

    @Test
    void quartersAndSeasons() {
        assertEquals("the fourth quarter=2006-Q4", tag("Profits fell in the fourth quarter.", "2007-03-13"));
        assertEquals("the third quarter of this year=2009-Q3", tag("in the third quarter of this year", "2009-10-16"));
        assertEquals("Q1 2010=2010-Q1", tag("results for Q1 2010", null));
        assertEquals("last summer=2019-SU; spring=2020-SP", tag("Since last summer, it will open in spring.", NEW_YEAR));
    }

    @Test
    void agoAndReferences() {
        assertEquals("two years ago=2018", tag("It began two years ago.", NEW_YEAR));
        assertEquals("Now=PRESENT_REF; recently=PAST_REF; the future=FUTURE_REF",
                tag("Now it recently said the future is bright.", NEW_YEAR));
    }

    @Test
    void holidaysResolveToTheNearestOrTensedOccurrence() {
        assertEquals("New Year=2020-01-01", tag("Trump's furious New Year tirade", NEW_YEAR));
        assertEquals("Christmas=2019-12-25", tag("Shops were busy at Christmas.", NEW_YEAR));
        assertEquals("Easter=2020-04-12", tag("The talks will resume after Easter.", NEW_YEAR));
        assertEquals("Election Day=2020-11-03", tag("Voters will go to the polls on Election Day.", NEW_YEAR));
        assertEquals("Ramadan=2020-04-24", tag("Markets will close during Ramadan.", NEW_YEAR));
        assertEquals("Thanksgiving=2019-11-28", tag("Travel peaked at Thanksgiving.", NEW_YEAR));
        assertEquals("Black Friday=2019-11-29", tag("Sales rose on Black Friday.", NEW_YEAR));
        assertEquals("", tag("Markets crashed on Super Tuesday.", NEW_YEAR));
    }

    @Test
    void greetingsNameNoDate() {
        assertEquals("", tag("Mr Trump ended the tweet with, \u201cHappy New Year!\u201d", NEW_YEAR));
        assertEquals("", tag("the end of the Chinese New Year celebrations", NEW_YEAR));
    }
}
