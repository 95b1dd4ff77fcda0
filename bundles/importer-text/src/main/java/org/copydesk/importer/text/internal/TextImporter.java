package org.copydesk.importer.text.internal;

import java.util.ArrayList;
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

/**
 * Plain text in the shape copy is pasted in: the first non-blank line is the headline, the second the
 * standfirst, then one paragraph per line. Blank lines separate nothing and are dropped. Lines are
 * taken as they are decoded, and a text over its limits is refused as soon as it crosses one.
 */
@Component(name = TextImporter.PID, service = Importer.class)
@ImporterProperties(format = "text", extensions = {"txt", "text"}, mediaTypes = "text/plain")
@Designate(ocd = TextImporter.Config.class)
public final class TextImporter implements Importer {
    static final String PID = "org.copydesk.importer.text";

    @ObjectClassDefinition(name = "Copydesk plain-text importer")
    @interface Config {
        @AttributeDefinition(description = "Largest text read, in bytes; larger inputs are refused")
        int maxBytes() default 64 * 1024 * 1024;

        @AttributeDefinition(description = "Most body paragraphs (non-blank lines after the headline and standfirst);"
                + " a longer text is refused")
        int maxParagraphs() default 20_000;
    }

    /** The settings, read once per configuration: a DS configuration object answers each call by reflection. */
    private record Limits(int maxBytes, int maxParagraphs) {
    }

    private volatile Limits limits;

    @Activate
    public TextImporter(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        limits = new Limits(config.maxBytes(), config.maxParagraphs());
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        Limits c = limits;
        if (source.content().length > c.maxBytes()) {
            throw new ImportException(String.format("%,d bytes is over the limit of %,d (%s)",
                    source.content().length, c.maxBytes(), howToRaise("maxBytes")));
        }
        List<String> lines = new ArrayList<>();
        TextDecoder.read(source.content(), line -> {
            String clean = line.toString().strip();
            if (clean.isEmpty()) {
                return;
            }
            if (lines.size() - 2 >= c.maxParagraphs()) {
                throw new ImportException(String.format("more than %,d paragraphs, the limit (%s)",
                        c.maxParagraphs(), howToRaise("maxParagraphs")));
            }
            lines.add(clean);
        });
        if (lines.isEmpty()) {
            throw new ImportException("no text in it, only white space");
        }
        Article.Builder b = Article.builder().source(source.source("text", 0)).headline(lines.get(0));
        if (lines.size() > 1) {
            b.standfirst(lines.get(1));
        }
        return List.of(b.body(lines.size() > 2 ? lines.subList(2, lines.size()) : List.of()).build());
    }

    private static String howToRaise(String key) {
        return key + " of " + PID + "; raise it in the desk's " + PID + ".config";
    }
}
