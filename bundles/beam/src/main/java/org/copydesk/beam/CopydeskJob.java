package org.copydesk.beam;

import java.util.Arrays;
import java.util.List;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The job's graph: inputs (files by glob, or a Kafka topic of raw items), the desk's stages on every
 * worker, and the outputs (a file per article and format or JSON Lines shards; the article JSON to a
 * Kafka topic), with every failure in a dead-letter output. Its options are checked by {@link Main}.
 */
public final class CopydeskJob {
    private CopydeskJob() {
    }

    public static void build(Pipeline p, CopydeskOptions o) {
        boolean kafka = o.getInputTopic() != null;
        PCollection<RawItem> items;
        PCollectionList<DeadLetter> failures;
        if (kafka) {
            items = p.apply("Kafka " + o.getInputTopic(), Kafka.items(o.getBootstrapServers(), o.getInputTopic(), o.getMaxRecords()));
            failures = PCollectionList.empty(p);
        } else {
            PCollectionTuple read = p.apply("Files", new ReadFiles(o.getInput()));
            items = read.get(ReadFiles.ITEMS).setCoder(new RawItem.Coder());
            failures = PCollectionList.of(read.get(ProcessInputs.FAILURES).setCoder(new DeadLetter.Coder()));
        }
        PCollectionTuple done = items.apply("Copydesk", ParDo.of(new ProcessInputs(o.getHome(), o.getDesk(), o.getPublished(),
                        list(o.getKeep()), list(o.getFormats())))
                .withOutputTags(ProcessInputs.ARTICLES, TupleTagList.of(ProcessInputs.FAILURES)));
        PCollection<Processed> articles = done.get(ProcessInputs.ARTICLES).setCoder(new Processed.Coder());
        PCollection<DeadLetter> failed = failures.and(done.get(ProcessInputs.FAILURES).setCoder(new DeadLetter.Coder()))
                .apply("All failures", Flatten.pCollections());
        if (o.getOutput() != null) {
            if (o.getLayout().equals("jsonl")) {
                articles.apply("JSON Lines", new JsonLines(o.getOutput(), o.getShards()));
            } else {
                articles.apply("Article files", ParDo.of(new WriteArticleFiles(o.getOutput())));
            }
        }
        if (kafka) {
            articles.apply("Kafka " + o.getOutputTopic(), Kafka.articles(o.getBootstrapServers(), o.getOutputTopic()));
            failed.apply("Kafka " + o.getDeadLetterTopic(), Kafka.failures(o.getBootstrapServers(), o.getDeadLetterTopic()));
        } else {
            failed.apply("Dead-letter lines", MapElements.into(TypeDescriptors.strings()).via(DeadLetter::json))
                    .apply("Dead letters", TextIO.write().to(folder(o.getOutput()) + "dead-letter").withSuffix(".jsonl"));
        }
    }

    /** The comma-separated values of an option; none for null. */
    static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String folder(String path) {
        return path.endsWith("/") ? path : path + "/";
    }
}
