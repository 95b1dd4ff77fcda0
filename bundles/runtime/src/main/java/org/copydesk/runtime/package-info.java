/**
 * The running desk as a service: which desk and features run, changing them live, and which outside
 * bundles the desk trusts.
 */
@Export
@Version("1.1.0")
package org.copydesk.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
