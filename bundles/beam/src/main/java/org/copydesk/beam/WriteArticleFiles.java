package org.copydesk.beam;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * One file per article and format under the output folder, as {@code copydesk process --out} writes
 * them. On filesystems with a cheap rename each goes through a hidden temporary file that is renamed
 * into place, so no reader sees half a file; an object store's upload is whole already.
 */
final class WriteArticleFiles extends DoFn<Processed, Void> {
    private static final long serialVersionUID = 1L;
    /** Object stores: a rename is a copy and a delete, and an upload appears only when complete. */
    private static final Set<String> WHOLE_UPLOADS = Set.of("gs", "s3");

    private final String output;

    WriteArticleFiles(String output) {
        this.output = output;
    }

    @ProcessElement
    public void write(@Element Processed article) throws IOException {
        ResourceId root = FileSystems.matchNewResource(output, true);
        for (Processed.Part p : article.parts()) {
            ResourceId target = resolve(root, p.path());
            if (WHOLE_UPLOADS.contains(root.getScheme())) {
                write(target, p.content());
            } else {
                ResourceId tmp = target.getCurrentDirectory().resolve("." + target.getFilename() + "."
                        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part", StandardResolveOptions.RESOLVE_FILE);
                write(tmp, p.content());
                FileSystems.rename(List.of(tmp), List.of(target));
            }
        }
    }

    private static ResourceId resolve(ResourceId root, String path) {
        ResourceId r = root;
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            r = r.resolve(segments[i], StandardResolveOptions.RESOLVE_DIRECTORY);
        }
        return r.resolve(segments[segments.length - 1], StandardResolveOptions.RESOLVE_FILE);
    }

    private static void write(ResourceId file, byte[] content) throws IOException {
        try (WritableByteChannel ch = FileSystems.create(file, MimeTypes.BINARY)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }
}
