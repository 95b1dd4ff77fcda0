package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.copydesk.api.model.Field;
import org.copydesk.text.Token;

/**
 * Sentences whose capitals say nothing about names: shouted ("SOCCER - JAPAN GET LUCKY WIN",
 * "LONDON 1996-08-30") and title-cased ("Leader Attacks Trump On Twitter"). Taggers see a shouted
 * sentence with common words in lower case and other words capitalised, and a title-cased one with
 * the words the document writes in lower case elsewhere in lower case. Offsets are kept, only the
 * token text changes.
 */
public final class Truecase {
    private Truecase() {
    }

    /** Most words in capitals, at least one of them long enough not to be a lone acronym ("NATO"). */
    static boolean isShouted(List<Token> tokens) {
        int words = 0;
        int shouted = 0;
        int longest = 0;
        for (Token t : tokens) {
            if (isWord(t)) {
                words++;
                if (t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                    shouted++;
                    longest = Math.max(longest, t.text().length());
                }
            }
        }
        return words > 0 && shouted * 10 >= words * 7 && longest >= 5;
    }

    /**
     * A headline or standfirst with at least three longer words after the first, nearly all of them
     * capitalised (in body text such a sentence is a list of names, not a title).
     */
    static boolean isTitled(TextUnit unit) {
        if (unit.field() == Field.BODY) {
            return false;
        }
        List<Token> tokens = unit.tokens();
        int words = 0;
        int capitalised = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isWord(t) && t.text().length() >= 4) {
                words++;
                if (t.isCapitalised()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 8;
    }

    private static boolean isWord(Token t) {
        return t.isWord() && t.text().length() > 1 && Character.isLetter(t.text().charAt(0));
    }

    /** The tokens of sentence {@code u} as a tagger should read them. */
    public static List<Token> of(Document doc, int u) {
        List<Token> tokens = doc.unit(u).tokens();
        boolean shouted = doc.shouted(u);
        if (!shouted && !doc.titled(u)) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (shouted && isShoutedWord(t)) {
                w = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            } else if (!shouted && i > 0 && t.isCapitalised() && doc.seenLower(w) && CommonWords.contains(w)
                    && !doc.seenCapitalisedMidSentence(w)) {
                w = w.toLowerCase(Locale.ROOT);
            }
            out.add(w.equals(t.text()) ? t : new Token(w, t.start(), t.end(), t.kind()));
        }
        return shouted ? lowerOrdinaryWords(doc, tokens, out) : out;
    }

    private static boolean isShoutedWord(Token t) {
        String w = t.text();
        return t.isWord() && w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /**
     * In a shouted sentence, capitalised for now, a word goes to lower case when it is a common word
     * ("BEAT") or one the article writes in lower case and never capitalised mid-sentence
     * ("RUPIAH STEADY" over a story about the rupiah); not when it is part of a country, region or
     * place of two words or more that the lists know, or is a listed country, so "NEW ZEALAND",
     * "IVORY COAST" and "TURKEY" stay names.
     */
    private static List<Token> lowerOrdinaryWords(Document doc, List<Token> shouted, List<Token> cased) {
        boolean[] named = new boolean[cased.size()];
        int[] m = NameLists.get().matches(cased);
        for (int k = 0; k < m.length; k += 3) {
            int bits = m[k + 2];
            if ((bits & NameLists.COUNTRY) != 0 || m[k + 1] - m[k] > 1 && (bits & NameLists.PLACES) != 0) {
                Arrays.fill(named, m[k], m[k + 1], true);
            }
        }
        for (int i = 0; i < cased.size(); i++) {
            Token t = cased.get(i);
            if (named[i] || !isShoutedWord(shouted.get(i))) {
                continue;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (CommonWords.containsLowerCase(lower) || doc.seenLowerCase(lower) && !doc.seenCapitalisedMidSentence(t.text())) {
                cased.set(i, new Token(lower, t.start(), t.end(), t.kind()));
            }
        }
        return cased;
    }
}
