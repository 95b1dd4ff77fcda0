package org.copydesk.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@code bin/copydesk}'s entry. A command that may run warm ({@code process}) goes to the desk's warm
 * runtime, which is started in the background when there is none ({@link DaemonClient}); everything
 * else, and any command when no warm runtime can be had, runs here as before ({@link Main}). Until it
 * knows which, it loads no framework class, so a warm command costs little more than the JVM's start.
 *
 * <p>The JIT is chosen by the workload ({@link BatchWork}): a batch worth the full JIT goes to the
 * desk's batch runtime (started with the script's batch options), or without a warm runtime to a JVM
 * of its own with those options; everything else to the runtime, or this JVM, of the client compiler,
 * unless a batch runtime is up already, whose compiled code then serves it as well. The client
 * compiler's runtime hands a batch over to the batch runtime once it has served enough of them.
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
        String jvm = System.getProperty(DaemonClient.JAVA_OPTIONS, "");
        String batchJvm = System.getProperty(DaemonClient.BATCH_JAVA_OPTIONS);
        long threshold = BatchWork.fullJitMicros(System.getenv());
        boolean fullJit = batchJvm != null && "process".equals(command) && BatchWork.fullJitPays(rest, Path.of(""), threshold);
        // a model for this run only (--entities-model) changes the runtime: that run is made here
        if (warm && WARM.contains(command) && !line.contains("--entities-model")) {
            String desk = option(rest, "--desk", "default");
            String runtime = runtimeOptions(jvm, batchJvm, fullJit, () -> DaemonClient.up(home, desk, batchJvm));
            // the client compiler's runtime hands over to the batch runtime once it has served enough batches
            long handOver = batchJvm != null ? threshold : 0;
            if (!runtime.equals(jvm)) {
                DaemonClient.stop(home, desk, jvm, handOver); // the batch runtime serves the desk now: the other's memory goes
            }
            int status = DaemonClient.run(home, desk, line, runtime, runtime.equals(jvm) ? handOver : 0);
            if (status == DaemonClient.BATCH) {
                status = DaemonClient.run(home, desk, line, batchJvm, 0);
            }
            if (status != DaemonClient.NOT_RUN) {
                System.exit(status);
            }
        }
        if (fullJit) {
            int status = OwnJvm.run(batchJvm, rest);
            if (status != DaemonClient.NOT_RUN) {
                System.exit(status);
            }
        }
        Main.main(rest);
    }

    /**
     * The Java options of the warm runtime that serves a command: the batch runtime's (the full JIT) for
     * a batch worth it, or whenever that runtime is up (it has compiled its code for a batch already, so
     * it is the faster for any command); else the client compiler's. Without batch options (the user's
     * {@code COPYDESK_JAVA_OPTS}) always the one set there is.
     */
    static String runtimeOptions(String jvm, String batchJvm, boolean fullJit, BooleanSupplier batchRuntimeUp) {
        return batchJvm != null && (fullJit || batchRuntimeUp.getAsBoolean()) ? batchJvm : jvm;
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
