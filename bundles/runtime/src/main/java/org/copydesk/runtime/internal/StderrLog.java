package org.copydesk.runtime.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The bundles' warnings and errors from the OSGi log service, on standard error where the launcher's
 * own messages go, one line each: {@code copydesk [BUNDLE] WARN: message}. Less severe entries stay
 * in the log (the shell's {@code log} command lists them). The framework's events are left out: the
 * launcher reports those itself.
 */
final class StderrLog implements LogListener {
    /** Loggers under which the log service records framework, bundle and service events. */
    private static final String EVENTS = "Events.";

    @Override
    public void logged(LogEntry entry) {
        String line = line(entry);
        if (line != null) {
            System.err.println(line);
        }
    }

    /** The one line an entry is shown as, or null when it is not shown. */
    static String line(LogEntry entry) {
        if (!LogLevel.WARN.implies(entry.getLogLevel()) || entry.getLoggerName().startsWith(EVENTS)) {
            return null;
        }
        Bundle b = entry.getBundle();
        Throwable t = entry.getException();
        String line = "copydesk [" + (b == null ? "?" : b.getSymbolicName()) + "] " + entry.getLogLevel() + ": " + entry.getMessage()
                + causes(t);
        return line.replaceAll("\\R+", " "); // a message of several lines would read as several entries
    }

    /** Each exception of the chain, the first one's cause included: the innermost usually says what went wrong. */
    static String causes(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (; t != null; t = t.getCause() == t ? null : t.getCause()) {
            s.append(s.length() == 0 ? " (" : "; caused by ").append(t);
        }
        return s.length() == 0 ? "" : s.append(')').toString();
    }

    /** Listens to every log reader while the tracker is open. */
    static ServiceTracker<LogReaderService, LogReaderService> attach(BundleContext context) {
        StderrLog listener = new StderrLog();
        ServiceTracker<LogReaderService, LogReaderService> tracker = new ServiceTracker<>(context, LogReaderService.class, null) {
            @Override
            public LogReaderService addingService(ServiceReference<LogReaderService> ref) {
                LogReaderService reader = context.getService(ref);
                if (reader != null) { // null when it went away meanwhile
                    reader.addLogListener(listener);
                }
                return reader;
            }

            @Override
            public void removedService(ServiceReference<LogReaderService> ref, LogReaderService reader) {
                reader.removeLogListener(listener);
                context.ungetService(ref);
            }
        };
        tracker.open();
        return tracker;
    }
}
