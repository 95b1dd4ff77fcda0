package org.copydesk.entities.common;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.EntityTagger;
import org.copydesk.api.stage.ProcessContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Base of the entity stage components: configuration to annotator, annotator to articles. Each
 * configuration loads its model and lists on the component's own thread, which ends when idle and
 * is stopped when the component deactivates.
 */
public abstract class EntityStage implements EntityTagger {
    /** How long deactivation waits for a load under way to end. */
    private static final long STOP_WAIT_SECONDS = 5;

    private volatile EntityAnnotator annotator;
    private final ThreadPoolExecutor preparing = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "copydesk-entities-prepare");
        t.setDaemon(true);
        return t;
    });

    /**
     * (Re)configures the stage.
     *
     * @param context      the component's context, for the Copydesk home its desk lists are under
     * @param folder       the desk's gazetteer folder; blank means {@code ${copydesk.home}/config/entities}
     * @param consistency  whether repeats of a found name are tagged too
     */
    protected final void configure(BundleContext context, NameFinder finder, String folder, boolean consistency) {
        EntityAnnotator a = new EntityAnnotator(finder, GazetteerStore.deskFolder(context.getProperty("copydesk.home"), folder), consistency);
        annotator = a;
        // load model and lists while the rest of the runtime starts: a CLI run's first article is its only one
        preparing.execute(a::prepare);
    }

    /**
     * Stops a load under way (an article then loads what it needs itself) and waits a little for the
     * thread to end. A component that owns more overrides this and calls it.
     */
    @Deactivate
    protected void deactivate() {
        preparing.shutdownNow();
        try {
            preparing.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        return annotator.annotate(article);
    }
}
