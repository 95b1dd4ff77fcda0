package org.copydesk.trust.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TrustListTest {
    private static final String SHA = "ab".repeat(32);

    @Test
    void allowsOnlyTheNamedBundleWithThatDigest() {
        TrustList l = TrustList.parse(new String[] {"org.example.a;sha256:" + SHA.toUpperCase()});
        assertTrue(l.allows("org.example.a", SHA));
        assertFalse(l.allows("org.example.a", "cd".repeat(32)));
        assertFalse(l.allows("org.example.b", SHA));
    }

    @Test
    void malformedEntriesAreRefusedWithTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustList.parse(new String[] {"org.example.a"}));
        assertTrue(e.getMessage().contains("'org.example.a'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustList.parse(new String[] {"x;sha256:123"}));
    }

    @Test
    void locationsMapToJarFiles() {
        assertEquals(Path.of("/opt/cd/deploy/x.jar"), TrustHook.jarOf("file:/opt/cd/deploy/x.jar"));
        assertEquals(Path.of("/opt/cd/bundles/y.jar"), TrustHook.jarOf("reference:file:/opt/cd/bundles/y.jar"));
        assertNull(TrustHook.jarOf("https://example.org/z.jar"));
    }
}
