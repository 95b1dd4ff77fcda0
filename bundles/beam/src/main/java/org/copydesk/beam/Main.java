package org.copydesk.beam;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.copydesk.boot.BootException;

/**
 * {@code copydesk beam}: the desk's pipeline as an Apache Beam job, on the Direct runner or Flink
 * (local, or a cluster), and the job jar's entry point for {@code flink run}. The driver starts the
 * desk's runtime once to check the desk and the formats before any worker starts; on the local
 * runners the workers share it.
 */
public final class Main {
    static final String USAGE = """
            usage: copydesk beam --input=GLOB --output=DIR [--desk=NAME] [--formats=FMT,...|all]
                                 [--published=YYYY-MM-DD] [--keep=REASON,...] [--layout=files|jsonl [--shards=N]]
                                 [--runner=DirectRunner|FlinkRunner] [--flinkMaster=[local]|HOST:PORT] [--parallelism=N]
                   copydesk beam --inputTopic=TOPIC --outputTopic=TOPIC --bootstrapServers=HOST:PORT
                                 [--deadLetterTopic=TOPIC] [--maxRecords=N] [--output=DIR] ...
              --input        files by path or glob (/archive/**/*.xml; a folder: every file below it); outputs
                             mirror the folders below the glob's fixed part
              --output       one file per article and format (as copydesk process --out), or with
                             --layout=jsonl JSON Lines shards DIR/FORMAT/part-*.jsonl; failures go to
                             DIR/dead-letter-*.jsonl, one line each: file, stage, reason
              --desk         the desk whose features and settings every worker runs (default: default)
              --formats      json (default), markdown, ninjs, nitf, newsml, jsonld, html, timelinejs, or all
              --home         a Copydesk home every worker can read (default: this distribution, or the
                             one inside the job jar)
              --inputTopic   Kafka raw items (key: the file name, value: its bytes) instead of files;
                             articles go to --outputTopic as article JSON, failures to --deadLetterTopic
              --runner       DirectRunner (default) or FlinkRunner; --flinkMaster=[local] runs Flink here
            Every Beam and runner option works too: --help=FlinkPipelineOptions lists Flink's.
            A progress line every 5 s (--progressSeconds); the exit status is 1 if any input gave no output.""";

    private static final Set<String> LAYOUTS = Set.of("files", "jsonl");
    /**
     * Loggers whose warnings say nothing to a user: a file sink's temporary files gone already, Flink's
     * metric names cut at 80 characters. Held here, so their levels stay.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.apache.beam.sdk.io.FileBasedSink"),
            java.util.logging.Logger.getLogger("org.apache.flink.runtime.metrics.groups.TaskMetricGroup"));

    private Main() {
    }

    public static void main(String[] args) {
        // the runtime's bundles, Beam and Flink log through java.util.logging here: what goes wrong only
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> beamArgs = beamArgs(args);
        if (beamArgs.contains("--help") || beamArgs.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        CopydeskOptions o;
        try {
            PipelineOptionsFactory.register(CopydeskOptions.class);
            o = PipelineOptionsFactory.fromArgs(beamArgs.toArray(new String[0])).as(CopydeskOptions.class);
            check(o);
            if (beamArgs.stream().noneMatch(a -> a.startsWith("--fasterCopy"))) {
                // Flink need not copy elements between fused steps: no step changes what it is given
                o.as(FlinkPipelineOptions.class).setFasterCopy(true);
            }
        } catch (IllegalArgumentException e) {
            err.println("copydesk beam: " + e.getMessage());
            err.println("(copydesk beam --help for the options)");
            return 2;
        }
        // the driver checks the desk in this distribution (or the job jar's home); a Flink cluster's workers
        // have no distribution, so unless --home names one they unpack the home inside the job jar
        String driverHome = o.getHome() != null ? o.getHome() : System.getProperty("copydesk.home", "");
        if (o.getHome() == null) {
            o.setHome(remoteFlink(o) ? "" : driverHome);
        }
        try (SharedRuntime.Lease driver = SharedRuntime.acquire(driverHome, o.getDesk())) {
            o.setFormats(String.join(",", formats(o, driver.processor().formats())));
            if (driver.started()) {
                err.printf("copydesk beam: desk '%s' started in %d ms%n", o.getDesk(), driver.startMillis());
            }
            Progress.reset();
            Pipeline p = Pipeline.create(o);
            CopydeskJob.build(p, o);
            long t0 = System.nanoTime();
            Thread progress = null;
            if (remoteFlink(o)) {
                // the workers count elsewhere; Beam's metrics come back when the job ends
                err.println("copydesk beam: running on " + o.as(FlinkPipelineOptions.class).getFlinkMaster()
                        + "; its web interface shows the progress");
            } else if (o.getProgressSeconds() > 0) {
                progress = Progress.report(err, o.getProgressSeconds());
            }
            PipelineResult result;
            try {
                result = p.run();
                result.waitUntilFinish();
            } finally {
                if (progress != null) {
                    progress.interrupt();
                }
            }
            return summary(result, (System.nanoTime() - t0) / 1e9, err);
        } catch (BootException | IllegalArgumentException e) {
            err.println("copydesk beam: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            err.println("copydesk beam: the job failed: " + root);
            return 1;
        }
    }

    /** The command line as Beam reads it: without the command word, and {@code --desk NAME} as {@code --desk=NAME}. */
    static List<String> beamArgs(String[] args) {
        List<String> out = new ArrayList<>();
        boolean command = false;
        for (int i = 0; i < args.length; i++) {
            if (!command && args[i].equals("beam")) {
                command = true;
            } else if (args[i].equals("--desk") && i + 1 < args.length) {
                out.add("--desk=" + args[++i]);
            } else {
                out.add(args[i]);
            }
        }
        return out;
    }

    /** Checks what needs no runtime, and makes local paths absolute so every local worker reads the same. */
    static void check(CopydeskOptions o) {
        boolean files = o.getInput() != null;
        boolean kafka = o.getInputTopic() != null;
        if (files == kafka) {
            throw new IllegalArgumentException("give --input=GLOB (files) or --inputTopic=TOPIC (Kafka), one of them");
        }
        if (files && o.getOutput() == null) {
            throw new IllegalArgumentException("--output=DIR is needed for the articles and the dead letters");
        }
        if (kafka && (o.getBootstrapServers() == null || o.getOutputTopic() == null)) {
            throw new IllegalArgumentException("--inputTopic needs --bootstrapServers=HOST:PORT and --outputTopic=TOPIC");
        }
        if (kafka && o.getDeadLetterTopic() == null) {
            o.setDeadLetterTopic(o.getOutputTopic() + ".dead-letter");
        }
        if (!LAYOUTS.contains(o.getLayout())) {
            throw new IllegalArgumentException("--layout=" + o.getLayout() + " is not files or jsonl");
        }
        if (o.getLayout().equals("jsonl") && kafka && o.getMaxRecords() <= 0) {
            throw new IllegalArgumentException("--layout=jsonl writes shards of a bounded input: add --maxRecords=N to read the topic up to there");
        }
        if (o.getShards() < 0) {
            throw new IllegalArgumentException("--shards=" + o.getShards() + " is not 0 or more");
        }
        if (o.getPublished() != null) {
            try {
                LocalDate.parse(o.getPublished());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--published=" + o.getPublished() + " is not a date (YYYY-MM-DD)");
            }
        }
        if (files) {
            String input = local(o.getInput());
            if (!FileSystems.hasGlobWildcard(input) && !input.contains("://") && Files.isDirectory(Path.of(input))) {
                input = CopydeskJob.folder(input) + "**";
            }
            o.setInput(input);
        }
        if (o.getOutput() != null) {
            o.setOutput(local(o.getOutput()));
        }
    }

    /** Flink on a cluster named by --flinkMaster=HOST:PORT (under flink run, [auto]: no distribution here either). */
    static boolean remoteFlink(CopydeskOptions o) {
        return o.getRunner().getSimpleName().startsWith("Flink")
                && !Set.of("[local]", "[collection]", "[auto]").contains(o.as(FlinkPipelineOptions.class).getFlinkMaster());
    }

    private static String local(String path) {
        return path.contains("://") ? path : Path.of(path).toAbsolutePath().normalize().toString();
    }

    /** The formats asked for, checked against those the desk has; {@code all} is every one of them. */
    static List<String> formats(CopydeskOptions o, Map<String, String> offered) {
        Set<String> asked = new LinkedHashSet<>();
        for (String f : CopydeskJob.list(o.getFormats())) {
            if (f.equals("all")) {
                asked.addAll(offered.keySet());
            } else if (!offered.containsKey(f)) {
                throw new IllegalArgumentException("desk '" + o.getDesk() + "' has no format '" + f + "' (formats: "
                        + String.join(", ", offered.keySet()) + ")");
            } else {
                asked.add(f);
            }
        }
        if (o.getInputTopic() != null && !asked.contains("json")) {
            asked.add("json"); // the processed topic carries the article JSON
        }
        if (asked.isEmpty()) {
            throw new IllegalArgumentException("--formats names no format");
        }
        return List.copyOf(asked);
    }

    /** The job's counts from Beam's metrics (from this JVM's workers where the runner has none); 1 if an input gave no output. */
    static int summary(PipelineResult result, double seconds, PrintStream err) {
        Map<String, Long> counters = new TreeMap<>();
        Map<String, DistributionResult> timings = new TreeMap<>();
        try {
            MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(ProcessInputs.METRICS)).build());
            for (MetricResult<Long> c : q.getCounters()) {
                counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
            }
            for (MetricResult<DistributionResult> d : q.getDistributions()) {
                timings.merge(d.getName().getName(), d.getAttempted(), (a, b) -> DistributionResult.create(
                        a.getSum() + b.getSum(), a.getCount() + b.getCount(), Math.min(a.getMin(), b.getMin()), Math.max(a.getMax(), b.getMax())));
            }
        } catch (UnsupportedOperationException e) {
            counters.put("inputs", Progress.INPUTS.get());
            counters.put("articles", Progress.ARTICLES.get());
        }
        long articles = counters.getOrDefault("articles", 0L);
        long lost = 0;
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, Long> c : counters.entrySet()) {
            if (c.getKey().startsWith("failed-") && c.getValue() > 0) {
                String stage = c.getKey().substring("failed-".length());
                failed.add(stage + " " + c.getValue());
                if (stage.equals("read") || stage.equals("import") || stage.equals("export")) {
                    lost += c.getValue();
                }
            }
        }
        err.printf("copydesk beam: %d inputs, %d articles, %.1f s (%.0f articles/s); failures: %s%n",
                counters.getOrDefault("inputs", 0L) + counters.getOrDefault("failed-read", 0L), articles, seconds,
                articles / Math.max(seconds, 1e-3), failed.isEmpty() ? "none" : String.join(", ", failed));
        List<String> stages = new ArrayList<>();
        timings.forEach((name, d) -> {
            if (name.startsWith("micros-") && d.getCount() > 0) {
                stages.add(String.format("%s %.2f", name.substring("micros-".length()), d.getMean() / 1000));
            }
        });
        if (!stages.isEmpty()) {
            err.println("copydesk beam: mean ms per article: " + String.join(", ", stages));
        }
        DistributionResult start = timings.get("runtime-start-millis");
        if (start != null && start.getCount() > 0) {
            err.printf("copydesk beam: the desk started on %d more worker JVM(s), %.0f ms each on average%n", start.getCount(), start.getMean());
        }
        return lost == 0 ? 0 : 1;
    }
}
