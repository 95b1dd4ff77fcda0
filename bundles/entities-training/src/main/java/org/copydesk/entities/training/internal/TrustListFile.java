package org.copydesk.entities.training.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The desk's trust list file ({@code config/desks/DESK/org.copydesk.trust.config}, FileInstall's
 * typed format): adds one {@code allowed} entry and keeps every other line as it was. FileInstall
 * watches the desk's folder, so the change applies without a restart.
 */
final class TrustListFile {
    private static final Pattern ALLOWED = Pattern.compile("^allowed\\s*=\\s*\\[(.*)]\\s*$");
    private static final Pattern ENTRY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private TrustListFile() {
    }

    /** Adds {@code entry} ("symbolic.name;sha256:…") unless it is there; returns whether the file changed. */
    static boolean allow(Path file, String entry) throws IOException {
        List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
        List<String> out = new ArrayList<>();
        boolean found = false;
        for (String line : lines) {
            Matcher m = ALLOWED.matcher(line.strip());
            if (found || !m.matches()) {
                out.add(line);
                continue;
            }
            found = true;
            List<String> entries = new ArrayList<>();
            Matcher e = ENTRY.matcher(m.group(1));
            while (e.find()) {
                entries.add(e.group(1));
            }
            if (entries.contains(entry)) {
                return false;
            }
            entries.add(entry);
            out.add(line(entries));
        }
        if (!found) {
            out.add(line(List.of(entry)));
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".trust-", ".part");
        Files.write(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static String line(List<String> entries) {
        return "allowed=[" + String.join(",", entries.stream().map(x -> "\"" + x + "\"").toList()) + "]";
    }
}
