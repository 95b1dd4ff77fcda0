package org.copydesk.api.stage;

import org.copydesk.api.model.Article;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One step of the pipeline: takes an article, returns a changed copy. Register a stage as a service
 * with the properties of {@link StageProperties}: its name picks the slot it fills (the service with
 * the highest ranking wins the slot), its order places the slot in the pipeline.
 *
 * <p>A stage must be thread-safe: the pipeline may run articles concurrently.
 */
@ConsumerType
public interface Stage {
    /** Slot names of the standard stages, in pipeline order. */
    String STRIP = "strip";
    String ENTITIES = "entities";
    String TIMES = "times";
    String TIMELINE = "timeline";

    /** Service property: the slot name. */
    String NAME = "copydesk.stage.name";
    /** Service property: an integer; lower runs first. */
    String ORDER = "copydesk.stage.order";

    Article process(Article article, ProcessContext context) throws StageException;
}
