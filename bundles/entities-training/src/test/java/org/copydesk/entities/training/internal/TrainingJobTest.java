package org.copydesk.entities.training.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.PipelineStub;
import org.copydesk.api.workbench.Workspace;
import org.copydesk.boot.Command;
import org.copydesk.models.ModelJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class TrainingJobTest {
    private static Article article(int i, boolean withEntity) {
        String p = "Mayor Lena Ostrova visited Varnholm " + i + " times .";
        List<Entity> e = withEntity ? List.of(new Entity("e1", "Lena Ostrova", EntityType.PERSON,
                List.of(new Mention(Field.BODY, 0, 6, 18, "Lena Ostrova")))) : List.of();
        return Article.builder().body(List.of(p)).entities(e).build();
    }

    private static Workspace workspace(Map<String, Article> articles) {
        return new Workspace() {
            @Override
            public List<String> ids() {
                return new ArrayList<>(articles.keySet());
            }

            @Override
            public Optional<Article> article(String id) {
                return Optional.ofNullable(articles.get(id));
            }

            @Override
            public Article edit(String id, String label, UnaryOperator<Article> change) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Writes each article as its first paragraph: enough to count what went where. */
    private static final Pipeline WRITER = new PipelineStub() {
        @Override
        public void write(Article article, String format, OutputStream out) throws java.io.IOException {
            out.write(article.body().get(0).getBytes(StandardCharsets.UTF_8));
        }
    };

    /** Stands for entities-train: records its arguments and writes a model bundle where --out says. */
    private static final class FakeTrain implements Command {
        final List<String> args = new ArrayList<>();

        @Override
        public String summary() {
            return "";
        }

        @Override
        public int run(String[] a, InputStream in, PrintStream out, PrintStream err) {
            args.addAll(List.of(a));
            try {
                ModelJars.write(Path.of(a[a.length - 1]), "entities", "org.copydesk.model.entities." + a[a.length - 3],
                        new Version(1, 0, 0, "1"), "ner-model.bin.gz", new byte[] {1}, "{\"dev\": null}");
            } catch (java.io.IOException e) {
                return 1;
            }
            out.println("trained");
            return 0;
        }
    }

    @Test
    void trainsOnTheArticlesWithEntitiesHoldsOutEveryFifthAndDeploysOnAcceptance(@TempDir Path dir) throws Exception {
        Map<String, Article> articles = new TreeMap<>();
        for (int i = 0; i < 11; i++) {
            articles.put(String.format("a%02d", i), article(i, i != 3));
        }
        Path home = dir.resolve("home");
        Path deploy = dir.resolve("deploy");
        TrainingJob job = new TrainingJob(dir.resolve("work"), home, deploy, "world");
        assertThrows(IllegalStateException.class, () -> job.deploy(entry -> true), "nothing trained yet");
        FakeTrain train = new FakeTrain();
        job.run(workspace(articles), WRITER, train);
        TrainingJob.Status s = job.status();
        assertEquals(TrainingJob.State.DONE, s.state(), s.message());
        assertEquals(8, s.train());
        assertEquals(2, s.dev());
        assertEquals("{\"dev\": null}", s.metadata());
        assertEquals(List.of("entities-train", "--train", dir.resolve("work/train").toString(), "--dev",
                dir.resolve("work/dev").toString(), "--name", "world", "--out", dir.resolve("work/model.jar").toString()), train.args);
        try (var files = Files.list(dir.resolve("work/dev"))) {
            assertEquals(List.of("a05.json", "a10.json"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }

        List<String> asked = new ArrayList<>();
        assertThrows(java.io.IOException.class, () -> job.deploy(entry -> asked.add(entry) && false));
        assertFalse(Files.exists(deploy.resolve("entities-model-world.jar")), "not deployed before the desk trusts it");
        TrainingJob.Status d = job.deploy(entry -> true);
        assertEquals(TrainingJob.State.DEPLOYED, d.state());
        String sha = org.copydesk.models.ModelDeployment.sha256(dir.resolve("work/model.jar"));
        assertEquals("org.copydesk.model.entities.world;sha256:" + sha, asked.get(0));
        assertEquals(List.of("allowed=[\"org.copydesk.model.entities.world;sha256:" + sha + "\"]"),
                Files.readAllLines(home.resolve("config/desks/world/org.copydesk.trust.config")));
        assertTrue(Files.isRegularFile(deploy.resolve("entities-model-world.jar")));
    }

    @Test
    void noArticleWithEntitiesIsSaid(@TempDir Path dir) {
        TrainingJob job = new TrainingJob(dir.resolve("work"), dir, dir.resolve("deploy"), "default");
        job.run(workspace(Map.of("a", article(1, false))), WRITER, new FakeTrain());
        assertEquals(TrainingJob.State.FAILED, job.status().state());
        assertEquals("No article in the workspace has entities to learn from.", job.status().message());
    }
}
