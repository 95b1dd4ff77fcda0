/**
 * The workbench's extension points: views that bundles contribute as services, and the workspace
 * of articles they show and edit.
 */
@Export
@Version("1.0.0")
package org.copydesk.api.workbench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
