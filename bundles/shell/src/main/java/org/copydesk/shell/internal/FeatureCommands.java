package org.copydesk.shell.internal;

import org.apache.felix.service.command.Descriptor;
import org.copydesk.boot.BootException;
import org.copydesk.boot.Feature;
import org.copydesk.runtime.DeskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code feature:*}: the features on offer and adding or removing one live. */
@Component(service = FeatureCommands.class, property = {
        "osgi.command.scope=feature", "osgi.command.function=list", "osgi.command.function=install",
        "osgi.command.function=uninstall"})
public final class FeatureCommands {
    private final DeskService desks;

    @Activate
    public FeatureCommands(@Reference DeskService desks) {
        this.desks = desks;
    }

    @Descriptor("list the features; * marks those running")
    public String list() throws BootException {
        StringBuilder b = new StringBuilder();
        for (Feature f : desks.features()) {
            b.append(desks.activeFeatures().contains(f.name()) ? "* " : "  ")
                    .append(String.format("%-18s %s%n", f.name(), f.description()));
        }
        return b.toString();
    }

    @Descriptor("install a feature and what it includes into the running desk")
    public String install(@Descriptor("the feature, as feature:list shows it") String feature) throws BootException {
        desks.installFeature(feature);
        return "installed " + feature;
    }

    @Descriptor("remove a feature's bundles that no other running feature needs")
    public String uninstall(@Descriptor("a feature the desk runs") String feature) throws BootException {
        desks.uninstallFeature(feature);
        return "uninstalled " + feature;
    }
}
