package org.copydesk.boot;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * A top-level command ({@code process}, {@code workbench}, ...) that a bundle offers to the launcher.
 * Register it as a service with {@link #NAME} set; the launcher calls the one named on its command
 * line and exits with the returned status.
 */
public interface Command {
    /** Service property: the command name. */
    String NAME = "copydesk.command";

    /** One line for {@code copydesk --help}. */
    String summary();

    int run(String[] args, InputStream in, PrintStream out, PrintStream err);
}
