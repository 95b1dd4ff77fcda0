package org.copydesk.boot;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The desks of a Copydesk home: each is a folder {@code config/desks/NAME/} holding a
 * {@code desk.properties} ({@code description}, {@code features} as a comma-separated list) and the
 * desk's {@code *.config} settings.
 */
public final class DeskCatalog {
    public static final String DESK_FILE = "desk.properties";

    private final Path desksDir;

    public DeskCatalog(Path home) {
        this.desksDir = home.resolve("config").resolve("desks");
    }

    public List<String> names() throws BootException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(desksDir)) {
            return names;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(desksDir, Files::isDirectory)) {
            for (Path d : dirs) {
                if (Files.isRegularFile(d.resolve(DESK_FILE))) {
                    names.add(d.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new BootException(desksDir + ": cannot list desks: " + e.getMessage(), e);
        }
        names.sort(null);
        return names;
    }

    public Desk load(String name) throws BootException {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new BootException("'" + name + "' is not a desk name (letters, digits, '.', '_', '-')");
        }
        Path file = desksDir.resolve(name).resolve(DESK_FILE);
        if (!Files.isRegularFile(file)) {
            throw new BootException("no desk '" + name + "': " + file + " does not exist (desks: "
                    + String.join(", ", names()) + ")");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new BootException(file + ": unreadable: " + e.getMessage(), e);
        }
        String features = p.getProperty("features", "").trim();
        if (features.isEmpty()) {
            throw new BootException(file + ": names no features (features=a,b,...)");
        }
        List<String> list = Arrays.stream(features.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        return new Desk(name, p.getProperty("description", "").trim(), list, file);
    }
}
