package org.copydesk.entities.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * About 38,000 common lower-case English words (SCOWL sizes 10 to 35): a capitalised word whose
 * lower-case form is listed is likely a sentence-initial ordinary word rather than a name.
 */
public final class CommonWords {
    private static final Set<String> WORDS = load();

    private CommonWords() {
    }

    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(65536);
        try (InputStream in = CommonWords.class.getResourceAsStream("common-words.txt.gz");
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                words.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read common-words.txt.gz", e);
        }
        return Set.copyOf(words);
    }
}
