package org.copydesk.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ProcessContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Imports in the background, one job per request: each file of the job (folders are walked) is read,
 * run through the pipeline and added to the workspace on its own, so one bad file fails alone and
 * names its problem; a cancelled job stops before its next file. The one import thread is the
 * component's: made when it activates, stopped when it deactivates.
 */
@Component(service = ImportJobs.class)
public final class ImportJobs {
    /** Jobs kept for the inbox view to show, oldest dropped first. */
    private static final int KEPT = 20;
    private static final long MAX_FILE = 50L << 20;
    /** How long deactivation waits for a running import to notice it was interrupted. */
    private static final long STOP_WAIT_SECONDS = 5;

    private final WorkspaceStore workspace;
    private final Pipeline pipeline;
    private final String desk;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "copydesk-workbench-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    @Activate
    public ImportJobs(BundleContext context, @Reference WorkspaceStore workspace, @Reference Pipeline pipeline) {
        this.workspace = workspace;
        this.pipeline = pipeline;
        this.desk = WorkspaceStore.desk(context);
    }

    /** Interrupts a running job, which then stops before its next file, and waits for the thread to end. */
    @Deactivate
    void stop() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One file of a job and what became of it. */
    static final class Item {
        final String path;
        volatile String status = "queued";
        volatile List<String> articles = List.of();
        /** Articles that were in the workspace already: kept with their edits, not imported again. */
        volatile List<String> kept = List.of();
        volatile String error;

        Item(String path) {
            this.path = path;
        }
    }

    static final class Job {
        final String id;
        final List<Item> items;
        final LocalDate published;
        volatile boolean cancelled;
        volatile boolean finished;

        Job(String id, List<Item> items, LocalDate published) {
            this.id = id;
            this.items = items;
            this.published = published;
        }
    }

    /**
     * Starts a job over inbox paths (files or folders); the paths are checked before anything runs.
     * {@code published}, when not null, is the publication date to resolve time expressions against
     * (for plain text, which carries none).
     */
    synchronized ObjectNode start(List<String> paths, LocalDate published) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String p : paths) {
            Path target = SafePaths.inside(workspace.inbox(), p);
            if (!Files.exists(target)) {
                throw new NotFoundException("no file or folder '" + p + "' in the inbox");
            }
            try (Stream<Path> s = Files.walk(target)) {
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
                        .forEach(f -> items.add(new Item(workspace.inbox().relativize(f).toString().replace('\\', '/'))));
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to import: no files in " + String.join(", ", paths));
        }
        Job job = new Job("j" + next.incrementAndGet(), items, published);
        jobs.put(job.id, job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        worker.submit(() -> run(job));
        return json(job);
    }

    private void run(Job job) {
        for (Item item : job.items) {
            if (job.cancelled || Thread.currentThread().isInterrupted()) {
                item.status = "cancelled";
                continue;
            }
            item.status = "running";
            try {
                List<WorkspaceStore.Added> added = importOne(item.path, job.published);
                item.articles = added.stream().map(WorkspaceStore.Added::id).toList();
                item.kept = added.stream().filter(WorkspaceStore.Added::existed).map(WorkspaceStore.Added::id).toList();
                item.status = "done";
            } catch (ImportException | IOException | RuntimeException e) {
                item.error = item.path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                item.status = "failed";
            }
        }
        job.finished = true;
    }

    private List<WorkspaceStore.Added> importOne(String path, LocalDate published) throws IOException, ImportException {
        Path file = SafePaths.inside(workspace.inbox(), path);
        if (Files.size(file) > MAX_FILE) {
            throw new ImportException("larger than " + (MAX_FILE >> 20) + " MB");
        }
        ImportSource source = new ImportSource(file.getFileName().toString(), Files.readAllBytes(file), null);
        List<Article> articles = pipeline.run(source, new ProcessContext(desk, published, Set.of(), Map.of()));
        return workspace.add(source, articles);
    }

    synchronized ObjectNode cancel(String id) {
        Job job = job(id);
        job.cancelled = true;
        return json(job);
    }

    synchronized ObjectNode get(String id) {
        return json(job(id));
    }

    synchronized ArrayNode all() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        jobs.values().forEach(j -> out.add(json(j)));
        return out;
    }

    private Job job(String id) {
        Job j = jobs.get(id);
        if (j == null) {
            throw new NotFoundException("no import job '" + id + "'");
        }
        return j;
    }

    private static ObjectNode json(Job job) {
        ObjectNode o = Json.object().put("id", job.id).put("cancelled", job.cancelled).put("finished", job.finished);
        int done = 0;
        ArrayNode items = o.putArray("items");
        for (Item i : job.items) {
            ObjectNode n = items.addObject().put("path", i.path).put("status", i.status).put("error", i.error);
            i.articles.forEach(n.putArray("articles")::add);
            i.kept.forEach(n.putArray("kept")::add);
            if (!i.status.equals("queued") && !i.status.equals("running")) {
                done++;
            }
        }
        o.put("done", done).put("total", job.items.size());
        return o;
    }
}
