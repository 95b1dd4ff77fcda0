package org.copydesk.launcher;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client of the warm runtime ({@link Daemon}): finds the runtime of this home, desk and Java
 * set-up, starts it (detached, its output in its log) when there is none or it is stale, hands it the
 * command with the caller's working folder, environment and terminals, and relays standard input,
 * output, error and the exit status. Whenever no runtime can be had before the command starts, it
 * answers {@link #NOT_RUN} and the launcher runs the command in its own JVM, so a runtime that cannot
 * start never stops a command.
 */
final class DaemonClient {
    /** Not run by a warm runtime: run it here. */
    static final int NOT_RUN = -1;
    private static final int STALE = -2;
    /** Handed over: run it in the batch runtime. */
    static final int BATCH = -3;
    /**
     * System property of a runtime of the client compiler: the estimated work in microseconds after which it
     * hands batches over to the batch runtime ({@link BatchWork}); without it, it never does.
     */
    static final String HANDS_OVER = "copydesk.daemon.handover";
    static final Duration DEFAULT_IDLE = Duration.ofHours(3);
    /** Environment: the idle time after which a runtime stops, such as {@code 90s}, {@code 20m}, {@code 3h}. */
    static final String IDLE_ENV = "COPYDESK_DAEMON_IDLE";
    /** System property: the Java options the launcher script runs the JVM with (the runtime gets the same). */
    static final String JAVA_OPTIONS = "copydesk.java.opts";
    /**
     * System property: the Java options of the batch runtime, with the full JIT; the script sets it beside
     * {@link #JAVA_OPTIONS} unless {@code COPYDESK_JAVA_OPTS} replaces both.
     */
    static final String BATCH_JAVA_OPTIONS = "copydesk.java.opts.batch";
    /** How long the first command waits for a runtime to start before it runs in its own JVM. */
    private static final long START_WAIT_MILLIS = 60_000;
    /** The caller's environment a command may read; the rest stays with the caller. */
    private static final List<String> PASSED = List.of("TMPDIR", "HOME", "TERM", "COLUMNS", "LINES", "XDG_DATA_HOME",
            "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME");
    /** The environment that changes how the JVM itself behaves (time zone, locale): part of the runtime's key, as its start's settings are. */
    private static final List<String> JVM_ENVIRONMENT = List.of("TZ", "LANG", "LC_ALL", "LC_CTYPE");

    private DaemonClient() {
    }

    /**
     * Runs the command line in the warm runtime of these Java options; its exit status, {@link #NOT_RUN},
     * or {@link #BATCH} from a runtime that hands over to the batch runtime after {@code handOver}
     * microseconds of estimated work (0: never; see {@link #HANDS_OVER}).
     */
    static int run(Path home, String desk, List<String> args, String javaOptions, long handOver) {
        DaemonPlace place;
        Frames.Request request;
        if (!Files.isRegularFile(home.resolve("config/desks").resolve(desk).resolve("desk.properties"))) {
            return NOT_RUN; // no such desk: the run in-process says so, without starting a runtime first
        }
        try {
            place = place(home, desk, javaOptions, handOver);
            Map<String, String> env = new LinkedHashMap<>();
            for (String name : PASSED) {
                String v = System.getenv(name);
                if (v != null) {
                    env.put(name, v);
                }
            }
            request = new Frames.Request(Frames.PROTOCOL, DaemonPlace.state(home), args, Path.of("").toAbsolutePath().toString(),
                    env, Boolean.getBoolean(org.copydesk.boot.Caller.STDOUT_TERMINAL), Boolean.getBoolean(org.copydesk.boot.Caller.STDERR_TERMINAL));
        } catch (IOException | RuntimeException e) {
            trace("no warm runtime: " + e);
            return NOT_RUN;
        }
        // a stale runtime refuses; so may one that was stopping as this client connected
        for (int attempt = 0; attempt < 3; attempt++) {
            SocketChannel running = connect(place.socket());
            SocketChannel channel = running != null ? running : start(home, desk, place, javaOptions, handOver);
            if (channel == null) {
                return NOT_RUN;
            }
            int status;
            try (channel) {
                status = converse(new Frames(channel), request, place);
            } catch (IOException e) {
                status = NOT_RUN;
            }
            if (status != STALE) {
                return status;
            }
            trace("the warm runtime was stale: starting a fresh one");
        }
        return NOT_RUN;
    }

    /** Whether the runtime of these Java options, which hands nothing over, serves this desk now (a warm batch runtime takes every command). */
    static boolean up(Path home, String desk, String javaOptions) {
        try (SocketChannel c = connect(place(home, desk, javaOptions, 0).socket())) {
            return c != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Asks the runtime of these Java options and hand-over to stop, if one serves this desk (without waiting for it to go). */
    static void stop(Path home, String desk, String javaOptions, long handOver) {
        try {
            ask(place(home, desk, javaOptions, handOver).socket(), Frames.STOP);
        } catch (IOException e) {
            // no place, so no runtime
        }
    }

    static DaemonPlace place(Path home, String desk, String javaOptions, long handOver) throws IOException {
        return place(home, desk, javaOptions, handOver, System.getenv());
    }

    /**
     * The place of the runtime these settings start: its key holds every argument its JVM is started with
     * ({@link #jvmArguments}) and the environment that shapes the JVM, so a runtime started with other
     * settings is never reused, and a changed setting starts a runtime of its own.
     */
    static DaemonPlace place(Path home, String desk, String javaOptions, long handOver, Map<String, String> env) throws IOException {
        List<String> key = new ArrayList<>(jvmArguments(home, javaOptions, handOver, env));
        for (String name : JVM_ENVIRONMENT) {
            key.add(name + "=" + env.getOrDefault(name, ""));
        }
        return DaemonPlace.of(home, desk, String.join("\0", key), env);
    }

    /** The Java options and system properties a runtime of these settings is started with. */
    static List<String> jvmArguments(Path home, String javaOptions, long handOver, Map<String, String> env) {
        List<String> args = new ArrayList<>(OwnJvm.options(javaOptions));
        args.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        args.add("-Dcopydesk.home=" + home);
        args.add("-D" + Daemon.IDLE + "=" + idle(env).toSeconds());
        if (handOver > 0) {
            args.add("-D" + HANDS_OVER + "=" + handOver);
        }
        return args;
    }

    private static SocketChannel connect(Path socket) {
        if (!Files.exists(socket)) {
            return null;
        }
        try {
            return SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return null; // a socket left by a runtime that was killed, or one that is just going
        }
    }

    /** Sends the request and relays the streams until the exit status; {@link #STALE} or {@link #NOT_RUN} if refused. */
    private static int converse(Frames frames, Frames.Request request, DaemonPlace place) throws IOException {
        frames.write(Frames.RUN, request.encode());
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        boolean started = false;
        while (true) {
            Frames.Frame f;
            try {
                f = frames.read();
            } catch (IOException e) {
                f = null;
            }
            if (f == null) {
                if (!started) {
                    return NOT_RUN; // it went before the command began (it was stopping): run it here
                }
                relay(err, ("copydesk: the warm runtime stopped during the command; its log: " + place.log()
                        + " (--no-daemon runs without it)\n").getBytes());
                return 1;
            }
            started = true;
            switch (f.kind()) {
                case Frames.STDOUT -> relay(out, f.payload());
                case Frames.STDERR -> relay(err, f.payload());
                case Frames.READ -> answer(frames, f.asInt());
                case Frames.EXIT -> {
                    return f.asInt();
                }
                case Frames.REFUSED -> {
                    trace("refused: " + f.asText());
                    return switch (f.asText()) {
                        case Frames.STALE -> STALE;
                        case Frames.BATCH -> BATCH;
                        default -> NOT_RUN;
                    };
                }
                default -> throw new IOException("an unknown frame '" + (char) f.kind() + "'");
            }
        }
    }

    /** Writes what the command wrote; a closed pipe (| head) loses it, as it would a direct run's. */
    private static void relay(OutputStream to, byte[] bytes) {
        try {
            to.write(bytes);
        } catch (IOException e) {
            // the reader has gone: the command goes on, as a direct run's would
        }
    }

    /** Reads at most {@code max} bytes of standard input for the command, beside the relaying. */
    private static void answer(Frames frames, int max) {
        Thread t = new Thread(() -> {
            byte[] b = new byte[max];
            int n;
            try {
                n = STDIN.read(b, 0, max);
            } catch (IOException e) {
                n = -1;
            }
            try {
                frames.write(Frames.STDIN, b, 0, Math.max(n, 0));
            } catch (IOException e) {
                // the runtime has gone: the relaying says so
            }
        }, "copydesk-stdin");
        t.setDaemon(true);
        t.start();
    }

    /** Standard input unbuffered, so nothing is read that the command did not ask for. */
    private static final InputStream STDIN = new FileInputStream(FileDescriptor.in);

    /**
     * Starts a runtime in the background and waits for its socket; null when it did not come up in time
     * (then the command runs here). Clients that start one at the same moment start one each: all but
     * the first give way to it (see {@link Daemon}).
     */
    private static SocketChannel start(Path home, String desk, DaemonPlace place, String javaOptions, long handOver) {
        Process started;
        try {
            started = spawn(home, desk, place, javaOptions, handOver);
        } catch (IOException e) {
            trace("cannot start the warm runtime: " + e);
            return null;
        }
        long until = System.nanoTime() + START_WAIT_MILLIS * 1_000_000;
        while (System.nanoTime() < until) {
            SocketChannel c = connect(place.socket());
            if (c != null) {
                return c;
            }
            if (!started.isAlive()) {
                // it could not start (its log says why), or gave way to one that another client started
                SocketChannel other = connect(place.socket());
                if (other == null) {
                    trace("the warm runtime did not start; its log: " + place.log());
                }
                return other;
            }
            if (!Daemon.pause(20)) {
                return null;
            }
        }
        return null;
    }

    private static Process spawn(Path home, String desk, DaemonPlace place, String javaOptions, long handOver) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid"); // a session of its own: the terminal's Ctrl-C is the client's alone
        }
        cmd.add(OwnJvm.java());
        cmd.addAll(jvmArguments(home, javaOptions, handOver, System.getenv()));
        cmd.add("-cp");
        cmd.add(home + "/lib/*"); // as the script gives it: the class-data archive checks the class path
        cmd.add(Daemon.class.getName());
        cmd.add(desk);
        cmd.add(place.socket().toString());
        cmd.add(place.lock().toString());
        Files.createDirectories(place.log().getParent());
        trace("starting the warm runtime: " + String.join(" ", cmd));
        return new ProcessBuilder(cmd).directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(place.log().toFile()))
                .redirectErrorStream(true).start();
    }

    /** The idle time from {@link #IDLE_ENV}; a value that is no time is the default. */
    static Duration idle(Map<String, String> env) {
        String v = env.getOrDefault(IDLE_ENV, "").trim();
        if (v.matches("\\d+[smh]?")) {
            long n = Long.parseLong(v.replaceAll("[smh]$", ""));
            return switch (v.charAt(v.length() - 1)) {
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
        return DEFAULT_IDLE;
    }

    /** {@code copydesk daemon status|stop}: the warm runtimes of this home, or stops them. */
    static int manage(Path home, String[] args) {
        String what = args.length == 0 ? "" : args[args.length - 1];
        if (!what.equals("status") && !what.equals("stop")) {
            System.err.println("usage: copydesk daemon status|stop   (the warm runtimes of this distribution)");
            return 2;
        }
        List<String> found = new ArrayList<>();
        try {
            Path folder = place(home, "default", "", 0).folder();
            try (DirectoryStream<Path> sockets = Files.newDirectoryStream(folder, "*.sock")) {
                for (Path socket : sockets) {
                    String line = ask(socket, Frames.STATUS);
                    if (line == null || !line.contains(" of " + home + ":")) {
                        continue; // another distribution's
                    }
                    if (what.equals("stop")) {
                        ask(socket, Frames.STOP);
                        awaitGone(line);
                        line = "stopped: " + line;
                    }
                    found.add(line);
                }
            }
        } catch (IOException e) {
            System.err.println("copydesk daemon: " + e.getMessage());
            return 1;
        }
        if (found.isEmpty()) {
            System.out.println("no warm runtime for " + home);
        }
        found.forEach(System.out::println);
        return 0;
    }

    /** One question to a runtime and its one-line answer; null if none answers there. */
    private static String ask(Path socket, byte kind) {
        try (SocketChannel c = connect(socket)) {
            if (c == null) {
                return null;
            }
            Frames frames = new Frames(c);
            frames.write(kind, new byte[0]);
            Frames.Frame f = frames.read();
            return f == null ? null : f.asText();
        } catch (IOException e) {
            return null;
        }
    }

    /** Waits until the runtime's process (the pid its status line names) has ended: its commands done, its framework stopped. */
    private static void awaitGone(String status) {
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile(": pid (\\d+),").matcher(status);
        if (pid.find()) {
            ProcessHandle.of(Long.parseLong(pid.group(1))).ifPresent(p -> {
                try {
                    p.onExit().get(START_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // still going after a minute: its log says why
                }
            });
        }
    }

    static void trace(String what) {
        if (Boolean.getBoolean("copydesk.trace")) {
            System.err.println("copydesk [daemon] " + what);
        }
    }
}
