package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;

/** The admin's shell on a running runtime: desks switched and features changed live. */
class ShellIT {
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
            Distribution.Run r = Distribution.shell(rt, "desk:list\npipeline:show\n");
            assertEquals(0, r.status(), r.out());
            assertTrue(r.out().contains("* default"), r.out());
            assertTrue(r.out().contains("markdown") && r.out().contains("org.copydesk.exporter.markdown"), r.out());

            r = Distribution.shell(rt, "desk:switch politics\ndesk:list\npipeline:show\n");
            assertEquals(0, r.status(), r.out());
            assertTrue(r.out().contains("now on desk politics") && r.out().contains("* politics"), r.out());
            assertFalse(active(rt, "org.copydesk.exporter.markdown"), "politics runs no Markdown export");
            assertFalse(r.out().substring(r.out().lastIndexOf("exporters:")).contains("markdown"), r.out());

            r = Distribution.shell(rt, "feature:install exporter-markdown\nfeature:list\n");
            assertEquals(0, r.status(), r.out());
            assertTrue(active(rt, "org.copydesk.exporter.markdown"));
            assertTrue(r.out().contains("* exporter-markdown"), r.out());

            r = Distribution.shell(rt, "feature:uninstall exporter-markdown\n");
            assertEquals(0, r.status(), r.out());
            assertFalse(active(rt, "org.copydesk.exporter.markdown"));
        }
    }

    @Test
    void aBadCommandSaysWhyAndTheScriptGoesOn() throws Exception {
        try (CopydeskRuntime rt = CopydeskRuntime.start(Distribution.home(), "default", Map.of())) {
            Distribution.Run r = Distribution.shell(rt, "desk:switch nowhere\nfeature:uninstall core\ndesk:list\n");
            assertEquals(1, r.status());
            assertTrue(r.out().contains("error: no desk 'nowhere'"), r.out());
            assertTrue(r.out().contains("error: feature 'core' is included by"), r.out());
            assertTrue(r.out().contains("* default"), "the last line still ran: " + r.out());
        }
    }

    /** Every scope:function the Copydesk shell bundle registers, read from the service registry. */
    private static List<String> copydeskCommands(CopydeskRuntime rt) throws Exception {
        List<String> commands = new ArrayList<>();
        for (ServiceReference<?> ref : rt.context().getAllServiceReferences(null, "(osgi.command.scope=*)")) {
            if (ref.getBundle().getSymbolicName().equals("org.copydesk.shell") && !"gogo".equals(ref.getProperty("osgi.command.scope"))) {
                Object functions = ref.getProperty("osgi.command.function");
                for (String f : functions instanceof String[] a ? a : new String[] {String.valueOf(functions)}) {
                    commands.add(ref.getProperty("osgi.command.scope") + ":" + f);
                }
            }
        }
        return commands;
    }

    @Test
    void helpDescribesEveryCopydeskCommandIncludingTheKeywordOne() throws Exception {
        try (CopydeskRuntime rt = CopydeskRuntime.start(Distribution.home(), "default", Map.of())) {
            Distribution.Run r = Distribution.shell(rt, "help desk:switch\n");
            assertEquals(0, r.status(), r.out());
            assertTrue(r.out().contains("switch the running runtime to another desk") && r.out().contains("the desk, as desk:list shows it"), r.out());

            List<String> commands = copydeskCommands(rt);
            assertTrue(commands.containsAll(List.of("desk:switch", "config:list", "config:show", "article:process")), commands.toString());
            for (String command : commands) {
                r = Distribution.shell(rt, "help " + command + "\n");
                assertEquals(0, r.status(), r.out());
                String scope = command.substring(0, command.indexOf(':'));
                assertTrue(r.out().contains(" - ") && r.out().contains("scope: " + scope), command + ": " + r.out());
            }
            r = Distribution.shell(rt, "help\n");
            for (String command : commands) {
                assertTrue(r.out().contains(command + "\n"), "help lists " + command + ": " + r.out());
            }
        }
    }

    @Test
    void configShowsEachAttributeWithItsDefaultAndTheDesksValue() throws Exception {
        try (CopydeskRuntime rt = CopydeskRuntime.start(Distribution.home(), "world", Map.of())) {
            Distribution.Run r = Distribution.shell(rt, "config:list\n");
            assertEquals(0, r.status(), r.out());
            assertTrue(r.out().contains("* org.copydesk.pipeline ") && r.out().contains("Copydesk pipeline"), r.out());
            assertTrue(r.out().contains("  org.copydesk.time.tagger ") && r.out().contains("  org.copydesk.trust "), "unset PIDs are listed too: " + r.out());

            r = Distribution.shell(rt, "config:show org.copydesk.pipeline\n");
            assertEquals(0, r.status(), r.out());
            String timeout = r.out().substring(r.out().indexOf("stage.timeout"));
            assertTrue(timeout.startsWith("stage.timeout (Long)\n      default: 30000\n      current: 60000\n"), r.out());
            assertTrue(r.out().contains("disabled (list of String)") && r.out().contains("current: (default)"), r.out());

            r = Distribution.shell(rt, "desk:switch default\nconfig:show org.copydesk.pipeline\nconfig:show org.copydesk.nothing\n");
            assertEquals(1, r.status(), r.out());
            timeout = r.out().substring(r.out().indexOf("stage.timeout"));
            assertTrue(timeout.contains("current: (default)") && !timeout.contains("60000"), "the default desk sets no timeout: " + r.out());
            assertTrue(r.out().contains("error: no configurable PID 'org.copydesk.nothing'"), r.out());
        }
    }
}
