package org.copydesk.strip.rules.internal;

import java.lang.annotation.Annotation;

/** A hand-made {@link StripConfig} for calling the component outside a framework. */
record TestConfig(String[] packs, String[] keep, String packsDir, String model, double modelThreshold)
        implements StripConfig {
    static final double THRESHOLD = 0.9;

    /** The bundled model at the default threshold. */
    TestConfig(String[] packs, String[] keep, String packsDir) {
        this(packs, keep, packsDir, ModelPass.BUNDLED, THRESHOLD);
    }

    /** The defaults, with the bundled packs (no packs folder). */
    static TestConfig defaults() {
        return new TestConfig(new String[] {"*"}, new String[0], "${copydesk.home}/config/strip");
    }

    /** The defaults without the model: the rule packs alone. */
    static TestConfig rulesOnly() {
        return new TestConfig(new String[] {"*"}, new String[0], "${copydesk.home}/config/strip", ModelPass.NONE, THRESHOLD);
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
