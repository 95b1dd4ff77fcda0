package org.copydesk.strip.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.strip.rules.internal.model.FeatureVector;
import org.copydesk.strip.rules.internal.model.ParagraphFeatures;
import org.copydesk.strip.rules.internal.model.ParagraphModel;

/**
 * The learned classifier's turn: the rules decide first where they match, and the model judges
 * every paragraph they left. A paragraph goes only when the model's calibrated probability of
 * boilerplate reaches the desk's threshold (a kept body line is worth far more than a removed
 * appeal) and its words alone make the case ({@link #WORDS_ALONE}), or its words alone are very sure
 * and carry the full model a little ({@link #WORDS_SURE}). The model learnt English news,
 * so articles declared in another language, articles that do not read as news and paragraphs that
 * are not English prose are left to the rules.
 */
final class ModelPass {
    /** The rule id of a removal the model decided. */
    static final String RULE = "model";
    static final String BUNDLED = "bundled";
    static final String NONE = "none";
    static final String RESOURCE = "org/copydesk/strip/rules/model/paragraph-model.gz";
    /** The default of the desk's threshold ({@link StripConfig#modelThreshold()}). */
    static final double DEFAULT_THRESHOLD = 0.93;
    /**
     * The least calibrated probability of boilerplate the paragraph's words alone must give: length,
     * place and form may support a removal but never make one (a short line at the foot of a page is
     * as often a heading, a list item or a table cell as a widget label; the rules judge those). Strip14
     * chose 0.3 on the gate's curve over the held-out scores of all thirteen measured sets (0.5, and 0.35
     * when the full model was at 0.95, before): 0.3 removes more lines to cut there and no article line, and
     * takes nothing more on the dev pages; 0.2 took buying-guide text there (docs/strip.md, "Strip14").
     */
    static final double WORDS_ALONE = 0.3;
    /**
     * And the converse: a paragraph whose words alone are this sure ({@link #WORDS_SURE}) may stand
     * {@link #WORDS_SURE_DOUBT} times as far from certainty as the desk's threshold on the full model (0.86
     * at the default 0.93; nothing more at 1), whose place and form features hold a plug in the middle of
     * the reporting down (a sponsor's credit or a programme promo between two long paragraphs). Strip15 drew
     * this carry's curve over the held-out scores of all fourteen measured sets: words at 0.90 and 2.5 times
     * the doubt remove 6 more lines to cut there and no article line, but on the dev pages two headings of a
     * health article went with two boilerplate lines; at 0.95 one of each. Precision first: it stays.
     */
    static final double WORDS_SURE = 0.97;
    static final double WORDS_SURE_DOUBT = 2;
    /**
     * And the other way round (strip20): a paragraph the full model is this sure of needs its words alone only at
     * {@link #MODEL_SURE_WORDS}, not {@link #WORDS_ALONE}. A teaser's headline and a programme's promo are written in
     * the story's own words ("Last autumn in the Minho: hail took a third of the crop", "Part three of Thin Snow, our
     * winter series ..."), which lean to article text; their shape, place and address say what they are. On the pooled
     * held-out scores of all twenty-six measured sets, every prose paragraph at 0.97 or more held back by the words was
     * one to cut (14 of 14); 0.98 and 0.05 remove 12 more lines to cut there and no article line (docs/strip.md,
     * "Strip20").
     */
    static final double MODEL_SURE = 0.98;
    static final double MODEL_SURE_WORDS = 0.05;
    /**
     * A label the model and its words alone are both this sure of ({@link #SURE_LABEL_WORDS}) need not be
     * English prose: a bare ad marker ("[ad]", "— paid insert —", a dotted or capitalised "advertising
     * feature ends" line) has too few words, too many symbols or no English function word for the prose
     * gate, yet its words say what it is (strip16: four of sets 17 and 18's misses scored 0.998 or more with
     * words alone at 0.99 or more, held out; docs/strip.md).
     */
    static final double SURE_LABEL = 0.99;
    static final double SURE_LABEL_WORDS_ALONE = 0.98;
    /** The most words such a label has. */
    static final int SURE_LABEL_WORDS = 8;
    /** The least share of English function words (the, of, to, you ...) in a paragraph of 4 words or more. */
    static final float MIN_FUNCTION_WORDS = 0.15f;
    /** Shorter paragraphs are labels, which the rules judge by their place among removed paragraphs. */
    static final int MIN_WORDS = 4;
    /**
     * Longer paragraphs are left to the rules: no paragraph of the shipped training sets has more words,
     * so on a longer one (a guidance panel, a how-to step, a feature's opening) the score is a guess.
     */
    static final int MAX_WORDS = 47;
    /** The largest share of punctuation and symbols among the tokens of prose; code and tables have more. */
    static final float MAX_SYMBOLS = 0.3f;
    /**
     * News attributes throughout: at least one paragraph in this many does. A long tutorial, wiki or
     * shop page that quotes someone once does not read as news.
     */
    static final int PARAGRAPHS_PER_ATTRIBUTION = 20;
    /** The metadata key of the site's name, where the importer gives it (the html importer's og:site_name). */
    static final String SITE = "site";
    /** Attributed reporting: what news has and documentation, shops, forums and most blogs lack. */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(said|says|told|[Aa]ccording to)\\b");

    /** The model's verdict on one paragraph it would remove. */
    record Verdict(String reason, double confidence) {
    }

    private ModelPass() {
    }

    /** For each paragraph no rule removed, the model's verdict if it reaches {@code threshold}, else null. */
    static Verdict[] decide(Article article, Evidence[] rules, ParagraphModel model, double threshold) {
        return decide(article, rules, model, threshold, Pieces.PARALLEL_FROM);
    }

    /** As {@link #decide(Article, Evidence[], ParagraphModel, double)}, on all cores from {@code parallelFrom} paragraphs. */
    static Verdict[] decide(Article article, Evidence[] rules, ParagraphModel model, double threshold, int parallelFrom) {
        List<String> body = article.body();
        Verdict[] out = new Verdict[body.size()];
        if (model == null || !english(article.language()) || !readsAsNews(body)) {
            return out;
        }
        boolean parallel = body.size() >= parallelFrom;
        ParagraphFeatures.Reader features = ParagraphFeatures.reader(body, article.metadata().get(SITE), parallel);
        Pieces.each(out.length, parallelFrom, i -> {
            // a paragraph the gates keep whatever its score is not scored (most of a news body)
            if (rules[i] != null) {
                return;
            }
            FeatureVector form = features.form(i);
            if (!prose(form) && !label(form)) {
                return;
            }
            FeatureVector f = features.apply(i);
            double p = model.probability(f);
            if (p >= lowest(threshold) && removes(f, p, model.wordsProbability(f), threshold)) {
                out[i] = new Verdict(model.reason(f), p);
            }
        });
        return out;
    }

    /**
     * Whether the model removes a paragraph: its probability reaches the threshold and its words alone
     * make the case (or its words alone are very sure: {@link #WORDS_SURE}; or the model is: {@link #MODEL_SURE}),
     * and it is a sentence of English prose in the publication's own voice: not a label of three words or fewer (the
     * rules judge labels, by their place), not longer than what the model learnt from, not someone's
     * quoted or reported words, not code or a table, not foreign text.
     */
    static boolean removes(FeatureVector paragraph, double probability, double wordsProbability, double threshold) {
        return removes(paragraph, probability, wordsProbability, threshold, WORDS_ALONE, WORDS_SURE, WORDS_SURE_DOUBT);
    }

    /**
     * As {@link #removes(FeatureVector, double, double, double)} with other floors for the words alone and
     * another carry for sure words, to draw the gate's curve ({@code LeaveOneSetOutTest}).
     */
    static boolean removes(FeatureVector paragraph, double probability, double wordsProbability, double threshold, double wordsAlone,
            double wordsSure, double doubt) {
        boolean sure = probability >= threshold && wordsProbability >= wordsAlone
                || probability >= lowest(threshold, doubt) && wordsProbability >= wordsSure
                || probability >= Math.max(threshold, MODEL_SURE) && wordsProbability >= MODEL_SURE_WORDS;
        boolean sureLabel = probability >= Math.max(threshold, SURE_LABEL) && wordsProbability >= SURE_LABEL_WORDS_ALONE;
        return sure && prose(paragraph) || sureLabel && label(paragraph);
    }

    /**
     * Whether the paragraph is short enough to be a label and is not a title (a heading or a name: "Idle
     * Hour", a pub's name over a live blog's entry on the dev pages, 0.995), nobody's quoted words and not
     * a list's item.
     */
    private static boolean label(FeatureVector paragraph) {
        return paragraph.words() >= 1 && paragraph.words() <= SURE_LABEL_WORDS && !paragraph.title() && !paragraph.speech()
                && !paragraph.listItem();
    }

    /** The least probability at which the model may remove a paragraph, at the desk's threshold: see {@link #WORDS_SURE}. */
    static double lowest(double threshold) {
        return lowest(threshold, WORDS_SURE_DOUBT);
    }

    private static double lowest(double threshold, double doubt) {
        return 1 - doubt * (1 - threshold);
    }

    /** Whether the paragraph is a sentence of English prose in the publication's own voice (see {@link #removes}). */
    private static boolean prose(FeatureVector paragraph) {
        boolean english = paragraph.english() < 0 || paragraph.english() >= MIN_FUNCTION_WORDS;
        return english && paragraph.words() >= MIN_WORDS && paragraph.words() <= MAX_WORDS
                && paragraph.symbols() <= MAX_SYMBOLS && !paragraph.speech() && !paragraph.listItem();
    }

    /**
     * Whether the body reads as news: it attributes what it reports, at least once in every
     * {@link #PARAGRAPHS_PER_ATTRIBUTION} paragraphs. The model learnt news,
     * and on other pages (documentation, company and personal blogs, campaign sites) the calls to action
     * in the text are the page's content; those pages are left to the rules.
     */
    static boolean readsAsNews(List<String> body) {
        int needed = Math.max(1, (body.size() + PARAGRAPHS_PER_ATTRIBUTION - 1) / PARAGRAPHS_PER_ATTRIBUTION);
        int found = 0;
        for (String p : body) {
            if (ATTRIBUTION.matcher(p).find() && ++found >= needed) {
                return true;
            }
        }
        return false;
    }

    private static boolean english(String language) {
        return language == null || language.isBlank() || language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    /**
     * {@code removed} (made from {@code before} with {@code cuts}) with the model's confidence on the
     * removals it decided. The new removals are those {@code before} did not have; they stand in the
     * order of the cuts' paragraphs.
     */
    static Article withConfidences(Article before, Article removed, List<Article.Cut> cuts, Verdict[] verdicts) {
        if (cuts.stream().noneMatch(c -> RULE.equals(c.rule()))) {
            return removed;
        }
        Set<Integer> old = new HashSet<>();
        before.removed().forEach(r -> old.add(r.position()));
        List<Article.Cut> ordered = cuts.stream().sorted((a, b) -> Integer.compare(a.paragraph(), b.paragraph())).toList();
        List<Removal> out = new ArrayList<>();
        int k = 0;
        for (Removal r : removed.removed()) {
            if (!old.contains(r.position())) {
                Article.Cut c = ordered.get(k++);
                out.add(RULE.equals(c.rule()) ? r.withConfidence(verdicts[c.paragraph()].confidence()) : r);
            } else {
                out.add(r);
            }
        }
        return removed.toBuilder().removed(out).build();
    }
}
