package org.copydesk.strip.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ContentFilter;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;
import org.copydesk.api.stage.StageProperties;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The stripper: scores each body paragraph against the rule packs and removes what {@link Classifier}
 * judges boilerplate, then lets the learned model judge the paragraphs no rule removed
 * ({@link ModelPass}), unless the reason is one the desk or the run keeps.
 */
@Component(name = "org.copydesk.strip.rules", service = {Stage.class, ContentFilter.class},
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@StageProperties(name = Stage.STRIP, order = 100)
@Designate(ocd = StripConfig.class)
public class RuleStripper implements ContentFilter {
    /** The bundle's symbolic name, for removals made outside a framework (unit tests). */
    static final String BUNDLE = "org.copydesk.strip.rules";
    static final String PACKS_RESOURCE = "org/copydesk/strip/rules/packs";

    /** Everything a run needs, swapped whole on reconfiguration so concurrent runs see one config. */
    private record Settings(PackSource source, Set<String> packs, Set<String> keep, String by,
                            Map<List<RulePack>, RuleSet> ruleSets, ModelSource model, double modelThreshold) {
        boolean wanted(RulePack p) {
            return packs.contains("*") || packs.contains(p.name());
        }
    }

    /** Rule sets kept per distinct pack selection; more than this means packs changed: start afresh. */
    private static final int MAX_RULE_SETS = 64;

    private volatile Settings settings;

    @Activate
    void activate(BundleContext context, StripConfig config) {
        String by = context == null ? BUNDLE : context.getBundle().getSymbolicName();
        String home = context == null ? System.getProperty("copydesk.home") : context.getProperty("copydesk.home");
        PackSource source = new PackSource(packsFolder(config.packsDir(), home), bundledPacks(context));
        source.packs(); // parse now: the first article should not pay for it, and broken packs show at once
        settings = new Settings(source, Set.of(config.packs()), Set.of(config.keep()), by, new ConcurrentHashMap<>(),
                ModelSource.of(config.model(), home), config.modelThreshold());
        currentRules(null); // and compile the rules for articles with no URL, the commonest case

    }

    @Modified
    void modified(BundleContext context, StripConfig config) {
        activate(context, config);
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        Settings s = settings;
        RuleSet rules = currentRules(host(article.url()));
        Evidence[] verdicts = Classifier.classify(article.body(), rules);
        ModelPass.Verdict[] learned = ModelPass.decide(article, verdicts, s.model().current(), s.modelThreshold());
        List<Article.Cut> cuts = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            Evidence e = verdicts[i];
            String reason = e != null ? e.rule().reason() : learned[i] != null ? learned[i].reason() : null;
            if (reason != null && !s.keep().contains(reason) && !context.keep().contains(reason)) {
                cuts.add(new Article.Cut(i, reason, e != null ? e.rule().id() : ModelPass.RULE, s.by()));
            }
        }
        return ModelPass.withConfidences(article, article.remove(cuts), cuts, learned);
    }

    /** The rules of the configured packs that apply to an article from {@code host} (null: unknown). */
    RuleSet currentRules(String host) {
        Settings s = settings;
        List<RulePack> packs = s.source().packs().stream().filter(s::wanted).filter(p -> p.appliesTo(host)).toList();
        if (s.ruleSets().size() > MAX_RULE_SETS) {
            s.ruleSets().clear();
        }
        return s.ruleSets().computeIfAbsent(packs, RuleSet::of);
    }

    /** The packs folder with {@code ${copydesk.home}} filled in; null when it names an unset home. */
    static Path packsFolder(String configured, String home) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        if (configured.contains("${copydesk.home}")) {
            if (home == null || home.isBlank()) {
                return null;
            }
            configured = configured.replace("${copydesk.home}", home);
        }
        return Path.of(configured);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url.trim()).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The packs in the bundle: found through the bundle in a framework, on the class path in tests. */
    private static List<RulePack> bundledPacks(BundleContext context) {
        List<URL> urls = new ArrayList<>();
        if (context != null) {
            Enumeration<URL> e = context.getBundle().findEntries(PACKS_RESOURCE, "*.json", false);
            if (e != null) {
                urls.addAll(Collections.list(e));
            }
        } else {
            URL dir = RuleStripper.class.getClassLoader().getResource(PACKS_RESOURCE);
            if (dir != null) {
                try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                        urls.add(f.toUri().toURL());
                    }
                } catch (IOException | URISyntaxException ex) {
                    throw new UncheckedIOException(new IOException("cannot list bundled rule packs", ex));
                }
            }
        }
        return PackSource.fromUrls(urls);
    }
}
