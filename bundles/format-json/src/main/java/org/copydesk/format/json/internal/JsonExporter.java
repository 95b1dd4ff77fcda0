package org.copydesk.format.json.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ExporterProperties;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes the article JSON contract, pretty-printed UTF-8. */
@Component(name = "org.copydesk.format.json.exporter", service = Exporter.class)
@ExporterProperties(format = "json", extension = "json", mediaType = "application/json")
public final class JsonExporter implements Exporter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        MAPPER.writeValue(out, ArticleJson.toJson(article));
        out.write('\n');
    }
}
