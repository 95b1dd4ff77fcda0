package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** An upload is counted as it arrives: whatever its length says (or does not), reading stops past the limit. */
class UploadLimitTest {
    /** An endless body, as a chunked upload without end would be; counts what was read. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }

    @Test
    void anEndlessBodyIsCutJustPastTheLimit() throws IOException {
        Endless in = new Endless();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = ImportServlet.copy(in, out, 1 << 20);
        assertTrue(n > 1 << 20, "over the limit: " + n);
        assertTrue(in.read <= (1 << 20) + (64 << 10), "read at most one buffer past the limit: " + in.read);
        assertTrue(out.size() <= 1 << 20, "never more than the limit written: " + out.size());
    }

    @Test
    void aBodyWithinTheLimitIsCopiedWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(5, ImportServlet.copy(new java.io.ByteArrayInputStream("hello".getBytes()), out, 5));
        assertEquals("hello", out.toString());
    }
}
