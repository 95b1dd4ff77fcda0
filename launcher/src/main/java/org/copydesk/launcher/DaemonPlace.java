package org.copydesk.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the warm runtime of one distribution home, desk and Java set-up lives: its socket and lock in
 * a folder only this user may enter ({@code $XDG_RUNTIME_DIR/copydesk}, else
 * {@code $TMPDIR/copydesk-USER}, mode 0700), its log in the desk's state folder
 * ({@code $XDG_STATE_HOME/copydesk/desks/DESK}, else {@code ~/.local/state/...}). The file names carry
 * a digest of what chose the runtime, so each such choice has a runtime of its own.
 *
 * @param folder the private folder of sockets and locks
 * @param socket the runtime's Unix domain socket
 * @param lock   held by the runtime from before it starts until it has gone
 * @param log    what the runtime says (its start, its stop, the framework's log)
 */
record DaemonPlace(Path folder, Path socket, Path lock, Path log) {
    /** The longest socket path the kernel takes (sun_path holds 108 bytes with the final zero). */
    private static final int MAX_SOCKET_PATH = 107;
    /** What a runtime serves: a change to any file below these (of the home) makes it stale. */
    private static final List<String> STATE = List.of("lib", "bundles", "features", "config", "deploy");

    /**
     * The place of the runtime for this home, desk and Java set-up (the JVM and the options the
     * launcher script gives it); fails when no private folder can be had.
     */
    static DaemonPlace of(Path home, String desk, String javaOptions, Map<String, String> env) throws IOException {
        if (!desk.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IOException("'" + desk + "' is no desk name"); // the run in-process says so in its words
        }
        String user = System.getProperty("user.name");
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path folder = runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute()
                ? Path.of(runtime, "copydesk")
                : Path.of(System.getProperty("java.io.tmpdir"), "copydesk-" + user);
        privateFolder(folder, user);
        String key = digest(String.join("\0", home.toString(), desk, System.getProperty("java.home"), javaOptions,
                System.getProperty("file.encoding", ""))).substring(0, 20);
        Path socket = folder.resolve(key + ".sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            throw new IOException("the socket path " + socket + " is too long for a Unix domain socket");
        }
        String state = env.get("XDG_STATE_HOME");
        Path states = state != null && !state.isEmpty() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        Path log = states.resolve("copydesk").resolve("desks").resolve(desk).resolve("daemon-" + key + ".log");
        return new DaemonPlace(folder, socket, folder.resolve(key + ".lock"), log);
    }

    /** Makes the folder if need be; refuses one that is not this user's alone. */
    private static void privateFolder(Path folder, String user) throws IOException {
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(owner));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another client at the same moment: checked below like any other
            }
        }
        Object who = Files.getAttribute(folder, "posix:owner", LinkOption.NOFOLLOW_LINKS);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !user.equals(who.toString())) {
            throw new IOException(folder + " is not a folder of " + user);
        }
        if (!Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(owner)) {
            Files.setPosixFilePermissions(folder, owner); // ours, so ours to close (a umask may have opened it)
        }
    }

    /**
     * A digest of the name, size and modification time of every file the desk's runtime is made of
     * (the home's lib, bundles, features, config and deploy folders): when it differs from the one a
     * runtime started with, that runtime is stale.
     */
    static String state(Path home) throws IOException {
        List<String> seen = new ArrayList<>();
        for (String top : STATE) {
            Path dir = home.resolve(top);
            if (!Files.isDirectory(dir)) {
                continue; // as good as empty: the runtime makes deploy/ when it starts
            }
            // lib's own jars only: lib/beam/ serves the beam command, which never runs warm
            int depth = top.equals("lib") ? 1 : Integer.MAX_VALUE;
            try (Stream<Path> walk = Files.walk(dir, depth, FileVisitOption.FOLLOW_LINKS)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        seen.add(home.relativize(p) + " " + a.size() + " " + a.lastModifiedTime().toMillis());
                    }
                }
            }
        }
        seen.sort(null);
        return digest(String.join("\n", seen));
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
