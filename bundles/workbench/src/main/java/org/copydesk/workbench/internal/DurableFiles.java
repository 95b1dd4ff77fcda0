package org.copydesk.workbench.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that survive the machine going down: the bytes go to a temporary file beside the target,
 * which is flushed to the disk (fsync) and renamed into place, and then the folder is flushed too,
 * so the rename itself is on the disk. A stop at any moment leaves the old file or the new one.
 */
final class DurableFiles {
    static final String TEMP_PREFIX = ".tmp-";

    private DurableFiles() {
    }

    /** What is written, streamed to the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, byte[] content) {
        write(target, out -> out.write(content));
    }

    static void write(Path target, Content content) {
        Path dir = target.getParent();
        try {
            boolean made = !Files.isDirectory(dir);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, TEMP_PREFIX, "");
            try {
                try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    // closing what it is given only flushes it: the channel stays open for the fsync
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(c), 1 << 16) {
                        @Override
                        public void close() throws IOException {
                            flush();
                        }
                    };
                    content.writeTo(out);
                    out.flush();
                    c.force(true);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            syncFolder(dir);
            if (made) {
                syncFolder(dir.getParent()); // a new folder's name is an entry of its parent
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a file and makes its removal durable. */
    static void delete(Path file) {
        try {
            if (Files.deleteIfExists(file)) {
                syncFolder(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    /** Flushes a folder's entries (names created, renamed or removed in it) to the disk. */
    static void syncFolder(Path dir) throws IOException {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // some file systems cannot open a folder for reading; the file itself is already flushed
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }
}
