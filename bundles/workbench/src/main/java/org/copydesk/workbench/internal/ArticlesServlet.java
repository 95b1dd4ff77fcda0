package org.copydesk.workbench.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.workbench.View;
import org.copydesk.formats.TimexWords;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The articles of the workspace: list, read, edit, undo and redo, export in any format the
 * pipeline offers, fetch the original bytes, delete. Every change names the version it was made on
 * ({@code base}): one made on an older version is merged or refused (409, with the newer version).
 * <pre>
 * GET    /api/articles?q=&amp;entity=&amp;published=&amp;sort=&amp;order=&amp;offset=&amp;limit=   a page of summaries
 * GET    /api/articles/ID                 the article JSON, its history and dates in words
 * GET    /api/articles/ID/version         the number of its current version
 * POST   /api/articles/ID/edit            {"op": ..., "base": N} (see Edits)
 * POST   /api/articles/ID/undo | redo     {"base": N}
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
    /** The most summaries one page carries. */
    static final int MAX_PAGE = 500;
    private final transient WorkspaceStore workspace;
    private final transient Pipeline pipeline;
    private final transient Edits.Stages stages;

    @Activate
    public ArticlesServlet(BundleContext context, @Reference WorkspaceStore workspace, @Reference Pipeline pipeline) {
        this.workspace = workspace;
        this.pipeline = pipeline;
        StageRerun rerun = new StageRerun(pipeline, WorkspaceStore.desk(context));
        this.stages = rerun::apply;
    }

    @Override
    void handle(String method, String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] parts = path.isEmpty() ? new String[0] : path.split("/");
        if (parts.length == 0) {
            if (!method.equals("GET")) {
                throw badMethod(method, "/api/articles");
            }
            Json.send(resp, list(req));
            return;
        }
        String id = SafePaths.id(parts[0]);
        String action = parts.length > 1 ? parts[1] : "";
        try {
            switch (method + " " + action) {
                case "GET " -> Json.send(resp, full(id, workspace.require(id)));
                case "GET version" -> Json.send(resp, Json.object().put("id", id).put("version", workspace.version(id)));
                case "DELETE " -> {
                    workspace.delete(id);
                    Json.send(resp, Json.object().put("deleted", id));
                }
                case "POST edit" -> {
                    workspace.require(id);
                    JsonNode op = Json.read(req);
                    Edits.Edit e = Edits.of(op, stages);
                    Json.send(resp, full(id, workspace.edit(id, base(op), e)));
                }
                case "POST undo" -> Json.send(resp, full(id, workspace.step(id, -1, base(Json.read(req)))));
                case "POST redo" -> Json.send(resp, full(id, workspace.step(id, +1, base(Json.read(req)))));
                case "GET export" -> export(id, req.getParameter("format"), resp);
                case "GET original" -> original(id, resp);
                default -> throw notFound("no " + method + " /api/articles/" + path);
            }
        } catch (EditConflict c) {
            ObjectNode o = Json.object().put("error", c.getMessage()).put("conflict", true);
            o.set("current", full(id, workspace.require(id)));
            Json.send(resp, 409, o);
        }
    }

    /** The version a change was made on: every change names it, so none is applied blindly. */
    private static int base(JsonNode op) {
        JsonNode b = op.get("base");
        if (b == null || !b.canConvertToInt()) {
            throw new Json.Failure(400, "'base' must name the version of the article this change was made on "
                    + "(history.version of GET /api/articles/ID)", "base");
        }
        return b.asInt();
    }

    private ObjectNode list(HttpServletRequest req) {
        int offset = number(req, "offset", 0, Integer.MAX_VALUE, 0);
        int limit = number(req, "limit", 1, MAX_PAGE, 50);
        String order = req.getParameter("order");
        ArticleIndex.Sort sort = ArticleIndex.Sort.of(req.getParameter("sort"));
        // newest first by default; names A to Z
        boolean descending = order == null || order.isBlank() ? sort == ArticleIndex.Sort.CREATED || sort == ArticleIndex.Sort.EDITED
                || sort == ArticleIndex.Sort.PUBLISHED : order.equalsIgnoreCase("desc");
        ArticleIndex.Page page = workspace.list(new ArticleIndex.Query(req.getParameter("q"), req.getParameter("entity"),
                req.getParameter("published"), sort, descending, offset, limit));
        ObjectNode o = Json.object().put("total", page.total()).put("offset", page.offset()).put("limit", page.limit())
                .put("sort", sort.name().toLowerCase(java.util.Locale.ROOT)).put("order", descending ? "desc" : "asc");
        o.set("items", Json.MAPPER.valueToTree(page.items()));
        return o;
    }

    private static int number(HttpServletRequest req, String name, int min, int max, int dflt) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            throw new Json.Failure(400, "'" + name + "' must be a number, not '" + v + "'", name);
        }
    }

    ObjectNode full(String id, Article a) throws IOException {
        History h = workspace.history(id);
        ObjectNode o = Json.object().put("id", id);
        o.set("article", articleJson(a));
        ObjectNode hist = o.putObject("history");
        hist.put("current", h.current).put("version", h.currentEntry().version()).put("undo", h.undoLabel()).put("redo", h.redoLabel());
        hist.set("entries", Json.MAPPER.valueToTree(h.entries));
        // each date as a reader would write it, for the views to show beside the value
        ObjectNode words = o.putObject("words");
        for (TimeExpression t : a.times()) {
            words.put(t.value(), TimexWords.of(t.value()));
        }
        for (TimelineEntry t : a.timeline()) {
            words.put(t.date(), TimexWords.of(t.date()));
        }
        if (a.published() != null) {
            words.put(a.published().toString(), TimexWords.of(a.published().toString()));
        }
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
