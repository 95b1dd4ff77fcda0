package org.copydesk.shell.internal;

import org.apache.felix.service.command.Descriptor;
import org.copydesk.boot.BootException;
import org.copydesk.boot.DeskPlan;
import org.copydesk.boot.Feature;
import org.copydesk.runtime.DeskService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code desk:*} and {@code feature:*}: what runs, and changing it live. */
@Component(service = DeskCommands.class, property = {
        "osgi.command.scope=desk", "osgi.command.function=list", "osgi.command.function=show",
        "osgi.command.function=switch"})
public final class DeskCommands {
    private final DeskService desks;
    private final BundleContext context;

    @Activate
    public DeskCommands(@Reference DeskService desks, BundleContext context) {
        this.desks = desks;
        this.context = context;
    }

    @Descriptor("list the desks; * marks the one running")
    public String list() throws BootException {
        StringBuilder b = new StringBuilder();
        for (String d : desks.desks()) {
            b.append(d.equals(desks.current()) ? "* " : "  ").append(d).append('\n');
        }
        return b.toString();
    }

    @Descriptor("show the running desk: its features and bundles with their state")
    public String show() {
        DeskPlan plan = desks.plan();
        StringBuilder b = new StringBuilder();
        b.append("desk ").append(plan.desk().name()).append(" (").append(plan.desk().file()).append(")\n");
        if (!plan.desk().description().isEmpty()) {
            b.append("  ").append(plan.desk().description()).append('\n');
        }
        b.append("features: ").append(String.join(", ", plan.features().stream().map(Feature::name).toList())).append('\n');
        b.append("bundles:\n");
        for (DeskPlan.PlannedBundle pb : plan.bundles()) {
            Bundle bundle = context.getBundle(pb.location());
            b.append(String.format("  %-8s %-45s %s%n", bundle == null ? "MISSING" : Bundles.state(bundle),
                    pb.symbolicName(), bundle == null ? "" : bundle.getVersion()));
        }
        return b.toString();
    }

    @Descriptor("switch the running runtime to another desk: install and remove bundles, apply its settings")
    public String _switch(@Descriptor("the desk, as desk:list shows it") String desk) throws BootException {
        desks.switchTo(desk);
        return "now on desk " + desks.current() + " (" + desks.plan().bundles().size() + " bundles)";
    }
}
