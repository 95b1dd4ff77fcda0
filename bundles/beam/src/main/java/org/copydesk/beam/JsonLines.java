package org.copydesk.beam;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The articles as JSON Lines shards, one set per format: {@code OUTPUT/FORMAT/part-SSSSS-of-NNNNN.jsonl},
 * each line {@code {"name": "2019/03/story.nitf.xml", "format": "nitf", "content": "..."}} where
 * content is exactly the file {@code copydesk process} would write (for json: the article JSON).
 */
final class JsonLines extends PTransform<PCollection<Processed>, WriteFilesResult<String>> {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String output;
    private final int shards;

    /** @param shards per format; 0 lets the runner decide */
    JsonLines(String output, int shards) {
        this.output = output;
        this.shards = shards;
    }

    static String line(Processed.Part p) {
        return JSON.createObjectNode().put("name", p.path()).put("format", p.format())
                .put("content", new String(p.content(), StandardCharsets.UTF_8)).toString();
    }

    @Override
    public WriteFilesResult<String> expand(PCollection<Processed> articles) {
        FileIO.Write<String, KV<String, String>> write = FileIO.<String, KV<String, String>>writeDynamic()
                .by(KV::getKey)
                .withDestinationCoder(StringUtf8Coder.of())
                .via(Contextful.fn(KV::getValue), TextIO.sink())
                .to(output)
                .withNaming(format -> FileIO.Write.defaultNaming(format + "/part", ".jsonl"));
        return articles
                .apply("Lines", FlatMapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                        .via((Processed a) -> {
                            List<KV<String, String>> lines = new ArrayList<>();
                            a.parts().forEach(p -> lines.add(KV.of(p.format(), line(p))));
                            return lines;
                        }))
                .apply("Shards", shards > 0 ? write.withNumShards(shards) : write);
    }
}
