package org.copydesk.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The framework's storage: a folder of its own in the temp folder per run, removed when the runtime
 * closes. A run that was killed (kill -9, a power cut) cannot remove its folder, so each folder names
 * the process that owns it and every start removes the folders of processes that are gone.
 */
final class FrameworkStorage {
    private static final String PREFIX = "copydesk-felix-";
    private static final String OWNER = "owner.pid";

    private FrameworkStorage() {
    }

    static Path create() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        removeAbandoned(tmp);
        Path storage = Files.createTempDirectory(tmp, PREFIX);
        Files.writeString(storage.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
        return storage;
    }

    /** Removes the storage folders whose owning process no longer runs; folders without an owner are left alone. */
    static void removeAbandoned(Path tmp) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path folder : folders) {
                if (abandoned(folder)) {
                    delete(folder);
                }
            }
        } catch (IOException | SecurityException e) {
            // another user's folder, or a temp folder we may not list: not ours to tidy
        }
    }

    private static boolean abandoned(Path folder) {
        try {
            long pid = Long.parseLong(Files.readString(folder.resolve(OWNER)).trim());
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // what could not be removed now is removed by the next start, once this process is gone
        }
    }
}
