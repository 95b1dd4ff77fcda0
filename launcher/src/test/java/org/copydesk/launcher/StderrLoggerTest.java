package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

class StderrLoggerTest {
    @Test
    void anActivatorsOwnCauseIsOnTheLine() {
        BundleException e = new BundleException("Activator start error in bundle org.x [43].",
                new IllegalStateException("the licence file is missing", new FileNotFoundException("/etc/x.lic")));
        assertEquals("copydesk [framework] ERROR: Bundle org.x [43] Error starting/stopping bundle: Activator start error in bundle org.x [43]"
                        + ": IllegalStateException (the licence file is missing): FileNotFoundException (/etc/x.lic)",
                StderrLogger.line("copydesk [framework] ERROR: Bundle org.x [43] Error starting/stopping bundle. (" + e + ")", e));
    }

    @Test
    void whatTheMessageSaysAlreadyIsNotRepeated() {
        BundleException e = new BundleException("Resolver hook prevented resolution.");
        assertEquals("copydesk [framework] ERROR: Bundle org.x [43] Error starting/stopping bundle: Resolver hook prevented resolution.",
                StderrLogger.line("copydesk [framework] ERROR: Bundle org.x [43] Error starting/stopping bundle. (" + e + ")", e));
        assertEquals("copydesk [framework] WARNING: plain", StderrLogger.line("copydesk [framework] WARNING: plain", null));
    }
}
