package org.copydesk.time.tagger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.log.Logger;

/**
 * The holiday rule pack: an admin-editable file, re-read when its modification time changes, or the
 * pack built into the bundle when there is no such file. A file that fails to parse keeps the last
 * good pack, so a typo cannot switch holidays off (and says so in the log).
 */
final class HolidaySource {
    private final Path file;
    private final Logger log;
    private volatile Holidays current;
    private volatile long stamp = Long.MIN_VALUE;

    /** {@code file} null: the built-in pack only; {@code log} is the tagger's. */
    HolidaySource(Path file, Logger log) {
        this.file = file;
        this.log = log;
        current = builtIn();
    }

    static Holidays builtIn() {
        try (InputStream in = HolidaySource.class.getResourceAsStream("holidays.txt")) {
            if (in == null) {
                throw new IllegalStateException("holidays.txt missing from the bundle");
            }
            return Holidays.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Holidays get() {
        if (file == null) {
            return current;
        }
        long now;
        try {
            now = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return current; // missing: keep what we have
        }
        if (now != stamp) {
            synchronized (this) {
                if (now != stamp) {
                    try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        current = Holidays.parse(r);
                    } catch (IOException e) {
                        log.warn("keeping the previous holiday rules: " + file + ": " + e.getMessage());
                    }
                    stamp = now;
                }
            }
        }
        return current;
    }
}
