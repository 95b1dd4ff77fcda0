package org.copydesk.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.copydesk.api.workbench.View;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The workbench page at {@code /} and its icon at {@code /favicon.ico}; anything else unknown is a 404. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class IndexPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient URL page;
    private final transient URL icon;

    @Activate
    public IndexPage(BundleContext context) {
        this.page = context.getBundle().getEntry("web/index.html");
        this.icon = context.getBundle().getEntry("web/app/favicon.svg");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.equals("/favicon.ico")) { // asked for by browsers that did not read the page's icon link
            resp.setContentType("image/svg+xml");
            resp.setHeader("Cache-Control", "max-age=86400");
            try (InputStream in = icon.openStream()) {
                in.transferTo(resp.getOutputStream());
            }
            return;
        }
        if (!path.equals("/") && !path.equals("/index.html")) {
            Json.fail(resp, 404, "nothing at " + path);
            return;
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        try (InputStream in = page.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
