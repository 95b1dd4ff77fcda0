package org.copydesk.entities.common;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.EntityTagger;
import org.copydesk.api.stage.ProcessContext;
import org.osgi.framework.BundleContext;

/** Base of the entity stage components: configuration to annotator, annotator to articles. */
public abstract class EntityStage implements EntityTagger {
    private volatile EntityAnnotator annotator;

    /**
     * (Re)configures the stage.
     *
     * @param context      null outside a framework (tests): then desk lists come only from {@code folder}
     * @param folder       the desk's gazetteer folder; blank means {@code ${copydesk.home}/config/entities}
     * @param consistency  whether repeats of a found name are tagged too
     */
    protected final void configure(BundleContext context, NameFinder finder, String folder, boolean consistency) {
        String home = context == null ? null : context.getProperty("copydesk.home");
        EntityAnnotator a = new EntityAnnotator(finder, GazetteerStore.deskFolder(home, folder), consistency);
        annotator = a;
        // load model and lists while the rest of the runtime starts: a CLI run's first article is its only one
        Thread warm = new Thread(a::prepare, "copydesk-entities-prepare");
        warm.setDaemon(true);
        warm.start();
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        return annotator.annotate(article);
    }
}
