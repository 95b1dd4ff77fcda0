package org.copydesk.workbench.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.workbench.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The articles of the workspace: list, read, edit, undo and redo, export in any format the
 * pipeline offers, fetch the original bytes, delete.
 * <pre>
 * GET    /api/articles                    summaries, newest first
 * GET    /api/articles/ID                 the article JSON and its history
 * POST   /api/articles/ID/edit            {"op": ...} (see Edits)
 * POST   /api/articles/ID/undo | redo
 * GET    /api/articles/ID/export?format=F the article in format F, as a download
 * GET    /api/articles/ID/original        the input as it came in
 * DELETE /api/articles/ID
 * </pre>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/articles/*")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class ArticlesServlet extends Endpoint {
    private static final long serialVersionUID = 1L;
    private final transient WorkspaceStore workspace;
    private final transient Pipeline pipeline;

    @Activate
    public ArticlesServlet(@Reference WorkspaceStore workspace, @Reference Pipeline pipeline) {
        this.workspace = workspace;
        this.pipeline = pipeline;
    }

    @Override
    void handle(String method, String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] parts = path.isEmpty() ? new String[0] : path.split("/");
        if (parts.length == 0) {
            if (!method.equals("GET")) {
                throw badMethod(method, "/api/articles");
            }
            Json.send(resp, list());
            return;
        }
        String id = SafePaths.id(parts[0]);
        String action = parts.length > 1 ? parts[1] : "";
        switch (method + " " + action) {
            case "GET " -> Json.send(resp, full(id, workspace.require(id)));
            case "DELETE " -> {
                workspace.delete(id);
                Json.send(resp, Json.object().put("deleted", id));
            }
            case "POST edit" -> {
                workspace.require(id);
                Edits.Edit e = Edits.of(Json.read(req));
                Json.send(resp, full(id, workspace.edit(id, e.label(), e.change())));
            }
            case "POST undo" -> Json.send(resp, full(id, workspace.step(id, -1)));
            case "POST redo" -> Json.send(resp, full(id, workspace.step(id, +1)));
            case "GET export" -> export(id, req.getParameter("format"), resp);
            case "GET original" -> original(id, resp);
            default -> throw notFound("no " + method + " /api/articles/" + path);
        }
    }

    private ArrayNode list() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (String id : workspace.ids()) {
            Article a = workspace.require(id);
            History h = workspace.history(id);
            out.addObject().put("id", id).put("headline", a.headline() == null ? "" : a.headline())
                    .put("file", a.source() == null ? "" : a.source().file())
                    .put("published", a.published() == null ? null : a.published().toString())
                    .put("removed", a.removed().size()).put("entities", a.entities().size())
                    .put("timeline", a.timeline().size()).put("versions", h.entries.size())
                    .put("failed", a.provenance().stream().filter(p -> !p.isOk()).count());
        }
        return out;
    }

    ObjectNode full(String id, Article a) throws IOException {
        History h = workspace.history(id);
        ObjectNode o = Json.object().put("id", id);
        o.set("article", articleJson(a));
        ObjectNode hist = o.putObject("history");
        hist.put("current", h.current).put("undo", h.undoLabel()).put("redo", h.redoLabel());
        hist.set("entries", Json.MAPPER.valueToTree(h.entries));
        return o;
    }

    private JsonNode articleJson(Article a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pipeline.write(a, "json", out);
        return Json.MAPPER.readTree(out.toByteArray());
    }

    private void export(String id, String format, HttpServletResponse resp) throws IOException {
        if (format == null || format.isBlank()) {
            throw new Json.Failure(400, "name a format: export?format=ninjs");
        }
        Article a = workspace.require(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pipeline.write(a, format, out); // an unknown format is an IllegalArgumentException: a 400 naming the formats
        // a download, never rendered in the workbench's origin (an HTML export carries the article's text)
        resp.setContentType("application/octet-stream");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + id + "." + pipeline.extension(format) + "\"");
        resp.setHeader("Cache-Control", "no-store");
        out.writeTo(resp.getOutputStream());
    }

    private void original(String id, HttpServletResponse resp) throws IOException {
        Path file = workspace.original(id);
        resp.setContentType("application/octet-stream");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName().toString().replace("\"", "") + "\"");
        Files.copy(file, resp.getOutputStream());
    }
}
