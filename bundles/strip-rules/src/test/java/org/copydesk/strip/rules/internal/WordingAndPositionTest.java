package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/** The same words as boilerplate and as news: wording and position must tell them apart. */
class WordingAndPositionTest {
    private static final RuleStripper STRIPPER = TestConfig.stripper(TestConfig.defaults());

    private static List<String> removedReasons(List<String> body) {
        Article out = STRIPPER.process(Articles.of(body), ProcessContext.defaults());
        return out.removed().stream().map(r -> r.position() + ":" + r.reason()).toList();
    }

    private static final String NEWS_1 = "The ceasefire held for a second day on Sunday, officials said.";
    private static final String NEWS_2 = "Aid convoys reached the city for the first time in a month.";

    @Test
    void supportAsAnAppealAndAsNews() {
        assertEquals(List.of("0:appeal"), removedReasons(List.of("Your support makes all the difference.", NEWS_1, NEWS_2)));
        assertEquals(List.of(), removedReasons(List.of("Iraqi militias drew support from Tehran.", NEWS_1, NEWS_2)));
        assertEquals(List.of(), removedReasons(List.of(NEWS_1, "Iraqi militias drew support from Tehran.", NEWS_2)));
    }

    @Test
    void commentsAsAWidgetAndAsNews() {
        assertEquals(List.of("2:comments"), removedReasons(List.of(NEWS_1, NEWS_2, "Comments")));
        assertEquals(List.of(), removedReasons(List.of(NEWS_1, NEWS_2,
                "His comments drew criticism from opposition leaders on Monday.")));
        assertEquals(List.of(), removedReasons(List.of(NEWS_1, NEWS_2,
                "The ministry declined to comment on the report.")));
    }

    @Test
    void weakEvidenceCountsOnlyNextToBoilerplate() {
        String weak = "Your inbox will thank you.";
        assertEquals(List.of(), removedReasons(List.of(NEWS_1, weak, NEWS_2)));
        assertEquals(List.of("1:newsletter", "2:newsletter"),
                removedReasons(List.of(NEWS_1, weak, "Sign up to our free weekly newsletter")));
    }

    @Test
    void aShortLabelGoesOnlyInsideBoilerplate() {
        assertEquals(List.of(), removedReasons(List.of(NEWS_1, "What happens next", NEWS_2)));
        assertEquals(List.of("1:newsletter", "2:newsletter", "3:related"), removedReasons(
                List.of(NEWS_1, "Sign up to our free weekly newsletter", "From our partners", "Read more: A story")));
    }

    @Test
    void teaserHeadlinesUnderARelatedHeaderGoAsRelated() {
        List<String> body = List.of(NEWS_1, NEWS_2, "Related stories", "Markets rally as inflation cools",
                "Storm batters the coast overnight");
        assertEquals(List.of("2:related", "3:related", "4:related"), removedReasons(body));
        assertEquals(List.of(), removedReasons(List.of(NEWS_1, "Markets rally as inflation cools", NEWS_2)));
    }

    @Test
    void aLineIntroducingWhatFollowsIsNoLabel() {
        assertEquals(List.of("1:newsletter"),
                removedReasons(List.of(NEWS_1, "Sign up to our free weekly newsletter", "You can use this code:", NEWS_2)));
    }

    @Test
    void everyRemovalRecordsItsRuleAndBundle() {
        Article out = STRIPPER.process(Articles.of(List.of(NEWS_1, "Share this article")), ProcessContext.defaults());
        Removal r = out.removed().get(0);
        assertEquals(new Removal("Share this article", "social", r.rule(), TestConfig.BUNDLE, 1), r);
        assertEquals("generic:", r.rule().substring(0, 8));
    }
}
