package org.copydesk.boot;

import java.nio.file.Path;
import java.util.Map;

/**
 * Who runs a command: the working folder its relative paths mean, its environment, and whether its
 * standard output and error are terminals. A runtime that serves many callers (the warm runtime of
 * {@code copydesk}) runs each command with its own caller, never with the runtime's process.
 *
 * @param workingFolder  the caller's working folder, absolute
 * @param environment    the caller's environment variables that commands may read (such as TMPDIR)
 * @param stdoutTerminal standard output is a terminal
 * @param stderrTerminal standard error is a terminal (long batches show their progress there)
 */
public record Caller(Path workingFolder, Map<String, String> environment, boolean stdoutTerminal, boolean stderrTerminal) {
    /** System property the launcher script sets when standard output is a terminal. */
    public static final String STDOUT_TERMINAL = "copydesk.stdout.terminal";
    /** System property the launcher script sets when standard error is a terminal. */
    public static final String STDERR_TERMINAL = "copydesk.stderr.terminal";

    public Caller {
        workingFolder = workingFolder.toAbsolutePath();
        environment = Map.copyOf(environment);
    }

    /** This process as the launcher script started it. */
    public static Caller thisProcess() {
        return new Caller(Path.of(""), System.getenv(), Boolean.getBoolean(STDOUT_TERMINAL), Boolean.getBoolean(STDERR_TERMINAL));
    }

    /** A path as the caller meant it: a relative one against the caller's working folder. */
    public Path resolve(Path path) {
        return workingFolder.resolve(path);
    }
}
