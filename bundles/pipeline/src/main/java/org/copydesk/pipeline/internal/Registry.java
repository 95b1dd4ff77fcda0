package org.copydesk.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.osgi.framework.ServiceReference;

/** The services of one kind bound right now; a snapshot is sorted best first. */
final class Registry<S> {
    private final ConcurrentMap<ServiceReference<S>, S> services = new ConcurrentHashMap<>();

    void add(ServiceReference<S> ref, S service) {
        services.put(ref, service);
    }

    void remove(ServiceReference<S> ref) {
        services.remove(ref);
    }

    List<Ranked<S>> snapshot() {
        List<Ranked<S>> out = new ArrayList<>();
        services.forEach((r, s) -> out.add(new Ranked<>(r, s)));
        out.sort(null);
        return out;
    }
}
