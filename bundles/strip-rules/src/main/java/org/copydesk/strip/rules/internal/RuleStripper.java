package org.copydesk.strip.rules.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ContentFilter;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;
import org.copydesk.api.stage.StageProperties;
import org.copydesk.models.ModelJars;
import org.copydesk.models.ModelTracker;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
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
    static final String PACKS_RESOURCE = "org/copydesk/strip/rules/packs";

    /**
     * The desk's settings as one immutable value, made on activation and on each change and read once
     * per article, so a run never mixes two configurations.
     */
    private record Settings(PackSource source, Set<String> packs, Set<String> keep, String by,
                            ModelSource model, double modelThreshold) {
        boolean wanted(RulePack p) {
            return packs.contains("*") || packs.contains(p.name());
        }
    }

    /** Rule sets kept per distinct pack selection; more than this means packs changed: start afresh. */
    private static final int MAX_RULE_SETS = 64;

    private final Logger log;
    private final Map<Selection, RuleSet> ruleSets = new ConcurrentHashMap<>();
    private volatile Settings settings;
    /** The strip model bundles in the runtime ({@link ModelSource} chooses among them). */
    private volatile ModelTracker models;

    @Activate
    public RuleStripper(@Reference(name = "log", service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    @Activate
    @Modified
    void activate(BundleContext context, StripConfig config) {
        Bundle bundle = context.getBundle();
        Path folder = packsFolder(config.packsDir(), context.getProperty("copydesk.home"));
        PackSource source = new PackSource(folder, bundledPacks(bundle), log);
        source.packs(); // parse now: the first article should not pay for it, and broken packs show at once
        Settings s = new Settings(source, Set.of(config.packs()), Set.of(config.keep()), bundle.getSymbolicName(),
                new ModelSource(config.model(), log::warn, name -> modelKind(context, name)), config.modelThreshold());
        ruleSets.clear();
        rules(s, null); // and compile the rules for articles with no URL, the commonest case
        settings = s;
        if (models == null) {
            ModelTracker t = new ModelTracker(context, StripTrainCommand.KIND, this::modelsChanged);
            models = t; // before open: it reports the bundles already there
            t.open();
        }
        modelsChanged();
    }

    @Deactivate
    void deactivate() {
        ModelTracker t = models;
        models = null;
        if (t != null) {
            t.close();
        }
    }

    /** A strip model bundle came, changed or went (or the settings changed): the model for the next article. */
    private void modelsChanged() {
        ModelTracker t = models;
        Settings s = settings;
        if (s != null) {
            s.model().deployed(t == null ? List.of() : t.models());
        }
    }

    /** The {@code Copydesk-Model} kind of the bundle of that symbolic name in the runtime, or null. */
    private static String modelKind(BundleContext context, String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b.getHeaders("").get(ModelJars.KIND);
            }
        }
        return null;
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        Settings s = settings;
        RuleSet rules = rules(s, host(article.url()));
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
        return rules(settings, host);
    }

    private RuleSet rules(Settings s, String host) {
        List<RulePack> packs = s.source().packs().stream().filter(s::wanted).filter(p -> p.appliesTo(host)).toList();
        if (ruleSets.size() > MAX_RULE_SETS) {
            ruleSets.clear();
        }
        return ruleSets.computeIfAbsent(new Selection(packs), k -> RuleSet.of(k.packs()));
    }

    /**
     * A selection of packs, told apart by the packs' identity: a pack re-read from its file is a new
     * object, so a new selection. Hashing the packs' contents (every rule's patterns) cost more than
     * scoring a short article.
     */
    private record Selection(List<RulePack> packs) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Selection other) || other.packs.size() != packs.size()) {
                return false;
            }
            for (int i = 0; i < packs.size(); i++) {
                if (packs.get(i) != other.packs.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (RulePack p : packs) {
                h = 31 * h + System.identityHashCode(p);
            }
            return h;
        }
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

    /** The packs the bundle carries. */
    private static List<RulePack> bundledPacks(Bundle bundle) {
        Enumeration<URL> e = bundle.findEntries(PACKS_RESOURCE, "*.json", false);
        return PackSource.fromUrls(e == null ? List.of() : Collections.list(e));
    }
}
