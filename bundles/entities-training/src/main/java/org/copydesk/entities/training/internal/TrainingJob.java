package org.copydesk.entities.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.workbench.Workspace;
import org.copydesk.boot.Command;
import org.copydesk.models.DeskTrustList;
import org.copydesk.models.ModelBundle;
import org.copydesk.models.ModelDeployment;
import org.copydesk.models.ModelJars;

/**
 * One desk's training: the workspace's articles that have entities, as the editors left them, are
 * the training data (every fifth, by id, held out for the dev scores once there are five); the
 * {@code entities-train} command trains on them and writes a model bundle; on the editor's
 * acceptance the bundle goes onto the desk's trust list and into deploy/, where the tagger takes it
 * up for the next article. One training at a time; its state is what the view shows.
 */
final class TrainingJob {
    enum State { IDLE, TRAINING, DONE, FAILED, DEPLOYED }

    /** What the view shows: the state, a sentence, the article counts, the model's metadata JSON and the command's output. */
    record Status(State state, String message, int train, int dev, String metadata, String log) {
    }

    private final Path work;
    private final Path trustFile;
    private final Path deploy;
    private final String desk;
    private Status status = new Status(State.IDLE, "Not trained yet.", 0, 0, "null", "");

    TrainingJob(Path work, Path home, Path deploy, String desk) {
        this.work = work;
        this.trustFile = DeskTrustList.file(home, desk);
        this.deploy = deploy;
        this.desk = desk;
    }

    synchronized Status status() {
        return status;
    }

    private synchronized void set(Status s) {
        status = s;
    }

    /** Starts a training in the background; false when one is running already. */
    synchronized boolean start(Workspace workspace, Pipeline pipeline, Command train) {
        if (status.state() == State.TRAINING) {
            return false;
        }
        status = new Status(State.TRAINING, "Training on the workspace's articles…", 0, 0, "null", "");
        Thread t = new Thread(() -> run(workspace, pipeline, train), "copydesk-entities-training");
        t.setDaemon(true);
        t.start();
        return true;
    }

    void run(Workspace workspace, Pipeline pipeline, Command train) {
        try {
            Path trainDir = fresh(work.resolve("train"));
            Path devDir = fresh(work.resolve("dev"));
            List<String> ids = new ArrayList<>(workspace.ids());
            ids.sort(null);
            int n = 0;
            int dev = 0;
            for (String id : ids) {
                Optional<Article> a = workspace.article(id);
                if (a.isEmpty() || a.get().entities().isEmpty()) {
                    continue;
                }
                boolean held = n++ % 5 == 4;
                dev += held ? 1 : 0;
                try (OutputStream o = Files.newOutputStream((held ? devDir : trainDir).resolve(id + ".json"))) {
                    pipeline.write(a.get(), "json", o);
                }
            }
            if (n - dev < 1) {
                set(new Status(State.FAILED, "No article in the workspace has entities to learn from.", 0, 0, "null", ""));
                return;
            }
            Path jar = work.resolve("model.jar");
            Files.deleteIfExists(jar);
            List<String> args = new ArrayList<>(List.of("entities-train", "--train", trainDir.toString()));
            if (dev > 0) {
                args.addAll(List.of("--dev", devDir.toString()));
            }
            args.addAll(List.of("--name", desk.replaceAll("[^A-Za-z0-9_-]", "_"), "--out", jar.toString()));
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
            int code = train.run(args.toArray(String[]::new), InputStream.nullInputStream(), print, print);
            String said = log.toString(StandardCharsets.UTF_8);
            if (code != 0 || !Files.isRegularFile(jar)) {
                set(new Status(State.FAILED, "Training failed (status " + code + ").", n - dev, dev, "null", said));
                return;
            }
            set(new Status(State.DONE, dev > 0 ? "Trained. Scores on the held-out articles below." : "Trained (too few"
                    + " articles to hold any out for scores).", n - dev, dev, ModelJars.read(jar).metadata(), said));
        } catch (IOException | RuntimeException e) {
            set(new Status(State.FAILED, "Training failed: " + e.getMessage(), 0, 0, "null", ""));
        }
    }

    /** Puts the trained model on the desk's trust list, then into deploy/. */
    synchronized Status deploy(ModelDeployment.TrustApplied trust) throws IOException, InterruptedException {
        if (status.state() != State.DONE) {
            throw new IllegalStateException("there is no newly trained model to deploy");
        }
        Path jar = work.resolve("model.jar");
        ModelBundle m = ModelJars.read(jar);
        Path target = ModelDeployment.deploy(jar, trustFile, deploy,
                "entities-model-" + desk.replaceAll("[^A-Za-z0-9_-]", "_") + ".jar", trust);
        status = new Status(State.DEPLOYED, "Deployed: " + m + " is on the trust list of desk '" + desk + "' and in "
                + target + "; the next article uses it.", status.train(), status.dev(), status.metadata(), status.log());
        return status;
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
