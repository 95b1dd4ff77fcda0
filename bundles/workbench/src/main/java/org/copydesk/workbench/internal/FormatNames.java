package org.copydesk.workbench.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Export formats as editors know them: "NewsML-G2", not "newsml". A format this list does not know
 * (an exporter a desk added) is shown by its own name.
 */
final class FormatNames {
    private static final Map<String, String> TITLES = Map.of(
            "json", "Copydesk article (JSON)",
            "markdown", "Markdown",
            "html", "Web page (HTML)",
            "ninjs", "ninjs (IPTC JSON)",
            "nitf", "NITF (IPTC XML)",
            "newsml", "NewsML-G2 (IPTC)",
            "jsonld", "Schema.org JSON-LD",
            "timelinejs", "TimelineJS timeline");
    /** The reading formats first, the agency formats after, the workbench's own last. */
    private static final List<String> ORDERED = List.of("html", "markdown", "newsml", "ninjs", "nitf", "jsonld", "timelinejs", "json");
    static final Comparator<String> ORDER = Comparator.comparingInt((String f) -> ORDERED.contains(f) ? ORDERED.indexOf(f) : ORDERED.size())
            .thenComparing(Comparator.naturalOrder());

    private FormatNames() {
    }

    static String title(String format) {
        return TITLES.getOrDefault(format, format);
    }
}
