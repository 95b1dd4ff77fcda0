package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Field;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.text.Sentence;
import org.copydesk.text.SentenceSplitter;
import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;

/**
 * An article as tokenised sentences (headline, standfirst, then the body paragraphs), with the
 * document-wide facts about words that taggers use: which words occur in lower case, and which
 * occur capitalised away from the start of a sentence (both from ordinarily cased sentences). A long
 * article is cut and its sentences' casing judged on all cores ({@link Pieces}), in order.
 */
public final class Document {
    private static final byte ORDINARY = 0, SHOUTED = 1, TITLED = 2;
    private final List<TextUnit> units;
    /** How each sentence is cased, judged once for the facts below and for {@link Truecase#of}. */
    private final byte[] casing;
    private final Set<String> lowerWords = new HashSet<>();
    private final Set<String> midCapitalised = new HashSet<>();

    public Document(List<TextUnit> units) {
        this(units, Pieces.PARALLEL_FROM);
    }

    private Document(List<TextUnit> units, int parallelFrom) {
        this.units = List.copyOf(units);
        this.casing = new byte[this.units.size()];
        Pieces.each(casing.length, parallelFrom, u -> casing[u] = casing(this.units.get(u)));
        for (int n = 0; n < casing.length; n++) {
            TextUnit u = this.units.get(n);
            if (casing[n] != ORDINARY) {
                continue; // their capitals say nothing about the words
            }
            for (int i = 0; i < u.size(); i++) {
                Token t = u.token(i);
                if (!t.isWord()) {
                    continue;
                }
                if (Character.isLowerCase(t.text().charAt(0))) {
                    lowerWords.add(t.text());
                } else if (i > 0 && t.isCapitalised() && !afterOpener(u, i)) {
                    midCapitalised.add(t.text());
                }
            }
        }
    }

    private static byte casing(TextUnit u) {
        return Truecase.isShouted(u.tokens()) ? SHOUTED : Truecase.isTitled(u) ? TITLED : ORDINARY;
    }

    /** Headline, standfirst and every body paragraph, each split into sentences. */
    public static Document of(Article a) {
        return of(a, Pieces.PARALLEL_FROM);
    }

    /** As {@link #of(Article)}, on all cores from {@code parallelFrom} paragraphs (or sentences). */
    static Document of(Article a, int parallelFrom) {
        List<TextUnit> units = new ArrayList<>();
        add(units, Field.HEADLINE, 0, a.headline());
        add(units, Field.STANDFIRST, 0, a.standfirst());
        List<String> body = a.body();
        List<List<TextUnit>> paragraphs = Pieces.map(body.size(), parallelFrom,
                p -> add(new ArrayList<>(), Field.BODY, p, body.get(p)));
        paragraphs.forEach(units::addAll);
        return new Document(units, parallelFrom);
    }

    private static List<TextUnit> add(List<TextUnit> units, Field field, int paragraph, String text) {
        if (text == null || text.isBlank()) {
            return units;
        }
        boolean first = true;
        for (Sentence s : SentenceSplitter.split(text)) {
            List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
            if (!tokens.isEmpty()) {
                units.add(new TextUnit(field, paragraph, text, tokens, first));
                first = false;
            }
        }
        return units;
    }

    /** A word right after an opening quote or bracket starts a quoted sentence as much as the first word. */
    private static boolean afterOpener(TextUnit u, int i) {
        String prev = u.token(i - 1).text();
        return prev.equals("\"") || prev.equals("\u201C") || prev.equals("\u2018") || prev.equals("(")
                || prev.equals(":") || prev.equals("'");
    }

    public List<TextUnit> units() {
        return units;
    }

    public TextUnit unit(int i) {
        return units.get(i);
    }

    /** The word's lower-case form occurs in lower case somewhere in the document. */
    public boolean seenLower(String word) {
        return lowerWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** As {@link #seenLower}, for a word its caller has lower-cased already ({@code Locale.ROOT}). */
    public boolean seenLowerCase(String lowerCaseWord) {
        return lowerWords.contains(lowerCaseWord);
    }

    /** The word occurs capitalised somewhere other than a sentence start. */
    public boolean seenCapitalisedMidSentence(String word) {
        return midCapitalised.contains(word);
    }

    /** Most of sentence {@code u}'s words are in capitals ({@link Truecase}). */
    boolean shouted(int u) {
        return casing[u] == SHOUTED;
    }

    /** Sentence {@code u} is a title-cased headline or standfirst ({@link Truecase}). */
    boolean titled(int u) {
        return casing[u] == TITLED;
    }

    /** Whether token {@code i} of {@code unit} opens its sentence (or a quotation inside it). */
    public boolean sentenceInitial(int unit, int i) {
        return i == 0 || afterOpener(units.get(unit), i);
    }
}
