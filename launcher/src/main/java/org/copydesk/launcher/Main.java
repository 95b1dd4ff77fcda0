package org.copydesk.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.copydesk.boot.BootException;
import org.copydesk.boot.Command;
import org.copydesk.boot.DeskCatalog;
import org.copydesk.boot.DeskPlan;
import org.copydesk.boot.Feature;
import org.copydesk.boot.FeatureRepository;

/**
 * {@code copydesk}: reads the desk, boots its runtime and hands the command line to the command
 * service a bundle offers under that name. Only what needs no runtime ({@code --help},
 * {@code desks}) is answered here; everything else lives in bundles.
 */
public final class Main {
    static final String USAGE = """
            usage: copydesk [--desk NAME] COMMAND [OPTIONS] [ARGS]
            commands:
              process    run the pipeline over files and folders (copydesk process --help)
              shell      the Gogo shell: desk:, feature:, pipeline:, article: commands
              workbench  the workbench in the browser (copydesk workbench --help)
              desks      list the desks and their features
            options:
              --desk NAME   the desk to run (default: default); see 'copydesk desks'
              --verbose     stack traces with the one-line messages
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

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String desk = "default";
        String command = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--desk") && i + 1 < args.length) {
                desk = args[++i];
            } else if (args[i].equals("--verbose")) {
                System.setProperty(VERBOSE, "true"); // the framework's logger and the commands read it
            } else if (command == null && !args[i].startsWith("-")) {
                command = args[i];
            }
        }
        if (command == null) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Path home = home();
        try {
            if (command.equals("desks")) {
                return desks(home, out);
            }
            // a feature may come with a command (the workbench's web server): it runs beside the desk's own
            List<String> brought = FeatureRepository.load(home.resolve("features")).broughtBy(command);
            Map<String, String> props = brought.isEmpty() ? Map.of() : Map.of(DeskPlan.EXTRA_FEATURES, String.join(",", brought));
            try (CopydeskRuntime rt = CopydeskRuntime.start(home, desk, props)) {
                Command c = rt.command(command);
                if (c == null) {
                    err.println("copydesk: no command '" + command + "' on desk '" + desk + "' (commands: "
                            + String.join(", ", rt.commands()) + ", desks)");
                    return 2;
                }
                CopydeskRuntime.trace("command " + command + " starts");
                int status = c.run(args, in, out, err);
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
