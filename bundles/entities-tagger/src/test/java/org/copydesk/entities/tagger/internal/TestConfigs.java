package org.copydesk.entities.tagger.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

import org.copydesk.api.stage.EntityTagger;
import org.osgi.framework.BundleContext;

/**
 * Components activated as DS would, outside a framework: the configuration annotation is a proxy
 * that answers the given values and the declared defaults otherwise.
 */
public final class TestConfigs {
    private TestConfigs() {
    }

    public static <A> A config(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            Object v = values.get(method.getName());
            return v != null ? v : method.getDefaultValue();
        }));
    }

    /** Calls the component's {@code activate(BundleContext, Config)}, package-private as DS allows. */
    public static <T extends EntityTagger> T activate(T component, Map<String, Object> values) {
        try {
            for (Method m : component.getClass().getDeclaredMethods()) {
                if (m.getName().equals("activate") && m.getParameterCount() == 2
                        && m.getParameterTypes()[0] == BundleContext.class) {
                    m.setAccessible(true);
                    m.invoke(component, null, config(m.getParameterTypes()[1], values));
                    return component;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException(component.getClass() + " has no activate(BundleContext, Config)");
    }

    public static EntityTaggerComponent tagger(boolean consistency) {
        return activate(new EntityTaggerComponent(), Map.of("consistency", consistency));
    }
}
