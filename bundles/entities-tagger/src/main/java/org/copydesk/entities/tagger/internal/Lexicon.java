package org.copydesk.entities.tagger.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.copydesk.entities.common.GazetteerCategory;
import org.copydesk.entities.common.GazetteerStore;
import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;

/**
 * What the model's features look words up in, besides the shared gazetteers: large name lists
 * (membership is only a feature, never a rule) and Brown word clusters. Loaded once, on first use.
 * Its {@link #fingerprint()} covers these and the bundled gazetteers: a model is valid only with the
 * very lists it was trained with.
 */
final class Lexicon {
    /** Feature lists, one bit each; file names under {@code lists/}. */
    static final List<String> LISTS = List.of("cities-large.txt.gz", "cities.txt.gz", "regions.txt.gz", "countries.txt.gz",
            "geo-features.txt", "companies.txt.gz", "sports.txt", "person-names.txt.gz");
    static final String CLUSTERS = "brown-clusters.txt.gz";
    static final int COUNTRY = 1 << LISTS.indexOf("countries.txt.gz");
    /** Lists of places, of organisations and of person names: a feature per group generalises from lists training never saw. */
    static final int PLACES = bits("cities-large.txt.gz", "cities.txt.gz", "regions.txt.gz", "countries.txt.gz", "geo-features.txt");
    static final int ORGANISATIONS = bits("companies.txt.gz", "sports.txt");
    static final int PERSONS = bits("person-names.txt.gz");
    static final int CLUBS = bits("sports.txt");
    /** Towns of 100,000 or more and regions: a one-word "person" on a sports page that is one of these is a side. */
    static final int LARGE_PLACES = bits("cities-large.txt.gz", "regions.txt.gz");
    /** Places a surname is seldom named after: large towns, regions, countries, seas and rivers (not the 48,674 small towns). */
    static final int LARGE_OR_REGION = bits("cities-large.txt.gz", "regions.txt.gz", "countries.txt.gz", "geo-features.txt");
    /** What an address names after a town's comma ("Paxton , Illinois"). */
    static final int REGIONS = bits("regions.txt.gz", "countries.txt.gz");
    /** Clubs and towns: what heads a score line. */
    static final int TEAMS = bits("sports.txt", "cities-large.txt.gz", "cities.txt.gz", "regions.txt.gz");

    private static int bits(String... files) {
        int b = 0;
        for (String f : files) {
            b |= 1 << LISTS.indexOf(f);
        }
        return b;
    }

    /** Hash of a listed name -> its list bits; hash of a first word -> the most tokens a name starting with it has. */
    private final NameTable names = new NameTable(1 << 17);
    private final NameTable longestFrom = new NameTable(1 << 17);
    /** Hash of a word -> 1 + index of its cluster's path. */
    private final NameTable clusterOf = new NameTable(1 << 15);
    private final List<String> paths = new java.util.ArrayList<>();
    private final String fingerprint;

    private static final class Holder {
        static final Lexicon LEXICON = new Lexicon();
    }

    static Lexicon get() {
        return Holder.LEXICON;
    }

    private Lexicon() {
        MessageDigest digest = sha256();
        for (int bit = 0; bit < LISTS.size(); bit++) {
            for (String line : lines("lists/" + LISTS.get(bit), digest)) {
                add(line, 1 << bit);
            }
        }
        Map<String, Integer> pathIndex = new HashMap<>();
        for (String line : lines(CLUSTERS, digest)) {
            int tab = line.indexOf('\t');
            int tab2 = line.indexOf('\t', tab + 1);
            int path = pathIndex.computeIfAbsent(line.substring(0, tab), p -> {
                paths.add(p);
                return paths.size();
            });
            clusterOf.merge(NameTable.hash(line.substring(tab + 1, tab2 < 0 ? line.length() : tab2)), path, true);
        }
        for (GazetteerCategory c : GazetteerCategory.values()) {
            digestResource(GazetteerStore.class, "gazetteer/" + c.file(), digest);
        }
        digestResource(GazetteerStore.class, "common-words.txt.gz", digest);
        fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private void add(String name, int bit) {
        // most names are words of letters between single spaces: hashed in one pass, no tokenizer
        // (this runs cold at start-up, 100,000 times)
        long whole = NameTable.hash("");
        long first = 0;
        int words = 1;
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                plain = i > 0 && i + 1 < name.length() && name.charAt(i + 1) != ' ';
                first = words == 1 ? whole : first;
                words++;
            } else {
                plain = Character.isLetter(c);
            }
            whole = (whole ^ c) * NameTable.PRIME;
        }
        if (plain) {
            names.merge(whole, bit, false);
            longestFrom.merge(words == 1 ? whole : first, words, true);
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(name);
        if (tokens.isEmpty()) {
            return;
        }
        names.merge(key(tokens, 0, tokens.size()), bit, false);
        longestFrom.merge(NameTable.hash(tokens.get(0).text()), tokens.size(), true);
    }

    /** The hash of tokens {@code [start, end)} joined by single spaces. */
    private static long key(List<Token> tokens, int start, int end) {
        long h = NameTable.hash(tokens.get(start).text());
        for (int i = start + 1; i < end; i++) {
            h = NameTable.then(h, tokens.get(i).text());
        }
        return h;
    }

    /** Every listed name in the tokens: {@code {start, end, bits}} triples, all matches (they may overlap). */
    int[] matches(List<Token> tokens) {
        int[] out = new int[12];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            long h = NameTable.hash(tokens.get(i).text());
            int longest = longestFrom.get(h);
            for (int end = i + 1; end <= Math.min(tokens.size(), i + longest); end++) {
                if (end > i + 1) {
                    h = NameTable.then(h, tokens.get(end - 1).text());
                }
                int bits = names.get(h);
                if (bits != 0) {
                    if (n + 3 > out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = i;
                    out[n++] = end;
                    out[n++] = bits;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The list bits of exactly this token run, 0 when no list has it. */
    int bits(List<Token> tokens, int start, int end) {
        return names.get(key(tokens, start, end));
    }

    /** The word's Brown cluster as a bit path, or null when the word was too rare to cluster. */
    String cluster(String word) {
        int path = clusterOf.get(NameTable.hash(word));
        return path == 0 ? null : paths.get(path - 1);
    }

    String fingerprint() {
        return fingerprint;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digestResource(Class<?> owner, String name, MessageDigest digest) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in != null) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The non-comment lines of a bundled resource (gunzipped if need be), its bytes added to the digest. */
    private static List<String> lines(String name, MessageDigest digest) {
        try (InputStream raw = Lexicon.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("the bundle lacks its resource " + name);
            }
            byte[] bytes = raw.readAllBytes();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            InputStream in = new java.io.ByteArrayInputStream(bytes);
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
