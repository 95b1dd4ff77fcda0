/**
 * The running desk as a service: which desk and features run, and changing them live.
 */
@Export
@Version("1.0.0")
package org.copydesk.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
