package org.copydesk.workbench.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A JSON endpoint: a refused request ({@link Json.Failure}) becomes an error object with its status,
 * and so do the workspace's exceptions (something not found 404, an undo or redo past the end of the
 * history 409, a bad argument 400); anything else is a 500 that names the problem. The runtime goes on.
 */
abstract class Endpoint extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected final void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            handle(req.getMethod(), path(req), req, resp);
        } catch (Json.Failure f) {
            if (f.status == 413) {
                resp.setHeader("Connection", "close"); // the rest of a refused body is not read
            }
            Json.send(resp, f.status, f.json());
        } catch (NotFoundException e) {
            Json.fail(resp, 404, e.getMessage());
        } catch (HistoryEndException | EditConflict e) {
            Json.fail(resp, 409, e.getMessage());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            Json.fail(resp, 400, e.getMessage());
        } catch (RuntimeException e) {
            Json.fail(resp, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The part of the path after the servlet's pattern, without leading or trailing slashes. */
    private static String path(HttpServletRequest req) {
        String info = req.getPathInfo();
        if (info == null) {
            return "";
        }
        String p = info.startsWith("/") ? info.substring(1) : info;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    abstract void handle(String method, String path, HttpServletRequest req, HttpServletResponse resp) throws IOException;

    static Json.Failure notFound(String what) {
        return new Json.Failure(404, what);
    }

    static Json.Failure badMethod(String method, String path) {
        return new Json.Failure(405, method + " is not supported on " + (path.isEmpty() ? "this endpoint" : path));
    }
}
