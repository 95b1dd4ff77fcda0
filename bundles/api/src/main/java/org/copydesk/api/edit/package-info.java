/**
 * An editor's changes of an article, each an operation the workbench's {@code Workspace.edit} takes:
 * the text ({@link org.copydesk.api.edit.TextEdit}), the entities
 * ({@link org.copydesk.api.edit.EntityEdits}) and the timeline
 * ({@link org.copydesk.api.edit.TimelineEdits}). Each keeps every reference into the text consistent
 * and refuses an id or index the article does not have with an {@link IllegalArgumentException}.
 * Stages do not need this package: a new editorial feature changes it, not the model.
 */
@Export
@Version("1.0.0")
package org.copydesk.api.edit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
