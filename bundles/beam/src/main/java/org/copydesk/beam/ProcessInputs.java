package org.copydesk.beam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;
import org.copydesk.boot.BootException;
import org.copydesk.boot.InputProcessor;

/**
 * The Copydesk stages on each raw item: the desk's runtime, started once per worker JVM, imports,
 * processes and renders it through its input processor service, as {@code copydesk process} does.
 * Articles go to the main output; inputs that give none, and stages that failed on an article, go to
 * the dead-letter output. Beam metrics (namespace {@value #METRICS}) count inputs, articles and
 * failures per stage, and time each stage in microseconds.
 */
final class ProcessInputs extends DoFn<RawItem, Processed> {
    private static final long serialVersionUID = 1L;
    static final String METRICS = "copydesk";
    static final TupleTag<Processed> ARTICLES = new TupleTag<>() { };
    static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() { };

    private final String home;
    private final String desk;
    private final String published;
    private final List<String> keep;
    private final List<String> formats;

    private final Counter inputs = Metrics.counter(METRICS, "inputs");
    private final Counter articles = Metrics.counter(METRICS, "articles");
    private final Distribution startup = Metrics.distribution(METRICS, "runtime-start-millis");

    private transient SharedRuntime.Lease lease;
    private transient InputProcessor processor;
    private transient InputProcessor.Options options;
    private transient Map<String, String> extensions;
    private transient Map<String, Counter> failures;
    private transient Map<String, Distribution> timings;
    private transient boolean startupReported;

    /**
     * @param home      a Copydesk home every worker can read, or blank for the one inside the job jar
     * @param published YYYY-MM-DD or null
     */
    ProcessInputs(String home, String desk, String published, List<String> keep, List<String> formats) {
        this.home = home;
        this.desk = desk;
        this.published = published;
        this.keep = List.copyOf(keep);
        this.formats = List.copyOf(formats);
    }

    @Setup
    public void setup() throws BootException {
        lease = SharedRuntime.acquire(home, desk);
        processor = lease.processor();
        extensions = processor.formats();
        options = new InputProcessor.Options(published == null ? null : LocalDate.parse(published), Set.copyOf(keep), formats);
        failures = new HashMap<>();
        timings = new HashMap<>();
        startupReported = !lease.started(); // the worker that started the runtime reports what it cost
    }

    @ProcessElement
    public void process(@Element RawItem item, MultiOutputReceiver out) {
        if (!startupReported) {
            startup.update(lease.startMillis());
            startupReported = true;
        }
        inputs.inc();
        Progress.INPUTS.incrementAndGet();
        List<InputProcessor.Output> outputs;
        try {
            outputs = processor.process(item.name(), item.content(), options);
        } catch (InputProcessor.Failure f) {
            fail(out, new DeadLetter(item.origin(), f.stage(), f.getMessage()));
            Progress.FAILED.incrementAndGet();
            return;
        }
        for (InputProcessor.Output o : outputs) {
            for (InputProcessor.StageRun s : o.stages()) {
                timings.computeIfAbsent(s.stage(), st -> Metrics.distribution(METRICS, "micros-" + st))
                        .update(Math.round(s.millis() * 1000));
                if (!s.ok()) {
                    fail(out, new DeadLetter(item.origin(), s.stage(), s.status() + ": " + s.error()
                            + " (the article went on without this stage)"));
                }
            }
            String path = item.outputPath(o.name());
            List<Processed.Part> parts = new ArrayList<>(o.files().size());
            o.files().forEach((format, bytes) -> parts.add(new Processed.Part(format, path + "." + extensions.get(format), bytes)));
            out.get(ARTICLES).output(new Processed(item.origin(), parts));
            articles.inc();
            Progress.ARTICLES.incrementAndGet();
        }
    }

    private void fail(MultiOutputReceiver out, DeadLetter d) {
        failures.computeIfAbsent(d.stage(), st -> Metrics.counter(METRICS, "failed-" + st)).inc();
        out.get(FAILURES).output(d);
    }

    @Teardown
    public void teardown() {
        if (lease != null) {
            lease.close();
        }
    }
}
