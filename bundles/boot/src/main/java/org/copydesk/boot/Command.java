package org.copydesk.boot;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * A top-level command ({@code process}, {@code workbench}, ...) that a bundle offers to the launcher.
 * Register it as a service with {@link #NAME} set; the launcher calls the one named on its command
 * line, for the caller of {@link #run(Caller, String[], InputStream, PrintStream, PrintStream)}, and exits
 * with the returned status.
 */
public interface Command {
    /** Service property: the command name. */
    String NAME = "copydesk.command";

    /** One line for {@code copydesk --help}. */
    String summary();

    int run(String[] args, InputStream in, PrintStream out, PrintStream err);

    /**
     * Runs the command for a caller that may not be this process: relative paths on the command line
     * mean the caller's working folder. The launcher always calls this; a command that reads no paths
     * and no environment need not override it.
     */
    default int run(Caller caller, String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err);
    }
}
