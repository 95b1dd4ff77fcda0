package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.strip.rules.internal.model.FeatureVector;
import org.copydesk.strip.rules.internal.model.ParagraphFeatures;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

/** The model's turn in the stage: what it removes, how it records it, and what it leaves alone. */
class ModelPassTest {
    /** A story with an appeal no rule pack words this way, and a quote that uses the same words. */
    static final List<String> BODY = List.of(
            "The city council has approved a new budget that raises spending on parks and libraries by 8 per cent.",
            "\"Residents told us they want more support for libraries, and we listened,\" the council leader said.",
            "The budget also includes money for 40 new street lights in the city centre.",
            "Opposition councillors said the increase in parking charges would hurt small businesses.",
            "The budget takes effect in April.",
            "Reporters cost money. If this story was worth a coffee to you, chuck a few dollars in our jar and keep us on the council beat.");

    static Article article(List<String> body) {
        return Article.builder().headline("Council budget").body(body).build();
    }

    static StripConfig config(String model, double threshold, String... keep) {
        return TestConfig.config(new String[] {"*"}, keep, "${copydesk.home}/config/strip", model, threshold);
    }

    @Test
    void theModelRemovesWhatTheRulesMissAndRecordsItsConfidence() {
        Article rulesOnly = TestConfig.stripper(TestConfig.rulesOnly()).process(article(BODY), ProcessContext.defaults());
        assertEquals(6, rulesOnly.body().size(), "no pack has this appeal: " + rulesOnly.removed());
        Article out = TestConfig.stripper(TestConfig.defaults()).process(article(BODY), ProcessContext.defaults());
        assertEquals(BODY.subList(0, 5), out.body());
        Removal r = out.removed().get(0);
        assertEquals(ModelPass.RULE, r.rule());
        assertEquals("appeal", r.reason());
        assertEquals(5, r.position());
        assertNotNull(r.confidence());
        assertTrue(r.confidence() >= ModelPass.lowest(TestConfig.THRESHOLD) && r.confidence() <= 1, "confidence " + r.confidence());
        assertEquals(BODY, out.originalBody());
    }

    @Test
    void belowTheDesksThresholdTheParagraphStays() {
        Article out = TestConfig.stripper(config(ModelPass.BUNDLED, 1.0)).process(article(BODY), ProcessContext.defaults());
        assertEquals(BODY, out.body());
    }

    @Test
    void theWordsAloneMayCarryTheFullModelButNeitherGoesBelowItsFloor() {
        FeatureVector prose = ParagraphFeatures.of(List.of("Catch the whole programme tonight on our streaming service, free for everyone."))[0];
        double t = TestConfig.THRESHOLD;
        assertTrue(ModelPass.removes(prose, t, ModelPass.WORDS_ALONE, t), "the threshold and the words' floor");
        assertTrue(!ModelPass.removes(prose, t - 0.001, ModelPass.WORDS_ALONE, t), "below the threshold, words not sure");
        // words alone sure: the full model may stand twice as far from certainty as the threshold
        assertEquals(1 - 2 * (1 - t), ModelPass.lowest(t), 1e-9);
        assertTrue(ModelPass.removes(prose, ModelPass.lowest(t), ModelPass.WORDS_SURE, t));
        assertTrue(!ModelPass.removes(prose, ModelPass.lowest(t) - 0.001, 0.999, t), "below the lowest");
        assertTrue(!ModelPass.removes(prose, ModelPass.lowest(t), ModelPass.WORDS_SURE - 0.001, t), "words not sure enough");
        // the full model sure: its words alone need only a lower floor (strip20), and no less
        assertTrue(ModelPass.removes(prose, ModelPass.MODEL_SURE, ModelPass.MODEL_SURE_WORDS, t), "the model sure");
        assertTrue(!ModelPass.removes(prose, ModelPass.MODEL_SURE - 0.001, ModelPass.WORDS_ALONE - 0.001, t), "the model not sure enough");
        assertTrue(!ModelPass.removes(prose, 0.999, ModelPass.MODEL_SURE_WORDS - 0.001, t), "under the lower floor");
        // a desk's threshold of 1 leaves everything short of certainty, whatever the words say
        assertEquals(1.0, ModelPass.lowest(1.0), 1e-12);
        assertTrue(!ModelPass.removes(prose, 0.999, 0.999, 1.0));
    }

    @Test
    void aReasonTheDeskOrTheRunKeepsStays() {
        Article desk = TestConfig.stripper(config(ModelPass.BUNDLED, TestConfig.THRESHOLD, "appeal")).process(article(BODY), ProcessContext.defaults());
        assertEquals(BODY, desk.body());
        Article run = TestConfig.stripper(TestConfig.defaults()).process(article(BODY), new ProcessContext("default", null, java.util.Set.of("appeal"), java.util.Map.of()));
        assertEquals(BODY, run.body());
    }

    @Test
    void articlesInAnotherLanguageAreLeftToTheRules() {
        Article german = article(BODY).toBuilder().language("de").build();
        assertEquals(BODY, TestConfig.stripper(TestConfig.defaults()).process(german, ProcessContext.defaults()).body());
        Article british = article(BODY).toBuilder().language("en-GB").build();
        assertEquals(5, TestConfig.stripper(TestConfig.defaults()).process(british, ProcessContext.defaults()).body().size());
    }

    @Test
    void aPageThatDoesNotReadAsNewsIsLeftToTheRules() {
        // a how-to post: nothing attributed, so its calls to the reader are its content
        List<String> post = List.of(
                "Cut the board to length and sand the edges smooth.",
                "Fix the brackets to the wall with four screws each.",
                BODY.get(5));
        assertEquals(post, TestConfig.stripper(TestConfig.defaults()).process(article(post), ProcessContext.defaults()).body());
    }

    @Test
    void aLongPageThatQuotesSomeoneOnceDoesNotReadAsNews() {
        // a 40-step guide with one quote: news attributes throughout (one paragraph in 20 at least)
        List<String> guide = new java.util.ArrayList<>();
        for (int k = 1; k <= 39; k++) {
            guide.add("Step " + k + ": tighten the next bolt a quarter turn and check the panel is level.");
        }
        guide.add(BODY.get(3));
        assertTrue(!ModelPass.readsAsNews(guide), "one attribution in 40 paragraphs");
        guide.set(10, BODY.get(1));
        assertTrue(ModelPass.readsAsNews(guide), "two attributions in 40 paragraphs");
        assertTrue(ModelPass.readsAsNews(BODY), "a short story with one attribution reads as news");
    }

    @Test
    void aNumberedItemOfThePagesOwnListStays() {
        // a how-to's numbered step is the page's content, however much it reads like a call to the reader
        List<String> body = new java.util.ArrayList<>(BODY);
        body.set(5, "3. " + BODY.get(5));
        assertEquals(body, TestConfig.stripper(TestConfig.defaults()).process(article(body), ProcessContext.defaults()).body());
    }

    @Test
    void rulesDecideFirstAndKeepTheirIds() {
        List<String> body = new java.util.ArrayList<>(BODY);
        body.add("Comments");
        Article out = TestConfig.stripper(TestConfig.defaults()).process(article(body), ProcessContext.defaults());
        Removal comments = out.removed().get(1);
        assertEquals("Comments", comments.text());
        assertTrue(comments.rule().contains(":"), comments.rule());
        assertNull(comments.confidence());
        assertEquals(ModelPass.RULE, out.removed().get(0).rule());
    }

    @Test
    void theConfidenceGoesOnTheModelsRemovalWhenTheArticleHadRemovalsBefore() {
        // an importer removed a block before the body's second paragraph
        Article in = Article.builder().headline("Council budget").body(List.of("Menu", BODY.get(1), BODY.get(5)))
                .build().remove(List.of(new Article.Cut(0, "navigation", "html.navigation", "org.copydesk.importer.html")));
        Article out = TestConfig.stripper(TestConfig.defaults()).process(in, ProcessContext.defaults());
        assertEquals(List.of(BODY.get(1)), out.body());
        assertEquals("html.navigation", out.removed().get(0).rule());
        assertNull(out.removed().get(0).confidence());
        assertEquals(2, out.removed().get(1).position());
        assertNotNull(out.removed().get(1).confidence());
    }

    @Test
    void aDeskSettingNamingNoModelBundleInTheRuntimeIsReportedAndTheShippedModelUsed() {
        Logger log = mock(Logger.class);
        Article out = TestConfig.stripper(config("org.copydesk.model.strip.gone", TestConfig.THRESHOLD), log)
                .process(article(BODY), ProcessContext.defaults());
        assertEquals(5, out.body().size());
        verify(log).warn(contains("refused model bundle org.copydesk.model.strip.gone: the desk's setting names it, but no strip"
                + " model bundle of that name is in the runtime"));
        Article none = TestConfig.stripper(config(ModelPass.NONE, TestConfig.THRESHOLD)).process(article(BODY), ProcessContext.defaults());
        assertEquals(6, none.body().size());
    }
}
