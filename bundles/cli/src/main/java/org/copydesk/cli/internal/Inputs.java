package org.copydesk.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's inputs: files as given, folders to the regular files below them in name order. */
final class Inputs {
    private Inputs() {
    }

    static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    out.add(p); // reported as this input's failure when it is read
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
