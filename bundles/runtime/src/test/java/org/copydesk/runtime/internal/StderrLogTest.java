package org.copydesk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;

class StderrLogTest {
    private static LogEntry entry(LogLevel level, String logger, String message, Throwable t) {
        Bundle b = mock(Bundle.class);
        when(b.getSymbolicName()).thenReturn("org.copydesk.trust");
        LogEntry e = mock(LogEntry.class);
        when(e.getLogLevel()).thenReturn(level);
        when(e.getLoggerName()).thenReturn(logger);
        when(e.getMessage()).thenReturn(message);
        when(e.getException()).thenReturn(t);
        when(e.getBundle()).thenReturn(b);
        return e;
    }

    @Test
    void warningsAndWorseAreOneLineNamingTheBundleAndLevel() {
        assertEquals("copydesk [org.copydesk.trust] WARN: refused bundle x",
                StderrLog.line(entry(LogLevel.WARN, "org.copydesk.trust.internal.TrustHook", "refused bundle x", null)));
        assertEquals("copydesk [org.copydesk.trust] ERROR: cannot read a.pem (java.io.IOException: gone)",
                StderrLog.line(entry(LogLevel.ERROR, "org.copydesk.trust.internal.TrustHook", "cannot read a.pem", new IOException("gone"))));
        assertEquals("copydesk [org.copydesk.trust] AUDIT: said",
                StderrLog.line(entry(LogLevel.AUDIT, "org.copydesk.trust.internal.TrustHook", "said", null)));
        assertEquals("copydesk [org.copydesk.trust] WARN: first second (java.io.IOException: a b)",
                StderrLog.line(entry(LogLevel.WARN, "org.copydesk.trust.internal.TrustHook", "first\nsecond", new IOException("a\r\nb"))));
    }

    @Test
    void theCausesAreOnTheLineToo() {
        assertEquals("copydesk [org.copydesk.trust] ERROR: cannot activate (java.lang.IllegalStateException: broken; caused by java.io.IOException: "
                        + "a.pem: permission denied)",
                StderrLog.line(entry(LogLevel.ERROR, "org.copydesk.trust.internal.TrustHook", "cannot activate",
                        new IllegalStateException("broken", new IOException("a.pem: permission denied")))));
    }

    @Test
    void lesserLevelsAndFrameworkEventsStayInTheLog() {
        for (LogLevel quiet : new LogLevel[] {LogLevel.INFO, LogLevel.DEBUG, LogLevel.TRACE}) {
            assertNull(StderrLog.line(entry(quiet, "org.copydesk.trust.internal.TrustHook", "m", null)), quiet.name());
        }
        assertNull(StderrLog.line(entry(LogLevel.ERROR, "Events.Framework.org.copydesk.trust", "FrameworkEvent ERROR", null)),
                "the launcher reports framework events itself");
    }
}
