/**
 * Desks, features and the command contract. This package sits on the launcher's class path and the
 * framework exports it from the system bundle, so the launcher and the bundles share one reading of
 * desks and features.
 */
@Export
@Version("1.1.0")
package org.copydesk.boot;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
