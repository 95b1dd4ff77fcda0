/**
 * The service contracts between Copydesk bundles: importers, pipeline stages, exporters and the
 * pipeline that strings them together, and the feedback of editors to the strip stage
 * ({@link org.copydesk.api.stage.RemovalFeedback}, since 1.1). Every bundle talks to the others only
 * through these.
 */
@Export
@Version("1.1.0")
package org.copydesk.api.stage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
