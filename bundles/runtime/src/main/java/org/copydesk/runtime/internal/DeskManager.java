package org.copydesk.runtime.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.boot.BootException;
import org.copydesk.boot.BundleIndex;
import org.copydesk.boot.Desk;
import org.copydesk.boot.DeskCatalog;
import org.copydesk.boot.DeskPlan;
import org.copydesk.boot.Feature;
import org.copydesk.boot.FeatureRepository;
import org.copydesk.runtime.DeskService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Keeps the running bundles and settings in step with a desk plan. The bundles it manages are those
 * installed from the distribution's bundles folder; anything else (the deploy folder, the shell) is
 * left alone.
 */
final class DeskManager implements DeskService {
    private final BundleContext context;
    private final ConfigurationAdmin cm;
    private final Path home;
    private volatile DeskPlan plan;

    DeskManager(BundleContext context, ConfigurationAdmin cm, Path home, DeskPlan plan) {
        this.context = context;
        this.cm = cm;
        this.home = home;
        this.plan = plan;
    }

    @Override
    public String current() {
        return plan.desk().name();
    }

    @Override
    public DeskPlan plan() {
        return plan;
    }

    @Override
    public List<String> desks() throws BootException {
        return new DeskCatalog(home).names();
    }

    @Override
    public List<Feature> features() throws BootException {
        return FeatureRepository.load(home.resolve("features")).all();
    }

    @Override
    public List<String> activeFeatures() {
        return plan.features().stream().map(Feature::name).toList();
    }

    @Override
    public synchronized void switchTo(String desk) throws BootException {
        DeskPlan next = DeskPlan.of(home, desk, Activator.extraFeatures(context));
        Path oldFolder = plan.desk().settings();
        converge(next);
        forgetSettings(oldFolder);
        new DeskConfigurator(cm).apply(next);
        SettingsWatcher.watch(context, cm, next.desk().settings());
        plan = next;
    }

    @Override
    public synchronized void installFeature(String feature) throws BootException {
        Desk d = plan.desk();
        if (activeFeatures().contains(feature)) {
            return;
        }
        List<String> wanted = new ArrayList<>(d.features());
        wanted.add(feature);
        apply(new Desk(d.name(), d.description(), wanted, d.file()));
    }

    @Override
    public synchronized void uninstallFeature(String feature) throws BootException {
        Desk d = plan.desk();
        if (!d.features().contains(feature)) {
            String by = plan.features().stream().filter(f -> f.features().contains(feature)).map(Feature::name)
                    .findFirst().orElse(null);
            throw new BootException(by == null ? "feature '" + feature + "' is not running"
                    : "feature '" + feature + "' is included by '" + by + "': uninstall that one instead");
        }
        List<String> wanted = new ArrayList<>(d.features());
        wanted.remove(feature);
        if (wanted.isEmpty()) {
            throw new BootException("desk '" + d.name() + "' would run no feature at all");
        }
        apply(new Desk(d.name(), d.description(), wanted, d.file()));
    }

    private void apply(Desk desk) throws BootException {
        DeskPlan next = DeskPlan.resolve(desk, FeatureRepository.load(home.resolve("features")),
                BundleIndex.scan(home.resolve("bundles")));
        converge(next);
        new DeskConfigurator(cm).apply(next);
        plan = next;
    }

    /** Installs and starts what the plan adds, then uninstalls managed bundles it no longer has. */
    private void converge(DeskPlan next) throws BootException {
        Set<String> wanted = new HashSet<>();
        List<Bundle> added = new ArrayList<>();
        for (DeskPlan.PlannedBundle pb : next.bundles()) {
            String location = pb.location();
            wanted.add(location);
            if (context.getBundle(location) == null) {
                try {
                    Bundle b = context.installBundle(location);
                    b.adapt(BundleStartLevel.class).setStartLevel(pb.startLevel());
                    if (pb.start()) {
                        added.add(b);
                    }
                } catch (BundleException e) {
                    throw new BootException(pb.feature().file() + ": feature '" + pb.feature().name() + "': bundle "
                            + pb.symbolicName() + " cannot be installed: " + e.getMessage(), e);
                }
            }
        }
        List<String> failures = new ArrayList<>();
        for (Bundle b : added) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                } catch (BundleException e) {
                    failures.add("bundle " + b.getSymbolicName() + " cannot start: " + e.getMessage());
                }
            }
        }
        String managed = "reference:" + home.resolve("bundles").toAbsolutePath().normalize().toUri();
        Set<Bundle> removed = new LinkedHashSet<>();
        for (Bundle b : context.getBundles()) {
            if (b.getLocation().startsWith(managed) && !wanted.contains(b.getLocation()) && b != context.getBundle()) {
                try {
                    b.uninstall();
                    removed.add(b);
                } catch (BundleException e) {
                    failures.add("bundle " + b.getSymbolicName() + " cannot be uninstalled: " + e.getMessage());
                }
            }
        }
        if (!removed.isEmpty()) {
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
        }
        if (!failures.isEmpty()) {
            throw new BootException(String.join("; ", failures));
        }
    }

    /** Deletes the settings that came from a desk folder or from features. */
    private void forgetSettings(Path deskFolder) throws BootException {
        String folderUri = deskFolder.toAbsolutePath().toUri().toString();
        try {
            Configuration[] all = cm.listConfigurations(null);
            for (Configuration c : all == null ? new Configuration[0] : all) {
                Object file = c.getProperties() == null ? null : c.getProperties().get(DeskConfigurator.FILEINSTALL_KEY);
                Object feature = c.getProperties() == null ? null : c.getProperties().get(DeskConfigurator.FEATURE_KEY);
                if (file != null && file.toString().startsWith(folderUri) || Boolean.TRUE.equals(feature)) {
                    c.delete();
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            throw new BootException("cannot clear the settings of " + deskFolder + ": " + e.getMessage(), e);
        }
    }
}
