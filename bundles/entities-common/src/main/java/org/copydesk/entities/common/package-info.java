/**
 * What every entity tagger shares: the article cut into tokenised sentences, gazetteers with desk
 * additions reloaded on change, and the linking that folds name spans into entities.
 */
@Export
@Version("1.1.0")
package org.copydesk.entities.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
