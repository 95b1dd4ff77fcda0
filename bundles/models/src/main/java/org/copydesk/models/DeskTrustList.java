package org.copydesk.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A desk's trust list file ({@code config/desks/DESK/org.copydesk.trust.config}, FileInstall's
 * typed format): adds one {@code allowed} entry and keeps every other line as it was. FileInstall
 * watches the desk's folder, so the change applies without a restart; {@link #applied} waits for it.
 */
public final class DeskTrustList {
    private static final Pattern ALLOWED = Pattern.compile("^allowed\\s*=\\s*\\[(.*)]\\s*$");
    private static final Pattern ENTRY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private DeskTrustList() {
    }

    /** The trust list file of a desk in a Copydesk home. */
    public static Path file(Path home, String desk) {
        return home.resolve("config/desks").resolve(desk).resolve("org.copydesk.trust.config");
    }

    /** Adds {@code entry} ("symbolic.name;sha256:…") unless it is there; returns whether the file changed. */
    public static boolean allow(Path file, String entry) throws IOException {
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

    /**
     * Whether the trust component's configuration ({@code org.copydesk.trust}) lists the entry, waiting
     * up to {@code millis} for FileInstall to apply the file.
     */
    public static boolean applied(ConfigurationAdmin configs, String entry, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            try {
                Configuration[] found = configs.listConfigurations("(service.pid=org.copydesk.trust)");
                Dictionary<String, Object> p = found == null ? null : found[0].getProperties();
                Object allowed = p == null ? null : p.get("allowed");
                if (allowed instanceof String[] a && Arrays.asList(a).contains(entry)
                        || allowed instanceof Collection<?> c && c.contains(entry)) {
                    return true;
                }
            } catch (IOException | InvalidSyntaxException e) {
                return false;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String line(List<String> entries) {
        return "allowed=[" + String.join(",", entries.stream().map(x -> "\"" + x + "\"").toList()) + "]";
    }
}
