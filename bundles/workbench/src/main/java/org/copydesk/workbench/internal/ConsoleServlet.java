package org.copydesk.workbench.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.copydesk.api.workbench.View;
import org.copydesk.boot.BootException;
import org.copydesk.runtime.DeskService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Gogo shell attached to the workbench: the console view sends one command line and gets what
 * it printed, as {@code copydesk shell} would. It changes the runtime, so it needs the session token.
 * {@code desk:switch} is refused here: it would restart the server under the open page on another
 * desk's port; the refusal says how to open another desk.
 * <pre>
 * POST /api/console   {"command": "desk:show"}  ->  {"output": "...", "failed": false}
 * </pre>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/console/*")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class ConsoleServlet extends Endpoint {
    private static final long serialVersionUID = 1L;
    /** {@code desk:switch} (or {@code switch}) as a command of the line, wherever it stands in it. */
    private static final Pattern SWITCH = Pattern.compile("(^|[;|{(]|\\bexec\\s)\\s*(desk:)?switch(\\s|$|[;|})])");
    private final transient CommandProcessor processor;
    private final transient DeskService desks;

    @Activate
    public ConsoleServlet(@Reference CommandProcessor processor, @Reference DeskService desks) {
        this.processor = processor;
        this.desks = desks;
    }

    private String switchRefusal() {
        String others;
        try {
            others = String.join(", ", desks.desks());
        } catch (BootException e) {
            others = "see copydesk desks";
        }
        return "desk:switch does not run in the workbench: it would restart the web server under this page on another desk's "
                + "settings. The workbench serves desk '" + desks.current() + "'. To work on another desk, stop this workbench "
                + "(Ctrl-C where it runs) and start it for that desk: copydesk --desk NAME workbench (desks: " + others
                + "). In copydesk shell, desk:switch works as before.\n";
    }

    @Override
    void handle(String method, String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!method.equals("POST") || !path.isEmpty()) {
            throw notFound("no " + method + " /api/console/" + path);
        }
        String line = Json.text(Json.read(req), "command").strip();
        if (SWITCH.matcher(line).find()) {
            Json.send(resp, Json.object().put("command", line).put("failed", true).put("output", switchRefusal()));
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean failed = false;
        try (PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
             CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out)) {
            if (!line.isEmpty()) {
                Object result = session.execute(line);
                if (result != null) {
                    out.println(session.format(result, Converter.INSPECT));
                }
            }
        } catch (Exception e) {
            // a failing command is the editor's business, not the runtime's: say what it said
            buf.writeBytes((e.getMessage() == null ? e.toString() : e.getMessage()).getBytes(StandardCharsets.UTF_8));
            failed = true;
        }
        Json.send(resp, Json.object().put("command", line).put("output", buf.toString(StandardCharsets.UTF_8)).put("failed", failed));
    }
}
