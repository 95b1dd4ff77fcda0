package org.copydesk.text;

/**
 * A token: {@code text} is {@code source.substring(start, end)}.
 */
public record Token(String text, int start, int end, Kind kind) {
    /** Coarse classes that the taggers branch on. */
    public enum Kind { WORD, NUMBER, PUNCT, SYMBOL }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with an upper-case letter. */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
