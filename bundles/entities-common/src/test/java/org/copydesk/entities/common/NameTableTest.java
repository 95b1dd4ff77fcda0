package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The table answers as a map would, through its growth and its filter of absent keys. */
class NameTableTest {
    @Test
    void everyKeyKeepsItsValueAndNoOtherKeyHasOne() {
        NameTable table = new NameTable(16); // grows twelve times on the way
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(18);
        for (int i = 0; i < 60_000; i++) {
            long key = i == 0 ? 0 : random.nextLong(); // 0 is stored as 1
            int bit = 1 << random.nextInt(8);
            table.merge(key, bit, false);
            expected.merge(key == 0 ? 1 : key, bit, (a, b) -> a | b);
        }
        for (int i = 0; i < 2_000; i++) { // some keys again, merged into what they have
            long key = random.nextLong();
            table.merge(key, 3, false);
            table.merge(key, 4, false);
            expected.merge(key, 7, (a, b) -> a | b);
        }
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), table.get(e.getKey()), () -> "key " + e.getKey());
        }
        assertEquals(expected.get(1L), table.get(0));
        int absent = 0;
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextLong();
            if (!expected.containsKey(key)) {
                absent++;
                assertEquals(0, table.get(key), "key " + key);
            }
        }
        assertEquals(200_000, absent);
    }

    @Test
    void maxKeepsTheLargestValue() {
        NameTable table = new NameTable(4);
        long a = NameTable.hash("New York");
        table.merge(a, 2, true);
        table.merge(a, 5, true);
        table.merge(a, 3, true);
        assertEquals(5, table.get(a));
        assertEquals(0, table.get(NameTable.hash("New York City")));
        assertEquals(NameTable.then(NameTable.hash("New"), "York"), a, "a run hashes as its tokens joined by a space");
    }
}
