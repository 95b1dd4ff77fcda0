/**
 * The article model: immutable values that every stage reads and returns changed copies of.
 */
@Export
@Version("1.3.0")
package org.copydesk.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
