package org.copydesk.strip.rules.internal;

import java.lang.annotation.Annotation;

/** A hand-made {@link StripConfig} for calling the component outside a framework. */
record TestConfig(String[] packs, String[] keep, String packsDir) implements StripConfig {
    /** The defaults, with the bundled packs (no packs folder). */
    static TestConfig defaults() {
        return new TestConfig(new String[] {"*"}, new String[0], "${copydesk.home}/config/strip");
    }

    static RuleStripper stripper(TestConfig config) {
        RuleStripper s = new RuleStripper();
        s.activate(null, config);
        return s;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return StripConfig.class;
    }
}
