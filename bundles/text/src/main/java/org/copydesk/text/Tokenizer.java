package org.copydesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation in the manner of news-corpus tokenisation:
 * possessive {@code 's} is a token of its own, hyphenated words and abbreviations with inner dots
 * ({@code U.S.}) stay whole, initials and company suffixes keep their dot ({@code J.}, {@code Inc.}),
 * a currency prefix stays whole ({@code US$}), numbers keep their separators ({@code 1,000.5}). Offsets index the
 * input string. Stateless and thread-safe.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String s) {
        return tokenize(s, 0, s.length());
    }

    /** Tokens of {@code s.substring(from, to)}, with offsets into {@code s}. */
    public static List<Token> tokenize(String s, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = s.codePointAt(i);
            if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
            } else if (asciiLetter(c) || c >= 0x80 && Character.isLetter(c)) {
                i = word(s, i, to, out);
            } else if (Character.isDigit(c)) {
                i = number(s, i, to, out);
            } else {
                int end = i + Character.charCount(c);
                Token.Kind kind = isPunct(c) ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
                out.add(new Token(s.substring(i, end), i, end, kind));
                i = end;
            }
        }
        return out;
    }

    private static boolean isPunct(int c) {
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean wordChar(int c) {
        if (c < 0x80) { // most text: no look-up of the Unicode class
            return asciiLetter(c) || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean asciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int word(String s, int start, int to, List<Token> out) {
        int i = start;
        while (i < to) {
            int c = s.codePointAt(i);
            if (wordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            char ch = (char) c;
            boolean nextIsWord = i + 1 < to && wordChar(s.codePointAt(i + 1));
            if ((ch == '-' || ch == '&') && nextIsWord && i > start) {
                i++;
            } else if (isApostrophe(ch) && nextIsWord) {
                // possessive or contraction: "Trump's" -> "Trump" + "'s", "don't" -> "do" + "n't"
                int rest = i + 1;
                while (rest < to && Character.isLetter(s.charAt(rest))) {
                    rest++;
                }
                String tail = s.substring(i + 1, rest).toLowerCase(java.util.Locale.ROOT);
                if (tail.equals("s") || tail.equals("re") || tail.equals("ve") || tail.equals("ll")
                        || tail.equals("d") || tail.equals("m")) {
                    out.add(new Token(s.substring(start, i), start, i, Token.Kind.WORD));
                    out.add(new Token(s.substring(i, rest), i, rest, Token.Kind.WORD));
                    return rest;
                }
                if (tail.equals("t") && i - 1 > start && Character.toLowerCase(s.charAt(i - 1)) == 'n') {
                    out.add(new Token(s.substring(start, i - 1), start, i - 1, Token.Kind.WORD));
                    out.add(new Token(s.substring(i - 1, rest), i - 1, rest, Token.Kind.WORD));
                    return rest;
                }
                i++; // O'Brien, Sana'a
            } else if (ch == '.' && isAbbreviationDot(s, start, i, to)) {
                i++;
            } else if (ch == '.' && keepsItsDot(s, start, i)) {
                i++; // "J." in "Mario J. Lucero", "Inc.": the dot belongs to the name, as in news corpora
                break;
            } else if (ch == '$' && i - start <= 3 && isUpper(s, start, i)) {
                i++; // "US$", "HK$": one currency token, so "US" is not read as a country
                break;
            } else {
                break;
            }
        }
        out.add(new Token(s.substring(start, i), start, i, Token.Kind.WORD));
        return i;
    }

    private static final java.util.Set<String> DOTTED = java.util.Set.of("Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr");
    /** The longest of {@link #DOTTED}: a longer word before a dot (most sentences' last) is none of them. */
    private static final int DOTTED_MAX = DOTTED.stream().mapToInt(String::length).max().orElse(0);

    /** An initial ("J") or a company or generation suffix that news corpora write with its dot: {@code s[start, end)}. */
    private static boolean keepsItsDot(String s, int start, int end) {
        if (end - start > DOTTED_MAX || !Character.isUpperCase(s.charAt(start))) {
            return false; // an initial and every listed word start with a capital
        }
        return end - start == 1 || DOTTED.contains(s.substring(start, end));
    }

    private static boolean isUpper(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A dot inside "U.S." or "e.g.": single letters separated by dots. */
    private static boolean isAbbreviationDot(String s, int start, int dot, int to) {
        int segStart = dot;
        while (segStart > start && s.charAt(segStart - 1) != '.') {
            segStart--;
        }
        if (dot - segStart != 1) {
            return false;
        }
        boolean letterAfter = dot + 1 < to && Character.isLetter(s.charAt(dot + 1))
                && (dot + 2 >= to || s.charAt(dot + 2) == '.');
        boolean closesRun = segStart > start; // "U.S." : the final dot after a dotted run
        return letterAfter || closesRun;
    }

    private static int number(String s, int start, int to, List<Token> out) {
        int i = start;
        while (i < to) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch)) {
                i++;
            } else if ((ch == ',' || ch == '.' || ch == ':') && i + 1 < to && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        // "1990s", "25th", "3pm" stay one token
        int j = i;
        while (j < to && Character.isLetter(s.charAt(j))) {
            j++;
        }
        if (j > i && j - i <= 4) {
            out.add(new Token(s.substring(start, j), start, j, Token.Kind.WORD));
            return j;
        }
        out.add(new Token(s.substring(start, i), start, i, Token.Kind.NUMBER));
        return i;
    }
}
