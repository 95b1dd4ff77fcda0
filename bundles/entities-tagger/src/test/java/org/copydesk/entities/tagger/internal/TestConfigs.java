package org.copydesk.entities.tagger.internal;

import java.lang.annotation.Annotation;

/** Activated components for tests, with hand-made configuration instances. */
final class TestConfigs {
    private TestConfigs() {
    }

    static EntityTaggerComponent tagger(boolean consistency) {
        EntityTaggerComponent c = new EntityTaggerComponent();
        c.activate(null, new EntityTaggerComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EntityTaggerComponent.Config.class;
            }

            @Override
            public String gazetteer_folder() {
                return "";
            }

            @Override
            public boolean consistency() {
                return consistency;
            }
        });
        return c;
    }
}
