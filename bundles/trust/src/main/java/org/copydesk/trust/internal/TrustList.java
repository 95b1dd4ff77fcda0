package org.copydesk.trust.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The allowed outside bundles: symbolic name to the SHA-256 digests its jar may have. */
final class TrustList {
    private final Map<String, Set<String>> allowed;

    private TrustList(Map<String, Set<String>> allowed) {
        this.allowed = allowed;
    }

    /** Parses {@code name;sha256:hex} entries; a malformed one is an IllegalArgumentException naming it. */
    static TrustList parse(String[] entries) {
        Map<String, Set<String>> map = new HashMap<>();
        for (String e : entries) {
            String[] parts = e.split(";");
            String name = parts[0].trim();
            String sha = null;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("sha256:")) {
                    sha = p.substring("sha256:".length()).trim().toLowerCase(Locale.ROOT);
                }
            }
            if (name.isEmpty() || sha == null || !sha.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("trust entry '" + e + "' is not SYMBOLIC-NAME;sha256:<64 hex digits>");
            }
            map.computeIfAbsent(name, k -> new HashSet<>()).add(sha);
        }
        return new TrustList(map);
    }

    boolean allows(String symbolicName, String sha256) {
        return allowed.getOrDefault(symbolicName, Set.of()).contains(sha256);
    }
}
