package org.copydesk.example.quotes.view.internal;

import java.io.IOException;
import java.util.Optional;

import org.copydesk.api.model.Article;
import org.copydesk.api.workbench.View;
import org.copydesk.api.workbench.Workspace;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The view's endpoint, {@code GET /api/views/quotes/ARTICLE-ID}: the article's quotes as JSON, read
 * from the workspace service. Written without a JSON library to keep the example's imports to the API.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/views/quotes/*")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class QuotesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Reference
    private transient Workspace workspace;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<Article> article = id.matches("[a-z0-9-]+") ? workspace.article(id) : Optional.empty();
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        if (article.isEmpty()) {
            resp.setStatus(404);
            resp.getWriter().write("{\"error\":\"no article '" + id.replaceAll("[^a-z0-9-]", "") + "'\"}");
            return;
        }
        StringBuilder json = new StringBuilder("[");
        for (Quotes.Quote q : Quotes.of(article.get())) {
            json.append(json.length() > 1 ? "," : "").append("{\"text\":").append(string(q.text()))
                    .append(",\"speaker\":").append(q.speaker() == null ? "null" : string(q.speaker()))
                    .append(",\"paragraph\":").append(q.paragraph()).append('}');
        }
        resp.getWriter().write(json.append(']').toString());
    }

    /** A JSON string literal. */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
