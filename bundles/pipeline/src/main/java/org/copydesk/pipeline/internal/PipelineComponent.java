package org.copydesk.pipeline.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.ServiceInfo;
import org.copydesk.api.stage.Stage;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The pipeline as the registry offers it at this moment. Every call uses the current snapshot of the
 * bound importers, stages and exporters (sorted again only after a change), so a bundle installed,
 * stopped or re-ranked changes the next article without a restart. Within a slot the highest-ranked
 * service wins (or the one the desk's {@code select} filter names); slots run by their order property.
 * Its threads (the stage runner's, the warm-up's and the lanes that share a feed's articles) are made
 * when it activates and stopped when it deactivates.
 */
@Component(name = "org.copydesk.pipeline", service = Pipeline.class)
@Designate(ocd = PipelineConfig.class)
public final class PipelineComponent implements Pipeline {
    // package-private: unit tests add services to them directly, without DS
    final Registry<Stage> stages = new Registry<>();
    final Registry<Importer> importers = new Registry<>();
    final Registry<Exporter> exporters = new Registry<>();
    private final Logger log;
    private volatile StageRunner runner;
    /** Activates stages in the background as they are bound, so their start-up costs overlap. */
    private volatile ExecutorService warmer;
    /** Threads that share the articles of one source (a feed) with the caller's. */
    private volatile ExecutorService lanes;
    private volatile Settings settings;

    private record Settings(Set<String> disabled, Map<String, Filter> select, long timeout) {
    }

    /** The plan worked out for these settings and this snapshot of the stages. */
    private record Plan(Settings settings, List<Ranked<Stage>> snapshot, List<StageRunner.Step> steps) {
    }

    private volatile Plan plan;

    @Activate
    public PipelineComponent(@Reference(name = "log", service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    /** Starts the threads once the settings are known to be good, and warms the stages bound so far. */
    @Activate
    void activate(PipelineConfig config) {
        configure(config);
        runner = new StageRunner();
        warmer = Executors.newFixedThreadPool(2, StageRunner.daemons("copydesk-stage-warm-up"));
        lanes = Executors.newCachedThreadPool(StageRunner.daemons("copydesk-articles-"));
        stages.snapshot().forEach(this::warm);
    }

    @Modified
    void configure(PipelineConfig config) {
        Map<String, Filter> select = new HashMap<>();
        for (String s : config.select()) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("select entry '" + s + "' is not slot=filter");
            }
            try {
                select.put(s.substring(0, eq).trim(), FrameworkUtil.createFilter(s.substring(eq + 1).trim()));
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException("select entry '" + s + "': " + e.getMessage(), e);
            }
        }
        settings = new Settings(Set.copyOf(Arrays.asList(config.disabled())), select, config.stage_timeout());
    }

    /** Interrupts the stage calls and warm-ups under way and waits, a little, for their threads to end. */
    @Deactivate
    void deactivate() {
        warmer.shutdownNow(); // interrupt all before waiting for any
        lanes.shutdownNow();
        int left = runner.stop() + StageRunner.stop(warmer) + StageRunner.stop(lanes);
        if (left > 0) {
            log.warn("stage threads still running after the pipeline stopped: " + left
                    + " (a stage that ignores interruption; its articles' provenance says timeout)");
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedStage")
    void bindStage(ComponentServiceObjects<Stage> objects) {
        warm(stages.add(objects));
    }

    private void warm(Ranked<Stage> r) {
        ExecutorService w = warmer;
        if (w == null) {
            return; // bound before activation, which warms it
        }
        try {
            w.execute(() -> {
                try {
                    r.service();
                } catch (RuntimeException e) {
                    // a stage that cannot start is reported when an article needs it
                }
            });
        } catch (RejectedExecutionException e) {
            // deactivated meanwhile
        }
    }

    void unbindStage(ServiceReference<Stage> ref) {
        stages.remove(ref);
    }

    void updatedStage(ServiceReference<Stage> ref) {
        stages.modified();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedImporter")
    void bindImporter(ComponentServiceObjects<Importer> objects) {
        importers.add(objects);
    }

    void unbindImporter(ServiceReference<Importer> ref) {
        importers.remove(ref);
    }

    void updatedImporter(ServiceReference<Importer> ref) {
        importers.modified();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedExporter")
    void bindExporter(ComponentServiceObjects<Exporter> objects) {
        exporters.add(objects);
    }

    void unbindExporter(ServiceReference<Exporter> ref) {
        exporters.remove(ref);
    }

    void updatedExporter(ServiceReference<Exporter> ref) {
        exporters.modified();
    }

    /** The stage serving each enabled slot, in run order; worked out again only when the stages or settings change. */
    private List<StageRunner.Step> plan() {
        Settings s = settings;
        List<Ranked<Stage>> snapshot = stages.snapshot();
        Plan p = plan;
        if (p != null && p.settings() == s && p.snapshot() == snapshot) {
            return p.steps();
        }
        Map<String, Ranked<Stage>> bySlot = new LinkedHashMap<>();
        for (Ranked<Stage> r : snapshot) {
            String slot = r.string(Stage.NAME, null);
            if (slot == null || s.disabled().contains(slot)) {
                continue;
            }
            Filter f = s.select().get(slot);
            if (f != null && !f.match(r.ref())) {
                continue;
            }
            bySlot.putIfAbsent(slot, r); // snapshot is best first
        }
        List<Map.Entry<String, Ranked<Stage>>> out = new ArrayList<>(bySlot.entrySet());
        out.sort((a, b) -> Integer.compare(a.getValue().integer(Stage.ORDER, Integer.MAX_VALUE),
                b.getValue().integer(Stage.ORDER, Integer.MAX_VALUE)));
        List<StageRunner.Step> steps = out.stream().map(e -> new StageRunner.Step(e.getKey(), e.getValue())).toList();
        plan = new Plan(s, snapshot, steps);
        return steps;
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        String ext = source.extension();
        List<Ranked<Importer>> candidates = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (Ranked<Importer> r : importers.snapshot()) {
            List<String> exts = r.strings(Importer.EXTENSIONS).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
            known.addAll(exts);
            boolean byType = source.mediaType() != null && r.strings(Importer.MEDIA_TYPES).contains(source.mediaType());
            if (byType || exts.contains(ext)) {
                candidates.add(r);
            }
        }
        if (candidates.isEmpty()) {
            throw new ImportException(ext.isEmpty() ? "no file extension, so no importer knows it (known: " + known + ")"
                    : "no importer for '." + ext + "' files (known: " + String.join(", ", known) + ")");
        }
        for (Ranked<Importer> r : candidates) {
            if (!r.service().accepts(source)) {
                continue;
            }
            long t0 = System.nanoTime();
            List<Article> articles = r.service().read(source);
            if (articles == null || articles.isEmpty()) {
                throw new ImportException("the " + r.string(Importer.FORMAT, "?") + " importer found no article in it");
            }
            double millis = Math.round((System.nanoTime() - t0) / 1e3) / 1000.0 / articles.size();
            Provenance p = Provenance.ok("import", r.bundleName(), r.bundleVersion(), millis);
            return articles.stream().map(a -> a.toBuilder().addProvenance(p).build()).toList();
        }
        throw new ImportException("none of the importers for '." + ext + "' files recognises its content");
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        StageRunner.Work work = new StageRunner.Work(List.of(article));
        runner.run(plan(), work, context, settings.timeout(), a -> keep(a, context), a -> keep(a, context));
        return work.out()[0];
    }

    /** Puts back what a stage removed for a reason this run keeps ({@code --keep}). */
    private static Article keep(Article a, ProcessContext context) {
        return context.keep().isEmpty() ? a : a.restoreReasons(context.keep());
    }

    /**
     * Reads the source and processes its articles. The articles of a source that holds several (a feed)
     * are shared among as many lanes as there are processors, the caller's thread one of them; the
     * results keep the source's order.
     */
    @Override
    public List<Article> run(ImportSource source, ProcessContext context) throws ImportException {
        List<Article> in = read(source);
        if (context.published() != null) {
            in = in.stream().map(a -> a.toBuilder().published(context.published()).build()).toList();
        }
        StageRunner.Work work = new StageRunner.Work(in);
        List<StageRunner.Step> steps = plan();
        long timeout = settings.timeout();
        Runnable lane = () -> runner.run(steps, work, context, timeout, a -> keep(a, context), a -> keep(a, context));
        List<Future<?>> helpers = new ArrayList<>();
        try {
            for (int k = Math.min(in.size(), Runtime.getRuntime().availableProcessors()) - 1; k > 0; k--) {
                helpers.add(lanes.submit(lane));
            }
            lane.run();
            for (Future<?> f : helpers) {
                f.get();
            }
        } catch (ExecutionException e) { // a lane's failure (out of memory, a runtime stopping) is the source's
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            work.next().set(in.size()); // after a failure, the other lanes take no further article
            helpers.forEach(f -> f.cancel(true));
        }
        return Arrays.asList(work.out());
    }

    private Ranked<Exporter> exporter(String format) {
        for (Ranked<Exporter> r : exporters.snapshot()) {
            if (format.equalsIgnoreCase(r.string(Exporter.FORMAT, ""))) {
                return r;
            }
        }
        Set<String> known = new TreeSet<>();
        exporters.snapshot().forEach(r -> known.add(r.string(Exporter.FORMAT, "?")));
        throw new IllegalArgumentException("no exporter for format '" + format + "' (formats: " + String.join(", ", known) + ")");
    }

    @Override
    public void write(Article article, String format, OutputStream out) throws IOException {
        exporter(format).service().write(article, out);
    }

    @Override
    public String extension(String format) {
        return exporter(format).string(Exporter.EXTENSION, format);
    }

    @Override
    public List<ServiceInfo> stages() {
        return plan().stream().map(e -> e.stage().info(e.slot(), e.stage().integer(Stage.ORDER, 0), List.of())).toList();
    }

    @Override
    public List<ServiceInfo> importers() {
        return importers.snapshot().stream()
                .map(r -> r.info(r.string(Importer.FORMAT, "?"), 0, r.strings(Importer.EXTENSIONS))).toList();
    }

    @Override
    public List<ServiceInfo> exporters() {
        return exporters.snapshot().stream().map(r -> r.info(r.string(Exporter.FORMAT, "?"), 0,
                List.of(r.string(Exporter.EXTENSION, "")))).toList();
    }
}
