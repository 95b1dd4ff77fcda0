package org.copydesk.entities.training.internal;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.workbench.View;
import org.copydesk.api.workbench.Workspace;
import org.copydesk.boot.Command;
import org.copydesk.models.DeskTrustList;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The view's endpoints: {@code GET /api/views/training/status}, {@code POST .../train} (train this
 * desk's model from the workspace's articles, in the background) and {@code POST .../deploy} (put
 * the trained model on the desk's trust list and into deploy/). The workbench checks the session
 * token before a POST gets here.
 */
@Component(name = "org.copydesk.entities.training", service = Servlet.class)
@HttpWhiteboardServletPattern("/api/views/training/*")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class TrainingServlet extends HttpServlet {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long serialVersionUID = 1L;
    private static final long TRUST_WAIT_MS = 10_000;

    private final transient Workspace workspace;
    private final transient Pipeline pipeline;
    private final transient ConfigurationAdmin configs;
    private final transient TrainingJob job;

    @Reference(target = "(" + Command.NAME + "=entities-train)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile transient Command trainer;

    @Activate
    public TrainingServlet(@Reference Workspace workspace, @Reference Pipeline pipeline,
                           @Reference ConfigurationAdmin configs, BundleContext context) {
        this.workspace = workspace;
        this.pipeline = pipeline;
        this.configs = configs;
        String home = context.getProperty("copydesk.home");
        String deploy = context.getProperty("copydesk.deploy");
        String desk = context.getProperty("copydesk.desk");
        Path h = Path.of(home == null ? "." : home);
        this.job = new TrainingJob(context.getDataFile("training").toPath(), h,
                deploy == null ? h.resolve("deploy") : Path.of(deploy), desk == null ? "default" : desk);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/status".equals(req.getPathInfo())) {
            answer(resp, 404, "{\"error\":\"no such endpoint\"}");
            return;
        }
        answer(resp, 200, json(job.status()));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String what = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (what) {
            case "/train" -> {
                Command c = trainer;
                if (c == null) {
                    answer(resp, 409, "{\"error\":\"this desk has no entity tagger to train (the entities feature is not installed)\"}");
                } else if (!job.start(workspace, pipeline, c)) {
                    answer(resp, 409, "{\"error\":\"a training is running already\"}");
                } else {
                    answer(resp, 202, json(job.status()));
                }
            }
            case "/deploy" -> {
                try {
                    answer(resp, 200, json(job.deploy(entry -> DeskTrustList.applied(configs, entry, TRUST_WAIT_MS))));
                } catch (IllegalStateException | IOException e) {
                    answer(resp, 409, error(e.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    answer(resp, 503, "{\"error\":\"interrupted\"}");
                }
            }
            default -> answer(resp, 404, "{\"error\":\"no such endpoint\"}");
        }
    }

    private static void answer(HttpServletResponse resp, int status, String json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(json);
    }

    static String json(TrainingJob.Status s) throws IOException {
        ObjectNode o = MAPPER.createObjectNode()
                .put("state", s.state().name().toLowerCase(java.util.Locale.ROOT))
                .put("message", s.message())
                .put("train", s.train())
                .put("dev", s.dev());
        o.set("metadata", MAPPER.readTree(s.metadata())); // the model's own metadata JSON
        return MAPPER.writeValueAsString(o.put("log", s.log()));
    }

    private static String error(String message) throws IOException {
        return MAPPER.writeValueAsString(MAPPER.createObjectNode().put("error", message));
    }
}
