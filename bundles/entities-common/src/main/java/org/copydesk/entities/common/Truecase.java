package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.copydesk.text.Token;

/**
 * Shouted sentences ("SOCCER - JAPAN GET LUCKY WIN", "LONDON 1996-08-30") carry no capitalisation
 * evidence; taggers see them with common words in lower case and other words capitalised
 * ("soccer - Japan get lucky win"). Offsets are kept, only the token text changes.
 */
public final class Truecase {
    private Truecase() {
    }

    /** The tokens as they are, or recased when most of their words are in capitals. */
    public static List<Token> of(List<Token> tokens) {
        int words = 0;
        int shouted = 0;
        int longest = 0;
        for (Token t : tokens) {
            if (t.isWord() && t.text().length() > 1 && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
                    shouted++;
                    longest = Math.max(longest, t.text().length());
                }
            }
        }
        if (words == 0 || shouted * 10 < words * 7 || longest < 5) {
            return tokens; // a lone acronym ("NATO") or mixed case is ordinary text
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String w = t.text();
            if (t.isWord() && w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1) {
                String lower = w.toLowerCase(Locale.ROOT);
                w = CommonWords.contains(lower) ? lower : w.charAt(0) + lower.substring(1);
            }
            out.add(w.equals(t.text()) ? t : new Token(w, t.start(), t.end(), t.kind()));
        }
        return out;
    }
}
