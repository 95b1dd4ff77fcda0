package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/**
 * An article of the seed's shape, in our own words: four appeal paragraphs, the reporting (with
 * the trap words support, subscribers and comments in their news sense), then subscription and
 * comment widgets.
 */
class SeedShapeTest {
    static final List<String> BODY = List.of(
            "Your support keeps our reporters in the field",
            "The race is close in every swing state. To cover it properly we need correspondents in the towns the candidates are visiting, and your support lets us keep them there.",
            "Millions of readers come to us each month. We have chosen not to put our journalism behind a paywall, but reporting like this is not free to produce.",
            "Please help us keep telling these stories. Every contribution, however small, makes a difference.",
            "Port workers walked out on Monday after talks over pay broke down, halting traffic at the country's largest container terminal.",
            "The union said its members had drawn wide support from dock workers in neighbouring countries, several of whom staged sympathy stoppages.",
            "Shipping companies warned that subscribers to their premium tracking services would see delays of up to a week.",
            "The transport minister declined to comment on the dispute, but officials said contingency plans were in place.",
            "His comments on Tuesday drew an angry response from union leaders, who accused the government of preparing to bring in troops.",
            "Talks are expected to resume on Thursday under an independent mediator.",
            "Subscribe to Daily Ledger Plus to save this article",
            "Want to keep the stories you love for later? Start your Daily Ledger Plus membership today.",
            "Join our readers' discussion",
            "Join lively conversations, follow other Daily Ledger readers and see their replies",
            "Comments");

    @Test
    void removesTheBoilerplateAndKeepsTheReporting() {
        Article out = TestConfig.stripper(TestConfig.defaults()).process(Articles.of(BODY), ProcessContext.defaults());
        assertEquals(BODY.subList(4, 10), out.body());
        List<String> reasons = out.removed().stream().map(Removal::reason).toList();
        assertEquals(List.of("appeal", "appeal", "appeal", "appeal", "subscription", "subscription",
                "comments", "comments", "comments"), reasons);
        assertEquals(BODY, out.originalBody());
        for (Removal r : out.removed()) {
            assertEquals(TestConfig.BUNDLE, r.by());
            assertEquals(BODY.get(r.position()), r.text());
        }
    }
}
