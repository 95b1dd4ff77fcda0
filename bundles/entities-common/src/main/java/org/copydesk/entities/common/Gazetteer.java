package org.copydesk.entities.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;

/**
 * Name lists by category, matched case-sensitively on whole tokens, longest match first. Immutable
 * once built; {@link GazetteerStore} rebuilds it when a desk file changes.
 */
public final class Gazetteer {
    /** A match of tokens {@code [start, end)}. */
    public record Hit(int start, int end, Set<GazetteerCategory> categories) {
    }

    private final Map<String, EnumSet<GazetteerCategory>> names = new HashMap<>();
    /** Longest entry, in tokens, starting with a given token: skips lookups for most tokens. */
    private final Map<String, Integer> longestFrom = new HashMap<>();

    /** Adds the names of a list: one name per line, {@code #} starts a comment line. */
    public void load(BufferedReader in, GazetteerCategory category) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                add(name, category);
            }
        }
    }

    public void add(String name, GazetteerCategory category) {
        if (name.length() >= 4 && all(name, true)) {
            // house styles write longer acronyms as words: NATO -> Nato, ISIS -> Isis
            addExact(name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT), category);
        }
        addExact(name, category);
    }

    private void addExact(String name, GazetteerCategory category) {
        if (all(name, false)) { // most entries: one plain word, no tokenizer needed
            names.computeIfAbsent(name, k -> EnumSet.noneOf(GazetteerCategory.class)).add(category);
            longestFrom.merge(name, 1, Math::max);
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(name);
        if (tokens.isEmpty()) {
            return;
        }
        names.computeIfAbsent(key(tokens, 0, tokens.size()), k -> EnumSet.noneOf(GazetteerCategory.class)).add(category);
        longestFrom.merge(tokens.get(0).text(), tokens.size(), Math::max);
    }

    /** Every char is an upper-case letter ({@code upper}) or any letter. Plain loops: this runs cold at start-up. */
    private static boolean all(String s, boolean upper) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (upper ? !Character.isUpperCase(c) : !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /** The categories of exactly this token run, empty when none. */
    public Set<GazetteerCategory> lookup(List<Token> tokens, int start, int end) {
        Integer longest = longestFrom.get(tokens.get(start).text());
        if (longest == null || end - start > longest) {
            return Set.of();
        }
        Set<GazetteerCategory> c = names.get(key(tokens, start, end));
        return c == null ? Set.of() : c;
    }

    /** Longest matches, left to right, not overlapping. */
    public List<Hit> matches(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Integer longest = longestFrom.get(tokens.get(i).text());
            Hit hit = null;
            if (longest != null) {
                for (int end = Math.min(tokens.size(), i + longest); end > i && hit == null; end--) {
                    Set<GazetteerCategory> c = names.get(key(tokens, i, end));
                    if (c != null) {
                        hit = new Hit(i, end, c);
                    }
                }
            }
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return hits;
    }

    private static String key(List<Token> tokens, int start, int end) {
        if (end - start == 1) {
            return tokens.get(start).text();
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                b.append(' ');
            }
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }

    public int size() {
        return names.size();
    }
}
