package org.copydesk.shell.internal;

import org.apache.felix.service.command.Descriptor;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ServiceInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pipeline:show}: who serves each stage, importer and exporter. */
@Component(service = PipelineCommands.class, property = {
        "osgi.command.scope=pipeline", "osgi.command.function=show"})
public final class PipelineCommands {
    private final Pipeline pipeline;

    @Activate
    public PipelineCommands(@Reference Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Descriptor("show which bundle and version serves each stage, importer and exporter")
    public String show() {
        StringBuilder b = new StringBuilder("stages (in order):\n");
        for (ServiceInfo s : pipeline.stages()) {
            b.append(String.format("  %4d %-14s %-40s %-16s %s%n", s.order(), s.name(), s.bundle(), s.version(), s.component()));
        }
        b.append("importers:\n");
        for (ServiceInfo s : pipeline.importers()) {
            b.append(String.format("  %-10s %-22s %-40s %s%n", s.name(), String.join(",", s.extensions()), s.bundle(), s.version()));
        }
        b.append("exporters:\n");
        for (ServiceInfo s : pipeline.exporters()) {
            b.append(String.format("  %-10s %-22s %-40s %s%n", s.name(), String.join(",", s.extensions()), s.bundle(), s.version()));
        }
        return b.toString();
    }
}
