package org.copydesk.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A failure that did not stop the job: the input, the stage, and why in one line. Stage {@code read},
 * {@code import} or {@code export}: the input has no output. Any other stage ({@code strip},
 * {@code entities}, ...): it failed or timed out on one article, which went on without it, as in the CLI.
 */
record DeadLetter(String origin, String stage, String reason) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One JSON line: {@code {"file": ..., "stage": ..., "reason": ...}}. */
    String json() {
        return JSON.createObjectNode().put("file", origin).put("stage", stage).put("reason", reason).toString();
    }

    static final class Coder extends AtomicCoder<DeadLetter> {
        private static final long serialVersionUID = 1L;
        private static final StringUtf8Coder S = StringUtf8Coder.of();

        @Override
        public void encode(DeadLetter v, OutputStream out) throws IOException {
            S.encode(v.origin, out);
            S.encode(v.stage, out);
            S.encode(v.reason, out);
        }

        @Override
        public DeadLetter decode(InputStream in) throws IOException {
            return new DeadLetter(S.decode(in), S.decode(in), S.decode(in));
        }
    }
}
