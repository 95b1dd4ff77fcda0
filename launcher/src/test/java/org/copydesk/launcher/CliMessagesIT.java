package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong around a run, each said on one line in a reader's words, with no stack trace unless
 * {@code --verbose}: the output folder, the inputs' folders, the deploy folder.
 */
class CliMessagesIT {
    @TempDir
    Path tmp;

    private static boolean noStackTrace(String err) {
        return err.lines().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:"));
    }

    @Test
    void anOutputFolderThatIsAFileSaysSo() throws Exception {
        Path home = Distribution.home();
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--out", file.toString(), home.resolve("samples/port-strike.txt").toString());
        assertEquals(2, r.status());
        assertEquals("copydesk process: --out " + file + " is a file, not a folder: give a folder for the outputs", r.err().strip());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void linksThatLeadNowhereOrRoundInACircleAreSaidAndTheRestGoesOn() throws Exception {
        Path home = Distribution.home();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(home.resolve("samples/port-strike.txt"), in.resolve("a.txt"));
        Files.createSymbolicLink(in.resolve("again"), in);
        Files.createSymbolicLink(in.resolve("gone.txt"), tmp.resolve("nothing.txt"));
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--out", tmp.resolve("out").toString(), in.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("copydesk: " + in.resolve("again") + ": skipped: a symbolic link loop (it leads back to a folder above it)"), r.err());
        assertTrue(r.err().contains("copydesk: " + in.resolve("gone.txt") + ": skipped: a symbolic link that leads to no file"), r.err());
        assertTrue(r.err().contains("1 inputs, 1 articles, 2 failed"), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out/a.json")));
    }

    @Test
    void aCorruptTruncatedOrPlainJarInDeployIsSaidAndTheRunGoesOn() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Path deploy = Files.createDirectories(home.resolve("deploy"));
        Files.writeString(deploy.resolve("corrupt.jar"), "this is no jar");
        byte[] jar = Files.readAllBytes(Path.of(System.getProperty("copydesk.example.jar",
                "../bundles/example-readingtime/target/org.copydesk.example.readingtime-1.0.0.jar")));
        Files.write(deploy.resolve("truncated.jar"), java.util.Arrays.copyOf(jar, jar.length / 2));
        Distribution.bundle(deploy.resolve("library.jar"), Map.of(), null); // a manifest, but no bundle headers
        Distribution.Run r = Distribution.cli(home, tmp, "process", home.resolve("samples/port-strike.txt").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("copydesk: " + deploy.resolve("library.jar") + ": left out of the runtime: not an OSGi bundle"), r.err());
        assertTrue(r.err().contains("copydesk: " + deploy.resolve("corrupt.jar") + ": left out of the runtime: not a readable jar (corrupt, truncated, or still being copied)"), r.err());
        assertTrue(r.err().contains("copydesk: " + deploy.resolve("truncated.jar") + ": left out of the runtime: not a readable jar"), r.err());
        assertTrue(noStackTrace(r.err()), r.err());
    }

    @Test
    void aBundleWhoseActivatorThrowsIsNamedWithItsCause() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Path jar = Distribution.bundle(tmp.resolve("broken.jar"), Map.of("Bundle-SymbolicName", "org.copydesk.it.broken", "Bundle-Version", "1.0.0",
                "Bundle-Activator", "org.copydesk.launcher.it.broken.Activator", "Import-Package", "org.osgi.framework"),
                "org.copydesk.launcher.it.broken");
        Distribution.trust(home, "default", Map.of("org.copydesk.it.broken", jar));
        Files.copy(jar, Files.createDirectories(home.resolve("deploy")).resolve("broken.jar"));
        Distribution.Run r = Distribution.cli(home, tmp, "process", home.resolve("samples/port-strike.txt").toString());
        assertEquals(0, r.status(), "the article does not need the broken bundle: " + r.err());
        List<String> said = r.err().lines().filter(l -> l.contains("org.copydesk.it.broken")).toList();
        assertFalse(said.isEmpty(), r.err());
        assertTrue(said.stream().allMatch(l -> l.contains("IllegalStateException (the licence file is missing)")
                && l.contains("FileNotFoundException (/etc/copydesk-it/licence.key)")), r.err());
        assertTrue(noStackTrace(r.err()), r.err());
        Distribution.Run verbose = Distribution.cli(home, tmp, "--verbose", "process", home.resolve("samples/port-strike.txt").toString());
        assertTrue(verbose.err().contains("\tat org.copydesk.launcher.it.broken.Activator.start"), "--verbose shows where: " + verbose.err());
    }

    @Test
    void aBatchOnATerminalShowsItsProgressAndQuietWhenNot() throws Exception {
        Path home = Distribution.home();
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "util-linux script(1) gives the run a terminal; not installed here");
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = Files.readString(home.resolve("samples/port-strike.txt"));
        for (int i = 0; i < 1000; i++) {
            Files.writeString(in.resolve(String.format("story-%03d.txt", i)), text.replace("Rotterdam", "Port " + i));
        }
        Distribution.Run quiet = Distribution.cli(home, tmp, "process", "--out", tmp.resolve("quiet").toString(), in.toString());
        assertEquals(0, quiet.status(), quiet.err());
        assertEquals(1, quiet.err().lines().count(), "only the summary when standard error is a file: " + quiet.err());
        assertFalse(quiet.err().contains("\r"), quiet.err());

        // script(1) runs the command on a pseudo-terminal and copies what it shows to standard output
        String cmd = home.resolve("bin/copydesk") + " process --out " + tmp.resolve("shown") + " " + in;
        Process p = new ProcessBuilder(script.toString(), "-qec", cmd, "/dev/null").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String shown = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the batch ended");
        assertEquals(0, p.exitValue(), shown);
        assertTrue(shown.matches("(?s).*\\r[0-9,]+ of 1,000 inputs \\([0-9,]+ articles\\), \\d+/s, 0 failed, [0-9:?]+ left.*"), shown);
        assertTrue(shown.contains("copydesk: 1000 inputs, 1000 articles, 0 failed"), shown);
    }
}
