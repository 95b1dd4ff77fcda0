package org.copydesk.strip.rules.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
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
            1, List.of(Pattern.compile(".*")), LABEL_MAX_WORDS, Collections.singletonList(null));
    private static final int WHOLE_PARAGRAPH_WORDS = 40;
    private static final double AGREEMENT_BONUS = 0.5;
    private static final double MAX_BONUS = 1.0;

    private ParagraphScorer() {
    }

    /** Scores with the rules the set's index picks for this paragraph. */
    static Evidence score(String paragraph, RuleSet set) {
        String text = normalise(paragraph);
        return score(text, set.rules(), set.index().candidates(text.toLowerCase(Locale.ROOT)), set.index());
    }

    /** Scores a normalised paragraph trying every pattern of every rule given. */
    static Evidence score(String text, List<Rule> rules) {
        return score(text, rules, null, null);
    }

    /** Scores trying only the patterns set in {@code slots} (all when null). */
    private static Evidence score(String text, List<Rule> rules, BitSet slots, LiteralIndex index) {
        if (text.isEmpty()) {
            return Evidence.NONE;
        }
        int words = words(text);
        // line, sentences and reporting cues are worked out only once some rule needs them
        String line = null;
        List<String> sentences = null;
        Boolean reporting = null;
        Rule best = null;
        double bestScore = 0;
        int agreeing = 0;
        for (int ri = 0; ri < rules.size(); ri++) {
            Rule r = rules.get(ri);
            if (r.maxWords() > 0 && words > r.maxWords()) {
                continue;
            }
            boolean hit = false;
            for (int k = 0; k < r.patterns().size() && !hit; k++) {
                if (slots != null && !slots.get(index.slot(ri, k))) {
                    continue;
                }
                Pattern pattern = r.patterns().get(k);
                if (r.scope() == Rule.Scope.LINE) {
                    line = line == null ? LINE_TRIM.matcher(text).replaceAll("") : line;
                    hit = pattern.matcher(line).matches();
                } else {
                    sentences = sentences == null ? sentences(text, words) : sentences;
                    for (int i = 0; i < sentences.size() && !hit; i++) {
                        hit = pattern.matcher(sentences.get(i)).find();
                    }
                }
            }
            if (!hit) {
                continue;
            }
            reporting = reporting == null ? REPORTING.matcher(text).find() : reporting;
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

    /** Words of a normalised paragraph: one more than its spaces (a plain loop: this runs on every paragraph). */
    static int words(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return 1 + spaces;
    }

    /** The sentences of a normalised paragraph, and the whole of a short one with several. */
    private static List<String> sentences(String text, int words) {
        List<String> out = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(text)) {
            out.add(s.of(text));
        }
        if (out.size() > 1 && words <= WHOLE_PARAGRAPH_WORDS) {
            // a short paragraph is also tried whole: abbreviations ("L.A.") can split a prompt in two
            out.add(text);
        }
        return out;
    }

    /**
     * Straight apostrophes and single spaces, so packs need not spell every typographic variant: each
     * run of white space (a no-break space too) becomes one space. One pass, as it runs on every paragraph.
     */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0') {
                if (!inSpace) {
                    b.append(' ');
                }
                inSpace = true;
            } else {
                b.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
                inSpace = false;
            }
        }
        return b.toString().trim();
    }
}
