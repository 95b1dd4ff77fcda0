package org.copydesk.launcher;

import org.apache.felix.framework.Logger;

/**
 * Sends the framework's own log to standard error, one line an entry with the whole chain of causes
 * (an activator's own exception is the cause that says what went wrong); the stack trace only with
 * {@code --verbose}. Standard output belongs to the commands.
 */
final class StderrLogger extends Logger {
    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        String tag = switch (level) {
            case LOG_ERROR -> "ERROR";
            case LOG_WARNING -> "WARNING";
            case LOG_INFO -> "INFO";
            default -> "DEBUG";
        };
        System.err.println(line("copydesk [framework] " + tag + ": " + msg, throwable));
        if (throwable != null && Main.verbose()) {
            throwable.printStackTrace();
        }
    }

    /** The message and each cause's message that it does not already say, on one line. */
    static String line(String msg, Throwable throwable) {
        String own = throwable == null ? null : " (" + throwable + ")"; // Felix may have added it already
        StringBuilder line = new StringBuilder(own != null && msg.endsWith(own) ? msg.substring(0, msg.length() - own.length()) : msg.strip());
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String said = t.getMessage() == null ? "" : t.getMessage().strip();
            if (!said.isEmpty() && line.indexOf(said) >= 0) {
                continue;
            }
            boolean named = t instanceof org.osgi.framework.BundleException; // Felix's own words need no class name
            if (line.charAt(line.length() - 1) == '.') {
                line.setLength(line.length() - 1);
            }
            line.append(": ").append(named ? said : t.getClass().getSimpleName() + (said.isEmpty() ? "" : " (" + said + ")"));
        }
        return line.toString().replaceAll("\\s*\\R\\s*", " ");
    }
}
