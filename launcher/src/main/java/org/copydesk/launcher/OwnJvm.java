package org.copydesk.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command in a JVM of its own with other Java options than this one's: a batch the full JIT
 * pays for, when no warm runtime serves it ({@link BatchWork}). The JVM's options are fixed when it
 * starts, so the client starts another (a tenth of a second against a batch of minutes), which shares
 * its standard streams and whose exit status is the command's.
 */
final class OwnJvm {
    private OwnJvm() {
    }

    /** This JVM's java. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher script's Java options, split as the shell splits them. */
    static List<String> options(String javaOptions) {
        List<String> split = new ArrayList<>();
        for (String o : javaOptions.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                split.add(o);
            }
        }
        return split;
    }

    /** Runs the command line in a JVM of these options; its exit status, or {@link DaemonClient#NOT_RUN} if none started. */
    static int run(String javaOptions, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(options(javaOptions));
        // what the launcher script told this JVM (home, terminals, options), and the temp folder
        System.getProperties().stringPropertyNames().stream().sorted()
                .filter(name -> name.startsWith("copydesk.") || name.equals("java.io.tmpdir"))
                .forEach(name -> cmd.add("-D" + name + "=" + System.getProperty(name)));
        cmd.add("-cp");
        cmd.add(Main.home() + "/lib/*"); // as the script gives it: the class-data archive checks the class path
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            DaemonClient.trace("cannot start a JVM of its own: " + e);
            return DaemonClient.NOT_RUN;
        }
        DaemonClient.trace("a JVM of its own runs the batch (pid " + p.pid() + "): " + String.join(" ", cmd));
        // this JVM told to stop (kill, a closed terminal) takes the batch with it; Ctrl-C reaches both
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "copydesk-batch-stop"));
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
