package org.copydesk.entities.tagger.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.api.model.Field;
import org.copydesk.entities.common.CommonWords;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.GazetteerCategory;
import org.copydesk.entities.common.NameHeads;
import org.copydesk.entities.common.NameLists;
import org.copydesk.entities.common.TextUnit;
import org.copydesk.entities.common.Titles;
import org.copydesk.entities.common.Truecase;
import org.copydesk.text.Token;

/**
 * The observation features of each token of a document's sentences, as hashes: the word and its
 * neighbours, shapes, affixes, gazetteer and list matches, Brown clusters, sentence position, and
 * what the rest of the document says about a capitalised word (how it is written, what stands
 * around its other occurrences). Training and tagging both go through here, so they see the same
 * features; {@link #VERSION} names this set, and a model trained on another is refused.
 */
final class Features {
    /** Bump on any change to what a feature means or how it is hashed. */
    static final String VERSION = "5";

    // feature kinds: part of every hash, so the same string under two kinds gives two features
    private static final int BIAS = 1, WORD = 2, LOWER = 3, SHAPE = 4, PREFIX = 5, SUFFIX = 6, PREV = 7, NEXT = 8,
            PREV2 = 9, NEXT2 = 10, PREV_WORD = 11, WORD_NEXT = 12, PREV_SHAPE = 13, SHAPE_NEXT = 14, INITIAL = 15,
            COMMON = 16, DOC_LOWER = 17, DOC_CAP = 18, GAZ = 19, GAZ_PREV = 20, GAZ_NEXT = 21, DEMONYM = 22,
            HEADLINE = 23, LENGTH = 24, GAZ_SHAPE = 25, NEXT_IS_PAREN = 26, ORG_CUE = 27, LIST = 28, LIST_NEXT = 29,
            LIST_PREV = 30, CLUSTER = 31, PREV_CLUSTER = 32, NEXT_CLUSTER = 33, DOC_FACT = 34, LIST_SHAPE = 35, LIST_GROUP = 36, RUN_LAST = 37, RUN_FIRST = 38, RUN_POSITION = 39, RUN_HEAD = 40, RUN_BEFORE = 41, RUN_AFTER = 42,
            GROUPS = 43, GROUPS_BEFORE = 44, GROUPS_AFTER = 45;
    /** Nouns that follow an organisation's name ("the Hezbollah militia"): a word class sparse training data cannot teach. */
    static final Set<String> ORG_NOUNS = Set.of("militia", "militias", "group", "party", "company", "firm",
            "bank", "agency", "ministry", "council", "committee", "union", "network", "movement", "rebels",
            "forces", "club", "team", "university", "newspaper", "broadcaster", "organisation", "organization",
            "corporation", "airline", "carrier", "fund", "faction", "coalition", "alliance", "brigade",
            "battalion", "regime", "government", "administration", "spokesman", "spokeswoman", "executives", "shares");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "from", "to", "across", "outside", "into");
    private static final String[] POSITION = {"B", "I", "L", "U"};
    /** Marks that join the parts of one word: a hyphen, an apostrophe. */
    private static final Set<String> WORD_JOINS = Set.of("-", "\u2010", "\u2013", "'", "\u2019");
    /** Lower-case words that join the capitalised words of one name ("Bank of England", "Procter & Gamble"). */
    private static final Set<String> JOINERS = Set.of("of", "for", "de", "du", "del", "der", "von", "van", "&", "and", "the");
    // what other occurrences of a capitalised word in the document show
    private static final int TITLED = 1, IN_RUN = 2, ALONE = 4, ORG_AFTER = 8, PLACE_BEFORE = 16, SURNAME = 32;

    private final Document doc;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final List<List<Token>> tokens;
    private final Map<String, Integer> facts = new HashMap<>();

    Features(Document doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.lexicon = Lexicon.get();
        this.tokens = new java.util.ArrayList<>(doc.units().size());
        for (int u = 0; u < doc.units().size(); u++) {
            tokens.add(Truecase.of(doc, u));
        }
        collectFacts();
    }

    /** Document-wide facts about each capitalised word, from its occurrences away from a sentence start. */
    private void collectFacts() {
        Set<String> givenNames = new java.util.HashSet<>();
        for (int u = 0; u < tokens.size(); u++) {
            List<Token> t = tokens.get(u);
            for (int i = 0; i < t.size(); i++) {
                if (!capitalisedWord(t.get(i))) {
                    continue;
                }
                String w = t.get(i).text();
                int f = 0;
                boolean runBefore = i > 0 && capitalisedWord(t.get(i - 1)) && !doc.sentenceInitial(u, i - 1);
                boolean runAfter = i + 1 < t.size() && capitalisedWord(t.get(i + 1));
                if (i > 0 && (Titles.isTitle(t.get(i - 1).text()) || Titles.isHonorific(t.get(i - 1).text()))) {
                    f |= TITLED;
                }
                if (!doc.sentenceInitial(u, i)) {
                    f |= runBefore || runAfter ? IN_RUN : ALONE;
                }
                if (i + 1 < t.size() && ORG_NOUNS.contains(t.get(i + 1).text())) {
                    f |= ORG_AFTER;
                }
                if (i > 0 && PLACE_WORDS.contains(t.get(i - 1).text())) {
                    f |= PLACE_BEFORE;
                }
                if (runBefore && !runAfter && givenNames.contains(t.get(i - 1).text())) {
                    f |= SURNAME;
                }
                if (runAfter && gazetteer.lookup(t, i, i + 1).contains(GazetteerCategory.FIRST_NAME)) {
                    givenNames.add(w);
                }
                facts.merge(w, f, (a, b) -> a | b);
            }
        }
    }

    private static boolean capitalisedWord(Token t) {
        return t.isWord() && t.isCapitalised();
    }

    /** Feature hashes of every token of sentence {@code u}. */
    long[][] unit(int u) {
        return unit(u, null);
    }

    /**
     * Feature hashes of the tokens of sentence {@code u} that may stand in a name, null for the others:
     * a name has a capital letter or a digit in each written word of it or beside it (a lower-case
     * joiner stands next to one: "Bank of England", "Boeing 737-800", "Kim Jong-un"),
     * so a token with neither in its word or the tokens beside it is outside any name, and most of a
     * news sentence's tokens are. Tagging skips their features and lookups.
     */
    long[][] nameable(int u) {
        List<Token> raw = doc.unit(u).tokens();
        int n = raw.size();
        boolean[] anchor = new boolean[n];
        for (int i = 0; i < n; i++) {
            anchor[i] = hasCapitalOrDigit(raw.get(i).text());
        }
        // the tokens of one written word share what any of them has: with no space between them, or
        // across a hyphen or apostrophe set apart ("Kim Jong - un", "Da ' esh" in tokenised text)
        for (int i = 1; i < n; i++) {
            anchor[i] |= anchor[i - 1] && (raw.get(i - 1).end() == raw.get(i).start() || WORD_JOINS.contains(raw.get(i).text()));
        }
        for (int i = n - 2; i >= 0; i--) {
            anchor[i] |= anchor[i + 1] && (raw.get(i).end() == raw.get(i + 1).start() || WORD_JOINS.contains(raw.get(i).text()));
        }
        boolean[] skip = new boolean[n];
        for (int i = 0; i < n; i++) {
            skip[i] = !anchor[i] && (i == 0 || !anchor[i - 1]) && (i + 1 == n || !anchor[i + 1]);
        }
        return unit(u, skip);
    }

    private static boolean hasCapitalOrDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Feature hashes of the tokens of sentence {@code u}, null for those {@code skip} marks (none when null). */
    private long[][] unit(int u, boolean[] skip) {
        TextUnit unit = doc.unit(u);
        List<Token> toks = tokens.get(u);
        int n = toks.size();
        SentenceWords words = new SentenceWords(toks, lexicon);
        String[] gaz = new String[n];
        int[] listStart = new int[n];
        int[] listEnd = new int[n];
        for (Gazetteer.Hit h : gazetteer.matches(toks)) {
            for (int i = h.start(); i < h.end(); i++) {
                gaz[i] = categories(h.categories()) + position(h.start(), h.end(), i);
            }
        }
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        runs(toks, runStart, runEnd);
        int[] lists = NameLists.get().matches(toks);
        int[] listed = new int[n];
        for (int m = 0; m < lists.length; m += 3) {
            listStart[lists[m]] |= lists[m + 2];
            listEnd[lists[m + 1] - 1] |= lists[m + 2];
            for (int i = lists[m]; i < lists[m + 1]; i++) {
                listed[i] |= lists[m + 2];
            }
        }
        long[][] out = new long[n][];
        long[] f = new long[128];
        for (int i = 0; i < n; i++) {
            if (skip != null && skip[i]) {
                continue;
            }
            int k = 0;
            String w = toks.get(i).text();
            String lw = words.lower(i);
            f[k++] = FeatureHasher.hash(BIAS);
            f[k++] = FeatureHasher.hash(WORD, w);
            f[k++] = FeatureHasher.hash(LOWER, lw);
            f[k++] = FeatureHasher.hash(SHAPE, words.shape(i));
            f[k++] = FeatureHasher.hash(LENGTH, Integer.toString(Math.min(w.length(), 8)));
            for (int a = 1; a <= 3 && a < lw.length(); a++) {
                f[k++] = FeatureHasher.hash(PREFIX, lw, 0, a);
            }
            for (int a = 1; a <= 4 && a < lw.length(); a++) {
                f[k++] = FeatureHasher.hash(SUFFIX, lw, lw.length() - a, lw.length());
            }
            String p1 = i > 0 ? words.lower(i - 1) : "<s>";
            String n1 = i + 1 < n ? words.lower(i + 1) : "</s>";
            f[k++] = FeatureHasher.hash(PREV, p1);
            f[k++] = FeatureHasher.hash(NEXT, n1);
            f[k++] = FeatureHasher.hash(PREV2, i > 1 ? words.lower(i - 2) : "<s>");
            f[k++] = FeatureHasher.hash(NEXT2, i + 2 < n ? words.lower(i + 2) : "</s>");
            f[k++] = FeatureHasher.hash(PREV_WORD, p1, lw);
            f[k++] = FeatureHasher.hash(WORD_NEXT, lw, n1);
            f[k++] = FeatureHasher.hash(PREV_SHAPE, i > 0 ? words.shape(i - 1) : "<s>", words.shape(i));
            f[k++] = FeatureHasher.hash(SHAPE_NEXT, words.shape(i), i + 1 < n ? words.shape(i + 1) : "</s>");
            k = clusters(f, k, CLUSTER, words.cluster(i), 4, 6, 10, 20);
            k = clusters(f, k, PREV_CLUSTER, i > 0 ? words.cluster(i - 1) : "<s>", 4, 8);
            k = clusters(f, k, NEXT_CLUSTER, i + 1 < n ? words.cluster(i + 1) : "</s>", 4, 8);
            boolean initial = doc.sentenceInitial(u, i);
            boolean capitalised = toks.get(i).isCapitalised();
            if (initial) {
                f[k++] = FeatureHasher.hash(INITIAL, words.shape(i));
            }
            if (capitalised) {
                String pos = initial ? "i" : "m";
                if (CommonWords.containsLowerCase(lw)) {
                    f[k++] = FeatureHasher.hash(COMMON, pos);
                }
                f[k++] = FeatureHasher.hash(DOC_LOWER, pos, doc.seenLowerCase(lw) ? "y" : "n");
                if (initial) {
                    f[k++] = FeatureHasher.hash(DOC_CAP, doc.seenCapitalisedMidSentence(w) ? "y" : "n");
                }
                if (isDemonymPlural(toks, i)) {
                    f[k++] = FeatureHasher.hash(DEMONYM);
                }
                int facts = this.facts.getOrDefault(w, 0);
                for (int bit = 1; bit <= SURNAME; bit <<= 1) {
                    if ((facts & bit) != 0) {
                        f[k++] = FeatureHasher.hash(DOC_FACT, Integer.toString(bit), pos);
                    }
                }
            }
            if (gaz[i] != null) {
                f[k++] = FeatureHasher.hash(GAZ, gaz[i]);
                f[k++] = FeatureHasher.hash(GAZ_SHAPE, gaz[i], words.shape(i));
            }
            f[k++] = FeatureHasher.hash(GAZ_PREV, i > 0 && gaz[i - 1] != null ? gaz[i - 1] : "-");
            f[k++] = FeatureHasher.hash(GAZ_NEXT, i + 1 < n && gaz[i + 1] != null ? gaz[i + 1] : "-");
            for (int m = 0; m < lists.length && k < f.length - 24; m += 3) {
                if (lists[m] <= i && i < lists[m + 1]) {
                    String p = position(lists[m], lists[m + 1], i);
                    for (int bits = lists[m + 2], bit = 0; bits != 0; bits >>>= 1, bit++) {
                        if ((bits & 1) != 0) {
                            f[k++] = FeatureHasher.hash(LIST, Integer.toString(bit), p);
                            f[k++] = FeatureHasher.hash(LIST_SHAPE, Integer.toString(bit), p + words.shape(i));
                        }
                    }
                    k = groups(f, k, lists[m + 2], p);
                }
            }
            if (capitalised && listed[i] != 0) {
                k = groupContext(f, k, groupSet(listed[i]), runEnd[i] > 0 ? runStart[i] : i, runEnd[i] > 0 ? runEnd[i] : i + 1, words);
            }
            if (i > 0 && listEnd[i - 1] != 0) {
                f[k++] = FeatureHasher.hash(LIST_PREV, Integer.toString(listEnd[i - 1]));
            }
            if (i + 1 < n && listStart[i + 1] != 0) {
                f[k++] = FeatureHasher.hash(LIST_NEXT, Integer.toString(listStart[i + 1]));
            }
            if (runEnd[i] > 0) {
                int s0 = runStart[i];
                int e0 = runEnd[i];
                String p = position(s0, e0, i);
                f[k++] = FeatureHasher.hash(RUN_LAST, words.lower(e0 - 1), p);
                f[k++] = FeatureHasher.hash(RUN_FIRST, words.lower(s0), p);
                f[k++] = FeatureHasher.hash(RUN_POSITION, p, Integer.toString(Math.min(e0 - s0, 4)));
                // what stands around the whole run, which its inner words do not see ("for Food Standards Australia New Zealand ,")
                f[k++] = FeatureHasher.hash(RUN_BEFORE, s0 > 0 ? words.lower(s0 - 1) : "<s>", p);
                f[k++] = FeatureHasher.hash(RUN_AFTER, e0 < n ? words.lower(e0) : "</s>", p);
                String head = toks.get(e0 - 1).text();
                if (NameHeads.isOrganization(head) || NameHeads.isPlace(head)) {
                    f[k++] = FeatureHasher.hash(RUN_HEAD, NameHeads.isOrganization(head) ? "ORG" : "LOC", p);
                }
            }
            if (unit.field() == Field.HEADLINE) {
                f[k++] = FeatureHasher.hash(HEADLINE, words.shape(i));
            }
            if (i + 1 < n && ORG_NOUNS.contains(words.lower(i + 1))) {
                f[k++] = FeatureHasher.hash(ORG_CUE, words.shape(i));
            }
            if (i + 1 < n && toks.get(i + 1).text().equals("(")) {
                f[k++] = FeatureHasher.hash(NEXT_IS_PAREN);
            }
            out[i] = Arrays.copyOf(f, k);
        }
        return out;
    }

    /** The groups (place, organisation, person) a list match belongs to, with the token's position in it. */
    private static int groups(long[] f, int k, int bits, String position) {
        if ((bits & NameLists.PLACES) != 0) {
            f[k++] = FeatureHasher.hash(LIST_GROUP, "LOC", position);
        }
        if ((bits & NameLists.ORGANISATIONS) != 0) {
            f[k++] = FeatureHasher.hash(LIST_GROUP, "ORG", position);
        }
        if ((bits & NameLists.PERSONS) != 0) {
            f[k++] = FeatureHasher.hash(LIST_GROUP, "PER", position);
        }
        return k;
    }

    /**
     * Which groups of lists name the token, as one value ("LOC+PER" for Paxton, Brittany), alone and
     * with the words just before and after the name it stands in: a name in several groups is decided
     * by its context ("in Paxton ,", "Paxton said"), which separate group features summed cannot weigh.
     */
    private static int groupContext(long[] f, int k, String groups, int start, int end, SentenceWords words) {
        f[k++] = FeatureHasher.hash(GROUPS, groups);
        f[k++] = FeatureHasher.hash(GROUPS_BEFORE, groups, start > 0 ? words.lower(start - 1) : "<s>");
        f[k++] = FeatureHasher.hash(GROUPS_AFTER, groups, end < words.size() ? words.lower(end) : "</s>");
        return k;
    }

    private static String groupSet(int bits) {
        String g = (bits & NameLists.PLACES) != 0 ? "LOC" : "";
        if ((bits & NameLists.ORGANISATIONS) != 0) {
            g += "+ORG";
        }
        if ((bits & NameLists.PERSONS) != 0) {
            g += "+PER";
        }
        return g;
    }

    /**
     * Runs of two or more capitalised words (with inner joiners), not counting a sentence-initial
     * word: {@code [runStart[i], runEnd[i])} for each token in one, runEnd 0 elsewhere.
     */
    private void runs(List<Token> toks, int[] runStart, int[] runEnd) {
        int i = 0;
        while (i < toks.size()) {
            if (!capitalisedWord(toks.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < toks.size()) {
                if (capitalisedWord(toks.get(end))) {
                    end++;
                } else if (JOINERS.contains(toks.get(end).text()) && end + 1 < toks.size() && capitalisedWord(toks.get(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (end - i >= 2) {
                for (int k = i; k < end; k++) {
                    runStart[k] = i;
                    runEnd[k] = end;
                }
            }
            i = end;
        }
    }

    private static int clusters(long[] f, int k, int kind, String path, int... prefixes) {
        if (path == null) {
            f[k++] = FeatureHasher.hash(kind, "?");
            return k;
        }
        for (int p : prefixes) {
            f[k++] = FeatureHasher.hash(kind, path, 0, Math.min(p, path.length()));
        }
        return k;
    }

    /** B, I, L or U: where token {@code i} stands in the match {@code [start, end)}. */
    private static String position(int start, int end, int i) {
        return end - start == 1 ? POSITION[3] : i == start ? POSITION[0] : i == end - 1 ? POSITION[2] : POSITION[1];
    }

    private boolean isDemonymPlural(List<Token> toks, int i) {
        String w = toks.get(i).text();
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
