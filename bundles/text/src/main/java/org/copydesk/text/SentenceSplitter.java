package org.copydesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at {@code . ! ?} (with any closing quotes or brackets) followed
 * by white space and a likely sentence start, except after titles, month and other common
 * abbreviations and initials. Offsets index the paragraph; sentences are trimmed.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
            "st", "jr", "sr", "co", "corp", "inc", "ltd", "no", "vs", "etc", "approx", "dept", "univ",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "e.g", "i.e", "u.s", "u.k");

    /** Capital letters joined by dots, the last dot not counted: "U.N", "H.D". */
    private static final Pattern DOTTED_CAPITALS = Pattern.compile("\\p{Lu}(\\.\\p{Lu})+");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String p) {
        List<Sentence> out = new ArrayList<>();
        int start = skipSpace(p, 0);
        int i = start;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < p.length() && isCloser(p.charAt(end))) {
                    end++;
                }
                if (end < p.length() && Character.isWhitespace(p.charAt(end)) && startsSentence(p, skipSpace(p, end))
                        && !(c == '.' && isAbbreviation(p, i))) {
                    out.add(new Sentence(start, end));
                    start = skipSpace(p, end);
                    i = start;
                    continue;
                }
                i = end;
            } else {
                i++;
            }
        }
        int end = p.length();
        while (end > start && Character.isWhitespace(p.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end));
        }
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
    }

    private static int skipSpace(String p, int i) {
        while (i < p.length() && Character.isWhitespace(p.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsSentence(String p, int i) {
        if (i >= p.length()) {
            return false;
        }
        char c = p.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018'
                || c == '\'' || c == '(' || c == '[' || !Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** The word before the dot at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String p, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(p.charAt(s - 1)) || p.charAt(s - 1) == '.')) {
            s--;
        }
        String word = p.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "George W. Bush"
        }
        if (DOTTED_CAPITALS.matcher(word).matches()) {
            return true; // initials or a dotted acronym: "H.D. Deve Gowda", "the U.N. Security Council"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
