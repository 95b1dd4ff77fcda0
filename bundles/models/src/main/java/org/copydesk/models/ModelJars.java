package org.copydesk.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Version;

/**
 * Model bundles as jar files. The manifest makes the jar a bundle without code (symbolic name and
 * version), and names the model: {@code Copydesk-Model} its kind ({@code entities}, {@code strip}),
 * {@code Copydesk-Model-File} and {@code Copydesk-Model-Metadata} its two entries.
 */
public final class ModelJars {
    public static final String KIND = "Copydesk-Model";
    public static final String FILE = "Copydesk-Model-File";
    public static final String METADATA = "Copydesk-Model-Metadata";
    private static final String METADATA_PATH = "model/metadata.json";

    private ModelJars() {
    }

    /**
     * Writes a model bundle, atomically: the jar appears complete or not at all (a deploy folder
     * never sees half a jar).
     *
     * @param modelName the model file's name inside the jar, under {@code model/}
     */
    public static void write(Path out, String kind, String symbolicName, Version version, String modelName, byte[] model,
                             String metadataJson) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version.toString());
        a.putValue("Bundle-Name", "Copydesk " + kind + " model " + symbolicName);
        a.putValue(KIND, kind);
        a.putValue(FILE, "model/" + modelName);
        a.putValue(METADATA, METADATA_PATH);
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".model-", ".part");
        try {
            try (OutputStream o = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(o, m)) {
                put(jar, "model/" + modelName, model);
                put(jar, METADATA_PATH, metadataJson.getBytes(StandardCharsets.UTF_8));
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        JarEntry e = new JarEntry(name);
        e.setTime(0);
        jar.putNextEntry(e);
        jar.write(bytes);
        jar.closeEntry();
    }

    /**
     * Reads a model jar from a file (the whole jar is read now, so the file may go afterwards).
     *
     * @throws IOException naming the file when it is not a model bundle
     */
    public static ModelBundle read(Path jar) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        Attributes a;
        try (JarFile f = new JarFile(jar.toFile())) {
            Manifest m = f.getManifest();
            if (m == null || m.getMainAttributes().getValue(KIND) == null) {
                throw new IOException(jar + " is not a model bundle (its manifest has no " + KIND + " header)");
            }
            a = m.getMainAttributes();
            for (String path : new String[] {a.getValue(FILE), a.getValue(METADATA)}) {
                JarEntry e = path == null ? null : f.getJarEntry(path);
                if (e != null) {
                    entries.put(path, f.getInputStream(e).readAllBytes());
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException(jar + " is not a jar file");
        }
        return of(a::getValue, jar.toAbsolutePath().toString(), -1,
                p -> entries.containsKey(p) ? new ByteArrayInputStream(entries.get(p)) : null);
    }

    /** The model a manifest describes, or null when its headers do not name one. */
    static ModelBundle of(java.util.function.Function<String, String> headers, String location, long bundleId,
                          ModelBundle.Entries entries) {
        String kind = headers.apply(KIND);
        String file = headers.apply(FILE);
        String bsn = headers.apply("Bundle-SymbolicName");
        if (kind == null || file == null || bsn == null) {
            return null;
        }
        Version version;
        try {
            version = Version.parseVersion(headers.apply("Bundle-Version"));
        } catch (IllegalArgumentException e) {
            version = Version.emptyVersion;
        }
        return new ModelBundle(kind.strip(), bsn.split(";")[0].strip(), version, location, bundleId, file.strip(),
                headers.apply(METADATA), entries);
    }
}
