package org.copydesk.pipeline.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/** A service registration without a framework: properties, an id, and the ranking order OSGi defines. */
final class FakeReference<S> implements ServiceReference<S> {
    private static final AtomicLong IDS = new AtomicLong();
    private final Hashtable<String, Object> props = new Hashtable<>();

    FakeReference(Map<String, Object> properties) {
        props.putAll(properties);
        props.put(Constants.SERVICE_ID, IDS.incrementAndGet());
    }

    /** Changes a property, as a bundle's setProperties would. */
    void set(String key, Object value) {
        props.put(key, value);
    }

    @Override
    public Object getProperty(String key) {
        return props.get(key);
    }

    @Override
    public String[] getPropertyKeys() {
        return props.keySet().toArray(new String[0]);
    }

    @Override
    public Bundle getBundle() {
        return null;
    }

    @Override
    public Bundle[] getUsingBundles() {
        return new Bundle[0];
    }

    @Override
    public boolean isAssignableTo(Bundle bundle, String className) {
        return true;
    }

    /** Higher ranking first, then lower service id, as ServiceReference.compareTo specifies. */
    @Override
    public int compareTo(Object o) {
        FakeReference<?> other = (FakeReference<?>) o;
        int r = Integer.compare(ranking(), other.ranking());
        return r != 0 ? r : Long.compare((Long) other.props.get(Constants.SERVICE_ID), (Long) props.get(Constants.SERVICE_ID));
    }

    private int ranking() {
        Object r = props.get(Constants.SERVICE_RANKING);
        return r instanceof Integer i ? i : 0;
    }

    @Override
    public Dictionary<String, Object> getProperties() {
        return new Hashtable<>(props);
    }

    @Override
    public <A> A adapt(Class<A> type) {
        return null;
    }
}
