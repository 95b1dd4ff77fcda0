package org.copydesk.trust.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Copydesk trust",
        description = "Which bundles from outside the distribution (the deploy folder, the shell) may run on this desk.")
@interface TrustConfig {
    @AttributeDefinition(description = "Allowed outside bundles, each as SYMBOLIC-NAME;sha256:HEX (the SHA-256 of the jar file)")
    String[] allowed() default {};

    @AttributeDefinition(description = "Trusted signers: X.509 certificate files (PEM or DER), relative to the Copydesk home or absolute. "
            + "An outside jar whose every entry is signed by the key of one of these certificates may run")
    String[] signers() default {};

    @AttributeDefinition(description = "When false, outside bundles run unchecked (a development desk)")
    boolean enforce() default true;
}
