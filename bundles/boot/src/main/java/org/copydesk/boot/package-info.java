/**
 * Desks, features, the command contract and the input processor that code outside the framework
 * calls. This package sits on the launcher's class path and the framework exports it from the system
 * bundle, so the launcher and the bundles share one reading of desks and features, and the host calls
 * bundle services through these interfaces alone.
 */
@Export
@Version("1.3.0")
package org.copydesk.boot;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
