package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.copydesk.models.ModelBundle;
import org.copydesk.models.ModelJars;
import org.copydesk.strip.rules.internal.model.ParagraphFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/**
 * Which model serves: the newest strip model bundle that fits (or the one the desk names), else the
 * shipped model; a bundle of another kind or feature set is refused with one line, once.
 */
class ModelSourceTest {
    @TempDir
    Path dir;

    private final List<String> said = new ArrayList<>();

    /** The shipped model's text with its feature-set line as given. */
    private static byte[] shippedAs(String featureSet) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(ModelSource.class.getClassLoader().getResourceAsStream(ModelPass.RESOURCE))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("features " + ParagraphFeatures.FEATURE_SET + "\n", "features " + featureSet + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private ModelBundle bundle(String kind, String name, int minor, byte[] model) throws IOException {
        Path jar = dir.resolve(name + "-" + minor + ".jar");
        ModelJars.write(jar, kind, name, new Version(1, minor, 0), DeskTraining.MODEL_FILE, model, "{}");
        return ModelJars.read(jar);
    }

    private ModelSource source(String setting) {
        return new ModelSource(setting, said::add, name -> name.contains(".entities.") ? "entities" : null);
    }

    @Test
    void theNewestFittingBundleServesAndTheShippedModelWhenItGoes() throws IOException {
        ModelSource s = source(ModelPass.BUNDLED);
        assertSame(ModelSource.shipped(), s.current(), "no bundle yet: the shipped model");
        ModelBundle older = bundle("strip", "org.copydesk.model.strip.sport", 1, shippedAs(ParagraphFeatures.FEATURE_SET));
        ModelBundle misfit = bundle("strip", "org.copydesk.model.strip.old", 9, shippedAs("paragraph-0"));
        s.deployed(List.of(misfit, older));
        assertNotSame(ModelSource.shipped(), s.current(), "the fitting bundle serves, the newer misfit is passed over");
        assertEquals(ParagraphFeatures.FEATURE_SET, s.current().featureSet());
        assertEquals(List.of("refused strip model org.copydesk.model.strip.old 1.9.0 (" + misfit.location()
                + "): it was trained with feature set paragraph-0, this strip stage uses " + ParagraphFeatures.FEATURE_SET
                + "; train it again with this Copydesk (copydesk strip-train)"), said);
        s.deployed(List.of(misfit, older));
        assertEquals(1, said.size(), "a refusal is said once");
        s.deployed(List.of());
        assertSame(ModelSource.shipped(), s.current(), "the bundle went: the shipped model is back");
    }

    @Test
    void aBundleTrainedOnThePreviousFeatureSetIsRefusedUntilRetrained() throws IOException {
        ModelSource s = source(ModelPass.BUNDLED);
        ModelBundle before = bundle("strip", "org.copydesk.model.strip.desk", 3, shippedAs("paragraph-7"));
        s.deployed(List.of(before));
        assertSame(ModelSource.shipped(), s.current(), "a strip12 desk model (paragraph-7) does not serve: the shipped model does");
        assertEquals(List.of("refused strip model org.copydesk.model.strip.desk 1.3.0 (" + before.location()
                + "): it was trained with feature set paragraph-7, this strip stage uses " + ParagraphFeatures.FEATURE_SET
                + "; train it again with this Copydesk (copydesk strip-train)"), said);
    }

    @Test
    void aBundleThatIsNoParagraphModelOrOfAnotherKindIsRefused() throws IOException {
        ModelSource s = source(ModelPass.BUNDLED);
        s.deployed(List.of(bundle("strip", "org.copydesk.model.strip.broken", 1, new byte[] {1, 2, 3}),
                bundle("entities", "org.copydesk.model.entities.world", 1, shippedAs(ParagraphFeatures.FEATURE_SET))));
        assertSame(ModelSource.shipped(), s.current());
        assertEquals(2, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("refused strip model org.copydesk.model.strip.broken 1.1.0"), said.get(0));
        assertTrue(said.get(1).endsWith("it is a model of kind 'entities', not a strip model"), said.get(1));
    }

    @Test
    void aDeskNamesOneBundleOrNone() throws IOException {
        ModelBundle sport = bundle("strip", "org.copydesk.model.strip.sport", 1, shippedAs(ParagraphFeatures.FEATURE_SET));
        ModelBundle news = bundle("strip", "org.copydesk.model.strip.news", 2, shippedAs("paragraph-0"));
        ModelSource named = source("org.copydesk.model.strip.sport");
        named.deployed(List.of(news, sport));
        assertNotSame(ModelSource.shipped(), named.current());
        assertTrue(said.isEmpty(), "the newer bundle of another name is not even read: " + said);

        ModelSource entities = source("org.copydesk.model.entities.world");
        entities.deployed(List.of(news, sport));
        assertSame(ModelSource.shipped(), entities.current());
        assertEquals("refused model bundle org.copydesk.model.entities.world: it is a model of kind 'entities', not a strip"
                + " model; the shipped model serves", said.get(0));

        ModelSource none = source(ModelPass.NONE);
        none.deployed(List.of(sport));
        assertNull(none.current(), "none: the rules alone");
    }
}
