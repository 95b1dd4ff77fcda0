package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

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

    @Test
    void aBatchWorthTheFullJitOrAnyCommandWhileTheBatchRuntimeIsUpGoesToTheBatchRuntime() {
        String c1 = "-XX:TieredStopAtLevel=1";
        String full = "-Xss4m";
        assertEquals(full, Client.runtimeOptions(c1, full, true, () -> fail("a batch worth it needs not ask")));
        assertEquals(full, Client.runtimeOptions(c1, full, false, () -> true));
        assertEquals(c1, Client.runtimeOptions(c1, full, false, () -> false));
        // COPYDESK_JAVA_OPTS: one set of options for everything
        assertEquals(c1, Client.runtimeOptions(c1, null, true, () -> true));
    }
}
