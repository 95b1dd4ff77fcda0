package org.copydesk.workbench.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ServiceInfo;
import org.copydesk.api.workbench.View;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the workbench page asks first and keeps asking: its session (with the token for changes),
 * the desk's perspective with the views placed in it, and where the editor left off.
 * <pre>
 * GET /api/workbench/session   token, desk, the perspectives (editors', admins'), export formats with their names
 * GET /api/workbench/views     the views with their area in each perspective, and the revision to poll (?since=N answers
 *                              quickly with {"changed": false} while nothing changed)
 * GET /api/workbench/state     the state the page saved
 * PUT /api/workbench/state     save it (open article, tabs)
 * </pre>
 */
@Component(service = Servlet.class, configurationPid = "org.copydesk.workbench", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@HttpWhiteboardServletPattern("/api/workbench/*")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class SessionServlet extends Endpoint {
    private static final long serialVersionUID = 1L;
    static final String EDITING = "editing";
    static final String ADMIN = "admin";
    private final transient ViewRegistry views;
    private final transient WorkspaceStore workspace;
    private final transient Pipeline pipeline;
    private final String desk;
    private transient volatile WorkbenchConfig config;

    @Activate
    public SessionServlet(BundleContext context, WorkbenchConfig config, @Reference ViewRegistry views,
                          @Reference WorkspaceStore workspace, @Reference Pipeline pipeline) {
        this.views = views;
        this.workspace = workspace;
        this.pipeline = pipeline;
        this.desk = WorkspaceStore.desk(context);
        this.config = config;
    }

    @Modified
    void modified(WorkbenchConfig changed) {
        this.config = changed;
    }

    @Override
    void handle(String method, String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        switch (method + " " + path) {
            case "GET session" -> {
                WorkbenchConfig c = config;
                ObjectNode o = Json.object().put("token", WorkbenchContext.token(req)).put("desk", desk)
                        .put("perspective", c.title()).put("workspace", workspace.root().toString());
                ArrayNode perspectives = o.putArray("perspectives");
                perspectives.addObject().put("id", EDITING).put("title", c.title());
                perspectives.addObject().put("id", ADMIN).put("title", c.adminTitle());
                ArrayNode formats = o.putArray("formats");
                pipeline.exporters().stream().map(ServiceInfo::name).sorted(FormatNames.ORDER)
                        .forEach(f -> formats.addObject().put("id", f).put("title", FormatNames.title(f)));
                Json.send(resp, o);
            }
            case "GET views" -> {
                long since = parse(req.getParameter("since"));
                long now = views.revision();
                ObjectNode o = Json.object().put("revision", now).put("changed", now != since);
                if (now != since) {
                    WorkbenchConfig c = config;
                    Map<String, String[]> perspectives = new LinkedHashMap<>(); // the editors' tab order first
                    perspectives.put(EDITING, c.perspective());
                    perspectives.put(ADMIN, c.admin());
                    o.set("views", views.placed(perspectives));
                }
                Json.send(resp, o);
            }
            case "GET state" -> Json.send(resp, workspace.state());
            case "PUT state" -> {
                workspace.state(Json.read(req));
                Json.send(resp, Json.object().put("saved", true));
            }
            default -> throw notFound("no " + method + " /api/workbench/" + path);
        }
    }

    private static long parse(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
