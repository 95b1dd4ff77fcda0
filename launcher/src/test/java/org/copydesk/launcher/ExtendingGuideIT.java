package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows docs/extending.md to the letter: its {@code sh} blocks, in order, in one shell, in a fresh
 * copy of the repository (no build output in it), as a new bundle developer would type them.
 */
class ExtendingGuideIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SH_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```");
    /** What a fresh clone does not have: build output, installed packages, the repository's history. */
    private static final Set<String> NOT_IN_A_CLONE = Set.of("target", "node_modules", ".git");

    @TempDir
    Path tmp;

    static List<String> steps(String guide) {
        List<String> steps = new ArrayList<>();
        Matcher m = SH_BLOCK.matcher(guide);
        while (m.find()) {
            steps.add(m.group(1));
        }
        return steps;
    }

    @Test
    void theGuidesCommandsBuildAndRunTheExampleFromAFreshClone() throws Exception {
        List<String> steps = steps(Files.readString(ROOT.resolve("docs/extending.md")));
        assertTrue(steps.size() >= 4, "the guide's step-by-step blocks: " + steps);
        Path clone = copyOfTheRepository(tmp.resolve("copydesk"));

        ProcessBuilder shell = new ProcessBuilder("bash", "-euo", "pipefail", "-c", String.join("\n", steps))
                .directory(clone.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("guide.log").toFile());
        // the nested builds use this build's local repository, so nothing is fetched twice
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            shell.environment().merge("MAVEN_OPTS", "-Dmaven.repo.local=" + repository, (a, b) -> a + " " + b);
        }
        Process p = shell.start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the guide's commands did not finish in 15 minutes");
        }
        String log = Files.readString(tmp.resolve("guide.log"));
        assertEquals(0, p.exitValue(), "a step of docs/extending.md failed:\n" + tail(log));
        assertTrue(log.contains("\"readingMinutes\"") && log.contains("\"reading-time\""),
                "the example's stage ran on the article:\n" + tail(log));
    }

    private static Path copyOfTheRepository(Path to) throws IOException {
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (NOT_IN_A_CLONE.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(ROOT.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(ROOT.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        return to;
    }

    private static String tail(String log) {
        return log.length() < 6000 ? log : log.substring(log.length() - 6000);
    }
}
