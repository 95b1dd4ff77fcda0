package org.copydesk.launcher;

import org.apache.felix.framework.Logger;

/** Sends the framework's own log to standard error: standard output belongs to the commands. */
final class StderrLogger extends Logger {
    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        String tag = switch (level) {
            case LOG_ERROR -> "ERROR";
            case LOG_WARNING -> "WARNING";
            case LOG_INFO -> "INFO";
            default -> "DEBUG";
        };
        System.err.println("copydesk [framework] " + tag + ": " + msg
                + (throwable == null ? "" : " (" + throwable + ")"));
    }
}
