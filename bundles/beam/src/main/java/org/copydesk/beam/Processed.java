package org.copydesk.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * One processed article: its rendering in each format, each with the path it is written to.
 *
 * @param origin the input it came from
 */
record Processed(String origin, List<Part> parts) {
    Processed {
        parts = List.copyOf(parts);
    }

    /**
     * @param path relative to the output folder, with the format's extension ({@code 2019/03/story.nitf.xml})
     */
    record Part(String format, String path, byte[] content) {
    }

    static final class Coder extends AtomicCoder<Processed> {
        private static final long serialVersionUID = 1L;
        private static final StringUtf8Coder S = StringUtf8Coder.of();
        private static final ByteArrayCoder B = ByteArrayCoder.of();
        private static final VarIntCoder N = VarIntCoder.of();

        @Override
        public void encode(Processed v, OutputStream out) throws IOException {
            S.encode(v.origin, out);
            N.encode(v.parts.size(), out);
            for (Part p : v.parts) {
                S.encode(p.format, out);
                S.encode(p.path, out);
                B.encode(p.content, out);
            }
        }

        @Override
        public Processed decode(InputStream in) throws IOException {
            String origin = S.decode(in);
            int n = N.decode(in);
            List<Part> parts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parts.add(new Part(S.decode(in), S.decode(in), B.decode(in)));
            }
            return new Processed(origin, parts);
        }
    }
}
