package org.copydesk.strip.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copydesk.text.Sentence;
import org.copydesk.text.SentenceSplitter;

/** Scores one paragraph against the rules, by its wording alone. */
final class ParagraphScorer {
    /** Reported speech and attribution: the marks of news writing, which boilerplate rarely has. */
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(said|says|told|according to|announced|reportedly|stated)\\b|[\"\u201C\u201D]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Bullets, arrows and separators that page widgets wrap around their labels. */
    private static final Pattern LINE_TRIM = Pattern.compile("^[\\s\\p{Pd}•·|>»›→▶*]+|[\\s\\p{Pd}.…:;!?•·|>»›→▶*]+$");
    /** Sentence-final punctuation (or a colon introducing what follows), possibly inside closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][\"'\u201D\u2019)\\]]*$");
    /** Credit lines are short and unpunctuated too, but belong to the article. */
    private static final Pattern CREDIT = Pattern.compile(
            "\\b(reporting|writing|editing|additional reporting|photographs?|illustrations?) by\\b|\\bcontributed\\b|\\bwith assistance from\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int LABEL_MAX_WORDS = 12;
    /**
     * A short line that is not a sentence reads as a widget label or link; it is weak evidence
     * (removed only inside boilerplate) since a subheading looks the same.
     */
    static final Rule SHORT_LABEL = new Rule("structure:short-label", "navigation", Rule.Scope.LINE,
            1, Pattern.compile(".*"), LABEL_MAX_WORDS, null);
    private static final int WHOLE_PARAGRAPH_WORDS = 40;
    private static final double AGREEMENT_BONUS = 0.5;
    private static final double MAX_BONUS = 1.0;

    private ParagraphScorer() {
    }

    /** Scores with the rules the set's index picks for this paragraph. */
    static Evidence score(String paragraph, RuleSet set) {
        String text = normalise(paragraph);
        return score(text, LiteralIndex.pick(set.rules(), set.index().candidates(text.toLowerCase(Locale.ROOT))));
    }

    /** Scores a normalised paragraph trying every rule given. */
    static Evidence score(String text, List<Rule> rules) {
        if (text.isEmpty()) {
            return Evidence.NONE;
        }
        int words = SPACES.split(text).length;
        String line = LINE_TRIM.matcher(text).replaceAll("");
        List<String> sentences = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(text)) {
            sentences.add(s.of(text));
        }
        if (sentences.size() > 1 && words <= WHOLE_PARAGRAPH_WORDS) {
            // a short paragraph is also tried whole: abbreviations ("L.A.") can split a prompt in two
            sentences.add(text);
        }
        boolean reporting = REPORTING.matcher(text).find();
        Rule best = null;
        double bestScore = 0;
        int agreeing = 0;
        for (Rule r : rules) {
            if (r.maxWords() > 0 && words > r.maxWords()) {
                continue;
            }
            boolean hit = r.scope() == Rule.Scope.LINE
                    ? r.pattern().matcher(line).matches()
                    : sentences.stream().anyMatch(s -> r.pattern().matcher(s).find());
            if (!hit) {
                continue;
            }
            double s = r.weight() - (reporting && r.scope() == Rule.Scope.SENTENCE ? 1 : 0);
            agreeing++;
            if (s > bestScore) {
                bestScore = s;
                best = r;
            }
        }
        if (best == null) {
            return words <= LABEL_MAX_WORDS && !SENTENCE_END.matcher(text).find() && !CREDIT.matcher(text).find()
                    ? new Evidence(SHORT_LABEL.weight(), SHORT_LABEL) : Evidence.NONE;
        }
        return new Evidence(bestScore + Math.min(MAX_BONUS, AGREEMENT_BONUS * (agreeing - 1)), best);
    }

    /** Straight apostrophes and single spaces, so packs need not spell every typographic variant. */
    static String normalise(String s) {
        String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00A0', ' ');
        return SPACES.matcher(t).replaceAll(" ").trim();
    }
}
