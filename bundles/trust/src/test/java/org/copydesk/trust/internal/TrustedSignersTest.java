package org.copydesk.trust.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import jdk.security.jarsigner.JarSigner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jars signed in the test with fresh keys: only an unaltered jar signed by a listed signer passes. */
class TrustedSignersTest {
    private static final String PASSWORD = "changeit";
    private static final Map<String, String> CONTENT = Map.of(
            "org/example/stage/Stage.class", "pretend byte code",
            "OSGI-INF/org.example.stage.xml", "<component/>");

    @TempDir
    static Path tmp;

    private static KeyStore.PrivateKeyEntry editor;
    private static KeyStore.PrivateKeyEntry stranger;

    /** A key pair with a self-signed certificate, made by the JDK's keytool as an admin would. */
    private static KeyStore.PrivateKeyEntry newKey(String name) throws Exception {
        Path store = tmp.resolve(name + ".p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name + ", O=Copydesk test",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool: " + said);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return (KeyStore.PrivateKeyEntry) ks.getEntry(name, new KeyStore.PasswordProtection(PASSWORD.toCharArray()));
    }

    @BeforeAll
    static void keys() throws Exception {
        editor = newKey("editor");
        stranger = newKey("stranger");
    }

    private static Path unsignedJar(String name) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.stage");
        Path jar = tmp.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            for (String entry : new java.util.TreeSet<>(CONTENT.keySet())) {
                out.putNextEntry(new JarEntry(entry));
                out.write(CONTENT.get(entry).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path signed(String name, KeyStore.PrivateKeyEntry key) throws Exception {
        Path unsigned = unsignedJar("unsigned-" + name);
        Path jar = tmp.resolve(name);
        PrivateKey privateKey = key.getPrivateKey();
        JarSigner signer = new JarSigner.Builder(privateKey,
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(key.getCertificateChain()))).build();
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(jar)) {
            signer.sign(in, out);
        }
        return jar;
    }

    /** A copy of the jar with one entry's bytes replaced or, when absent, added. */
    private static Path altered(Path jar, String entry, String content) throws IOException {
        Path copy = tmp.resolve("altered-" + jar.getFileName());
        boolean replaced = false;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                    replaced = true;
                } else {
                    in.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return copy;
    }

    private static X509Certificate certificate(KeyStore.PrivateKeyEntry key) {
        return (X509Certificate) key.getCertificate();
    }

    private static TrustedSigners trusting(KeyStore.PrivateKeyEntry key) {
        return new TrustedSigners(List.of(certificate(key)));
    }

    @Test
    void aJarSignedByAListedSignerMayRun() throws Exception {
        assertEquals(Optional.empty(), trusting(editor).refusal(signed("by-editor.jar", editor)));
    }

    @Test
    void aJarSignedBySomeoneElseIsRefusedNamingTheSigner() throws Exception {
        Optional<String> why = trusting(editor).refusal(signed("by-stranger.jar", stranger));
        assertTrue(why.isPresent() && why.get().startsWith("is signed by CN=stranger"), why.toString());
    }

    @Test
    void aSignedJarChangedAfterSigningIsRefused() throws Exception {
        Path jar = signed("to-tamper.jar", editor);
        Optional<String> changed = trusting(editor).refusal(altered(jar, "org/example/stage/Stage.class", "other byte code"));
        assertTrue(changed.isPresent() && changed.get().startsWith("does not match its signature"), changed.toString());

        Optional<String> added = trusting(editor).refusal(altered(jar, "org/example/stage/Extra.class", "smuggled in"));
        assertEquals(Optional.of("has an unsigned entry org/example/stage/Extra.class"), added);

        String manifest;
        try (ZipFile in = new ZipFile(jar.toFile())) {
            manifest = new String(in.getInputStream(in.getEntry("META-INF/MANIFEST.MF")).readAllBytes(), StandardCharsets.UTF_8);
        }
        Path renamed = altered(jar, "META-INF/MANIFEST.MF", manifest.replace("Bundle-SymbolicName: org.example.stage", "Bundle-SymbolicName: org.example.other"));
        assertTrue(trusting(editor).refusal(renamed).isPresent(), "a signed jar's headers cannot be changed either");
    }

    @Test
    void anUnsignedJarIsRefused() throws Exception {
        assertEquals(Optional.of("is not signed"), trusting(editor).refusal(unsignedJar("plain.jar")));
    }

    @Test
    void certificatesLoadFromPemAndDerFilesRelativeToTheHome() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.createDirectories(home.resolve("config/desks/world"));
        byte[] der = certificate(editor).getEncoded();
        Files.write(home.resolve("config/desks/world/editor.der"), der);
        Files.writeString(home.resolve("stranger.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate(stranger).getEncoded())
                + "\n-----END CERTIFICATE-----\n");

        List<String> problems = new ArrayList<>();
        TrustedSigners both = TrustedSigners.load(new String[] {"config/desks/world/editor.der", home.resolve("stranger.pem").toString()},
                home, problems);
        assertEquals(List.of(), problems);
        assertEquals(Optional.empty(), both.refusal(signed("for-both-1.jar", editor)));
        assertEquals(Optional.empty(), both.refusal(signed("for-both-2.jar", stranger)));

        TrustedSigners none = TrustedSigners.load(new String[] {"missing.pem"}, home, problems);
        assertTrue(none.isEmpty());
        assertTrue(problems.size() == 1 && problems.get(0).contains(home.resolve("missing.pem").toString()), problems.toString());
    }

    @Test
    void onlyTheManifestAndSignatureFilesGoUnsigned() {
        for (String name : List.of("META-INF/MANIFEST.MF", "META-INF/EDITOR.SF", "META-INF/EDITOR.EC", "META-INF/X.RSA", "META-INF/SIG-X")) {
            assertTrue(TrustedSigners.isSignatureFile(name), name);
        }
        for (String name : List.of("META-INF/maven/x/pom.properties", "OSGI-INF/x.xml", "x.SF", "META-INF/services/a.b.C")) {
            assertFalse(TrustedSigners.isSignatureFile(name), name);
        }
    }
}
