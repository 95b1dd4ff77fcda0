package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Field;
import org.copydesk.text.Sentence;
import org.copydesk.text.SentenceSplitter;
import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;

/**
 * An article as tokenised sentences (headline, standfirst, then the body paragraphs), with the
 * document-wide facts about words that taggers use: which words occur in lower case, and which
 * occur capitalised away from the start of a sentence (both from ordinarily cased sentences).
 */
public final class Document {
    private final List<TextUnit> units;
    private final Set<String> lowerWords = new HashSet<>();
    private final Set<String> midCapitalised = new HashSet<>();

    public Document(List<TextUnit> units) {
        this.units = List.copyOf(units);
        for (TextUnit u : this.units) {
            if (Truecase.isShouted(u.tokens()) || Truecase.isTitled(u)) {
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

    /** Headline, standfirst and every body paragraph, each split into sentences. */
    public static Document of(Article a) {
        List<TextUnit> units = new ArrayList<>();
        add(units, Field.HEADLINE, 0, a.headline());
        add(units, Field.STANDFIRST, 0, a.standfirst());
        for (int p = 0; p < a.body().size(); p++) {
            add(units, Field.BODY, p, a.body().get(p));
        }
        return new Document(units);
    }

    private static void add(List<TextUnit> units, Field field, int paragraph, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean first = true;
        for (Sentence s : SentenceSplitter.split(text)) {
            List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
            if (!tokens.isEmpty()) {
                units.add(new TextUnit(field, paragraph, text, tokens, first));
                first = false;
            }
        }
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

    /** The word occurs capitalised somewhere other than a sentence start. */
    public boolean seenCapitalisedMidSentence(String word) {
        return midCapitalised.contains(word);
    }

    /** Whether token {@code i} of {@code unit} opens its sentence (or a quotation inside it). */
    public boolean sentenceInitial(int unit, int i) {
        return i == 0 || afterOpener(units.get(unit), i);
    }
}
