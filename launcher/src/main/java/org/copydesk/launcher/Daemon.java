package org.copydesk.launcher;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jdk.net.ExtendedSocketOptions;

import org.copydesk.boot.BootException;
import org.copydesk.boot.Caller;
import org.copydesk.boot.Command;

/**
 * The warm runtime: one desk's framework, started once and kept, that runs the commands clients hand
 * it over a Unix domain socket (see {@link Frames}), each for its own caller, several at once. It goes
 * when it has been idle for its idle time, when asked to stop, and as soon as the distribution it
 * serves changes (a rebuild, a jar dropped into deploy/, a changed desk setting): a client that finds
 * it stale starts a fresh one. One command's failure, even out of memory, ends that command alone.
 *
 * <p>Started by {@link DaemonClient} as {@code Daemon DESK SOCKET LOCK}, detached, its output in its log.
 */
public final class Daemon {
    /** System property: seconds without a command before the runtime stops. */
    static final String IDLE = "copydesk.daemon.idle";
    /** How often the runtime looks at the clock and at the distribution. */
    private static final long WATCH_MILLIS = 2_000;
    /** How long a new runtime waits for the one it replaces to finish its commands. */
    private static final long LOCK_WAIT_MILLIS = 120_000;
    /** The runtime's log: standard error as the client started it. */
    private static final PrintStream LOG = System.err;

    private final Path home;
    private final String desk;
    private final CopydeskRuntime runtime;
    private final String state;
    private final ServerSocketChannel server;
    private final Path socket;
    private final Duration idle;
    private final byte[] startMessages;
    private final CallersStderr stderr;
    private final Instant started = Instant.now();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    /** The estimated work (µs) after which this runtime (of the client compiler) hands batches over, 0 if never; the work it served. */
    private final long handOver = Long.getLong(DaemonClient.HANDS_OVER, 0);
    private final AtomicLong work = new AtomicLong();
    private final AtomicLong lastUsed = new AtomicLong(System.nanoTime());
    /** Commands that run at once; more wait their turn (each batch has threads of its own besides). */
    private final Semaphore turns = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private volatile boolean stopping;

    private Daemon(Path home, String desk, CopydeskRuntime runtime, String state, ServerSocketChannel server, Path socket, Duration idle,
                   byte[] startMessages, CallersStderr stderr) {
        this.home = home;
        this.desk = desk;
        this.runtime = runtime;
        this.state = state;
        this.server = server;
        this.socket = socket;
        this.idle = idle;
        this.startMessages = startMessages;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        if (args.length != 3) {
            System.err.println("usage: Daemon DESK SOCKET LOCK (started by copydesk, not by hand)");
            System.exit(2);
        }
        Path home = Main.home();
        String desk = args[0];
        Path socket = Path.of(args[1]);
        Duration idle = Duration.ofSeconds(Long.getLong(IDLE, DaemonClient.DEFAULT_IDLE.toSeconds()));
        try (FileChannel lockFile = FileChannel.open(Path.of(args[2]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lock(lockFile, socket)) {
            if (lock == null) {
                System.exit(0); // another runtime serves, or will: this one is not needed
            }
            String state = DaemonPlace.state(home); // before the start: a change during it makes this one stale
            CallersStderr stderr = new CallersStderr(System.err);
            System.setErr(new PrintStream(stderr, true));
            CopydeskRuntime rt = CopydeskRuntime.forCommand(home, desk, "process");
            Files.deleteIfExists(socket); // left by a runtime that was killed: the lock says none runs
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            Daemon d = new Daemon(home, desk, rt, state, server, socket, idle, stderr.started(), stderr);
            say("serving desk '" + desk + "' of " + home + " on " + socket + " (pid " + ProcessHandle.current().pid()
                    + ", stops after " + idle.toMinutes() + " min idle)");
            d.serve();
        } catch (BootException e) {
            say("cannot start: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            say("cannot start: " + e);
            System.exit(2);
        }
        System.exit(0);
    }

    /**
     * The lock, once the runtime it replaces (if any) has let go of it. Null when another runtime that
     * started at the same moment is already serving, or after waiting too long.
     */
    private static FileLock lock(FileChannel file, Path socket) throws IOException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOCK_WAIT_MILLIS);
        FileLock lock;
        while ((lock = file.tryLock()) == null) {
            if (System.nanoTime() > until) {
                say("another runtime holds the lock for longer than " + LOCK_WAIT_MILLIS / 1000 + " s: not starting");
                return null;
            }
            if (serving(socket) || !pause(50)) {
                return null;
            }
        }
        return lock;
    }

    /** Sleeps; false when interrupted (the interrupt is kept for the caller's caller). */
    static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean serving(Path socket) {
        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void say(String line) {
        LOG.println(Instant.now() + " copydesk daemon: " + line);
    }

    /** Accepts clients until stopped, then waits for the commands under way and closes the runtime. */
    private void serve() {
        Thread watch = new Thread(this::watch, "copydesk-daemon-watch");
        watch.setDaemon(true);
        watch.start();
        AtomicInteger number = new AtomicInteger();
        while (!stopping) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                break; // stop() closed it
            } catch (IOException e) {
                say("accept failed: " + e);
                continue;
            }
            Thread t = new Thread(() -> connection(client), "copydesk-daemon-client-" + number.incrementAndGet());
            t.start();
        }
        // commands under way finish on the runtime they started on
        while (active.get() > 0 && pause(50)) {
            // waiting
        }
        runtime.close();
        say("stopped after " + served.get() + " commands");
    }

    /** Stops taking clients: no one connects to a runtime that is going, a new one may bind the socket. */
    private synchronized void stop(String why) {
        if (stopping) {
            return;
        }
        stopping = true;
        say("stopping: " + why);
        try {
            Files.deleteIfExists(socket);
            server.close();
        } catch (IOException e) {
            say("cannot close the socket: " + e);
        }
    }

    private void watch() {
        while (!stopping) {
            try {
                Thread.sleep(WATCH_MILLIS);
                if (active.get() == 0 && System.nanoTime() - lastUsed.get() > idle.toNanos()) {
                    stop("idle for " + idle.toMinutes() + " min");
                } else if (!Files.isDirectory(home) || !state.equals(DaemonPlace.state(home))) {
                    stop("the distribution changed (rebuilt, removed, or a bundle or setting changed)");
                } else if (!Files.exists(socket)) {
                    stop("its socket was removed");
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                stop("the distribution cannot be read: " + e.getMessage());
            }
        }
    }

    private void connection(SocketChannel client) {
        try (client) {
            String user = client.getOption(ExtendedSocketOptions.SO_PEERCRED).user().getName();
            if (!user.equals(System.getProperty("user.name"))) {
                say("refused a client of user " + user);
                return;
            }
            Frames frames = new Frames(client);
            Frames.Frame first = frames.read();
            if (first == null) {
                return;
            }
            switch (first.kind()) {
                case Frames.STATUS -> frames.write(Frames.INFO, status());
                case Frames.STOP -> {
                    frames.write(Frames.INFO, "stopping " + status());
                    stop("asked to (copydesk daemon stop)");
                }
                case Frames.RUN -> run(frames, Frames.Request.decode(first.payload()), client);
                default -> frames.write(Frames.REFUSED, "an unknown request '" + (char) first.kind() + "'");
            }
        } catch (IOException e) {
            say("a client went: " + e.getMessage());
        }
    }

    private String status() {
        ProcessHandle self = ProcessHandle.current();
        String cpu = self.info().totalCpuDuration().map(d -> String.format(Locale.ROOT, ", %.1f s CPU", d.toMillis() / 1000.0)).orElse("");
        String hands = handOver == 0 ? "" : ", hands batches over after " + seconds(handOver) + " s of estimated work ("
                + seconds(work.get()) + " s so far)";
        return "desk '" + desk + "' of " + home + ": pid " + self.pid() + ", up " + Duration.between(started, Instant.now()).toSeconds()
                + " s, " + RuntimeCompiler.describe() + ", " + served.get() + " commands served, " + active.get() + " running" + cpu + hands
                + ", stops after " + idle.toMinutes() + " min idle";
    }

    private static String seconds(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    private void run(Frames frames, Frames.Request r, SocketChannel client) throws IOException {
        if (r.protocol() != Frames.PROTOCOL) {
            frames.write(Frames.REFUSED, "protocol " + r.protocol() + " (this runtime speaks " + Frames.PROTOCOL + ")");
            return;
        }
        if (!r.state().equals(state) || stopping) {
            // gone from the socket before the client hears it, so the client starts a fresh runtime
            stop("a client saw another distribution than this runtime started with");
            frames.write(Frames.REFUSED, Frames.STALE);
            return;
        }
        String name = Client.command(r.args().toArray(String[]::new));
        Command command = name == null ? null : runtime.command(name);
        if (command == null) {
            frames.write(Frames.REFUSED, "no command '" + name + "' here");
            return;
        }
        long micros = handOver > 0 ? BatchWork.handOverCount(r.args().toArray(String[]::new), Path.of(r.workingFolder()), handOver) : 0;
        if (handOver > 0 && BatchWork.handsOver(work.get(), handOver, micros)) {
            // the batch runtime serves this desk from now on (the client starts it): this one goes
            stop("handed over to the batch runtime after " + work.get() / 1_000_000 + " s of estimated work");
            frames.write(Frames.REFUSED, Frames.BATCH);
            return;
        }
        work.addAndGet(micros);
        active.incrementAndGet();
        try {
            turns.acquire();
            try {
                frames.write(Frames.EXIT, runOne(command, frames, r, client));
            } finally {
                turns.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            served.incrementAndGet();
            lastUsed.set(System.nanoTime());
            active.decrementAndGet();
        }
    }

    /** Runs the command with the caller's streams; returns its status. */
    private int runOne(Command command, Frames frames, Frames.Request r, SocketChannel client) {
        Caller caller = new Caller(Path.of(r.workingFolder()), r.environment(), r.stdoutTerminal(), r.stderrTerminal());
        Charset charset = Charset.defaultCharset(); // the client's too: it is part of the runtime's key
        PrintStream out = new PrintStream(new BufferedOutputStream(new Sent(frames, Frames.STDOUT), Frames.CHUNK), true, charset);
        PrintStream err = new PrintStream(new BufferedOutputStream(new Sent(frames, Frames.STDERR), Frames.CHUNK), true, charset);
        Asked in = new Asked(frames);
        // the client's frames after the request: standard input, or the end of the connection (Ctrl-C)
        Thread worker = Thread.currentThread();
        Thread listen = new Thread(() -> {
            try {
                Frames.Frame f;
                while ((f = frames.read()) != null) {
                    if (f.kind() == Frames.STDIN) {
                        in.answers.put(f.payload());
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the client is gone either way
            }
            if (!in.done) {
                worker.interrupt(); // the caller went away: the command stops as if interrupted
            }
        }, worker.getName() + "-in");
        listen.setDaemon(true);
        listen.start();
        int status;
        try {
            err.writeBytes(startMessages);
            stderr.listen(err);
            status = command.run(caller, r.args().toArray(String[]::new), in, out, err);
        } catch (RuntimeException | Error e) {
            // what a direct run would end with, without taking the runtime and the other callers down
            err.println("copydesk: " + e);
            say("a command failed: " + e);
            status = 1;
        } finally {
            stderr.stopListening(err);
            in.done = true;
            out.flush();
            err.flush();
            Thread.interrupted(); // an interrupt meant for the command ends with it
        }
        return status;
    }

    /** Bytes a command writes, sent to the client as frames of one kind. */
    private static final class Sent extends OutputStream {
        private final Frames frames;
        private final byte kind;

        Sent(Frames frames, byte kind) {
            this.frames = frames;
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int at = off; at < off + len; at += Frames.CHUNK) {
                frames.write(kind, b, at, Math.min(Frames.CHUNK, off + len - at));
            }
        }
    }

    /** Standard input, asked of the client as the command reads it (never read ahead of the command). */
    private static final class Asked extends InputStream {
        private final Frames frames;
        final SynchronousQueue<byte[]> answers = new SynchronousQueue<>();
        volatile boolean done;
        private boolean ended;

        Asked(Frames frames) {
            this.frames = frames;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (ended) {
                return -1;
            }
            frames.write(Frames.READ, Math.min(len, Frames.CHUNK));
            byte[] got;
            try {
                got = answers.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("the caller went away");
            }
            if (got.length == 0) {
                ended = true;
                return -1;
            }
            System.arraycopy(got, 0, b, off, got.length);
            return got.length;
        }
    }
}
