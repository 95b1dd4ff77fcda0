package org.copydesk.launcher;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The warm runtime's standard error once it has started: what the bundles log there (a feed cut at
 * its item limit, a refused model) goes to the runtime's log and, a whole line at a time, to every
 * caller whose command runs at that moment, as a run in the caller's own JVM would print it. The log
 * service delivers its entries on a thread of its own, so a line cannot be told apart by caller:
 * callers running at the same time each hear the lines of that time.
 */
final class CallersStderr extends OutputStream {
    private final PrintStream log;
    private final Set<PrintStream> callers = ConcurrentHashMap.newKeySet();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    CallersStderr(PrintStream log) {
        this.log = log;
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
