package org.copydesk.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.boot.BootException;
import org.copydesk.boot.Caller;
import org.copydesk.boot.Command;
import org.copydesk.boot.DeskCatalog;
import org.copydesk.boot.DeskPlan;
import org.copydesk.boot.Feature;

/**
 * {@code copydesk}: reads the desk, boots its runtime and hands the command line to the command
 * service a bundle offers under that name. Only what needs no runtime ({@code --help},
 * {@code desks}) is answered here; everything else lives in bundles. {@link Client} comes first and
 * hands a warm command to the desk's warm runtime instead, when it can.
 */
public final class Main {
    static final String USAGE = """
            usage: copydesk [--desk NAME] [--entities-model MODEL.jar] COMMAND [OPTIONS] [ARGS]
            commands:
              process    run the pipeline over files and folders (copydesk process --help)
              shell      the Gogo shell: desk:, feature:, pipeline:, article: commands
              workbench  the workbench in the browser (copydesk workbench --help)
              desks      list the desks and their features
              entities-train  train the entity tagger on a desk's data (copydesk entities-train --help)
              beam       the pipeline on Apache Beam, run by Flink or the Direct runner (copydesk beam --help)
              daemon status|stop
                         the warm runtimes that serve 'process' for this distribution
            options:
              --desk NAME   the desk to run (default: default); see 'copydesk desks'
              --entities-model MODEL.jar
                            tag entities with this model bundle (from entities-train) for this run
              --verbose     stack traces with the one-line messages
              --no-daemon   run 'process' in this JVM, not in the desk's warm runtime
                            (COPYDESK_NO_DAEMON=1 does so for every run)
              --help        this text; 'copydesk COMMAND --help' for a command's own
            Bundles may add commands; with a desk running, an unknown command lists those it has.""";

    /** The system property {@code --verbose} sets. */
    static final String VERBOSE = "copydesk.verbose";

    private Main() {
    }

    static boolean verbose() {
        return Boolean.getBoolean(VERBOSE);
    }

    public static void main(String[] args) {
        // bundles that log through java.util.logging (FileInstall, SPI Fly) say only what goes wrong
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    static Path home() {
        String h = System.getProperty("copydesk.home");
        return Path.of(h == null ? "." : h).toAbsolutePath().normalize();
    }

    /** Launcher options that become framework properties and are taken off the command's line. */
    private static final Map<String, String> RUN_PROPERTIES = Map.of("--entities-model", "copydesk.entities.model");

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String desk = "default";
        String command = null;
        Map<String, String> runProps = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String property = RUN_PROPERTIES.get(args[i]);
            if (property != null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    err.println("copydesk: " + args[i] + " needs a value");
                    return 2;
                }
                Path file = Path.of(args[++i]).toAbsolutePath().normalize();
                if (!Files.isRegularFile(file)) {
                    err.println("copydesk: " + args[i - 1] + " " + args[i] + ": no such file");
                    return 2;
                }
                runProps.put(property, file.toString());
                continue;
            }
            rest.add(args[i]);
            if (args[i].equals("--desk") && i + 1 < args.length) {
                desk = args[++i];
                rest.add(desk);
            } else if (args[i].equals("--verbose")) {
                System.setProperty(VERBOSE, "true"); // the framework's logger and the commands read it
            } else if (command == null && !args[i].startsWith("-")) {
                command = args[i];
            }
        }
        args = rest.toArray(String[]::new);
        if (command == null) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Path home = home();
        try {
            if (command.equals("desks")) {
                return desks(home, out);
            }
            if (command.equals("beam")) {
                err.println("copydesk: the beam command needs Beam and Flink in lib/beam/ (bundles/beam puts them there)");
                return 2;
            }
            try (CopydeskRuntime rt = CopydeskRuntime.forCommand(home, desk, command, runProps)) {
                Command c = rt.command(command);
                if (c == null) {
                    err.println("copydesk: no command '" + command + "' on desk '" + desk + "' (commands: "
                            + String.join(", ", rt.commands()) + ", desks)");
                    return 2;
                }
                CopydeskRuntime.trace("command " + command + " starts");
                int status = c.run(Caller.thisProcess(), args, in, out, err);
                CopydeskRuntime.trace("command " + command + " done");
                return status;
            }
        } catch (BootException e) {
            err.println("copydesk: " + e.getMessage());
            return 2;
        }
    }

    private static int desks(Path home, PrintStream out) throws BootException {
        DeskCatalog catalog = new DeskCatalog(home);
        List<String> names = catalog.names();
        if (names.isEmpty()) {
            out.println("no desks in " + home.resolve("config/desks"));
            return 1;
        }
        for (String name : names) {
            DeskPlan plan = DeskPlan.of(home, name);
            out.println(name + (plan.desk().description().isEmpty() ? "" : ": " + plan.desk().description()));
            out.println("  features: " + String.join(", ", plan.desk().features()));
            out.println("  with:     " + String.join(", ", plan.features().stream().map(Feature::name).toList()));
            out.println("  bundles:  " + plan.bundles().size());
        }
        return 0;
    }
}
