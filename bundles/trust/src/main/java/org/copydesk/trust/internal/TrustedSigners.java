package org.copydesk.trust.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The signers a desk trusts: X.509 certificates. A jar is trusted when every entry but the
 * signature files is signed, unaltered, by a key whose own certificate is one of them. The signer's
 * certificate itself must be listed: a chain in a jar is not checked, so trusting a CA through it
 * would trust anyone who copies the CA's certificate into their signature.
 */
final class TrustedSigners {
    private final List<X509Certificate> certificates;
    private final Map<String, Optional<String>> verdicts = new ConcurrentHashMap<>();

    TrustedSigners(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    /**
     * Reads the certificate files (PEM or DER, one or more certificates each), relative paths
     * against {@code home}. A file that cannot be read is reported and trusts nobody.
     */
    static TrustedSigners load(String[] files, Path home, List<String> problems) {
        List<X509Certificate> certs = new ArrayList<>();
        for (String f : files) {
            Path p = home.resolve(f.trim());
            try (InputStream in = Files.newInputStream(p)) {
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    certs.add((X509Certificate) c);
                }
            } catch (IOException | CertificateException e) {
                problems.add("cannot read signer certificate " + p + ": " + e.getMessage());
            }
        }
        return new TrustedSigners(certs);
    }

    boolean isEmpty() {
        return certificates.isEmpty();
    }

    /** Empty when the jar may run; otherwise why not, to follow "it" in the refusal. Cached per jar version. */
    Optional<String> refusal(Path jar) {
        String key;
        try {
            key = TrustHook.version(jar);
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
        return verdicts.computeIfAbsent(key, k -> verify(jar));
    }

    private Optional<String> verify(Path jar) {
        boolean signedAny = false;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream()); // signatures are checked as an entry is read
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null) {
                    return Optional.of(signedAny || hasSignature(file) ? "has an unsigned entry " + entry.getName() : "is not signed");
                }
                if (!trusts(signers)) {
                    return Optional.of("is signed by " + subjects(signers) + ", not by a listed signer");
                }
                signedAny = true;
            }
        } catch (SecurityException e) {
            return Optional.of("does not match its signature (" + e.getMessage() + ")");
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
        return signedAny ? Optional.empty() : Optional.of("has nothing signed");
    }

    private boolean trusts(CodeSigner[] signers) {
        for (CodeSigner s : signers) {
            if (certificates.contains(s.getSignerCertPath().getCertificates().get(0))) {
                return true;
            }
        }
        return false;
    }

    private static String subjects(CodeSigner[] signers) {
        List<String> names = new ArrayList<>();
        for (CodeSigner s : signers) {
            names.add(((X509Certificate) s.getSignerCertPath().getCertificates().get(0)).getSubjectX500Principal().getName());
        }
        return String.join(" and ", names);
    }

    private static boolean hasSignature(JarFile file) {
        return file.stream().anyMatch(e -> isSignatureFile(e.getName()) && !e.getName().equals(JarFile.MANIFEST_NAME));
    }

    /** The manifest and the signature files jarsigner writes, which sign the rest rather than being signed. */
    static boolean isSignatureFile(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (!n.startsWith("META-INF/") || n.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = n.substring("META-INF/".length());
        return file.equals("MANIFEST.MF") || file.startsWith("SIG-") || file.endsWith(".SF") || file.endsWith(".RSA")
                || file.endsWith(".DSA") || file.endsWith(".EC");
    }
}
