package org.copydesk.importer.text.internal;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.ImporterProperties;
import org.osgi.service.component.annotations.Component;

/**
 * Plain text in the shape copy is pasted in: the first non-blank line is the headline, the second the
 * standfirst, then one paragraph per line. Blank lines separate nothing and are dropped.
 */
@Component(name = "org.copydesk.importer.text", service = Importer.class)
@ImporterProperties(format = "text", extensions = {"txt", "text"}, mediaTypes = "text/plain")
public final class TextImporter implements Importer {
    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        String text = TextDecoder.decode(source.content());
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            String clean = line.strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        if (lines.isEmpty()) {
            throw new ImportException("no text in it, only white space");
        }
        Article.Builder b = Article.builder().source(source.source("text", 0)).headline(lines.get(0));
        if (lines.size() > 1) {
            b.standfirst(lines.get(1));
        }
        return List.of(b.body(lines.size() > 2 ? lines.subList(2, lines.size()) : List.of()).build());
    }
}
