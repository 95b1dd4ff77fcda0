package org.copydesk.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

/** A "model" here is its file's text; one that starts with "v1" fits the stage. */
class ModelChoiceTest {
    @TempDir
    Path dir;

    private final List<String> said = new ArrayList<>();
    private final ModelChoice<String> choice = new ModelChoice<>("strip", "a strip model",
            (in, who) -> new String(in.readAllBytes(), StandardCharsets.UTF_8),
            m -> m.startsWith("v1") ? null : "it was trained with feature set " + m.substring(0, 2),
            "copydesk strip-train", (who, why) -> said.add(who + ": " + why));

    private ModelBundle bundle(String kind, String name, String model) throws IOException {
        Path jar = dir.resolve(name + ".jar");
        ModelJars.write(jar, kind, name, new Version(1, 0, 0), "model.txt", model.getBytes(StandardCharsets.UTF_8), "{}");
        return ModelJars.read(jar);
    }

    @Test
    void theNewestThatFitsServesAndEachMisfitIsSaidOnce() throws IOException {
        ModelBundle misfit = bundle("strip", "org.example.model.strip.new", "v2 weights");
        ModelBundle other = bundle("entities", "org.example.model.entities.world", "v1 names");
        ModelBundle fits = bundle("strip", "org.example.model.strip.old", "v1 weights");
        List<ModelBundle> newestFirst = List.of(misfit, other, fits);
        assertEquals("v1 weights", choice.first(newestFirst));
        assertEquals("v1 weights", choice.first(newestFirst), "the set changed again");
        assertEquals(List.of(
                misfit + " (" + misfit.location() + "): it was trained with feature set v2; train it again with this Copydesk"
                        + " (copydesk strip-train)",
                other + " (" + other.location() + "): it is a model of kind 'entities', not a strip model"), said);
    }

    @Test
    void noneFitsNoneServes() throws IOException {
        assertNull(choice.first(List.of(bundle("strip", "org.example.model.strip.new", "v2 weights"))));
        assertNull(choice.first(List.of()));
        assertEquals(1, said.size());
    }
}
