package org.copydesk.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * The services of one kind bound right now; a snapshot is sorted best first. Services are only
 * got when a call needs them, so an exporter nobody asks for is never activated. The sorted
 * snapshot is kept until a service comes, goes or changes its properties (its ranking), so an
 * article does not pay for sorting by the framework's property lookups.
 */
final class Registry<S> {
    private final ConcurrentMap<ServiceReference<S>, Ranked<S>> services = new ConcurrentHashMap<>();
    /** Counts the changes; a snapshot sorted at one count serves until the next. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Sorted<S> sorted;

    private record Sorted<S>(long at, List<Ranked<S>> list) {
    }

    /** Adds a registration; returns it, so the caller may get its service ahead of need. */
    Ranked<S> add(ComponentServiceObjects<S> objects) {
        Ranked<S> r = new Ranked<>(objects.getServiceReference(), new Lazy<>(objects));
        services.put(objects.getServiceReference(), r);
        changes.incrementAndGet();
        return r;
    }

    /** For tests and for services handed over directly. */
    void add(ServiceReference<S> ref, S service) {
        services.put(ref, new Ranked<>(ref, new Lazy<>(service)));
        changes.incrementAndGet();
    }

    /** A registration's properties changed: its place in the order may have too. */
    void modified() {
        changes.incrementAndGet();
    }

    void remove(ServiceReference<S> ref) {
        Ranked<S> r = services.remove(ref);
        changes.incrementAndGet();
        if (r != null) {
            r.lazy().release();
        }
    }

    /** The services best first, as of this call (unmodifiable). */
    List<Ranked<S>> snapshot() {
        long at = changes.get(); // read before the services: a change after it makes the next call sort again
        Sorted<S> s = sorted;
        if (s != null && s.at() == at) {
            return s.list();
        }
        List<Ranked<S>> out = new ArrayList<>(services.values());
        out.sort(null);
        List<Ranked<S>> list = List.copyOf(out);
        sorted = new Sorted<>(at, list);
        return list;
    }

    /** The service object of one registration, got once on first use and given back on unbind. */
    static final class Lazy<S> {
        private final ComponentServiceObjects<S> objects;
        private volatile S service;

        Lazy(ComponentServiceObjects<S> objects) {
            this.objects = objects;
        }

        Lazy(S service) {
            this.objects = null;
            this.service = service;
        }

        S get() {
            S s = service;
            if (s == null) {
                synchronized (this) {
                    if (service == null) {
                        service = objects.getService();
                    }
                    s = service;
                }
            }
            return s;
        }

        synchronized void release() {
            if (objects != null && service != null) {
                objects.ungetService(service);
            }
            service = null;
        }
    }
}
