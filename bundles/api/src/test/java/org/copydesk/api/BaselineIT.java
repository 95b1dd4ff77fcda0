package org.copydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a copy of the API module with Maven, once as it is and once with a method removed from an
 * exported package whose version was not raised: the first build passes, the second fails on bnd's
 * baseline. So a breaking API change cannot slip into a build.
 */
class BaselineIT {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.getParent().getParent();

    @TempDir
    Path tmp;

    private Path copyOfTheApiBuild() throws IOException {
        Files.writeString(tmp.resolve("pom.xml"), Files.readString(ROOT.resolve("pom.xml"))
                .replaceAll("(?s)<modules>.*?</modules>", "<modules><module>bundles</module></modules>"));
        Files.createDirectories(tmp.resolve("bundles"));
        Files.writeString(tmp.resolve("bundles/pom.xml"), Files.readString(ROOT.resolve("bundles/pom.xml"))
                .replaceAll("(?s)<modules>.*?</modules>", "<modules><module>api</module></modules>"));
        copy(ROOT.resolve("bundles/baseline"), tmp.resolve("bundles/baseline"));
        Path api = tmp.resolve("bundles/api");
        for (String part : List.of("pom.xml", "bnd.bnd", "src/main")) {
            copy(MODULE.resolve(part), api.resolve(part));
        }
        return api;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }

    private record Build(int status, String log) {
    }

    private Build mvn() throws IOException, InterruptedException {
        Path log = tmp.resolve("build.log");
        // online, like the outer build: the nested one may need a plugin the outer build fetches only
        // later (the baseline plugin runs at verify, after this test); the outer build's local
        // repository is passed on, so nothing is fetched twice
        List<String> command = new java.util.ArrayList<>(List.of("mvn", "-B", "verify", "-DskipTests",
                "-Dmaven.multiModuleProjectDirectory=" + tmp));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Process p = new ProcessBuilder(command)
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the nested build did not finish in 300 s");
        }
        return new Build(p.exitValue(), Files.readString(log));
    }

    @Test
    void aBreakingChangeWithoutAVersionBumpFailsTheBuild() throws Exception {
        Path api = copyOfTheApiBuild();
        Build unchanged = mvn();
        assertEquals(0, unchanged.status(), "the unchanged API builds: " + tail(unchanged.log()));

        // the model is at 2.0.0, a major step past the baseline's 1.0.0; the stage contracts are not
        Path pipeline = api.resolve("src/main/java/org/copydesk/api/stage/Pipeline.java");
        String source = Files.readString(pipeline);
        String removed = source.replaceFirst("(?s)    /\\*\\* The file extension of a format's output.*?;\\n", "");
        assertNotEquals(source, removed, "the test removes Pipeline.extension(String)");
        Files.writeString(pipeline, removed);
        Build broken = mvn();
        assertNotEquals(0, broken.status(), "removing a public method must fail the build");
        assertTrue(broken.log().contains("org.copydesk.api.stage") && broken.log().contains("MAJOR"), tail(broken.log()));
    }

    private static String tail(String log) {
        return log.length() < 4000 ? log : log.substring(log.length() - 4000);
    }
}
