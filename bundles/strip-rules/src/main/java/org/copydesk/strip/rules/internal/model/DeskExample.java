package org.copydesk.strip.rules.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph an editor judged: a restore (the stage removed article text: label {@code keep}) or a
 * manual removal (the stage kept boilerplate: label = the reason). A desk's examples file
 * ({@link ExamplesFile}) holds one per line as JSON:
 *
 * <pre>{"text": "Chuck us a fiver ...", "label": "appeal",
 *  "neighbours": {"before": ["...", "..."], "after": ["..."]},
 *  "position": 14, "paragraphs": 17, "source": "workbench remove r14 story-1a2b3c4d 2026-11-30T10:15:00Z",
 *  "edit": "story-1a2b3c4d v5 2026-11-30T10:15:00.123Z"}</pre>
 *
 * {@code neighbours} are up to two paragraphs on each side as the body stood (empty at its edge),
 * {@code position} and {@code paragraphs} the paragraph's index and the body's length; all three
 * may be left out (a lone line in the middle of a body). {@code source} says where it came from,
 * {@code edit} (optional) names the edit that made it, so an undo can withdraw it.
 */
public record DeskExample(String text, String label, List<String> before, List<String> after, int position,
                          int paragraphs, String source, String edit) {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Its line in an examples file. */
    String toJson() {
        ObjectNode o = JSON.createObjectNode().put("text", text).put("label", label);
        ObjectNode n = o.putObject("neighbours");
        before.forEach(n.putArray("before")::add);
        after.forEach(n.putArray("after")::add);
        o.put("position", position).put("paragraphs", paragraphs).put("source", source);
        if (!edit.isEmpty()) {
            o.put("edit", edit);
        }
        return o.toString();
    }

    /** An example from its JSON; an {@link IllegalArgumentException} says why a line is not one. */
    static DeskExample parse(JsonNode o) {
        if (!o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String text = o.path("text").asText("").strip();
        String label = o.path("label").asText("").strip();
        if (text.isEmpty() || label.isEmpty()) {
            throw new IllegalArgumentException("an example needs a text and a label (keep or a removal reason)");
        }
        if (!validLabel(label)) {
            throw new IllegalArgumentException("label '" + label + "' is not keep or a removal reason");
        }
        List<String> before = nearest(o.path("neighbours").path("before"), true);
        List<String> after = nearest(o.path("neighbours").path("after"), false);
        int position = o.path("position").asInt(before.size());
        int paragraphs = o.path("paragraphs").asInt(position + 1 + after.size());
        if (position < 0 || paragraphs <= position) {
            throw new IllegalArgumentException("position " + position + " is not inside a body of " + paragraphs);
        }
        return new DeskExample(text, label, before, after, position, paragraphs, o.path("source").asText(""), o.path("edit").asText(""));
    }

    /** Keep or a reason: one lower-case word. */
    public static boolean validLabel(String label) {
        return label.matches("[a-z]+");
    }

    /** The two paragraphs nearest the example: the last two before it, the first two after it. */
    private static List<String> nearest(JsonNode array, boolean before) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            int from = before ? Math.max(0, array.size() - 2) : 0;
            for (int k = from; k < Math.min(array.size(), from + 2); k++) {
                out.add(array.get(k).asText(""));
            }
        }
        return out;
    }
}
