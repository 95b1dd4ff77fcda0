package org.copydesk.api.stage;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What one run asks of the stages beyond their configuration.
 *
 * @param desk       the desk the runtime serves
 * @param published  overrides the publication date an importer found; null keeps it
 * @param keep       removal reasons the editor wants kept in the body ({@code --keep related})
 * @param options    further named options for stages that understand them
 */
public record ProcessContext(String desk, LocalDate published, Set<String> keep, Map<String, String> options) {
    public ProcessContext {
        keep = Set.copyOf(keep);
        options = Map.copyOf(options);
    }

    public static ProcessContext defaults() {
        return new ProcessContext("default", null, Set.of(), Map.of());
    }
}
