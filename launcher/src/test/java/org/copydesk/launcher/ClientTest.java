package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientTest {
    @Test
    void theCommandIsTheFirstWordThatIsNoOptionNorAnOptionsValue() {
        assertEquals("process", Client.command(new String[] {"--desk", "politics", "--entities-model", "m.jar", "process", "a.txt"}));
        assertEquals("process", Client.command(new String[] {"--verbose", "process", "--desk", "x"}));
        assertNull(Client.command(new String[] {"--help"}));
        assertEquals("politics", Client.option(new String[] {"process", "--desk", "politics", "a.txt"}, "--desk", "default"));
        assertEquals("default", Client.option(new String[] {"process", "a.txt"}, "--desk", "default"));
    }
}
