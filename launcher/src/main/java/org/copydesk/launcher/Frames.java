package org.copydesk.launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warm runtime's wire format: frames of one kind byte, a four-byte length and that many bytes,
 * both ways over one Unix domain socket. The client sends a {@link Request}, then standard input
 * when the command asks for it; the runtime sends standard output and error as they come and ends
 * with the exit status. Reads and writes go straight to the channel (no stream adapters, which would
 * lock reading against writing), and a frame longer than {@link #MAX_FRAME} is refused, not read.
 */
final class Frames {
    /** Client to runtime: run a command ({@link Request}). */
    static final byte RUN = 'Q';
    /** Client to runtime: bytes of standard input; an empty frame is its end. */
    static final byte STDIN = 'I';
    /** Client to runtime: say who you are ({@link #INFO} answers). */
    static final byte STATUS = 'S';
    /** Client to runtime: stop once the commands under way are done. */
    static final byte STOP = 'X';
    /** Runtime to client: bytes of standard output. */
    static final byte STDOUT = '1';
    /** Runtime to client: bytes of standard error. */
    static final byte STDERR = '2';
    /** Runtime to client: the command reads standard input; the payload is how many bytes at most. */
    static final byte READ = 'R';
    /** Runtime to client: the command ended with this status (four bytes). */
    static final byte EXIT = 'E';
    /** Runtime to client: this runtime will not run the request (the payload says why); run it elsewhere. */
    static final byte REFUSED = 'N';
    /** Runtime to client: a line about the runtime, for {@code copydesk daemon status}. */
    static final byte INFO = 'T';

    /** Refused in {@link #REFUSED}: the distribution, desk or settings changed since the runtime started. */
    static final String STALE = "stale";
    /** Refused in {@link #REFUSED}: a batch for the batch runtime, to which the client compiler's runtime hands over. */
    static final String BATCH = "batch";

    /** Bumped whenever frames or requests change meaning: a runtime refuses a client of another version. */
    static final int PROTOCOL = 1;
    static final int MAX_FRAME = 1 << 20;
    /** Standard output and error are sent in frames of at most this many bytes. */
    static final int CHUNK = 64 * 1024;

    record Frame(byte kind, byte[] payload) {
        int asInt() {
            return ByteBuffer.wrap(payload).getInt();
        }

        String asText() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final ByteChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(5);

    Frames(ByteChannel channel) {
        this.channel = channel;
    }

    /** The next frame, or null when the other side closed between frames. */
    Frame read() throws IOException {
        header.clear();
        if (!fill(header, true)) {
            return null;
        }
        header.flip();
        byte kind = header.get();
        int length = header.getInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("a frame of " + length + " bytes (at most " + MAX_FRAME + "): not a Copydesk runtime's");
        }
        ByteBuffer body = ByteBuffer.allocate(length);
        fill(body, false);
        return new Frame(kind, body.array());
    }

    private boolean fill(ByteBuffer b, boolean mayEnd) throws IOException {
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                if (mayEnd && b.position() == 0) {
                    return false;
                }
                throw new EOFException("the connection closed inside a frame");
            }
        }
        return true;
    }

    /** Writes one frame whole; frames of several threads never interleave. */
    synchronized void write(byte kind, byte[] payload, int offset, int length) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(5).put(kind).putInt(length).flip();
        ByteBuffer body = ByteBuffer.wrap(payload, offset, length);
        while (head.hasRemaining()) {
            channel.write(head);
        }
        while (body.hasRemaining()) {
            channel.write(body);
        }
    }

    void write(byte kind, byte[] payload) throws IOException {
        write(kind, payload, 0, payload.length);
    }

    void write(byte kind, int value) throws IOException {
        write(kind, ByteBuffer.allocate(4).putInt(value).array());
    }

    void write(byte kind, String text) throws IOException {
        write(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One command for the warm runtime: the runtime it wants (its {@code state}, see {@link DaemonPlace}),
     * and the caller: command line, working folder, environment and which streams are terminals.
     */
    record Request(int protocol, String state, List<String> args, String workingFolder, Map<String, String> environment,
                   boolean stdoutTerminal, boolean stderrTerminal) {
        byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(protocol);
                text(out, state);
                out.writeInt(args.size());
                for (String a : args) {
                    text(out, a);
                }
                text(out, workingFolder);
                out.writeInt(environment.size());
                for (Map.Entry<String, String> e : environment.entrySet()) {
                    text(out, e.getKey());
                    text(out, e.getValue());
                }
                out.writeBoolean(stdoutTerminal);
                out.writeBoolean(stderrTerminal);
            } catch (IOException e) {
                throw new IllegalStateException("cannot happen in memory", e);
            }
            return bytes.toByteArray();
        }

        /** The request in a {@link #RUN} frame; a request of another protocol version has only that. */
        static Request decode(byte[] payload) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            int protocol = in.readInt();
            if (protocol != PROTOCOL) {
                return new Request(protocol, "", List.of(), "", Map.of(), false, false);
            }
            String state = text(in);
            int n = count(in);
            List<String> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                args.add(text(in));
            }
            String cwd = text(in);
            int m = count(in);
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < m; i++) {
                env.put(text(in), text(in));
            }
            return new Request(protocol, state, args, cwd, env, in.readBoolean(), in.readBoolean());
        }

        private static void text(DataOutputStream out, String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        private static String text(DataInputStream in) throws IOException {
            return new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
        }

        /** A count or length read from the payload, which can never exceed the payload itself. */
        private static int count(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0 || n > MAX_FRAME) {
                throw new IOException("a malformed request (a count of " + n + ")");
            }
            return n;
        }
    }
}
