/**
 * What the importers, exporters and the workbench share: cutting a text into plain and entity-marked
 * segments, rebuilding mentions from marked-up text, a stable article URN, TIMEX3 values in a reader's
 * words, the NITF body codec (NITF travels on its own and inside NewsML-G2) and an XML reader hardened
 * against DTD attacks.
 */
@Export
@Version("1.1.0")
package org.copydesk.formats;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
