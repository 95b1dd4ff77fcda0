package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.copydesk.api.stage.Stage;
import org.copydesk.api.stage.EntityTagger;
import org.copydesk.api.stage.StageProperties;
import org.copydesk.entities.common.EntityStage;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The default entity stage: a trained averaged perceptron, then gazetteer-aware linking. */
@Component(name = "org.copydesk.entities.tagger", service = {Stage.class, EntityTagger.class},
        property = "service.ranking:Integer=100")
@StageProperties(name = Stage.ENTITIES, order = 200)
@Designate(ocd = EntityTaggerComponent.Config.class)
public final class EntityTaggerComponent extends EntityStage {

    @ObjectClassDefinition(name = "Copydesk entity tagger",
            description = "Finds people, organisations, places and other names with a trained model")
    @interface Config {
        @AttributeDefinition(description = "Folder of the desk's gazetteer lists; empty means ${copydesk.home}/config/entities")
        String gazetteer_folder() default "";

        @AttributeDefinition(description = "Tag every repeat of a name found once in the article")
        boolean consistency() default true;

        @AttributeDefinition(description = "A model file trained for the desk (TrainModel's output); empty means the bundled model")
        String model() default "";
    }

    private static PerceptronNameFinder finder(String model) {
        if (model.isBlank()) {
            return PerceptronNameFinder.bundled();
        }
        try (InputStream in = Files.newInputStream(Path.of(model))) {
            return new PerceptronNameFinder(PerceptronModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity model " + model, e);
        }
    }

    @Activate
    @Modified
    void activate(BundleContext context, Config config) {
        configure(context, finder(config.model()), config.gazetteer_folder(), config.consistency());
    }
}
