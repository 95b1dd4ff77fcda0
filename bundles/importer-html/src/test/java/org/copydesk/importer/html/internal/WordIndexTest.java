package org.copydesk.importer.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WordIndexTest {
    private final WordIndex index = new WordIndex("comment", "share", "sharing", "ad", "advert");

    @Test
    void theWordEarliestInTheListWinsWhereverItStands() {
        assertEquals(0, index.firstIn("sharingcomments")); // "comment" is listed first, found last
        assertEquals(2, index.firstIn("sharingbar")); // "share" does not occur in it, "sharing" does
        assertEquals(1, index.firstIn("adsharebar"));
    }

    @Test
    void overlappingAndRepeatedWordsAreAllSeen() {
        assertEquals(2, index.firstIn("xsharingx"));
        assertEquals(3, index.firstIn("headvertx")); // "ad" inside "headvert" before "advert"
        assertEquals(1, new WordIndex("zzz", "advert").firstIn("xadvertx"));
    }

    @Test
    void noListedWordGivesMinusOne() {
        assertEquals(-1, index.firstIn(""));
        assertEquals(-1, index.firstIn("navigation"));
        assertEquals(-1, index.firstIn("mädchenüberschrift"));
        assertEquals(0, index.firstIn("ücomment"));
    }

    @Test
    void aWordMustStartWithAnAsciiCharacter() {
        assertThrows(IllegalArgumentException.class, () -> new WordIndex("über"));
        assertThrows(IllegalArgumentException.class, () -> new WordIndex(""));
    }
}
