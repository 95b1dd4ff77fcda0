package org.copydesk.strip.rules.internal.model;

import java.util.Set;

/**
 * The commonest words of English news: too common to tie a paragraph to its article or to count as a
 * name when capitalised (the model's features), and too common to pick a rule out by (the rules'
 * literal index). Part of the feature set: a change here changes what the model sees.
 */
public final class StopWords {
    private static final Set<String> WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "from", "by", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "his", "her", "their", "them", "i", "my", "me", "we", "our", "us",
            "you", "your", "not", "no", "have", "has", "had", "will", "would", "can", "could", "should", "may",
            "more", "most", "than", "then", "there", "here", "what", "which", "who", "when", "where", "how", "why",
            "all", "any", "some", "if", "so", "also", "about", "after", "before", "over", "into", "out", "up",
            "said", "says", "mr", "ms", "mrs", "dr", "one", "two", "new", "just", "only", "do", "does", "did");

    private StopWords() {
    }

    /** Whether a lower-case word is one of them. */
    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
