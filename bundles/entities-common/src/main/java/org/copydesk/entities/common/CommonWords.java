package org.copydesk.entities.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * About 38,000 common lower-case English words (SCOWL sizes 10 to 35): a capitalised word whose
 * lower-case form is listed is likely a sentence-initial ordinary word rather than a name.
 */
public final class CommonWords {
    /** Sorted: a binary search needs no hash set built at start-up, which a cold CLI run would pay for. */
    private static final String[] WORDS = load();

    private CommonWords() {
    }

    public static boolean contains(String word) {
        return Arrays.binarySearch(WORDS, word.toLowerCase(Locale.ROOT)) >= 0;
    }

    private static String[] load() {
        try (InputStream in = new GZIPInputStream(CommonWords.class.getResourceAsStream("common-words.txt.gz"), 1 << 16)) {
            String[] words = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Arrays.sort(words); // the file is sorted already; this keeps a hand-edited one working
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read common-words.txt.gz", e);
        }
    }
}
