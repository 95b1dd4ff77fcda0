package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

class DeployedBundlesTest {
    @TempDir
    Path deploy;

    private Path jar(String name) throws Exception {
        return jar(name, "org.example.stage");
    }

    private Path jar(String name, String symbolicName) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        if (symbolicName != null) {
            m.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        }
        Path jar = deploy.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.putNextEntry(new java.util.zip.ZipEntry("a/B.class"));
            j.write(new byte[4096]);
        }
        return jar;
    }

    @Test
    void aCorruptOrTruncatedJarIsSaidAndNotWaitedFor() throws Exception {
        Path good = jar("good.jar");
        byte[] whole = Files.readAllBytes(good);
        Files.write(deploy.resolve("truncated.jar"), Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(deploy.resolve("corrupt.jar"), "not a zip at all");
        Files.delete(good);
        BundleContext context = mock(BundleContext.class);
        when(context.getProperty("copydesk.deploy")).thenReturn(deploy.toString());
        when(context.getBundles()).thenReturn(new Bundle[0]);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        DeployedBundles.awaitSettled(context, 5000, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 4000, "no wait for jars that will never be taken in");
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, said.lines().count(), said);
        assertTrue(said.contains("copydesk: " + deploy.resolve("corrupt.jar") + ": left out of the runtime: not a readable jar (corrupt, truncated, or still being copied)"), said);
        assertTrue(said.contains("copydesk: " + deploy.resolve("truncated.jar") + ": left out of the runtime: not a readable jar"), said);
    }

    @Test
    void aBundleJarIsTakenInAndAPlainJarIsSaidToBeNoBundle() throws Exception {
        assertNull(DeployedBundles.unreadable(jar("ok.jar")));
        assertEquals("not an OSGi bundle: its manifest names no Bundle-SymbolicName (a plain library jar is wrapped as a bundle first)",
                DeployedBundles.unreadable(jar("library.jar", null)));
    }
}
