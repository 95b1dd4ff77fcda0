package org.copydesk.entities.tagger.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.api.model.Field;
import org.copydesk.entities.common.CommonWords;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.GazetteerCategory;
import org.copydesk.entities.common.TextUnit;
import org.copydesk.entities.common.Truecase;
import org.copydesk.text.Token;

/**
 * The observation features of each token of a sentence, as hashes: the word and its neighbours,
 * shapes, affixes, gazetteer matches, sentence position, and how the word is written elsewhere in
 * the document. Training and tagging both go through here, so they see the same features.
 */
final class Features {
    // feature kinds: part of every hash, so the same string under two kinds gives two features
    private static final int BIAS = 1, WORD = 2, LOWER = 3, SHAPE = 4, PREFIX = 5, SUFFIX = 6, PREV = 7, NEXT = 8,
            PREV2 = 9, NEXT2 = 10, PREV_WORD = 11, WORD_NEXT = 12, PREV_SHAPE = 13, SHAPE_NEXT = 14, INITIAL = 15,
            COMMON = 16, DOC_LOWER = 17, DOC_CAP = 18, GAZ = 19, GAZ_PREV = 20, GAZ_NEXT = 21, DEMONYM = 22,
            HEADLINE = 23, LENGTH = 24, GAZ_SHAPE = 25, NEXT_IS_PAREN = 26, ORG_CUE = 27;
    /** Nouns that follow an organisation's name ("the Hezbollah militia"): a word class sparse training data cannot teach. */
    private static final Set<String> ORG_NOUNS = Set.of("militia", "militias", "group", "party", "company", "firm",
            "bank", "agency", "ministry", "council", "committee", "union", "network", "movement", "rebels",
            "forces", "club", "team", "university", "newspaper", "broadcaster", "organisation", "organization",
            "corporation", "airline", "carrier", "fund", "faction", "coalition", "alliance", "brigade",
            "battalion", "regime", "government", "administration", "spokesman", "spokeswoman", "executives", "shares");

    private Features() {
    }

    /** Feature hashes of every token of sentence {@code u} of the document. */
    static long[][] of(Document doc, int u, Gazetteer gazetteer) {
        TextUnit unit = doc.unit(u);
        List<Token> tokens = Truecase.of(doc, u);
        int n = tokens.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        String[] gaz = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
            shape[i] = shape(tokens.get(i).text());
        }
        for (Gazetteer.Hit h : gazetteer.matches(tokens)) {
            for (int i = h.start(); i < h.end(); i++) {
                gaz[i] = categories(h.categories()) + (i == h.start() ? "B" : "I");
            }
        }
        long[][] out = new long[n][];
        long[] f = new long[48];
        for (int i = 0; i < n; i++) {
            int k = 0;
            String w = tokens.get(i).text();
            String lw = lower[i];
            f[k++] = FeatureHasher.hash(BIAS);
            f[k++] = FeatureHasher.hash(WORD, w);
            f[k++] = FeatureHasher.hash(LOWER, lw);
            f[k++] = FeatureHasher.hash(SHAPE, shape[i]);
            f[k++] = FeatureHasher.hash(LENGTH, Integer.toString(Math.min(w.length(), 8)));
            for (int a = 1; a <= 3 && a < lw.length(); a++) {
                f[k++] = FeatureHasher.hash(PREFIX, lw, 0, a);
            }
            for (int a = 1; a <= 4 && a < lw.length(); a++) {
                f[k++] = FeatureHasher.hash(SUFFIX, lw, lw.length() - a, lw.length());
            }
            String p1 = i > 0 ? lower[i - 1] : "<s>";
            String n1 = i + 1 < n ? lower[i + 1] : "</s>";
            f[k++] = FeatureHasher.hash(PREV, p1);
            f[k++] = FeatureHasher.hash(NEXT, n1);
            f[k++] = FeatureHasher.hash(PREV2, i > 1 ? lower[i - 2] : "<s>");
            f[k++] = FeatureHasher.hash(NEXT2, i + 2 < n ? lower[i + 2] : "</s>");
            f[k++] = FeatureHasher.hash(PREV_WORD, p1, lw);
            f[k++] = FeatureHasher.hash(WORD_NEXT, lw, n1);
            f[k++] = FeatureHasher.hash(PREV_SHAPE, i > 0 ? shape[i - 1] : "<s>", shape[i]);
            f[k++] = FeatureHasher.hash(SHAPE_NEXT, shape[i], i + 1 < n ? shape[i + 1] : "</s>");
            boolean initial = doc.sentenceInitial(u, i);
            boolean capitalised = tokens.get(i).isCapitalised();
            if (initial) {
                f[k++] = FeatureHasher.hash(INITIAL, shape[i]);
            }
            if (capitalised) {
                String pos = initial ? "i" : "m";
                if (CommonWords.contains(w)) {
                    f[k++] = FeatureHasher.hash(COMMON, pos);
                }
                f[k++] = FeatureHasher.hash(DOC_LOWER, pos, doc.seenLower(w) ? "y" : "n");
                if (initial) {
                    f[k++] = FeatureHasher.hash(DOC_CAP, doc.seenCapitalisedMidSentence(w) ? "y" : "n");
                }
                if (isDemonymPlural(tokens, i, gazetteer)) {
                    f[k++] = FeatureHasher.hash(DEMONYM);
                }
            }
            if (gaz[i] != null) {
                f[k++] = FeatureHasher.hash(GAZ, gaz[i]);
                f[k++] = FeatureHasher.hash(GAZ_SHAPE, gaz[i], shape[i]);
            }
            f[k++] = FeatureHasher.hash(GAZ_PREV, i > 0 && gaz[i - 1] != null ? gaz[i - 1] : "-");
            f[k++] = FeatureHasher.hash(GAZ_NEXT, i + 1 < n && gaz[i + 1] != null ? gaz[i + 1] : "-");
            if (unit.field() == Field.HEADLINE) {
                f[k++] = FeatureHasher.hash(HEADLINE, shape[i]);
            }
            if (i + 1 < n && ORG_NOUNS.contains(lower[i + 1])) {
                f[k++] = FeatureHasher.hash(ORG_CUE, shape[i]);
            }
            if (i + 1 < n && tokens.get(i + 1).text().equals("(")) {
                f[k++] = FeatureHasher.hash(NEXT_IS_PAREN);
            }
            out[i] = Arrays.copyOf(f, k);
        }
        return out;
    }

    private static boolean isDemonymPlural(List<Token> tokens, int i, Gazetteer gazetteer) {
        String w = tokens.get(i).text();
        if (w.length() < 4 || !w.endsWith("s")) {
            return false;
        }
        Token singular = new Token(w.substring(0, w.length() - 1), 0, w.length() - 1, Token.Kind.WORD);
        return gazetteer.lookup(List.of(singular), 0, 1).contains(GazetteerCategory.DEMONYM);
    }

    private static String categories(Set<GazetteerCategory> cs) {
        StringBuilder b = new StringBuilder();
        for (GazetteerCategory c : GazetteerCategory.values()) {
            if (cs.contains(c)) {
                b.append(c.ordinal());
            }
        }
        return b.toString();
    }

    /** Character classes with runs collapsed: "McCain" -> "XxXx", "U.S." -> "X.X.", "1990s" -> "dx". */
    static String shape(String w) {
        StringBuilder b = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                b.append(s);
                last = s;
            }
        }
        return b.toString();
    }
}
