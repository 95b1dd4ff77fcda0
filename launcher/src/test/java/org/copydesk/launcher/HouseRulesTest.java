package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The house rules every module under bundles/ keeps, checked on the built jars (this module builds
 * last): folder {@code bundles/X-Y} = artifactId = Bundle-SymbolicName = Java package root
 * {@code org.copydesk.X.Y}; what a bundle does not export lives in {@code .internal} packages; DS
 * component names and configuration PIDs start with the symbolic name; a bundle that exports
 * packages is baselined against a release in bundles/baseline; bundles print nothing themselves
 * (they log through the OSGi Log Service), except the commands that own the terminal and the
 * runtime's log listener, whose job is to show the log's warnings on standard error.
 */
class HouseRulesTest {
    private static final Path BUNDLES = Path.of("..", "bundles").toAbsolutePath().normalize();
    /** The command bundles whose output is the user's terminal, and the runtime that shows the log there. */
    private static final Set<String> CONSOLE = Set.of("cli", "shell", "runtime");
    private static final Pattern NAMED = Pattern.compile("<(?:scr:component|OCD|Designate)\\b[^>]*?\\b(?:name|id|pid|factoryPid)=\"([^\"]+)\"");
    private static final Pattern PRINTS = Pattern.compile("System\\.(?:err|out)\\b|printStackTrace\\(");

    @TestFactory
    Stream<DynamicTest> everyModuleFollowsTheHouseRules() throws IOException {
        List<Path> modules;
        try (Stream<Path> dirs = Files.list(BUNDLES)) {
            modules = dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).sorted().toList();
        }
        assertFalse(modules.isEmpty(), "no modules under " + BUNDLES);
        return modules.stream().map(m -> DynamicTest.dynamicTest(m.getFileName().toString(), () -> check(m)));
    }

    private static void check(Path module) throws IOException {
        String folder = module.getFileName().toString();
        String root = "org.copydesk." + folder.replace('-', '.');
        List<String> problems = new ArrayList<>();

        String artifact = artifactId(Files.readString(module.resolve("pom.xml")));
        if (!root.equals(artifact)) {
            problems.add("artifactId is " + artifact + ", expected " + root);
        }
        Set<String> packages = packages(module.resolve("src/main/java"));
        Path jar = jar(module);
        Set<String> exported = new TreeSet<>();
        if (jar != null) {
            try (JarFile j = new JarFile(jar.toFile())) {
                String bsn = j.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                if (bsn != null && !root.equals(bsn.split(";")[0].trim())) {
                    problems.add("Bundle-SymbolicName is " + bsn + ", expected " + root);
                }
                String exports = j.getManifest().getMainAttributes().getValue("Export-Package");
                if (exports != null) {
                    for (String p : exports.replaceAll("\"[^\"]*\"", "").split(",")) {
                        exported.add(p.split(";")[0].trim());
                    }
                }
                for (var e : Collections.list(j.entries())) {
                    if (e.getName().startsWith("OSGI-INF/") && e.getName().endsWith(".xml")) {
                        Matcher names = NAMED.matcher(new String(j.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                        while (names.find()) {
                            if (!within(names.group(1), root)) {
                                problems.add(e.getName() + " names " + names.group(1) + ", outside " + root);
                            }
                        }
                    }
                }
            }
        } else {
            problems.add("no built jar in " + module.resolve("target"));
        }
        for (String p : packages) {
            if (!within(p, root)) {
                problems.add("package " + p + " is outside " + root);
            } else if (exported.contains(p) == p.contains(".internal")) {
                problems.add("package " + p + (exported.contains(p) ? " is internal but exported" : " is neither exported nor internal"));
            }
        }
        if (!exported.isEmpty() && !Files.isDirectory(BUNDLES.resolve("baseline/org/copydesk").resolve(root))) {
            problems.add("exports " + exported + " but has no release in bundles/baseline to be baselined against");
        }
        if (!CONSOLE.contains(folder)) {
            problems.addAll(prints(module.resolve("src/main/java")));
        }
        assertEquals(List.of(), problems, folder);
    }

    private static boolean within(String name, String root) {
        return name.equals(root) || name.startsWith(root + ".");
    }

    static String artifactId(String pom) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "").replaceAll("(?s)<dependencies>.*", "");
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(withoutParent);
        return m.find() ? m.group(1) : null;
    }

    private static Set<String> packages(Path sources) throws IOException {
        Set<String> out = new TreeSet<>();
        if (Files.isDirectory(sources)) {
            try (Stream<Path> walk = Files.walk(sources)) {
                walk.filter(p -> p.toString().endsWith(".java"))
                        .forEach(p -> out.add(sources.relativize(p.getParent()).toString().replace('/', '.')));
            }
        }
        return out;
    }

    private static Path jar(Path module) throws IOException {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.toString().endsWith(".jar") && !p.toString().matches(".*-(tests|sources|javadoc)\\.jar"))
                    .findFirst().orElse(null);
        }
    }

    private static List<String> prints(Path sources) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(sources)) {
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    List<String> lines = Files.readAllLines(p);
                    for (int i = 0; i < lines.size(); i++) {
                        if (PRINTS.matcher(lines.get(i)).find()) {
                            out.add(sources.relativize(p) + ":" + (i + 1) + " prints instead of logging: " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        return out;
    }
}
