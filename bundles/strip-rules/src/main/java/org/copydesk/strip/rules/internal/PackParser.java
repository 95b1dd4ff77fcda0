package org.copydesk.strip.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rule pack from JSON:
 * <pre>{"publishers": ["example.com"], "rules": [
 *   {"id": "appeal.your-support", "reason": "appeal", "weight": 3, "scope": "sentence",
 *    "patterns": ["\\byour support (helps|makes)\\b"], "maxWords": 60}]}</pre>
 * Several patterns in one rule are alternatives. Errors name the pack and rule, so an admin can
 * find a broken edit.
 */
final class PackParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private PackParser() {
    }

    static RulePack parse(String name, InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("rule pack " + name + ": not a JSON object");
        }
        List<String> publishers = new ArrayList<>();
        root.path("publishers").forEach(p -> publishers.add(p.asText()));
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            rules.add(rule(name, r));
        }
        return new RulePack(name, publishers, rules);
    }

    private static Rule rule(String pack, JsonNode r) throws IOException {
        String id = text(pack, r, "id");
        String reason = text(pack, r, "reason").toLowerCase(Locale.ROOT);
        int weight = r.path("weight").asInt(3);
        if (weight < 1 || weight > 3) {
            throw new IOException("rule pack " + pack + ", rule " + id + ": weight must be 1, 2 or 3");
        }
        Rule.Scope scope = switch (r.path("scope").asText("sentence")) {
            case "line" -> Rule.Scope.LINE;
            case "sentence" -> Rule.Scope.SENTENCE;
            default -> throw new IOException("rule pack " + pack + ", rule " + id + ": scope is line or sentence");
        };
        List<Pattern> patterns = new ArrayList<>();
        List<Set<String>> literals = new ArrayList<>();
        for (JsonNode p : r.path("patterns")) {
            try {
                patterns.add(Pattern.compile(p.asText(), FLAGS));
            } catch (PatternSyntaxException e) {
                throw new IOException("rule pack " + pack + ", rule " + id + ": " + e.getDescription(), e);
            }
            literals.add(RequiredLiterals.of(p.asText()));
        }
        if (patterns.isEmpty()) {
            throw new IOException("rule pack " + pack + ", rule " + id + ": no patterns");
        }
        return new Rule(pack + ":" + id, reason, scope, weight, patterns, r.path("maxWords").asInt(0), literals);
    }

    private static String text(String pack, JsonNode r, String field) throws IOException {
        String v = r.path(field).asText("");
        if (v.isBlank()) {
            throw new IOException("rule pack " + pack + ": a rule without " + field);
        }
        return v;
    }
}
