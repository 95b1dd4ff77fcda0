package org.copydesk.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.Pipeline;

/**
 * The articles of one input rendered in every format asked for, named as {@code copydesk process}
 * names its files: the input's base name, with -001, -002 ... when the input holds several. Shared by
 * the process command and the input processor, so both give the same bytes for the same input.
 */
final class Rendering {
    private Rendering() {
    }

    /** One article: the base name of its files and its rendering per format, in the order asked. */
    record Rendered(String name, Article article, Map<String, byte[]> files) {
    }

    /** Renders everything first: a failing exporter leaves no output of the input behind. */
    static List<Rendered> render(Pipeline pipeline, String baseName, List<Article> articles, List<String> formats)
            throws IOException {
        List<Rendered> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            String name = articles.size() == 1 ? baseName : String.format("%s-%03d", baseName, i + 1);
            out.add(new Rendered(name, articles.get(i), render(pipeline, articles.get(i), formats)));
        }
        return out;
    }

    private static Map<String, byte[]> render(Pipeline pipeline, Article a, List<String> formats) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : formats) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
            pipeline.write(a, f, buf);
            files.put(f, buf.toByteArray());
        }
        return files;
    }
}
