package org.copydesk.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class ModelJarsTest {
    @Test
    void aWrittenModelBundleIsABundleAndReadsBack(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("out/m.jar");
        byte[] model = {1, 2, 3, 4};
        ModelJars.write(jar, "strip", "org.example.model.strip.desk", new Version(1, 2, 3, "20261206"), "rules.bin", model,
                "{\"epochs\": 3}");
        try (JarFile f = new JarFile(jar.toFile())) {
            var a = f.getManifest().getMainAttributes();
            assertEquals("2", a.getValue("Bundle-ManifestVersion"));
            assertEquals("org.example.model.strip.desk", a.getValue("Bundle-SymbolicName"));
            assertEquals("1.2.3.20261206", a.getValue("Bundle-Version"));
            assertEquals("strip", a.getValue(ModelJars.KIND));
        }
        ModelBundle m = ModelJars.read(jar);
        assertEquals("strip", m.kind());
        assertEquals(new Version(1, 2, 3, "20261206"), m.version());
        try (InputStream in = m.openModel()) {
            assertArrayEquals(model, in.readAllBytes());
        }
        assertEquals("{\"epochs\": 3}", m.metadata());
        try (var files = Files.list(jar.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside the jar");
        }
    }

    @Test
    void aJarWithoutTheHeaderIsNotAModel(@TempDir Path dir) throws IOException {
        Path notJar = Files.writeString(dir.resolve("x.jar"), "hello");
        IOException e = assertThrows(IOException.class, () -> ModelJars.read(notJar));
        assertTrue(e.getMessage().contains("x.jar is not a jar file"), e.getMessage());
        Path plain = dir.resolve("plain.jar");
        try (var o = new java.util.jar.JarOutputStream(Files.newOutputStream(plain), new java.util.jar.Manifest())) {
            o.putNextEntry(new java.util.jar.JarEntry("a.txt"));
        }
        e = assertThrows(IOException.class, () -> ModelJars.read(plain));
        assertTrue(e.getMessage().contains("is not a model bundle"), e.getMessage());
    }
}
