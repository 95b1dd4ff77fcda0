package org.copydesk.time.tagger.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.copydesk.api.model.TimexType;
import org.copydesk.text.Sentence;
import org.copydesk.text.SentenceSplitter;
import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;
import org.copydesk.time.tagger.internal.Anchor.Dir;

/** One text being scanned: its tokens, their sentences, the anchor and the last day it named. */
final class Scan {
    /** A recognised expression over tokens {@code [from, to)}; {@code day} when it names one calendar day. */
    record Hit(int from, int to, TimexType type, String value, LocalDate day) {
        Hit(int from, int to, TimexType type, String value) {
            this(from, to, type, value, null);
        }
    }

    final String text;
    final List<Token> tokens;
    final String[] low;
    final int n;
    final Anchor anchor;
    private final int[] sentStart;
    private final int[] sentEnd;
    /** The last single day named in the current sentence and in the text, for clock times and parts of day. */
    LocalDate sentenceDay;
    LocalDate textDay;

    Scan(String text, Anchor anchor) {
        this.text = text;
        this.anchor = anchor;
        tokens = Tokenizer.tokenize(text);
        n = tokens.size();
        low = new String[n];
        for (int i = 0; i < n; i++) {
            low[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        sentStart = new int[n];
        sentEnd = new int[n];
        List<Sentence> sentences = SentenceSplitter.split(text);
        int t = 0;
        for (Sentence s : sentences) {
            int first = t;
            while (t < n && tokens.get(t).start() < s.end()) {
                t++;
            }
            for (int k = first; k < t; k++) {
                sentStart[k] = first;
                sentEnd[k] = t;
            }
        }
        for (; t < n; t++) {
            sentStart[t] = t;
            sentEnd[t] = n;
        }
    }

    boolean sameSentence(int a, int b) {
        return a < n && b < n && sentStart[a] == sentStart[b];
    }

    /** The tense direction of the expression over tokens {@code [from, to)}. */
    Dir dir(int from, int to) {
        int k = Math.min(from, n - 1);
        return Tense.of(low, sentStart[k], sentEnd[k], from, to);
    }

    String low(int i) {
        return i >= 0 && i < n ? low[i] : "";
    }

    boolean is(int i, String word) {
        return low(i).equals(word);
    }

    boolean capitalised(int i) {
        return i >= 0 && i < n && tokens.get(i).isCapitalised();
    }

    /** Token {@code i + 1} follows token {@code i} with no space between. */
    boolean glued(int i) {
        return i + 1 < n && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    Token.Kind kind(int i) {
        return i >= 0 && i < n ? tokens.get(i).kind() : null;
    }

    /** Skips an optional comma at {@code i}. */
    int comma(int i) {
        return is(i, ",") ? i + 1 : i;
    }
}
