package org.copydesk.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

/**
 * Follows the model bundles of one kind in the runtime: those resolved or started (a jar the desk's
 * trust list refuses never resolves, so it is never seen here). Tells the owner whenever one comes,
 * changes or goes; {@link #models()} lists them newest first (highest version, then the latest
 * installed).
 */
public final class ModelTracker implements AutoCloseable {
    private final String kind;
    private final Runnable changed;
    private final Map<Long, ModelBundle> models = new ConcurrentHashMap<>();
    private final BundleTracker<ModelBundle> tracker;

    /**
     * @param changed called (on the thread that changed the bundle) after each change, and once on
     *                {@link #open()} when models are already there
     */
    public ModelTracker(BundleContext context, String kind, Runnable changed) {
        this.kind = kind;
        this.changed = changed;
        this.tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public ModelBundle addingBundle(Bundle bundle, BundleEvent event) {
                ModelBundle m = ModelJars.of(h -> bundle.getHeaders("").get(h), bundle.getLocation(), bundle.getBundleId(),
                        p -> {
                            java.net.URL u = bundle.getEntry(p);
                            return u == null ? null : u.openStream();
                        });
                if (m == null || !m.kind().equals(ModelTracker.this.kind)) {
                    return null;
                }
                models.put(bundle.getBundleId(), m);
                ModelTracker.this.changed.run();
                return m;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, ModelBundle m) {
                models.remove(bundle.getBundleId());
                ModelTracker.this.changed.run();
            }
        };
    }

    public ModelTracker open() {
        tracker.open();
        return this;
    }

    /** The tracked models, newest first. */
    public List<ModelBundle> models() {
        List<ModelBundle> list = new ArrayList<>(models.values());
        list.sort(Comparator.comparing(ModelBundle::version).thenComparingLong(ModelBundle::bundleId).reversed());
        return list;
    }

    @Override
    public void close() {
        tracker.close();
    }
}
