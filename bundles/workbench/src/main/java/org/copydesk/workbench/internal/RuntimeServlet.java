package org.copydesk.workbench.internal;

import java.io.IOException;
import java.util.List;

import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ServiceInfo;
import org.copydesk.api.workbench.View;
import org.copydesk.boot.BootException;
import org.copydesk.runtime.DeskService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The running runtime as the runtime view shows it: the desk and its features, every bundle with
 * its state, and which bundle serves each stage, importer and exporter.
 * <pre>
 * GET /api/runtime
 * </pre>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/runtime/*")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class RuntimeServlet extends Endpoint {
    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;
    private final transient DeskService desks;
    private final transient Pipeline pipeline;

    @Activate
    public RuntimeServlet(BundleContext context, @Reference DeskService desks, @Reference Pipeline pipeline) {
        this.context = context;
        this.desks = desks;
        this.pipeline = pipeline;
    }

    @Override
    void handle(String method, String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!method.equals("GET") || !path.isEmpty()) {
            throw notFound("no " + method + " /api/runtime/" + path);
        }
        ObjectNode o = Json.object().put("desk", desks.current());
        try {
            desks.desks().forEach(o.putArray("desks")::add);
        } catch (BootException e) {
            o.put("desksError", e.getMessage());
        }
        desks.activeFeatures().forEach(o.putArray("features")::add);
        ArrayNode bundles = o.putArray("bundles");
        for (Bundle b : context.getBundles()) {
            bundles.addObject().put("id", b.getBundleId()).put("symbolicName", b.getSymbolicName())
                    .put("version", b.getVersion().toString()).put("state", state(b.getState()))
                    .put("location", b.getLocation().startsWith("reference:") ? "distribution" : "deploy");
        }
        services(o.putArray("stages"), pipeline.stages());
        services(o.putArray("importers"), pipeline.importers());
        services(o.putArray("exporters"), pipeline.exporters());
        Json.send(resp, o);
    }

    private static void services(ArrayNode out, List<ServiceInfo> infos) {
        for (ServiceInfo s : infos) {
            out.addObject().put("name", s.name()).put("order", s.order()).put("bundle", s.bundle())
                    .put("version", s.version()).put("component", s.component()).put("ranking", s.ranking());
        }
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }
}
