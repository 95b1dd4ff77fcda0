package org.copydesk.pipeline.internal;

import java.util.Arrays;
import java.util.List;

import org.copydesk.api.stage.ServiceInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/** A service with its registration, ordered best first (highest ranking, then oldest). */
record Ranked<S>(ServiceReference<S> ref, Registry.Lazy<S> lazy) implements Comparable<Ranked<S>> {
    /** The service object, got on first use. */
    S service() {
        return lazy.get();
    }

    @Override
    public int compareTo(Ranked<S> o) {
        return o.ref.compareTo(ref);
    }

    String string(String key, String fallback) {
        Object v = ref.getProperty(key);
        return v == null ? fallback : v.toString();
    }

    int integer(String key, int fallback) {
        Object v = ref.getProperty(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return v == null ? fallback : Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    List<String> strings(String key) {
        Object v = ref.getProperty(key);
        if (v instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.stream().map(Object::toString).toList();
        }
        return v == null ? List.of() : List.of(v.toString());
    }

    String bundleName() {
        Bundle b = ref.getBundle();
        return b == null ? "(gone)" : b.getSymbolicName();
    }

    String bundleVersion() {
        Bundle b = ref.getBundle();
        return b == null ? "" : b.getVersion().toString();
    }

    ServiceInfo info(String name, int order, List<String> extensions) {
        Object component = ref.getProperty("component.name");
        return new ServiceInfo(name, order, bundleName(), bundleVersion(),
                component != null ? component.toString() : String.valueOf(ref.getProperty("objectClass")),
                integer(Constants.SERVICE_RANKING, 0), extensions);
    }
}
