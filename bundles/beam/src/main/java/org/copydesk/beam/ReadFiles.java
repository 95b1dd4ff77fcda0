package org.copydesk.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.boot.InputProcessor;

/**
 * Input files by glob through Beam's FileIO (any filesystem Beam has a module for), each read whole.
 * An input's outputs mirror its folder below the glob's fixed part; inputs of one folder that share a
 * base name ({@code a.txt}, {@code a.html}) get {@code a}, {@code a-2} ... in path order, so no output
 * overwrites another. Hidden files are skipped, as the CLI skips them in folders.
 */
final class ReadFiles extends PTransform<PBegin, PCollectionTuple> {
    private static final long serialVersionUID = 1L;
    static final TupleTag<RawItem> ITEMS = new TupleTag<>() { };

    private final String glob;

    ReadFiles(String glob) {
        this.glob = glob;
    }

    /** The part of a glob before its first wildcard, up to the last '/': outputs mirror the folders below it. */
    static String fixedPrefix(String glob) {
        int wild = glob.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int i = glob.indexOf(c);
            if (i >= 0 && i < wild) {
                wild = i;
            }
        }
        return glob.substring(0, glob.lastIndexOf('/', wild - 1) + 1);
    }

    @Override
    public PCollectionTuple expand(PBegin begin) {
        String prefix = fixedPrefix(glob);
        return begin.apply("Match", FileIO.match().filepattern(glob).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW_IF_WILDCARD))
                .apply("Skip hidden", Filter.by(m -> !m.resourceId().getFilename().startsWith(".")))
                .apply("Name outputs", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(MatchResult.Metadata.class)))
                        .via(m -> KV.of(target(prefix, m.resourceId().toString()), m)))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), MetadataCoderV2.of()))
                .apply("Same names", GroupByKey.create())
                .apply("Read", ParDo.of(new Read()).withOutputTags(ITEMS, TupleTagList.of(ProcessInputs.FAILURES)));
    }

    /** {@code 2019/03/story} for {@code <prefix>2019/03/story.xml}. */
    static String target(String prefix, String path) {
        String rel = path.startsWith(prefix) ? path.substring(prefix.length()) : path.substring(path.lastIndexOf('/') + 1);
        int slash = rel.lastIndexOf('/');
        return rel.substring(0, slash + 1) + RawItem.baseName(rel.substring(slash + 1));
    }

    private static final class Read extends DoFn<KV<String, Iterable<MatchResult.Metadata>>, RawItem> {
        private static final long serialVersionUID = 1L;
        private final Counter failed = Metrics.counter(ProcessInputs.METRICS, "failed-read");

        @ProcessElement
        public void read(@Element KV<String, Iterable<MatchResult.Metadata>> same, MultiOutputReceiver out) {
            List<MatchResult.Metadata> files = new ArrayList<>();
            same.getValue().forEach(files::add);
            files.sort(Comparator.comparing(m -> m.resourceId().toString()));
            for (int k = 0; k < files.size(); k++) {
                MatchResult.Metadata m = files.get(k);
                String origin = m.resourceId().toString();
                String target = k == 0 ? same.getKey() : same.getKey() + "-" + (k + 1);
                if (m.sizeBytes() > InputProcessor.MAX_INPUT_BYTES) {
                    fail(out, origin, "too large (" + m.sizeBytes() + " bytes; the limit is " + InputProcessor.MAX_INPUT_BYTES + ")");
                    continue;
                }
                try (InputStream in = Channels.newInputStream(FileSystems.open(m.resourceId()))) {
                    out.get(ITEMS).output(new RawItem(origin, m.resourceId().getFilename(), target, in.readAllBytes()));
                } catch (IOException e) {
                    fail(out, origin, "cannot read: " + e.getMessage());
                }
            }
        }

        private void fail(MultiOutputReceiver out, String origin, String reason) {
            failed.inc();
            Progress.FAILED.incrementAndGet();
            out.get(ProcessInputs.FAILURES).output(new DeadLetter(origin, "read", reason));
        }
    }
}
