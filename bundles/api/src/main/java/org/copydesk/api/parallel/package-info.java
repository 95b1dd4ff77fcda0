/**
 * Work on the pieces of one very long article (paragraphs, sentences, feed items) on all cores, the
 * results in document order: one place for the rule of when that pays and for the threads that do it,
 * shared by every stage bundle ({@link org.copydesk.api.parallel.Pieces}, since API 2.0).
 */
@Export
@Version("1.0.0")
package org.copydesk.api.parallel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
