/**
 * Tokens and sentences with their offsets into the original string: the common ground of the
 * entity, time and timeline stages, so all of them cut text the same way.
 */
@Export
@Version("1.0.0")
package org.copydesk.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
