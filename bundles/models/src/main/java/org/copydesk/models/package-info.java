/**
 * Trained models delivered as bundles: a jar with an OSGi manifest, a {@code Copydesk-Model: KIND}
 * header, the model file and a metadata JSON. {@link org.copydesk.models.ModelJars} writes and reads
 * such jars; {@link org.copydesk.models.ModelTracker} follows the ones a runtime has resolved (so a
 * desk's trust list applies) and tells a stage when the set changes, and
 * {@link org.copydesk.models.ModelChoice} picks the newest that fits it; {@link org.copydesk.models.ModelDeployment}
 * puts one live on a desk (its {@link org.copydesk.models.DeskTrustList trust list} first, then deploy/).
 */
@Export
@Version("1.1.0")
package org.copydesk.models;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
