package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.copydesk.api.stage.EntityTagger;
import org.copydesk.api.stage.Stage;
import org.copydesk.api.stage.StageProperties;
import org.copydesk.entities.common.EntityStage;
import org.copydesk.models.ModelChoice;
import org.copydesk.models.ModelJars;
import org.copydesk.models.ModelTracker;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The default entity stage: a trained averaged perceptron, then gazetteer-aware linking. The model
 * is, first to last: the one given for this run ({@code copydesk --entities-model MODEL.jar}), the
 * newest entities model bundle the runtime has resolved (dropped into deploy/ and trusted by the
 * desk; it goes live for the next article, and when it goes the next one in line takes over), the
 * desk's configured model file, the bundled model. A model trained with other features or lists
 * than this stage's is refused with one line on standard error.
 */
@Component(name = "org.copydesk.entities.tagger", service = {Stage.class, EntityTagger.class},
        property = "service.ranking:Integer=100")
@StageProperties(name = Stage.ENTITIES, order = 200)
@Designate(ocd = EntityTaggerComponent.Config.class)
public final class EntityTaggerComponent extends EntityStage {
    /** Framework property the launcher sets from {@code --entities-model}: a model bundle jar for this run. */
    static final String RUN_MODEL = "copydesk.entities.model";

    @ObjectClassDefinition(name = "Copydesk entity tagger",
            description = "Finds people, organisations, places and other names with a trained model")
    @interface Config {
        @AttributeDefinition(description = "Folder of the desk's gazetteer lists; empty means ${copydesk.home}/config/entities")
        String gazetteer_folder() default "";

        @AttributeDefinition(description = "Tag every repeat of a name found once in the article")
        boolean consistency() default true;

        @AttributeDefinition(description = "A model bundle (copydesk entities-train) or model file for the desk; empty means"
                + " the newest model bundle deployed, else the bundled model")
        String model() default "";
    }

    @Reference(service = LoggerFactory.class)
    private Logger log;

    private volatile PerceptronModel runModel;
    private volatile PerceptronModel deskModel;
    private volatile PerceptronModel deployed;
    private volatile ModelTracker tracker;
    private final ModelChoice<PerceptronModel> choice = new ModelChoice<>(TrainCommand.KIND, "an entities model",
            (in, who) -> PerceptronModel.read(in), m -> m.header().mismatch(PerceptronModel.Header.current()),
            "copydesk entities-train", (who, why) -> log.warn("refused entity model {}: {}", who, why));

    @Activate
    @Modified
    void activate(BundleContext context, Config config) {
        deskModel = config.model().isBlank() ? null : file(Path.of(config.model()));
        String run = context.getProperty(RUN_MODEL);
        runModel = run == null || run.isBlank() ? null : file(Path.of(run));
        if (tracker == null) {
            tracker = new ModelTracker(context, TrainCommand.KIND, this::chooseDeployed).open();
        }
        configure(context, new PerceptronNameFinder(this::model), config.gazetteer_folder(), config.consistency());
    }

    /** DS calls this (EntityStage's @Deactivate): the model tracker goes, then the stage's own thread. */
    @Override
    protected void deactivate() {
        ModelTracker t = tracker;
        tracker = null;
        if (t != null) {
            t.close();
        }
        super.deactivate();
    }

    private PerceptronModel model() {
        PerceptronModel m = runModel;
        if (m == null) {
            m = deployed;
        }
        if (m == null) {
            m = deskModel;
        }
        return m != null ? m : PerceptronNameFinder.bundledModel();
    }

    /** The newest deployed model that fits this stage, or none. */
    private void chooseDeployed() {
        ModelTracker t = tracker;
        deployed = t == null ? null : choice.first(t.models());
    }

    /** A model bundle jar or a bare model file; refused (null) with one line when it does not fit. */
    private PerceptronModel file(Path f) {
        try {
            if (f.getFileName().toString().endsWith(".jar")) {
                return choice.load(ModelJars.read(f));
            }
            try (InputStream in = Files.newInputStream(f)) {
                return choice.fit(PerceptronModel.read(in), f.toString());
            }
        } catch (IOException e) {
            return choice.refuse(f.toString(), e.getMessage());
        }
    }
}
