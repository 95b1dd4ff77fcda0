package org.copydesk.formats.testkit;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** IPTC's ninjs 3.1 JSON Schema, loaded from the shared copy with GeoJSON mapped to its local file. */
public final class NinjsSchema {
    private final JsonSchema schema;

    public NinjsSchema(Path dir) throws Exception {
        String geojson = dir.resolve("GeoJSON.json").toUri().toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix("https://geojson.org/schema/GeoJSON.json", geojson)));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(dir.resolve("ninjs-schema_3.1.json"))) {
            schema = factory.getSchema(in, config);
        }
    }

    public Set<ValidationMessage> errors(JsonNode doc) {
        return schema.validate(doc);
    }
}
