package org.copydesk.api.stage;

import java.io.IOException;
import java.io.OutputStream;

import org.copydesk.api.model.Article;
import org.osgi.annotation.versioning.ConsumerType;

/** Writes an article in one format. Register with {@link ExporterProperties}. */
@ConsumerType
public interface Exporter {
    /** Service property: the format name used by {@code --format}. */
    String FORMAT = "copydesk.exporter.format";
    /** Service property: the output file extension without the dot. */
    String EXTENSION = "copydesk.exporter.extension";
    /** Service property: the media type of the output. */
    String MEDIA_TYPE = "copydesk.exporter.mediaType";

    /** Writes the article; does not close {@code out}. */
    void write(Article article, OutputStream out) throws IOException;
}
