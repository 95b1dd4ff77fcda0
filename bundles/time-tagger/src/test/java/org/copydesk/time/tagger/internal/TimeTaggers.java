package org.copydesk.time.tagger.internal;

import static org.mockito.Mockito.mock;

import java.nio.file.Path;
import java.util.Map;

import org.osgi.service.log.Logger;
import org.osgi.util.converter.Converters;

/**
 * Time taggers configured as DS would, outside a framework: the configuration is what the OSGi
 * Converter makes of ConfigAdmin properties. Public for the timeline's tests, which get it from this
 * bundle's test jar.
 */
public final class TimeTaggers {
    private TimeTaggers() {
    }

    /** The declared defaults: the built-in holiday pack (no Copydesk home), headings tagged. */
    public static TimeTagger withDefaults() {
        return configured(Map.of(), null, mock(Logger.class));
    }

    /** With these properties of PID org.copydesk.time.tagger, holiday files under {@code configDir}. */
    static TimeTagger configured(Map<String, Object> properties, Path configDir, Logger log) {
        TimeTagger t = new TimeTagger(log);
        t.configure(Converters.standardConverter().convert(properties).to(TimesConfig.class), configDir);
        return t;
    }
}
