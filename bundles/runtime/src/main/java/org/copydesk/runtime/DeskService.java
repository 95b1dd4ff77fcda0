package org.copydesk.runtime;

import java.util.List;

import org.copydesk.boot.BootException;
import org.copydesk.boot.DeskPlan;
import org.copydesk.boot.Feature;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The desk this runtime serves. Switching desks or installing a feature installs and starts the
 * bundles it needs and uninstalls those no feature needs any more, and re-applies settings, all
 * without a restart.
 */
@ProviderType
public interface DeskService {
    /** The current desk's name. */
    String current();

    /** The current desk's plan: its features (with the ones installed since) and bundles. */
    DeskPlan plan();

    /** Every desk of this Copydesk home. */
    List<String> desks() throws BootException;

    /** Every feature defined in the features folder. */
    List<Feature> features() throws BootException;

    /** The names of the features running now, includes expanded. */
    List<String> activeFeatures();

    /** Changes to another desk: its features' bundles and its settings. */
    void switchTo(String desk) throws BootException;

    /** Adds a feature (and what it includes) to the running desk. */
    void installFeature(String feature) throws BootException;

    /** Removes a feature's bundles that no other running feature needs. */
    void uninstallFeature(String feature) throws BootException;
}
