package org.copydesk.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.copydesk.api.workbench.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The inbox: files the workbench can import (uploaded from the browser, or dropped into the
 * workspace's inbox folder on disk), and the import jobs over them.
 * <pre>
 * GET    /api/import/inbox             the inbox's files, as paths relative to it
 * DELETE /api/import/inbox?path=P      removes inbox file P (one that failed to import, say)
 * POST /api/import/upload?path=P       the request body becomes inbox file P (folders allowed); more than
 *                                      50 MB is refused as it arrives, whatever the transfer encoding
 * POST /api/import/jobs                {"paths": [...], "published": "2024-03-14"?}: import these files
 *                                      and folders (the date, when given, overrides what they say)
 * GET  /api/import/jobs[/ID]           progress, with each file's articles or error
 * POST /api/import/jobs/ID/cancel
 * </pre>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/import/*")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class ImportServlet extends Endpoint {
    private static final long serialVersionUID = 1L;
    private static final long MAX_UPLOAD = 50L << 20;
    private final transient WorkspaceStore workspace;
    private final transient ImportJobs jobs;

    @Activate
    public ImportServlet(@Reference WorkspaceStore workspace, @Reference ImportJobs jobs) {
        this.workspace = workspace;
        this.jobs = jobs;
    }

    @Override
    void handle(String method, String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] parts = path.split("/");
        switch (method + " " + path) {
            case "GET inbox" -> Json.send(resp, inbox());
            case "DELETE inbox" -> Json.send(resp, Json.object().put("deleted", removeFromInbox(queryPath(req))));
            case "POST upload" -> Json.send(resp, Json.object().put("path", upload(queryPath(req), req)));
            case "POST jobs" -> {
                JsonNode body = Json.read(req);
                Json.send(resp, jobs.start(paths(body), published(body)));
            }
            case "GET jobs" -> Json.send(resp, jobs.all());
            default -> {
                if (parts.length == 2 && parts[0].equals("jobs") && method.equals("GET")) {
                    Json.send(resp, jobs.get(parts[1]));
                } else if (parts.length == 3 && parts[0].equals("jobs") && parts[2].equals("cancel") && method.equals("POST")) {
                    Json.send(resp, jobs.cancel(parts[1]));
                } else {
                    throw notFound("no " + method + " /api/import/" + path);
                }
            }
        }
    }

    private ArrayNode inbox() throws IOException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        Path root = workspace.inbox();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                out.addObject().put("path", root.relativize(p).toString().replace('\\', '/')).put("size", Files.size(p));
            }
        }
        return out;
    }

    private String upload(String relative, HttpServletRequest req) throws IOException {
        if (relative == null || relative.isBlank()) {
            throw new Json.Failure(400, "name the file: upload?path=story.html");
        }
        if (req.getContentLengthLong() > MAX_UPLOAD) {
            throw tooLarge(relative);
        }
        Path target = SafePaths.inside(workspace.inbox(), relative);
        if (target.equals(workspace.inbox()) || Files.isDirectory(target)) {
            throw new Json.Failure(400, relative + ": a folder, not a file");
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), WorkspaceStore.UPLOAD_PREFIX, "");
        try (InputStream in = req.getInputStream(); OutputStream out = Files.newOutputStream(tmp)) {
            // counted as it arrives: a chunked body has no length to refuse it by beforehand
            if (copy(in, out, MAX_UPLOAD) > MAX_UPLOAD) {
                throw tooLarge(relative);
            }
        } catch (Json.Failure f) {
            Files.deleteIfExists(tmp);
            throw f;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // the upload broke off: nothing half-written stays
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return workspace.inbox().relativize(target).toString().replace('\\', '/');
    }

    /** Copies until the end or until more than {@code max} bytes came; returns how many were read. */
    static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[64 << 10];
        long n = 0;
        for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
            n += r;
            if (n > max) {
                return n;
            }
            out.write(buf, 0, r);
        }
        return n;
    }

    /** Refused as too large; the connection is closed, so the client stops sending the rest. */
    private static Json.Failure tooLarge(String relative) {
        return new Json.Failure(413, relative + ": larger than " + (MAX_UPLOAD >> 20) + " MB, the most one upload may be", "upload");
    }

    private String removeFromInbox(String relative) throws IOException {
        if (relative == null || relative.isBlank()) {
            throw new Json.Failure(400, "name the inbox file: inbox?path=story.html");
        }
        Path target = SafePaths.inside(workspace.inbox(), relative);
        if (!Files.isRegularFile(target)) {
            throw new NotFoundException("no file '" + relative + "' in the inbox");
        }
        Files.delete(target);
        return relative;
    }

    /** The path from the query string alone: asking the request for parameters could read a form body. */
    private static String queryPath(HttpServletRequest req) {
        String q = req.getQueryString();
        for (String pair : q == null ? new String[0] : q.split("&")) {
            if (pair.startsWith("path=")) {
                return java.net.URLDecoder.decode(pair.substring(5), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static LocalDate published(JsonNode body) {
        JsonNode p = body.get("published");
        if (p == null || p.isNull() || p.asText().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(p.asText().strip());
        } catch (DateTimeParseException e) {
            throw new Json.Failure(400, "published '" + p.asText() + "' is not a date like 2024-03-14");
        }
    }

    private static List<String> paths(JsonNode body) {
        JsonNode p = body.get("paths");
        if (p == null || !p.isArray() || p.isEmpty()) {
            throw new Json.Failure(400, "'paths' must list inbox files or folders");
        }
        List<String> out = new ArrayList<>();
        p.forEach(n -> out.add(n.asText()));
        return out;
    }
}
