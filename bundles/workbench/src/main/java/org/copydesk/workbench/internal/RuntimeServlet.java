package org.copydesk.workbench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ServiceInfo;
import org.copydesk.api.workbench.View;
import org.copydesk.boot.BootException;
import org.copydesk.runtime.BundleTrust;
import org.copydesk.runtime.DeskService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The running runtime as the runtime view shows it: the desk and its features, every bundle with
 * its state and where it came from (the framework itself, the distribution, or a jar dropped into
 * {@code deploy/}), and which bundle serves each stage, importer and exporter. A bundle the desk's
 * trust list refuses is shown as refused, with the reason, not as merely installed.
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
    private final transient Path home;
    private transient volatile BundleTrust trust;

    @Activate
    public RuntimeServlet(BundleContext context, @Reference DeskService desks, @Reference Pipeline pipeline) {
        this.context = context;
        this.desks = desks;
        this.pipeline = pipeline;
        String h = context.getProperty("copydesk.home");
        this.home = Path.of(h == null ? "." : h).toAbsolutePath().normalize();
    }

    /** Optional: a desk may run without the trust bundle. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindTrust(BundleTrust t) {
        trust = t;
    }

    void unbindTrust(BundleTrust t) {
        if (trust == t) {
            trust = null;
        }
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
        BundleTrust t = trust;
        for (Bundle b : context.getBundles()) {
            ObjectNode n = bundles.addObject().put("id", b.getBundleId()).put("symbolicName", b.getSymbolicName())
                    .put("version", b.getVersion().toString()).put("state", state(b.getState())).put("location", origin(b));
            Optional<String> refused = t == null || b.getState() != Bundle.INSTALLED ? Optional.empty() : t.refusal(b);
            if (refused.isPresent()) {
                n.put("state", "refused").put("reason", refused.get());
            }
        }
        services(o.putArray("stages"), pipeline.stages());
        services(o.putArray("importers"), pipeline.importers());
        services(o.putArray("exporters"), pipeline.exporters());
        Json.send(resp, o);
    }

    /** Where a bundle came from, as an admin would say it. */
    private String origin(Bundle b) {
        if (b.getBundleId() == 0) {
            return "framework";
        }
        String l = b.getLocation();
        l = l.startsWith("reference:") ? l.substring("reference:".length()) : l;
        if (l.startsWith("file:")) {
            try {
                Path jar = Path.of(java.net.URI.create(l)).toAbsolutePath().normalize();
                if (jar.startsWith(home.resolve("bundles"))) {
                    return "distribution";
                }
                if (jar.startsWith(home.resolve("deploy"))) {
                    return "deploy";
                }
            } catch (IllegalArgumentException e) {
                // not a file the runtime installed from its folders
            }
        }
        return b.getLocation();
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
