package org.copydesk.api.stage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;

/**
 * A pipeline for tests of the services that call one: it runs no stage (each article comes back as it
 * went in), offers no services, and refuses to read or write. A test overrides the part it exercises.
 */
public class PipelineStub implements Pipeline {
    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        throw new UnsupportedOperationException("this test's pipeline reads nothing: " + source.fileName());
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        return article;
    }

    @Override
    public List<Article> run(ImportSource source, ProcessContext context) throws ImportException {
        List<Article> out = new ArrayList<>();
        for (Article article : read(source)) {
            out.add(process(article, context));
        }
        return out;
    }

    @Override
    public void write(Article article, String format, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("this test's pipeline writes no " + format);
    }

    @Override
    public String extension(String format) {
        return format;
    }

    @Override
    public List<ServiceInfo> stages() {
        return List.of();
    }

    @Override
    public List<ServiceInfo> importers() {
        return List.of();
    }

    @Override
    public List<ServiceInfo> exporters() {
        return List.of();
    }
}
