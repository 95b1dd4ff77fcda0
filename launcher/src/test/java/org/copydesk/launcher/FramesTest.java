package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm runtime's frames over a real Unix domain socket pair. */
class FramesTest {
    @TempDir
    Path tmp;

    private ServerSocketChannel server;
    private SocketChannel client;
    private SocketChannel served;

    @BeforeEach
    void connect() throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(tmp.resolve("s.sock")));
        client = SocketChannel.open(UnixDomainSocketAddress.of(tmp.resolve("s.sock")));
        served = server.accept();
    }

    @AfterEach
    void close() throws IOException {
        client.close();
        served.close();
        server.close();
    }

    @Test
    void aRequestArrivesAsSent() throws IOException {
        Frames.Request sent = new Frames.Request(Frames.PROTOCOL, "abc123", List.of("process", "--out", "out dir", "ünïcode ☃.txt", ""),
                "/home/ed/news", Map.of("TMPDIR", "/tmp/ed", "COLUMNS", "120"), false, true);
        new Frames(client).write(Frames.RUN, sent.encode());
        Frames.Frame f = new Frames(served).read();
        assertEquals(Frames.RUN, f.kind());
        assertEquals(sent, Frames.Request.decode(f.payload()));
    }

    @Test
    void aRequestOfAnotherVersionSaysOnlyItsVersion() throws IOException {
        byte[] other = ByteBuffer.allocate(12).putInt(Frames.PROTOCOL + 1).putInt(-5).putInt(7).array();
        Frames.Request r = Frames.Request.decode(other);
        assertEquals(Frames.PROTOCOL + 1, r.protocol());
        assertTrue(r.args().isEmpty());
    }

    @Test
    void aMalformedRequestIsAnErrorNotAHugeAllocation() {
        byte[] bad = ByteBuffer.allocate(8).putInt(Frames.PROTOCOL).putInt(Integer.MAX_VALUE).array();
        assertThrows(IOException.class, () -> Frames.Request.decode(bad));
    }

    @Test
    void framesKeepTheirKindsOrderAndBytes() throws IOException {
        Frames out = new Frames(served);
        byte[] big = new byte[300_000]; // larger than a socket buffer: read back whole
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try {
                out.write(Frames.STDOUT, big);
                out.write(Frames.STDERR, "copydesk: a.txt: empty file\n");
                out.write(Frames.STDOUT, new byte[0]);
                out.write(Frames.EXIT, 3);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Frames in = new Frames(client);
        Frames.Frame first = in.read();
        assertEquals(Frames.STDOUT, first.kind());
        assertArrayEquals(big, first.payload());
        Frames.Frame second = in.read();
        assertEquals(Frames.STDERR, second.kind());
        assertEquals("copydesk: a.txt: empty file\n", second.asText());
        assertEquals(0, in.read().payload().length);
        Frames.Frame exit = in.read();
        assertEquals(Frames.EXIT, exit.kind());
        assertEquals(3, exit.asInt());
        writing.join();
    }

    @Test
    void framesOfSeveralThreadsNeverInterleave() throws Exception {
        Frames out = new Frames(served);
        int each = 200;
        List<CompletableFuture<Void>> writers = List.of((byte) 'a', (byte) 'b', (byte) 'c').stream().map(fill -> CompletableFuture.runAsync(() -> {
            byte[] chunk = new byte[10_000];
            java.util.Arrays.fill(chunk, fill);
            try {
                for (int i = 0; i < each; i++) {
                    out.write(Frames.STDOUT, chunk);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        Frames in = new Frames(client);
        for (int i = 0; i < 3 * each; i++) {
            byte[] p = in.read().payload();
            assertEquals(10_000, p.length);
            for (byte b : p) {
                assertEquals(p[0], b, "one frame holds one writer's bytes");
            }
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theEndBetweenFramesIsNullAndInsideOneIsAnError() throws IOException {
        new Frames(client).write(Frames.STDOUT, "x".getBytes(StandardCharsets.UTF_8));
        client.write(ByteBuffer.wrap(new byte[] {Frames.STDOUT, 0, 0, 0, 9, 'y'})); // nine bytes promised, one sent
        client.close();
        Frames in = new Frames(served);
        assertEquals("x", in.read().asText());
        assertThrows(EOFException.class, in::read);

        SocketChannel again = SocketChannel.open(UnixDomainSocketAddress.of(tmp.resolve("s.sock")));
        try (SocketChannel other = server.accept()) {
            again.close();
            assertNull(new Frames(other).read(), "closed between frames: no frame, no error");
        }
    }

    @Test
    void aFrameLongerThanTheLimitIsRefusedUnread() throws IOException {
        client.write(ByteBuffer.allocate(5).put(Frames.STDIN).putInt(Frames.MAX_FRAME + 1).flip());
        IOException e = assertThrows(IOException.class, () -> new Frames(served).read());
        assertTrue(e.getMessage().contains("not a Copydesk runtime's"), e.getMessage());
    }
}
