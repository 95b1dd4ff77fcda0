package org.copydesk.api.edit;

/** The checks every operation makes of its arguments before it is applied to an article. */
final class Arguments {
    private Arguments() {
    }

    /** {@code value}, refused when null or blank; {@code what} names it for the reader. */
    static String nonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    /** {@code index}, refused when negative; {@code what} names what it counts. */
    static int index(int index, String what) {
        if (index < 0) {
            throw new IllegalArgumentException(what + " are numbered from 0, not " + index);
        }
        return index;
    }

    /** The reader's words for "n things": 1 entry, 2 entries. */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
