package org.copydesk.strip.rules.internal;

import java.util.List;
import java.util.Locale;

/**
 * A named set of rules, optionally limited to some publishers.
 *
 * @param name       the file's base name, as named in the configuration
 * @param publishers host names (a suffix match: {@code independent.co.uk} covers {@code www.independent.co.uk});
 *                   empty for a pack that applies everywhere
 */
record RulePack(String name, List<String> publishers, List<Rule> rules) {
    RulePack {
        publishers = publishers.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        rules = List.copyOf(rules);
    }

    /**
     * Whether this pack applies to an article from {@code host}. An article without a URL (plain
     * text input) gets every pack: publisher packs hold phrases specific enough to be safe anywhere.
     */
    boolean appliesTo(String host) {
        if (publishers.isEmpty() || host == null) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return publishers.stream().anyMatch(p -> h.equals(p) || h.endsWith("." + p));
    }
}
