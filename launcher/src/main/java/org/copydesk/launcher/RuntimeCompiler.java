package org.copydesk.launcher;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

/** Which JIT this JVM compiles with, in the words of {@code copydesk daemon status}. */
final class RuntimeCompiler {
    private RuntimeCompiler() {
    }

    static String describe() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return describe(vm.getVMOption("TieredCompilation").getValue(), vm.getVMOption("TieredStopAtLevel").getValue(),
                vm.getVMOption("UseCompiler").getValue());
    }

    /** From the VM's options: tiers 1 to 3 are the client compiler's, tier 4 the optimising compiler's. */
    static String describe(String tiered, String stopAtLevel, String useCompiler) {
        if (!Boolean.parseBoolean(useCompiler) || "0".equals(stopAtLevel) && Boolean.parseBoolean(tiered)) {
            return "interpreter only";
        }
        if (!Boolean.parseBoolean(tiered)) {
            return "optimising compiler only";
        }
        return Integer.parseInt(stopAtLevel) < 4 ? "client compiler" : "full JIT";
    }
}
