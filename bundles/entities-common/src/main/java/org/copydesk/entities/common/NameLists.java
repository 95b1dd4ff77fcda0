package org.copydesk.entities.common;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;

/**
 * Large name lists (GeoNames towns, regions, countries, seas and rivers, companies, clubs, person
 * names): a model reads membership as a feature, and the rules after a finder read the sure
 * cases (a town heading a score line, a region after an address's comma). Loaded once, on first
 * use. Each list is one bit; the constants below group them.
 */
public final class NameLists {
    /** The lists, one bit each in this order; file names under {@code lists/}. */
    public static final List<String> LISTS = List.of("cities-large.txt.gz", "cities.txt.gz", "regions.txt.gz", "countries.txt.gz",
            "geo-features.txt", "companies.txt.gz", "sports.txt", "person-names.txt.gz");
    public static final int COUNTRY = 1 << LISTS.indexOf("countries.txt.gz");
    /** Lists of places, of organisations and of person names: a feature per group generalises from lists training never saw. */
    public static final int PLACES = bits("cities-large.txt.gz", "cities.txt.gz", "regions.txt.gz", "countries.txt.gz", "geo-features.txt");
    public static final int ORGANISATIONS = bits("companies.txt.gz", "sports.txt");
    public static final int PERSONS = bits("person-names.txt.gz");
    public static final int CLUBS = bits("sports.txt");
    /** Towns of 100,000 or more and regions: a one-word "person" on a sports page that is one of these is a side. */
    public static final int LARGE_PLACES = bits("cities-large.txt.gz", "regions.txt.gz");
    /** Places a surname is seldom named after: large towns, regions, countries, seas and rivers (not the 48,674 small towns). */
    public static final int LARGE_OR_REGION = bits("cities-large.txt.gz", "regions.txt.gz", "countries.txt.gz", "geo-features.txt");
    /** What an address names after a town's comma ("Paxton , Illinois"). */
    public static final int REGIONS = bits("regions.txt.gz", "countries.txt.gz");
    /** Clubs and towns: what heads a score line. */
    public static final int TEAMS = bits("sports.txt", "cities-large.txt.gz", "cities.txt.gz", "regions.txt.gz");

    private static final String FOLDER = "lists/";

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

    private static final class Holder {
        static final NameLists LISTS = new NameLists();
    }

    public static NameLists get() {
        return Holder.LISTS;
    }

    private NameLists() {
        for (int bit = 0; bit < LISTS.size(); bit++) {
            for (String line : lines(read(FOLDER + LISTS.get(bit)), LISTS.get(bit).endsWith(".gz"))) {
                add(line, 1 << bit);
            }
        }
    }

    /** Adds each list's resource name and bytes to {@code digest}, in list order: a model's fingerprint covers them. */
    public static void digest(MessageDigest digest) {
        for (String list : LISTS) {
            digest.update((FOLDER + list).getBytes(StandardCharsets.UTF_8));
            digest.update(read(FOLDER + list));
        }
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
    public int[] matches(List<Token> tokens) {
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
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = i;
                    out[n++] = end;
                    out[n++] = bits;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The list bits of exactly this token run, 0 when no list has it. */
    public int bits(List<Token> tokens, int start, int end) {
        return names.get(key(tokens, start, end));
    }

    private static byte[] read(String name) {
        try (InputStream in = NameLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The non-comment lines of a resource's bytes (gunzipped if need be). */
    public static List<String> lines(byte[] bytes, boolean gzip) {
        try {
            InputStream in = new ByteArrayInputStream(bytes);
            if (gzip) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a list", e);
        }
    }
}
