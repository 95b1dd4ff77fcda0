package org.copydesk.entities.tagger.internal;

import java.util.List;
import java.util.Locale;

import org.copydesk.text.Token;

/**
 * A sentence's lower-case forms, shapes and Brown clusters, each made when a featured token first
 * reads it: tagging features only the tokens that may stand in a name and reads at most two
 * tokens either side, so most of a sentence's words need none of them.
 */
final class SentenceWords {
    private final List<Token> toks;
    private final Lexicon lexicon;
    private final String[] lower;
    private final String[] shape;
    private final String[] cluster;
    private final boolean[] clustered;

    SentenceWords(List<Token> toks, Lexicon lexicon) {
        this.toks = toks;
        this.lexicon = lexicon;
        int n = toks.size();
        lower = new String[n];
        shape = new String[n];
        cluster = new String[n];
        clustered = new boolean[n];
    }

    int size() {
        return toks.size();
    }

    String lower(int i) {
        if (lower[i] == null) {
            lower[i] = toks.get(i).text().toLowerCase(Locale.ROOT);
        }
        return lower[i];
    }

    String shape(int i) {
        if (shape[i] == null) {
            shape[i] = Features.shape(toks.get(i).text());
        }
        return shape[i];
    }

    /** The word's cluster, else its lower-case form's, else null. */
    String cluster(int i) {
        if (!clustered[i]) {
            String w = toks.get(i).text();
            cluster[i] = lexicon.cluster(w);
            if (cluster[i] == null && !w.equals(lower(i))) {
                cluster[i] = lexicon.cluster(lower(i));
            }
            clustered[i] = true;
        }
        return cluster[i];
    }
}
