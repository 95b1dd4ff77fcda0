package org.copydesk.beam;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.copydesk.boot.BootException;
import org.copydesk.boot.InputProcessor;
import org.copydesk.launcher.CopydeskRuntime;
import org.osgi.framework.ServiceReference;

/**
 * One Copydesk runtime per desk and JVM, shared by every DoFn instance a worker runs there: the first
 * {@link #acquire} starts it as {@code copydesk process} would (the launcher's runtime: embedded Felix
 * with the same bundles, features and settings), the last {@link Lease#close} stops it. The pipeline
 * service it offers is thread-safe, as the CLI's own threads rely on.
 */
final class SharedRuntime {
    private static final Map<String, Running> RUNNING = new HashMap<>();

    private SharedRuntime() {
    }

    /**
     * @param home a Copydesk home every worker can read, or null or blank for the one inside the job jar
     */
    static Lease acquire(String home, String desk) throws BootException {
        String key = (home == null ? "" : home) + '\n' + desk;
        synchronized (RUNNING) {
            Running r = RUNNING.get(key);
            boolean fresh = r == null;
            if (fresh) {
                r = Running.start(home, desk);
                RUNNING.put(key, r);
            }
            r.users++;
            return new Lease(key, r, fresh);
        }
    }

    /** A hold on a running desk. */
    static final class Lease implements AutoCloseable {
        private final String key;
        private final Running running;
        private final boolean started;
        private boolean closed;

        private Lease(String key, Running running, boolean started) {
            this.key = key;
            this.running = running;
            this.started = started;
        }

        InputProcessor processor() {
            return running.processor;
        }

        /** Whether this lease started the runtime (rather than finding it running). */
        boolean started() {
            return started;
        }

        /** How long the runtime took to start, in milliseconds. */
        long startMillis() {
            return running.startMillis;
        }

        @Override
        public void close() {
            synchronized (RUNNING) {
                if (closed) {
                    return;
                }
                closed = true;
                if (--running.users == 0) {
                    RUNNING.remove(key);
                    running.stop();
                }
            }
        }
    }

    private static final class Running {
        final CopydeskRuntime runtime;
        final EmbeddedHome unpacked;
        final InputProcessor processor;
        final long startMillis;
        int users;

        private Running(CopydeskRuntime runtime, EmbeddedHome unpacked, InputProcessor processor, long startMillis) {
            this.runtime = runtime;
            this.unpacked = unpacked;
            this.processor = processor;
            this.startMillis = startMillis;
        }

        static Running start(String home, String desk) throws BootException {
            long t0 = System.nanoTime();
            EmbeddedHome unpacked = home == null || home.isBlank() ? EmbeddedHome.unpack() : null;
            try {
                CopydeskRuntime rt = CopydeskRuntime.forCommand(unpacked != null ? unpacked.dir() : Path.of(home), desk, "process");
                try {
                    ServiceReference<InputProcessor> ref = rt.context().getServiceReference(InputProcessor.class);
                    InputProcessor p = ref == null ? null : rt.context().getService(ref);
                    if (p == null) {
                        throw new BootException("desk '" + desk + "' offers no input processor (the core feature's "
                                + "org.copydesk.cli bundle)");
                    }
                    return new Running(rt, unpacked, p, (System.nanoTime() - t0) / 1_000_000);
                } catch (BootException | RuntimeException e) {
                    rt.close();
                    throw e;
                }
            } catch (BootException | RuntimeException e) {
                if (unpacked != null) {
                    unpacked.close();
                }
                throw e;
            }
        }

        void stop() {
            runtime.close();
            if (unpacked != null) {
                unpacked.close();
            }
        }
    }
}
