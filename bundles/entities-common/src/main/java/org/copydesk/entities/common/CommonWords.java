package org.copydesk.entities.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * About 38,000 common lower-case English words (SCOWL sizes 10 to 35): a capitalised word whose
 * lower-case form is listed is likely a sentence-initial ordinary word rather than a name.
 */
public final class CommonWords {
    /**
     * A hash set: the tagger asks for every capitalised word, and a binary search over 38,000 words
     * costs 16 string comparisons a word. Built once, on the thread that prepares the entity stage.
     */
    private static final Set<String> WORDS = load();

    private CommonWords() {
    }

    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** As {@link #contains}, for a word its caller has lower-cased already ({@code Locale.ROOT}). */
    public static boolean containsLowerCase(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    private static Set<String> load() {
        try (InputStream in = new GZIPInputStream(CommonWords.class.getResourceAsStream("common-words.txt.gz"), 1 << 16)) {
            String[] words = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Set<String> set = new HashSet<>(2 * words.length);
            Collections.addAll(set, words);
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read common-words.txt.gz", e);
        }
    }
}
