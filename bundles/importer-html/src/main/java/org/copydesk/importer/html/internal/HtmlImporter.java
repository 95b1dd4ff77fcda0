package org.copydesk.importer.html.internal;

import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.ImporterProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Reads a web page into one article: its main text as the body, chrome as removals. */
@Component(name = HtmlImporter.PID, service = Importer.class)
@ImporterProperties(format = HtmlImporter.FORMAT, extensions = {"html", "htm", "xhtml"},
        mediaTypes = {"text/html", "application/xhtml+xml"})
@Designate(ocd = HtmlImporter.Config.class)
public class HtmlImporter implements Importer {
    static final String PID = "org.copydesk.importer.html";
    static final String FORMAT = "html";
    static final String BUNDLE = "org.copydesk.importer.html";

    @ObjectClassDefinition(name = "Copydesk HTML importer")
    @interface Config {
        @AttributeDefinition(description = "Largest page read, in bytes; larger inputs are refused")
        int maxBytes() default 64 * 1024 * 1024;

        @AttributeDefinition(description = "Most body paragraphs one page may give; a longer page is refused")
        int maxParagraphs() default 20_000;
    }

    private volatile PageExtractor extractor = new PageExtractor(64 * 1024 * 1024, 20_000, BUNDLE);

    @Activate
    @Modified
    void configure(Config config) {
        extractor = new PageExtractor(config.maxBytes(), config.maxParagraphs(), BUNDLE);
    }

    /** How a refusal names the limit it met, and where to raise it. */
    static String howToRaise(String key) {
        return key + " of " + PID + "; raise it in the desk's " + PID + ".config";
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        Article.Builder b;
        try {
            b = extractor.extract(source.content());
        } catch (RuntimeException | StackOverflowError e) {
            // a last guard: one malformed page must fail alone, with a reason, not take the batch down
            throw new ImportException("could not read the page: " + e, e);
        }
        return List.of(b.source(source.source(FORMAT, 0)).build());
    }
}
