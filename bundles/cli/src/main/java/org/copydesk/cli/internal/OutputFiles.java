package org.copydesk.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Output files of one run: named after the input's base name, unique within the run, and written
 * through a temporary file that is renamed into place, so no reader ever sees half a file.
 */
final class OutputFiles {
    private final Path dir;
    private final Set<String> used = new HashSet<>();

    OutputFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Reserves the name for {@code stem.ext}, adding -2, -3 ... when an earlier input took it. */
    synchronized Path reserve(String stem, String ext) {
        String name = stem + "." + ext;
        for (int k = 2; !used.add(name); k++) {
            name = stem + "-" + k + "." + ext;
        }
        return dir.resolve(name);
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path target, Body body) throws IOException {
        // not createTempFile: its owner-only permissions would stay on the output
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
