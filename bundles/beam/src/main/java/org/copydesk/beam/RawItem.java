package org.copydesk.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/**
 * One input as read from a file or a Kafka record, before any Copydesk stage.
 *
 * @param origin  where it came from, for messages: a path, or topic/partition/offset
 * @param name    its file name, whose extension picks the importer ({@code story.xml})
 * @param target  where its outputs go, relative to the output folder and without extension
 *                ({@code 2019/03/story}); a second input of that name gets {@code story-2}
 */
record RawItem(String origin, String name, String target, byte[] content) {
    /** The output path of an article the runtime named {@code article} ({@code story}, {@code story-002}). */
    String outputPath(String article) {
        String base = baseName(name);
        return article.startsWith(base) ? target + article.substring(base.length()) : target + "-" + article;
    }

    /** The file name without its extension, as the runtime names outputs. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    static final class Coder extends AtomicCoder<RawItem> {
        private static final long serialVersionUID = 1L;
        private static final StringUtf8Coder S = StringUtf8Coder.of();
        private static final ByteArrayCoder B = ByteArrayCoder.of();

        @Override
        public void encode(RawItem v, OutputStream out) throws IOException {
            S.encode(v.origin, out);
            S.encode(v.name, out);
            S.encode(v.target, out);
            B.encode(v.content, out);
        }

        @Override
        public RawItem decode(InputStream in) throws IOException {
            return new RawItem(S.decode(in), S.decode(in), S.decode(in), B.decode(in));
        }
    }
}
