package org.copydesk.strip.rules.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One paragraph an editor judged: a restore (the stage removed article text: label {@code keep}) or a
 * manual removal (the stage kept boilerplate: label = the reason). A desk's examples file holds one
 * per line as JSON:
 *
 * <pre>{"text": "Chuck us a fiver ...", "label": "appeal",
 *  "neighbours": {"before": ["...", "..."], "after": ["..."]},
 *  "position": 14, "paragraphs": 17, "source": "workbench remove r14 story.json 2026-11-30"}</pre>
 *
 * {@code neighbours} are up to two paragraphs on each side as the body stood (empty at its edge),
 * {@code position} and {@code paragraphs} the paragraph's index and the body's length; all three
 * may be left out (a lone line in the middle of a body). {@code source} says where it came from.
 */
public record DeskExample(String text, String label, List<String> before, List<String> after, int position,
                          int paragraphs, String source) {
    public DeskExample {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public boolean boilerplate() {
        return !LabelledArticle.KEEP.equals(label);
    }

    /** Its features, seen between its neighbours at its place in the body. */
    FeatureVector features() {
        List<String> context = new ArrayList<>(before);
        context.add(text);
        context.addAll(after);
        return ParagraphFeatures.inContext(context, before.size(), position, paragraphs);
    }

    /**
     * Reads a desk's examples; a line that is not a valid example is reported to {@code problems} as
     * "FILE line N: why" and skipped.
     */
    public static List<DeskExample> read(Path file, Consumer<String> problems) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<DeskExample> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(json.readTree(line)));
                } catch (IOException | IllegalArgumentException e) {
                    problems.accept(file + " line " + lineNo + ": " + (e instanceof IllegalArgumentException ? e.getMessage()
                            : "not a JSON object") + "; skipped");
                }
            }
        }
        return out;
    }

    private static DeskExample parse(JsonNode o) {
        if (!o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String text = o.path("text").asText("").strip();
        String label = o.path("label").asText("").strip();
        if (text.isEmpty() || label.isEmpty()) {
            throw new IllegalArgumentException("an example needs a text and a label (keep or a removal reason)");
        }
        if (!label.matches("[a-z]+")) {
            throw new IllegalArgumentException("label '" + label + "' is not keep or a removal reason");
        }
        List<String> before = strings(o.path("neighbours").path("before"));
        List<String> after = strings(o.path("neighbours").path("after"));
        int position = o.path("position").asInt(before.size());
        int paragraphs = o.path("paragraphs").asInt(position + 1 + after.size());
        if (position < 0 || paragraphs <= position) {
            throw new IllegalArgumentException("position " + position + " is not inside a body of " + paragraphs);
        }
        return new DeskExample(text, label, before, after, position, paragraphs, o.path("source").asText(""));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (int k = Math.max(0, array.size() - 2); k < array.size() && array.isArray(); k++) {
            out.add(array.get(k).asText(""));
        }
        return out;
    }
}
