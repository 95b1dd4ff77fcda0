package org.copydesk.entities.tagger.internal;

import static org.mockito.Mockito.mock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import org.osgi.framework.BundleContext;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.PipelineStub;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.NameSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk entities-train} on fixtures of our own: CoNLL files and an article an editor corrected. */
class TrainCommandTest {
    /** An article as the workbench saves it after an editor's corrections: its entities are the truth. */
    static Article corrected() {
        String p = "Mayor Lena Ostrova opened the Kestrel Bank branch in Varnholm .";
        return Article.builder().headline("Ostrova opens bank").body(List.of(p)).entities(List.of(
                new Entity("e1", "Lena Ostrova", EntityType.PERSON, List.of(
                        new Mention(Field.HEADLINE, 0, 0, 7, "Ostrova"), new Mention(Field.BODY, 0, 6, 18, "Lena Ostrova"))),
                // retyped by the editor from LOCATION: the article's type is what counts
                new Entity("e2", "Kestrel Bank", EntityType.ORGANIZATION, List.of(new Mention(Field.BODY, 0, 30, 42, "Kestrel Bank"))),
                new Entity("e3", "Varnholm", EntityType.LOCATION, List.of(new Mention(Field.BODY, 0, 53, 61, "Varnholm")))))
                .build();
    }

    /** Reads article JSON as the pipeline would; here the test's one article stands for any .json input. */
    private static Pipeline importing(Article a) {
        return new PipelineStub() {
            @Override
            public List<Article> read(ImportSource source) throws ImportException {
                if (!source.fileName().endsWith(".json")) {
                    throw new ImportException("no importer for " + source.fileName());
                }
                return List.of(a);
            }
        };
    }

    @Test
    void aCorrectedArticlesEntitiesAreItsLabels() {
        LabelledDocument d = LabelledDocument.of("a.json", corrected());
        assertTrue(d.article().entities().isEmpty(), "the tagger sees the text, not the answers");
        Document doc = Document.of(d.article());
        List<List<NameSpan>> spans = d.spans(doc);
        assertEquals(List.of(new NameSpan(0, 0, 1, EntityType.PERSON)), spans.get(0));
        assertEquals(List.of(new NameSpan(1, 1, 3, EntityType.PERSON), new NameSpan(1, 5, 7, EntityType.ORGANIZATION),
                new NameSpan(1, 9, 10, EntityType.LOCATION)), spans.get(1));
    }

    @Test
    void trainsOnConllAndArticlesWritesAModelBundleAndLeavesOutWhatItCannotRead(@TempDir Path dir) throws Exception {
        Path conll = PerceptronModelTest.fixture(dir);
        Path article = Files.writeString(dir.resolve("corrected.json"), "{}");
        Path broken = Files.writeString(dir.resolve("broken.conll"), "Alice B-PER\nSmith\n");
        Path out = dir.resolve("models/desk.jar");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = new TrainCommand(importing(corrected()), mock(BundleContext.class)).run(new String[] {"entities-train", "--train",
                        conll.toString(), article.toString(), broken.toString(), "--dev", conll.toString(), "--epochs", "6",
                        "--shuffles", "2", "--name", "test", "--out", out.toString()}, InputStream.nullInputStream(),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        String said = o.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, said + e);
        assertEquals("copydesk entities-train: " + broken + ":2: expected a token and a tag, found 'Smith'; left out\n",
                e.toString(StandardCharsets.UTF_8));
        assertTrue(said.contains("training on 3 documents") && said.matches("(?s).*PER\\+ORG\\+LOC +100\\.0 +100\\.0 +100\\.0\n.*"), said);
        try (JarFile jar = new JarFile(out.toFile())) {
            var m = jar.getManifest().getMainAttributes();
            assertEquals("org.copydesk.model.entities.test", m.getValue("Bundle-SymbolicName"));
            assertEquals("entities", m.getValue("Copydesk-Model"));
            assertTrue(m.getValue("Bundle-Version").startsWith("1.0.0."));
            String meta = new String(jar.getInputStream(jar.getJarEntry("model/metadata.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(meta.contains("\"featureSet\": \"" + Features.VERSION + "\"")
                    && meta.contains("\"gazetteerFingerprint\": \"" + Lexicon.get().fingerprint() + "\"")
                    && meta.contains("{\"file\": \"fixture.conll\", \"sha256\": \"" + TrainCommand.sha256(conll) + "\"}")
                    && meta.contains("\"corrected.json\"") && !meta.contains("broken.conll")
                    && meta.contains("\"shuffles\": 2"), meta);
        }
    }

    @Test
    void aBadCommandLineSaysWhy() {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = new TrainCommand(importing(corrected()), mock(BundleContext.class)).run(new String[] {"entities-train", "--out", "x.jar"},
                InputStream.nullInputStream(), System.out, new PrintStream(e, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(e.toString(StandardCharsets.UTF_8).startsWith("copydesk entities-train: no --train file given\n"));
        IllegalArgumentException noShuffles = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrainOptions.parse(new String[] {"entities-train", "--train", "a.conll", "--shuffles", "0", "--out", "x.jar"}, "d"));
        assertEquals("--shuffles '0' is not a number from 1 to 10", noShuffles.getMessage());
        assertEquals(3, TrainOptions.parse(new String[] {"--train", "a.conll", "--shuffles", "3", "--out", "x.jar"}, "d").shuffles());
    }
}
