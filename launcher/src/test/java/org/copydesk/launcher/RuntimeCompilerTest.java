package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RuntimeCompilerTest {
    @Test
    void theLaunchersTwoSetsOfOptionsAreTheClientCompilerAndTheFullJit() {
        assertEquals("client compiler", RuntimeCompiler.describe("true", "1", "true"));
        assertEquals("full JIT", RuntimeCompiler.describe("true", "4", "true"));
        assertEquals("optimising compiler only", RuntimeCompiler.describe("false", "4", "true"));
        assertEquals("interpreter only", RuntimeCompiler.describe("true", "4", "false"));
    }

    @Test
    void thisJvmIsDescribedFromItsOwnOptions() {
        boolean clientOnly = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:TieredStopAtLevel=1");
        assertEquals(clientOnly ? "client compiler" : "full JIT", RuntimeCompiler.describe());
    }
}
