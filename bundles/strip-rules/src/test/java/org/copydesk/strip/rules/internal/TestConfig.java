package org.copydesk.strip.rules.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.log.Logger;
import org.osgi.util.converter.Converters;

/**
 * The stripper activated as DS would, outside a framework: its configuration is what the OSGi
 * Converter makes of ConfigAdmin properties, its bundle carries the packs on the test class path,
 * and no Copydesk home is set.
 */
final class TestConfig {
    /** The bundle's symbolic name, which removals name as their maker. */
    static final String BUNDLE = "org.copydesk.strip.rules";

    private TestConfig() {
    }

    /** The declared defaults: every pack, the bundled ones (the default folder names an unset home). */
    static StripConfig defaults() {
        return Converters.standardConverter().convert(Map.of()).to(StripConfig.class);
    }

    /** The model's default threshold (StripConfig.modelThreshold). */
    static final double THRESHOLD = ModelPass.DEFAULT_THRESHOLD;

    static StripConfig config(String[] packs, String[] keep, String packsDir) {
        return Converters.standardConverter().convert(Map.of("packs", packs, "keep", keep, "packsDir", packsDir)).to(StripConfig.class);
    }

    static StripConfig config(String[] packs, String[] keep, String packsDir, String model, double modelThreshold) {
        return Converters.standardConverter().convert(Map.of("packs", packs, "keep", keep, "packsDir", packsDir,
                "model", model, "modelThreshold", modelThreshold)).to(StripConfig.class);
    }

    /** The defaults without the learned model: the rule packs alone. */
    static StripConfig rulesOnly() {
        return Converters.standardConverter().convert(Map.of("model", ModelPass.NONE)).to(StripConfig.class);
    }

    static RuleStripper stripper(StripConfig config) {
        return stripper(config, mock(Logger.class));
    }

    static RuleStripper stripper(StripConfig config, Logger log) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getSymbolicName()).thenReturn(BUNDLE);
        when(bundle.findEntries(RuleStripper.PACKS_RESOURCE, "*.json", false)).thenAnswer(call -> Collections.enumeration(bundledPacks()));
        BundleContext context = mock(BundleContext.class);
        when(context.getBundle()).thenReturn(bundle);
        when(context.getBundles()).thenReturn(new Bundle[0]); // no model bundles: the shipped model
        RuleStripper s = new RuleStripper(log);
        s.activate(context, config);
        return s;
    }

    /** The packs the build puts in the bundle, from the test class path. */
    private static List<URL> bundledPacks() {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(RuleStripper.class.getClassLoader().getResource(RuleStripper.PACKS_RESOURCE).toURI()))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                urls.add(f.toUri().toURL());
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot list the bundled rule packs", e));
        }
        return urls;
    }
}
