package org.copydesk.workbench.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.copydesk.api.workbench.View;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The workbench's servlet context, shared by the views' resources and endpoints. Every request goes
 * through {@link #handleSecurity} first: only a browser on this machine (by the Host it names, which
 * defeats DNS rebinding) gets in, and a request that changes anything must carry its session's token,
 * which another site's page cannot read or send. Responses forbid inline and foreign scripts, so an
 * article's own markup can never run.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = View.CONTEXT_NAME, path = "/")
public final class WorkbenchContext extends ServletContextHelper {
    static final String TOKEN_HEADER = "X-Copydesk-Token";
    private static final String TOKEN = "copydesk.token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One instance per bundle that registers resources in this context, so each view's files are
     * read from its own bundle.
     */
    @Activate
    public WorkbenchContext(ComponentContext context) {
        super(context.getUsingBundle());
    }

    @Override
    public boolean handleSecurity(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        if (!localHost(req)) {
            refuse(resp, "the workbench answers only to this machine (localhost or 127.0.0.1)");
            return false;
        }
        if (SAFE.contains(req.getMethod())) {
            return true;
        }
        HttpSession session = req.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(TOKEN);
        String given = req.getHeader(TOKEN_HEADER);
        if (expected == null || !java.security.MessageDigest.isEqual(expected.getBytes(), given == null ? new byte[0] : given.getBytes())) {
            refuse(resp, "missing or stale session token: reload the workbench");
            return false;
        }
        return true;
    }

    /**
     * Refuses before the request's body is read, so the connection ends with the answer: the server
     * would close it for the unread body anyway, and a client told so never sends its next request
     * down a connection that is already closing (it got an empty answer then).
     */
    private static void refuse(HttpServletResponse resp, String why) throws IOException {
        resp.setHeader("Connection", "close");
        Json.fail(resp, 403, why);
    }

    private static boolean localHost(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            h = h.substring(0, colon);
        }
        return LOCAL.contains(h) || h.equals(req.getLocalAddr());
    }

    /** The token of the caller's session, made when the session starts. */
    static String token(HttpServletRequest req) {
        HttpSession session = req.getSession(true);
        synchronized (session) {
            String t = (String) session.getAttribute(TOKEN);
            if (t == null) {
                byte[] b = new byte[24];
                RANDOM.nextBytes(b);
                t = HexFormat.of().formatHex(b);
                session.setAttribute(TOKEN, t);
            }
            return t;
        }
    }
}
