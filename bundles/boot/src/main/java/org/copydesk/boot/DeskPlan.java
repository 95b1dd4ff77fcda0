package org.copydesk.boot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a desk runs: its features closed over their includes, the bundle jars to install (each with
 * its start level) and the feature configurations, in the order the features name them.
 */
public record DeskPlan(Desk desk, List<Feature> features, List<PlannedBundle> bundles, List<FeatureConfig> configs) {
    public DeskPlan {
        features = List.copyOf(features);
        bundles = List.copyOf(bundles);
        configs = List.copyOf(configs);
    }

    /** A bundle jar, its start level, whether it is started, and the feature that asked for it. */
    public record PlannedBundle(String symbolicName, Path jar, int startLevel, boolean start, Feature feature) {
        /** Where it is installed from: by reference, so the framework reads the jar in place. */
        public String location() {
            return "reference:" + jar.toAbsolutePath().normalize().toUri();
        }
    }

    /** Resolves a desk against the features and bundles of a Copydesk home. */
    public static DeskPlan resolve(Desk desk, FeatureRepository repo, BundleIndex index) throws BootException {
        List<Feature> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String name : desk.features()) {
            Feature f = repo.get(name).orElseThrow(() -> new BootException(desk.file() + ": feature '" + name
                    + "' is not defined in any features file (features: "
                    + String.join(", ", repo.all().stream().map(Feature::name).toList()) + ")"));
            expand(f, repo, done, new ArrayDeque<>(), order);
        }
        Map<String, PlannedBundle> bundles = new LinkedHashMap<>();
        List<FeatureConfig> configs = new ArrayList<>();
        for (Feature f : order) {
            for (Feature.BundleRef ref : f.bundles()) {
                if (bundles.containsKey(ref.symbolicName())) {
                    continue;
                }
                Path jar = index.find(ref.symbolicName()).orElseThrow(() -> new BootException(f.file()
                        + ": feature '" + f.name() + "' needs bundle '" + ref.symbolicName() + "', which is not in "
                        + index.dir()));
                bundles.put(ref.symbolicName(), new PlannedBundle(ref.symbolicName(), jar, ref.startLevel(), ref.start(), f));
            }
            configs.addAll(f.configs());
        }
        return new DeskPlan(desk, order, List.copyOf(bundles.values()), configs);
    }

    private static void expand(Feature f, FeatureRepository repo, Set<String> done, Deque<String> path,
                               List<Feature> order) throws BootException {
        if (done.contains(f.name())) {
            return;
        }
        if (path.contains(f.name())) {
            throw new BootException(f.file() + ": feature '" + f.name() + "' includes itself through "
                    + String.join(" -> ", path));
        }
        path.addLast(f.name());
        for (String inc : f.features()) {
            Feature sub = repo.get(inc).orElseThrow(() -> new BootException(f.file() + ": feature '" + f.name()
                    + "' includes feature '" + inc + "', which is not defined"));
            expand(sub, repo, done, path, order);
        }
        path.removeLast();
        done.add(f.name());
        order.add(f);
    }

    /** Framework property: features run beside the desk's own, whatever desk runs (comma-separated). */
    public static final String EXTRA_FEATURES = "copydesk.features";

    /** The feature names of an {@link #EXTRA_FEATURES} value; none for null or blank. */
    public static List<String> extraFeatures(String value) {
        return value == null || value.isBlank() ? List.of()
                : java.util.Arrays.stream(value.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList();
    }

    /** Reads the desk of a Copydesk home and resolves it. */
    public static DeskPlan of(Path home, String deskName) throws BootException {
        return of(home, deskName, List.of());
    }

    /** Reads the desk of a Copydesk home and resolves it with further features. */
    public static DeskPlan of(Path home, String deskName, List<String> extraFeatures) throws BootException {
        Desk desk = new DeskCatalog(home).load(deskName).with(extraFeatures);
        return resolve(desk, FeatureRepository.load(home.resolve("features")), BundleIndex.scan(home.resolve("bundles")));
    }
}
