package org.copydesk.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * The services of one kind bound right now; a snapshot is sorted best first. Services are only
 * got when a call needs them, so an exporter nobody asks for is never activated.
 */
final class Registry<S> {
    private final ConcurrentMap<ServiceReference<S>, Ranked<S>> services = new ConcurrentHashMap<>();

    void add(ComponentServiceObjects<S> objects) {
        services.put(objects.getServiceReference(), new Ranked<>(objects.getServiceReference(), new Lazy<>(objects)));
    }

    /** For tests and for services handed over directly. */
    void add(ServiceReference<S> ref, S service) {
        services.put(ref, new Ranked<>(ref, new Lazy<>(service)));
    }

    void remove(ServiceReference<S> ref) {
        Ranked<S> r = services.remove(ref);
        if (r != null) {
            r.lazy().release();
        }
    }

    List<Ranked<S>> snapshot() {
        List<Ranked<S>> out = new ArrayList<>(services.values());
        out.sort(null);
        return out;
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
