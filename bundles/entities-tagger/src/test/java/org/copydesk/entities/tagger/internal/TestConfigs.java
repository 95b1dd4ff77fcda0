package org.copydesk.entities.tagger.internal;

import static org.mockito.Mockito.mock;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

import org.copydesk.api.stage.EntityTagger;
import org.osgi.framework.BundleContext;
import org.osgi.service.log.Logger;
import org.osgi.util.converter.Converters;

/**
 * Components activated as DS would, outside a framework: the configuration is what the OSGi
 * Converter makes of ConfigAdmin properties (the given values, the declared defaults otherwise), in
 * a bundle context that sets no Copydesk home.
 */
public final class TestConfigs {
    private TestConfigs() {
    }

    /** Calls the component's {@code activate(BundleContext, Config)}, package-private as DS allows. */
    public static <T extends EntityTagger> T activate(T component, Map<String, Object> values) {
        try {
            for (Field f : component.getClass().getDeclaredFields()) {
                if (f.getType() == Logger.class) { // what DS injects from the log service
                    f.setAccessible(true);
                    f.set(component, mock(Logger.class));
                }
            }
            for (Method m : component.getClass().getDeclaredMethods()) {
                if (m.getName().equals("activate") && m.getParameterCount() == 2
                        && m.getParameterTypes()[0] == BundleContext.class) {
                    m.setAccessible(true);
                    m.invoke(component, mock(BundleContext.class), Converters.standardConverter().convert(values).to(m.getParameterTypes()[1]));
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
