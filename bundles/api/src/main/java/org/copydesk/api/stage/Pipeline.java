package org.copydesk.api.stage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.copydesk.api.model.Article;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Strings importers, stages and exporters together as the service registry offers them now: a stage
 * installed or stopped changes what the next article gets, with no restart.
 */
@ProviderType
public interface Pipeline {
    /** Reads an input with the importer registered for its extension or media type. */
    List<Article> read(ImportSource source) throws ImportException;

    /**
     * Runs every stage on the article in order. A stage that fails or times out is skipped for this
     * article and recorded in its provenance; this method does not throw for it.
     */
    Article process(Article article, ProcessContext context);

    /** {@link #read} then {@link #process} for each article of the input. */
    List<Article> run(ImportSource source, ProcessContext context) throws ImportException;

    /** Writes an article in a format; an unknown format is an {@link IllegalArgumentException}. */
    void write(Article article, String format, OutputStream out) throws IOException;

    /** The file extension of a format's output, e.g. {@code md} for {@code markdown}. */
    String extension(String format);

    /** The stage slots that would run now, in order, and the services serving them. */
    List<ServiceInfo> stages();

    /** The importers on offer. */
    List<ServiceInfo> importers();

    /** The exporters on offer. */
    List<ServiceInfo> exporters();
}
