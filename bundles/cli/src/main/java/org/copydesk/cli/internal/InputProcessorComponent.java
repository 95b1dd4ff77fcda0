package org.copydesk.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.api.model.Provenance;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.ServiceInfo;
import org.copydesk.boot.InputProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code copydesk process} for one input at a time, as a service for code outside the framework (the
 * Beam job's workers): the same pipeline call and the same rendering as the process command, so an
 * article comes out byte for byte as the CLI writes it.
 */
@Component(name = "org.copydesk.cli.input", service = InputProcessor.class)
public final class InputProcessorComponent implements InputProcessor {
    private final Pipeline pipeline;
    private final BundleContext context;
    private final String desk;
    private volatile boolean settled;

    @Activate
    public InputProcessorComponent(@Reference Pipeline pipeline, BundleContext context) {
        this.pipeline = pipeline;
        this.context = context;
        this.desk = ProcessCommand.desk(context);
    }

    @Override
    public Map<String, String> formats() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ServiceInfo e : pipeline.exporters()) {
            out.putIfAbsent(e.name(), pipeline.extension(e.name()));
        }
        return out;
    }

    @Override
    public List<Output> process(String fileName, byte[] content, Options options) throws Failure {
        awaitDeployed();
        if (content.length > MAX_INPUT_BYTES) {
            throw new Failure("import", "too large (" + content.length + " bytes; the limit is " + MAX_INPUT_BYTES + ")", null);
        }
        ImportSource src = new ImportSource(fileName, content, null);
        ProcessContext ctx = new ProcessContext(desk, options.published(), options.keep(), Map.of());
        List<org.copydesk.api.model.Article> articles;
        try {
            articles = pipeline.run(src, ctx);
        } catch (ImportException | RuntimeException | StackOverflowError e) {
            throw new Failure("import", Messages.describe(e), e);
        }
        List<Output> out = new ArrayList<>(articles.size());
        try {
            long t0 = System.nanoTime();
            List<Rendering.Rendered> rendered = Rendering.render(pipeline, src.baseName(), articles, options.formats());
            double each = Math.round((System.nanoTime() - t0) / 1e3) / 1000.0 / Math.max(1, rendered.size());
            for (Rendering.Rendered r : rendered) {
                List<StageRun> stages = new ArrayList<>();
                for (Provenance p : r.article().provenance()) {
                    stages.add(new StageRun(p.stage(), p.status(), p.millis(), p.error()));
                }
                stages.add(new StageRun("export", "ok", each, null));
                out.add(new Output(r.name(), r.files(), stages));
            }
        } catch (IOException | RuntimeException | StackOverflowError e) { // an unknown format too
            throw new Failure("export", Messages.describe(e), e);
        }
        return out;
    }

    /** As the process command does before a batch: the deploy folder's bundles are live before the first input. */
    private void awaitDeployed() {
        if (!settled) {
            synchronized (this) {
                if (!settled) {
                    DeployedBundles.awaitSettled(context, ProcessCommand.DEPLOY_SETTLE_MILLIS, System.err); // a worker's log
                    settled = true;
                }
            }
        }
    }
}
