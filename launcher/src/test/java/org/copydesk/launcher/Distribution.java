package org.copydesk.launcher;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** The assembled distribution under test, and helpers to run it and to make bundles for it. */
final class Distribution {
    private Distribution() {
    }

    /** The distribution {@code mvn package} assembled (failsafe passes its path). */
    static Path home() {
        Path h = Path.of(System.getProperty("copydesk.home", "target/copydesk")).toAbsolutePath();
        if (!Files.isExecutable(h.resolve("bin/copydesk"))) {
            throw new IllegalStateException("no distribution at " + h + ": run mvn package first");
        }
        return h;
    }

    /** A result of running bin/copydesk. */
    record Run(int status, String out, String err) {
    }

    static Run cli(Path home, Path cwd, String... args) throws IOException, InterruptedException {
        return cli(home, cwd, Map.of(), args);
    }

    /** Runs bin/copydesk with these environment variables changed (an empty value removes one). */
    static Run cli(Path home, Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("bin/copydesk").toString());
        cmd.addAll(List.of(args));
        Path outFile = Files.createTempFile("copydesk-out", ".txt");
        Path errFile = Files.createTempFile("copydesk-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(outFile.toFile())
                    .redirectError(errFile.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            env.forEach((name, value) -> {
                if (value.isEmpty()) {
                    pb.environment().remove(name);
                } else {
                    pb.environment().put(name, value);
                }
            });
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("copydesk " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Run(p.exitValue(), Files.readString(outFile), Files.readString(errFile));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    /** Runs a command in a runtime that is already up, as the launcher would. */
    static Run command(CopydeskRuntime rt, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = rt.command(args[0]).run(args, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Feeds a script to {@code copydesk shell} in a runtime that is already up; the shell prints everything to out. */
    static Run shell(CopydeskRuntime rt, String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = rt.command("shell").run(new String[] {"shell"},
                new java.io.ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), print, print);
        return new Run(status, out.toString(StandardCharsets.UTF_8), "");
    }

    /** A copy of the distribution that a test may change (bundles and lib are linked, not copied). */
    static Path copy(Path home, Path to) throws IOException {
        for (String dir : List.of("config", "features", "samples")) {
            try (Stream<Path> walk = Files.walk(home.resolve(dir))) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path t = to.resolve(home.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(t);
                    } else {
                        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.createDirectories(to.resolve("bundles"));
        try (Stream<Path> jars = Files.list(home.resolve("bundles"))) {
            for (Path j : (Iterable<Path>) jars::iterator) {
                Files.createSymbolicLink(to.resolve("bundles").resolve(j.getFileName()), j);
            }
        }
        Files.createSymbolicLink(to.resolve("lib"), home.resolve("lib"));
        Files.createDirectories(to.resolve("bin"));
        Files.copy(home.resolve("bin/copydesk"), to.resolve("bin/copydesk"));
        return to;
    }

    /** Puts the jars on a desk's trust list (config/desks/DESK/org.copydesk.trust.config). */
    static void trust(Path home, String desk, Map<String, Path> jarsBySymbolicName) throws Exception {
        List<String> entries = new ArrayList<>();
        for (Map.Entry<String, Path> e : jarsBySymbolicName.entrySet()) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(e.getValue()));
            entries.add("\"" + e.getKey() + ";sha256:" + java.util.HexFormat.of().formatHex(digest) + "\"");
        }
        Files.writeString(home.resolve("config/desks").resolve(desk).resolve("org.copydesk.trust.config"),
                "allowed=[" + String.join(",", entries) + "]\n");
    }

    /** What a test stage bundle imports: the model and stage contracts in the versions the API exports. */
    static final String STAGE_IMPORTS =
            "org.copydesk.api.model;version=\"[2.0,3)\",org.copydesk.api.stage;version=\"[1.0,2)\",org.osgi.framework";

    /**
     * Writes a bundle jar: the given manifest headers plus the compiled test classes of one package
     * (from target/test-classes), so the classes load inside the framework, not from the test's class path.
     */
    static Path bundle(Path jar, Map<String, String> headers, String classPackage) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        headers.forEach(m.getMainAttributes()::putValue);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            if (classPackage != null) {
                String dir = classPackage.replace('.', '/');
                Path classes = Path.of("target/test-classes").resolve(dir);
                try (Stream<Path> files = Files.list(classes)) {
                    for (Path c : (Iterable<Path>) files::iterator) {
                        j.putNextEntry(new JarEntry(dir + "/" + c.getFileName()));
                        j.write(Files.readAllBytes(c));
                        j.closeEntry();
                    }
                }
            }
        }
        return jar;
    }
}
