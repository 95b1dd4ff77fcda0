package org.copydesk.importer.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MetadataAndNamesTest {
    @Test
    void siteNameIsCutFromTheTitle() {
        assertEquals("Storm hits coast", PageMetadata.cleanTitle("Storm hits coast | Daily News", "Daily News"));
        assertEquals("Storm hits coast", PageMetadata.cleanTitle("Daily News - Storm hits coast", "Daily News"));
        assertEquals("Storm hits coast", PageMetadata.cleanTitle("Storm hits coast – The Daily News", null));
        assertEquals("Mayor: budget is safe, council told by auditors",
                PageMetadata.cleanTitle("Mayor: budget is safe, council told by auditors", null));
    }

    @Test
    void datesAreReadFromIsoPrefixes() {
        assertEquals(LocalDate.of(2021, 2, 3), PageMetadata.date("2021-02-03T10:00:00+01:00"));
        assertEquals(LocalDate.of(2021, 2, 3), PageMetadata.date("2021/2/3"));
        assertNull(PageMetadata.date("2021-02-31"));
        assertNull(PageMetadata.date("yesterday"));
    }

    @Test
    void chromeNamesMatchWholePartsOrStems() {
        assertEquals("advert", BoilerplateNames.reasonOfNames("ad-slot top"));
        assertNull(BoilerplateNames.reasonOfNames("header-title headline"));
        assertNull(BoilerplateNames.reasonOfNames("thread-list loading"));
        assertEquals("comments", BoilerplateNames.reasonOfNames("articleComments"));
        assertEquals("social", BoilerplateNames.reasonOfNames("share-bar"));
        assertEquals("cookie", BoilerplateNames.reasonOfNames("cookie-consent"));
        assertEquals("navigation", BoilerplateNames.reasonOfNames("breadcrumbs"));
    }

    @Test
    void namePartsSplitAtSeparatorsAndCamelCaseHumps() {
        assertEquals("navigation", BoilerplateNames.reasonOfNames("mainNav"), "a hump");
        assertEquals("advert", BoilerplateNames.reasonOfNames("top_AD"), "upper case after a separator");
        assertEquals("advert", BoilerplateNames.reasonOfNames("headline x ad"), "the last part");
        assertEquals("related", BoilerplateNames.reasonOfNames("rightRail tools"), "the first listed part wins");
        assertEquals("social", BoilerplateNames.reasonOfNames("TOOLBAR"), "no hump inside capitals");
        assertNull(BoilerplateNames.reasonOfNames("loadAds2 headline"), "a part with a digit is another part");
        assertNull(BoilerplateNames.reasonOfNames("navigators-headline-headers-ad2"));
        assertNull(BoilerplateNames.reasonOfNames(""));
    }

    @Test
    void taxonomyClassesAreIgnoredButAPostsOwnPartsAreNamed() {
        // WordPress lists a post's id, type and categories on its wrapper: none says what the element is
        assertNull(BoilerplateNames.of(div("post-1234 type-post status-publish category-donations has-post-thumbnail")).reason());
        assertEquals("boilerplate", BoilerplateNames.of(div("post-author")).reason());
        assertEquals("social", BoilerplateNames.of(div("post-share")).reason());
    }

    @Test
    void theTaxonomyPatternIsSkippedOnlyWhereItCannotMatch() {
        assertFalse(BoilerplateNames.mayHoldTaxonomy("post-author share-bar"));
        assertFalse(BoilerplateNames.mayHoldTaxonomy("main"));
        assertTrue(BoilerplateNames.mayHoldTaxonomy("o-section--ads"));
        assertTrue(BoilerplateNames.mayHoldTaxonomy("post has-ads"));
        assertTrue(BoilerplateNames.mayHoldTaxonomy("category-news"));
        // names pieced together from the pattern's words, hyphens and other parts: wherever the
        // pattern finds something, the look at hyphens must have let it run
        String[] pieces = {"tag", "tags", "category", "type", "status", "format", "no", "has", "with", "without",
            "post", "ad", "x", "-", "--", " ", "_", "A"};
        Random random = new Random(18);
        int matched = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            if (BoilerplateNames.TAXONOMY.matcher(name).find()) {
                matched++;
                assertTrue(BoilerplateNames.mayHoldTaxonomy(name.toString()), name.toString());
            }
        }
        assertTrue(matched > 1_000, matched + " names matched");
        // a modifier is still cut before the parts are read: "ad-slot--wide" is an ad slot
        assertEquals("advert", BoilerplateNames.of(div("ad-slot--wide")).reason());
        assertEquals("advert", BoilerplateNames.of(div("story ad-slot")).reason());
    }

    private static Element div(String classes) {
        return Jsoup.parseBodyFragment("<div class=\"" + classes + "\">x</div>").body().child(0);
    }

    @Test
    void titlesCompareAcrossTypographicQuotesDashesAndCase() {
        assertEquals(PageMetadata.titleKey("Mayor's plan - the \"green mile\""),
                PageMetadata.titleKey("Mayor’s Plan – the “green mile”"));
    }

    @Test
    void wordingMarksShortChromeOnly() {
        assertEquals("related", BoilerplateWording.reason("Lesen Sie auch: Die Bahn erhöht die Preise"));
        assertEquals("advert", BoilerplateWording.reason("- Anzeige -"));
        assertEquals("boilerplate", BoilerplateWording.reason("Published 12 March 2024, 10:15"));
        assertEquals("boilerplate", BoilerplateWording.reason("By Jane Marlow"));
        assertEquals("comments", BoilerplateWording.reason("12 comments"));
        assertEquals("related", BoilerplateWording.reason("More stories"));
        assertEquals("advert", BoilerplateWording.reason("*Werbung. Dieser Beitrag enthält Werbung für eine Marke."));
        assertEquals("caption", BoilerplateWording.reason("Judy Eddy/WENN.com"));
        assertEquals("boilerplate", BoilerplateWording.reason("Explore further"));
        assertNull(BoilerplateWording.reason("More stories emerged on Tuesday about the minister's visit to the port."));
        assertNull(BoilerplateWording.reason("By the end of the week the river had fallen by a metre."));
        assertNull(BoilerplateWording.reason("The minister said the newsletter sent to parents in May was misleading, and that"
                + " the department would write to every school again before the start of the autumn term."));
    }

    /** Rating prompts, label-only headings, tag lists and source credits, in several languages; prose that starts alike stays. */
    @Test
    void wordingMarksRatingsLabelsTagsAndSources() {
        assertEquals("boilerplate", BoilerplateWording.reason("Was this article helpful?"));
        assertEquals("boilerplate", BoilerplateWording.reason("War der Artikel nützlich? (12 Stimmen)"));
        assertEquals("boilerplate", BoilerplateWording.reason("Über den Autor"));
        assertEquals("boilerplate", BoilerplateWording.reason("Weitere Informationen:"));
        assertEquals("navigation", BoilerplateWording.reason("Tags: harbour, ferries, council"));
        assertEquals("navigation", BoilerplateWording.reason("Themen: Ehrenamt, Jugend"));
        assertEquals("caption", BoilerplateWording.reason("Quelle: dpa"));
        assertEquals("caption", BoilerplateWording.reason("Titelbild: Hafen bei Nacht"));
        assertNull(BoilerplateWording.reason("Was this the right decision? The council will vote on it again in May."));
        assertNull(BoilerplateWording.reason("Tags and labels on the crates showed they had come from the northern port."));
        assertNull(BoilerplateWording.reason("Sources close to the minister said the plan would be dropped before the summer."));
    }

    /**
     * A page's reading time, a bare clock time, a view counter, a category list and prompts to share or
     * rate the article are chrome in any of the common languages; a bare duration (a recipe's) is not.
     */
    @Test
    void wordingMarksReadingTimesClockTimesAndPrompts() {
        assertEquals("boilerplate", BoilerplateWording.reason("5 min read"));
        assertEquals("boilerplate", BoilerplateWording.reason("Lesezeit: 3 Minuten"));
        assertEquals("boilerplate", BoilerplateWording.reason("Tempo di lettura: 3 minuti"));
        assertEquals("boilerplate", BoilerplateWording.reason("11 minut czytania"));
        assertEquals("boilerplate", BoilerplateWording.reason("3:59 PM"));
        assertEquals("boilerplate", BoilerplateWording.reason("Aufrufe: 1.204"));
        assertEquals("boilerplate", BoilerplateWording.reason("Möchten Sie den Artikel teilen?"));
        assertEquals("boilerplate", BoilerplateWording.reason("Hier können Sie den Artikel bewerten"));
        assertEquals("navigation", BoilerplateWording.reason("Category: Press Releases"));
        assertNull(BoilerplateWording.reason("Views differ on whether the harbour should be dredged again this year."));
        assertNull(BoilerplateWording.reason("60 min."));
        assertNull(BoilerplateWording.reason("Bake for 45 minutes."));
    }
}
