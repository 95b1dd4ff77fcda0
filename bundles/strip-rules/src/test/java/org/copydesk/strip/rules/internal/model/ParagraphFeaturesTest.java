package org.copydesk.strip.rules.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a line does (feature sets paragraph-5, -6, -8 and -11): each flag on a line of our own, and off on a news line with the same words. */
class ParagraphFeaturesTest {
    private static final String NEWS_BEFORE = "Flood water reached the Mavuso family's kitchen in Harrowgate on Tuesday night, "
            + "and the council's engineers said the culvert under the bypass had been blocked since the spring storms.";
    private static final String NEWS_AFTER = "Councillor Dineo Mavuso said Harrowgate residents had warned the engineers twice "
            + "about the culvert, and that the council would now pay for a survey of every drain on the bypass.";

    private static boolean has(String paragraph, String flag) {
        return has(ParagraphFeatures.of(List.of(paragraph))[0], flag);
    }

    private static boolean has(FeatureVector v, String flag) {
        int slot = ParagraphFeatures.flagSlot(flag);
        for (int k = 0; k < v.size(); k++) {
            if (v.slot(k) == slot) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aQuestionToTheReaderThatIsNobodysQuote() {
        assertTrue(has("Want the week's planning news in one read? Leave your address in the box below.", "questionLead"));
        assertFalse(has("\"Want a seat? Leave your address in the box,\" the clerk told visitors.", "questionLead"), "a quote");
        assertFalse(has("Want proof? You could see the smoke from the ring road, a neighbour said.", "questionLead"), "reported speech");
        assertFalse(has("Who pays for the new culvert?", "questionLead"), "a question and nothing after it is a subhead");
    }

    @Test
    void aLineThatNamesThePublicationOrItsProducts() {
        assertTrue(has("Our professional tier adds the weekly rate tables and an analysts' call.", "ourProduct"));
        assertTrue(has("Readers of this newspaper can now get the crossword a day early.", "ourProduct"));
        assertFalse(has("Our town's council meets again on Thursday to set the rates.", "ourProduct"));
        assertFalse(has("\"Our newsletter goes to every member,\" the union's secretary said.", "ourProduct"), "a quote");
        assertTrue(has("Our professional tier is free to try for 14 days: start today.", "ourProductReader"));
        assertTrue(has("Start a trial for 14 days and cancel when you like.", "countReader"));
        assertFalse(has("The trial ran for 14 days in three wards.", "countReader"));
    }

    @Test
    void aMastheadNounWithACallOrAPriceSpeaksForThePublication() {
        assertTrue(has("Get the Courier on your phone each morning before the ferry leaves.", "ourProductReader"));
        assertTrue(has("A year of the Quarterly in print costs £38, posted anywhere in the islands.", "ourProductReader"));
        assertFalse(has("Get the Courier on your phone each morning before the ferry leaves.", "ourProduct"),
                "a masthead alone is no product: only with a call or a price");
        assertFalse(has("The Herald reported in March that the ferry contract would lapse.", "ourProductReader"), "no call, no price");
        assertFalse(has("Take your parcel to the Post Office on Harbour Road before noon.", "ourProductReader"), "another name");
        assertFalse(has("Read the Journal of Coastal Ecology's paper on the dunes if you want the detail.", "ourProductReader"),
                "a journal's full title");
        assertFalse(has("\"Buy the Weekly, it costs £2,\" the vendor shouted.", "ourProductReader"), "a quote");
        assertFalse(has("You can read three times as many pages on the new reader.", "ourProductReader"), "not capitalised");
    }

    @Test
    void aLabelThenAnotherStorysHeadlineHasATeasersShape() {
        assertTrue(has("◂ Two weeks ago: the harbour crane that nobody would insure", "teaser"), "a pointing mark and a label");
        assertTrue(has("Elsewhere on this coast, this month: why the ferry stopped at Kilbride", "teaser"), "a label of six words");
        assertTrue(has("From the same beat ▸ a lighthouse keeper's last winter", "teaser"), "a pointing mark mid-line");
        assertFalse(has("Update: the council confirmed the ferry will run again on Friday.", "teaser"), "a sentence, not a headline");
        // strip19: a headline with a full stop after a label that is a phrase, not a clause
        assertTrue(has("Earlier from the valley: the orchard that lost its bees.", "teaser"), "a label and a headline with a stop");
        assertFalse(has("Earlier, the mayor said: the ferry stays on its winter timetable.", "teaser"), "a clause before the colon");
        assertFalse(has("Before this: I worked at the mill for ten years.", "teaser"), "an answer after a label");
        assertFalse(has("Costs: the council spent more than it raised. Rates rose.", "teaser"), "two sentences");
        assertFalse(has("The council's engineers gave three reasons for the closure: the culvert, the bridge and the budget",
                "teaser"), "the colon after a long lead");
        assertFalse(has("Next week: \"the ferry will run again\", the operator says", "teaser"), "a quote");
    }

    @Test
    void aLineThatPointsTheReaderAtAProgrammeOrAnEdition() {
        assertTrue(has("Catch the whole interview on this week's Harbour Hour, from six on Thursday.", "pointer"), "this week's title");
        assertTrue(has("The skipper tells the story of the rescue each weekday morning on our breakfast show.", "pointerProduct"),
                "a schedule and the outlet's programme");
        assertTrue(has("The second part of the inquiry runs in Saturday's paper.", "pointer"), "an edition by its day");
        assertTrue(has("Hit play above for the full set from the quay.", "pointer"), "a cue to play");
        assertFalse(has("\"Tune in every Friday and you will hear the difference,\" the presenter said.", "pointer"), "a quote");
        assertFalse(has("The market runs on the square every Saturday morning, the council said.", "pointer"), "reported");
        assertFalse(has("The ferry company's new timetable starts in the spring.", "pointer"));
    }

    @Test
    void theSiteNameCountsAsThePublicationNamingItself() {
        List<String> body = List.of("Start the day with the Ledger Line's morning email of prices and port news.");
        assertFalse(has(ParagraphFeatures.reader(body, null, false).apply(0), "ourProduct"));
        assertTrue(has(ParagraphFeatures.reader(body, "The Ledger Line", false).apply(0), "ourProduct"));
        assertFalse(has(ParagraphFeatures.reader(body, "Harbour Times", false).apply(0), "ourProduct"), "another site");
        assertArrayEquals(new String[] {"ledger", "line"}, ParagraphFeatures.siteWords("The Ledger Line"));
        assertFalse(has(ParagraphFeatures.reader(List.of("Prices have risen three times this year, and the harbour board "
                + "expects a fourth rise."), "The Times", false).apply(0), "ourProduct"), "the name's words, not the name");
        assertArrayEquals(new String[0], ParagraphFeatures.siteWords("The One"), "common words would match any story");
        assertArrayEquals(new String[0], ParagraphFeatures.siteWords(" "));
    }

    @Test
    void aLineThatSharesNoCapitalisedWordWithTheStoryAroundIt() {
        FeatureVector[] fs = ParagraphFeatures.of(List.of(NEWS_BEFORE,
                "Every match, every angle: Club TV passes from £4.99.", NEWS_AFTER));
        assertTrue(has(fs[1], "caps.unshared"));
        assertTrue(has(fs[1], "betweenCaps.unshared"));
        fs = ParagraphFeatures.of(List.of(NEWS_BEFORE, "Harrowgate's drains were last surveyed in 2009.", NEWS_AFTER));
        assertTrue(has(fs[1], "caps.shared"));
        assertFalse(has(fs[1], "caps.unshared"));
    }
}
