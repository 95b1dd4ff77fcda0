package org.copydesk.time.tagger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The holiday rule pack: an admin-editable file, re-read when its modification time changes, or the
 * pack built into the bundle when there is no such file. A file that fails to parse keeps the last
 * good pack, so a typo cannot switch holidays off.
 */
final class HolidaySource {
    private final Path file;
    private volatile Holidays current;
    private volatile long stamp = Long.MIN_VALUE;

    HolidaySource(Path file) {
        this.file = file;
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
                        System.getLogger(HolidaySource.class.getName()).log(System.Logger.Level.WARNING,
                                "keeping the previous holiday rules: " + e.getMessage());
                    }
                    stamp = now;
                }
            }
        }
        return current;
    }
}
