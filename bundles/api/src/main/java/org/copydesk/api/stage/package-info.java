/**
 * The service contracts between Copydesk bundles: importers, pipeline stages, exporters and the
 * pipeline that strings them together. Every bundle talks to the others only through these.
 */
@Export
@Version("1.0.0")
package org.copydesk.api.stage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
