package org.copydesk.runtime;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Whether the desk lets a bundle run: the trust bundle keeps outside bundles the desk does not list
 * from resolving. Tools that show bundles (the workbench's Runtime view) ask it why one does not run.
 */
@ProviderType
public interface BundleTrust {
    /** Why the desk refuses this bundle, in a reader's words; empty when it may run. */
    Optional<String> refusal(Bundle bundle);
}
