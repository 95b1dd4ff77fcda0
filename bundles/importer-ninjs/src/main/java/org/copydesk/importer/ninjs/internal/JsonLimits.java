package org.copydesk.importer.ninjs.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson with bounds fit for news items, and its failures in a reader's words: a constraint
 * failure carries no location, and its own message names Jackson's internals.
 */
final class JsonLimits {
    /** ninjs nests a few levels (associations inside associations); ten times that is no news item. */
    static final int MAX_DEPTH = 100;

    private JsonLimits() {
    }

    static ObjectMapper mapper() {
        return new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());
    }

    static String describe(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.startsWith("Document nesting depth")) {
            return "the JSON nests more than " + MAX_DEPTH + " levels deep, which no news item does";
        }
        if (m.startsWith("String value length")) {
            return String.format("a JSON string is longer than %,d characters", StreamReadConstraints.defaults().getMaxStringLength());
        }
        int from = m.indexOf(" (");
        return "the JSON is too large to read: " + (from < 0 ? m : m.substring(0, from));
    }

    static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
