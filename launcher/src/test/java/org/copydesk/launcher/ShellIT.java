package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The admin's shell on a running runtime: desks switched and features changed live. */
class ShellIT {
    private static Distribution.Run shell(CopydeskRuntime rt, String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = rt.command("shell").run(new String[] {"shell"}, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Distribution.Run(status, out.toString(StandardCharsets.UTF_8), "");
    }

    private static boolean active(CopydeskRuntime rt, String symbolicName) {
        for (var b : rt.context().getBundles()) {
            if (b.getSymbolicName().equals(symbolicName) && b.getState() == org.osgi.framework.Bundle.ACTIVE) {
                return true;
            }
        }
        return false;
    }

    @Test
    void switchingDeskAndFeaturesChangesTheRunningBundlesWithoutRestart() throws Exception {
        try (CopydeskRuntime rt = CopydeskRuntime.start(Distribution.home(), "default", Map.of())) {
            Distribution.Run r = shell(rt, "desk:list\npipeline:show\n");
            assertEquals(0, r.status(), r.out());
            assertTrue(r.out().contains("* default"), r.out());
            assertTrue(r.out().contains("markdown") && r.out().contains("org.copydesk.export.markdown"), r.out());

            r = shell(rt, "desk:switch politics\ndesk:list\npipeline:show\n");
            assertEquals(0, r.status(), r.out());
            assertTrue(r.out().contains("now on desk politics") && r.out().contains("* politics"), r.out());
            assertFalse(active(rt, "org.copydesk.export.markdown"), "politics runs no Markdown export");
            assertFalse(r.out().substring(r.out().lastIndexOf("exporters:")).contains("markdown"), r.out());

            r = shell(rt, "feature:install export-markdown\nfeature:list\n");
            assertEquals(0, r.status(), r.out());
            assertTrue(active(rt, "org.copydesk.export.markdown"));
            assertTrue(r.out().contains("* export-markdown"), r.out());

            r = shell(rt, "feature:uninstall export-markdown\n");
            assertEquals(0, r.status(), r.out());
            assertFalse(active(rt, "org.copydesk.export.markdown"));
        }
    }

    @Test
    void aBadCommandSaysWhyAndTheScriptGoesOn() throws Exception {
        try (CopydeskRuntime rt = CopydeskRuntime.start(Distribution.home(), "default", Map.of())) {
            Distribution.Run r = shell(rt, "desk:switch nowhere\nfeature:uninstall core\ndesk:list\n");
            assertEquals(1, r.status());
            assertTrue(r.out().contains("error: no desk 'nowhere'"), r.out());
            assertTrue(r.out().contains("error: feature 'core' is included by"), r.out());
            assertTrue(r.out().contains("* default"), "the last line still ran: " + r.out());
        }
    }
}
