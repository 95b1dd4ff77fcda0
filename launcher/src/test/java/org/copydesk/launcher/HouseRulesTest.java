package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * after every bundle): folder {@code bundles/X-Y} = artifactId = Bundle-SymbolicName = Java package root
 * {@code org.copydesk.X.Y}; what a bundle does not export lives in {@code .internal} packages; DS
 * component names and configuration PIDs start with the symbolic name; a bundle that exports
 * packages is baselined against a release in bundles/baseline; bundles print nothing themselves
 * (they log through the OSGi Log Service), except the commands that own the terminal and programs
 * with a main method. A module that is not a bundle (the Beam job) keeps the names, not the
 * bundle rules.
 */
class HouseRulesTest {
    private static final Path BUNDLES = Path.of("..", "bundles").toAbsolutePath().normalize();
    /** The command bundles whose output is the user's terminal. */
    private static final Set<String> CONSOLE = Set.of("cli", "shell");
    /** The one place bundles' log entries reach the terminal: the runtime's listener of the log service. */
    private static final String LOG_TO_TERMINAL = "org/copydesk/runtime/internal/StderrLog.java";
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
        // a bundle declares bnd in its pom; the Beam job does not, and builds after this module
        boolean bundle = Files.readString(module.resolve("pom.xml")).contains("bnd-maven-plugin");
        Path jar = bundle ? jar(module) : null;
        Set<String> exported = new TreeSet<>();
        if (jar != null) {
            try (JarFile j = new JarFile(jar.toFile())) {
                String bsn = j.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                if (bsn == null || !root.equals(bsn.split(";")[0].trim())) {
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
        } else if (bundle) {
            problems.add("no built jar in " + module.resolve("target"));
        }
        for (String p : packages) {
            if (!within(p, root)) {
                problems.add("package " + p + " is outside " + root);
            } else if (bundle && exported.contains(p) == p.contains(".internal")) {
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
        // the newest: a folder not cleaned since the version changed still holds the old jar
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.toString().endsWith(".jar") && !p.toString().matches(".*-(tests|sources|javadoc)\\.jar"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
        }
    }

    private static List<String> prints(Path sources) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(sources)) {
            try (Stream<Path> walk = Files.walk(sources)) {
                for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java") && !f.endsWith(LOG_TO_TERMINAL))::iterator) {
                    List<String> lines = Files.readAllLines(p);
                    if (lines.stream().anyMatch(l -> l.contains("public static void main(String[] args)"))) {
                        continue; // a program (a build-time tool, a job's entry point) owns its terminal
                    }
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
