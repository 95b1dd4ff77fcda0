package org.copydesk.launcher;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The warm runtime's standard error. Everything goes to the runtime's log. What the start says (a
 * refused bundle in deploy/, a broken rule pack), a run of its own would say on every run: its first
 * {@link #KEPT} bytes are kept, to be said again to each caller. What the bundles log later (a feed
 * cut at its item limit, a refused model) goes, a whole line at a time, to every caller whose command
 * runs at that moment. The log service delivers its entries on a thread of its own, so a line cannot
 * be told apart by caller: callers running at the same time each hear the lines of that time.
 */
final class CallersStderr extends OutputStream {
    private static final int KEPT = 64 * 1024;
    private final PrintStream log;
    private final ByteArrayOutputStream start = new ByteArrayOutputStream();
    private boolean started;
    private final Set<PrintStream> callers = ConcurrentHashMap.newKeySet();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    CallersStderr(PrintStream log) {
        this.log = log;
    }

    /** Ends the start: what it said, for each caller. */
    synchronized byte[] started() {
        started = true;
        return start.toByteArray();
    }

    void listen(PrintStream caller) {
        callers.add(caller);
    }

    void stopListening(PrintStream caller) {
        callers.remove(caller);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        log.write(b, off, len);
        if (!started) {
            start.write(b, off, Math.min(len, Math.max(0, KEPT - start.size())));
            return;
        }
        for (int i = off; i < off + len; i++) {
            line.write(b[i]);
            if (b[i] == '\n') {
                byte[] whole = line.toByteArray();
                line.reset();
                for (PrintStream caller : callers) {
                    caller.write(whole, 0, whole.length); // a caller gone away has its stream's error flag set, nothing more
                    caller.flush();
                }
            }
        }
    }
}
