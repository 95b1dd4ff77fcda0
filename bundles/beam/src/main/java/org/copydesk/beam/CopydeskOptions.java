package org.copydesk.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** The options of {@code copydesk beam} beside Beam's and the runner's own ({@code --runner}, {@code --parallelism}, ...). */
public interface CopydeskOptions extends PipelineOptions {
    @Description("Input files: a path or a glob (/archive/**/*.xml); local here, hdfs://, s3:// or gs:// with Beam's filesystem modules")
    String getInput();

    void setInput(String value);

    @Description("Output folder: one file per article and format (mirroring the input folders), or JSON Lines shards")
    String getOutput();

    void setOutput(String value);

    @Description("The desk whose features and settings run on every worker")
    @Default.String("default")
    String getDesk();

    void setDesk(String value);

    @Description("Export formats, comma-separated (json, markdown, ninjs, nitf, newsml, jsonld, html, timelinejs), or all the desk has")
    @Default.String("json")
    String getFormats();

    void setFormats(String value);

    @Description("The publication date (YYYY-MM-DD), overriding what the importer found")
    String getPublished();

    void setPublished(String value);

    @Description("Removal reasons to keep in the body, comma-separated (e.g. related,social)")
    String getKeep();

    void setKeep(String value);

    @Description("files: one file per article and format; jsonl: JSON Lines shards per format")
    @Default.String("files")
    String getLayout();

    void setLayout(String value);

    @Description("Shards per format with --layout=jsonl (0: the runner decides)")
    @Default.Integer(0)
    int getShards();

    void setShards(int value);

    @Description("The Copydesk home (bundles, features, config) every worker can read; empty: the one inside the job jar")
    String getHome();

    void setHome(String value);

    @Description("Kafka brokers (host:port,...) for --inputTopic, --outputTopic and --deadLetterTopic")
    String getBootstrapServers();

    void setBootstrapServers(String value);

    @Description("Kafka topic of raw items (key: the item's file name, which picks its importer; value: its bytes); instead of --input")
    String getInputTopic();

    void setInputTopic(String value);

    @Description("Kafka topic the processed articles go to, as article JSON keyed by output name")
    String getOutputTopic();

    void setOutputTopic(String value);

    @Description("Kafka topic of failures (default: the output topic + '.dead-letter')")
    String getDeadLetterTopic();

    void setDeadLetterTopic(String value);

    @Description("Stop after this many raw items from --inputTopic (0: never)")
    @Default.Long(0)
    long getMaxRecords();

    void setMaxRecords(long value);

    @Description("Seconds between progress lines (0: none)")
    @Default.Integer(5)
    int getProgressSeconds();

    void setProgressSeconds(int value);
}
