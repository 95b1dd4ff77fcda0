package org.copydesk.entities.tagger.internal;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.EntityTagger;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;
import org.copydesk.api.stage.StageProperties;
import org.copydesk.entities.common.EntityAnnotator;
import org.copydesk.entities.common.GazetteerStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The default entity stage: a trained averaged perceptron, then gazetteer-aware linking. */
@Component(name = "org.copydesk.entities", service = {Stage.class, EntityTagger.class},
        property = "service.ranking:Integer=100")
@StageProperties(name = Stage.ENTITIES, order = 200)
@Designate(ocd = EntityTaggerComponent.Config.class)
public final class EntityTaggerComponent implements EntityTagger {

    @ObjectClassDefinition(name = "Copydesk entity tagger",
            description = "Finds people, organisations, places and other names with a trained model")
    @interface Config {
        @AttributeDefinition(description = "Folder of the desk's gazetteer lists; empty means ${copydesk.home}/config/entities")
        String gazetteer_folder() default "";

        @AttributeDefinition(description = "Tag every repeat of a name found once in the article")
        boolean consistency() default true;
    }

    private volatile EntityAnnotator annotator;

    @Activate
    @Modified
    void activate(BundleContext context, Config config) {
        String home = context == null ? null : context.getProperty("copydesk.home");
        annotator = new EntityAnnotator(PerceptronNameFinder.bundled(),
                GazetteerStore.deskFolder(home, config.gazetteer_folder()), config.consistency());
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        return annotator.annotate(article);
    }
}
