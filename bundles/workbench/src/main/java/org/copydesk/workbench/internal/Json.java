package org.copydesk.workbench.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** JSON in and out of the workbench's endpoints; an error is {@code {"error": "..."}} with its status. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Requests larger than this are refused: an edit or a setting is never this big. */
    private static final int MAX_BODY = 8 << 20;

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static JsonNode read(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY) {
            throw new Failure(413, "the request is larger than " + (MAX_BODY >> 20) + " MB");
        }
        byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new Failure(413, "the request is larger than " + (MAX_BODY >> 20) + " MB");
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || !n.isObject()) {
                throw new Failure(400, "the request body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Failure(400, "the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    static void send(HttpServletResponse resp, int status, JsonNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        MAPPER.writeValue(resp.getOutputStream(), body);
    }

    static void send(HttpServletResponse resp, JsonNode body) throws IOException {
        send(resp, 200, body);
    }

    static void fail(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, object().put("error", message));
    }

    /** A request an endpoint refuses, with the HTTP status, what to tell the editor and the field at fault. */
    static final class Failure extends IllegalArgumentException {
        final int status;
        final String field;

        Failure(int status, String message) {
            this(status, message, null);
        }

        Failure(int status, String message, String field) {
            super(message);
            this.status = status;
            this.field = field;
        }

        ObjectNode json() {
            ObjectNode o = object().put("error", getMessage());
            if (field != null) {
                o.put("field", field);
            }
            return o;
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isTextual()) {
            throw new Failure(400, "'" + field + "' is missing or not text", field);
        }
        return n.asText();
    }

    static int integer(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.canConvertToInt()) {
            throw new Failure(400, "'" + field + "' is missing or not a number", field);
        }
        return n.asInt();
    }
}
