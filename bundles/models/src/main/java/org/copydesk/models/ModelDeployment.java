package org.copydesk.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Puts a model bundle live on a desk, as the entity training view and {@code copydesk strip-train}
 * do: its entry ({@code symbolic.name;sha256:…}) goes onto the desk's trust list first, and only once
 * the runtime has that list is the jar copied (atomically) into the deploy folder, where FileInstall
 * installs it and the stage's {@link ModelTracker} takes it up for the next article.
 */
public final class ModelDeployment {
    /** Waits until the desk's trust list, as the runtime applied it, holds the entry. */
    @FunctionalInterface
    public interface TrustApplied {
        boolean await(String entry) throws InterruptedException;
    }

    private ModelDeployment() {
    }

    /** The trust list entry of a model bundle jar: its symbolic name and the SHA-256 of the file. */
    public static String trustEntry(Path jar) throws IOException {
        return ModelJars.read(jar).symbolicName() + ";sha256:" + sha256(jar);
    }

    /**
     * Trusts and deploys {@code jar} as {@code deploy/name}; returns the deployed file.
     *
     * @throws IOException when a file cannot be written or the trust list did not take the entry
     */
    public static Path deploy(Path jar, Path trustFile, Path deploy, String name, TrustApplied trust)
            throws IOException, InterruptedException {
        String entry = trustEntry(jar);
        DeskTrustList.allow(trustFile, entry);
        if (!trust.await(entry)) {
            throw new IOException("the desk's trust list did not take the new entry; is FileInstall watching "
                    + trustFile.getParent() + "?");
        }
        Files.createDirectories(deploy);
        Path target = deploy.resolve(name);
        Path tmp = Files.createTempFile(deploy, ".model-", ".part");
        try {
            Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(Path f) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest md = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
