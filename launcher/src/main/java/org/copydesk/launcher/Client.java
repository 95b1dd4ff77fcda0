package org.copydesk.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code bin/copydesk}'s entry. A command that may run warm ({@code process}) goes to the desk's warm
 * runtime, which is started in the background when there is none ({@link DaemonClient}); everything
 * else, and any command when no warm runtime can be had, runs here as before ({@link Main}). Until it
 * knows which, it loads no framework class, so a warm command costs little more than the JVM's start.
 */
public final class Client {
    /** The option that runs the command in this JVM; the launcher takes it off the command line. */
    static final String NO_DAEMON = "--no-daemon";
    /** Set (to anything but empty) in the environment, it does the same for every command. */
    static final String NO_DAEMON_ENV = "COPYDESK_NO_DAEMON";
    /**
     * Commands that run warm: they read paths as their caller means them, hold no terminal for long and
     * keep no state between runs. The shell and the workbench own the terminal; beam has its own JVM.
     */
    private static final Set<String> WARM = Set.of("process");
    /** Launcher options that take a value. */
    private static final Set<String> WITH_VALUE = Set.of("--desk", "--entities-model");

    private Client() {
    }

    public static void main(String[] args) {
        List<String> line = new ArrayList<>(List.of(args));
        boolean warm = !line.removeIf(NO_DAEMON::equals) && System.getenv().getOrDefault(NO_DAEMON_ENV, "").isEmpty();
        String[] rest = line.toArray(String[]::new);
        String command = command(rest);
        Path home = Main.home();
        if ("daemon".equals(command)) {
            System.exit(DaemonClient.manage(home, rest));
        }
        // a model for this run only (--entities-model) changes the runtime: that run is made here
        if (warm && WARM.contains(command) && !line.contains("--entities-model")) {
            int status = DaemonClient.run(home, option(rest, "--desk", "default"), line);
            if (status != DaemonClient.NOT_RUN) {
                System.exit(status);
            }
        }
        Main.main(rest);
    }

    /** The command a line names: its first word that is no option; null if none. */
    static String command(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (WITH_VALUE.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    /** The value of a launcher option (Main takes it anywhere on the line), or the default. */
    static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
