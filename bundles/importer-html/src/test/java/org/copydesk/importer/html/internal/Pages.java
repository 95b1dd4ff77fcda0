package org.copydesk.importer.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;

/** Test helper: runs the importer, as DS would activate it with no configuration, on fixtures or bytes. */
final class Pages {
    private Pages() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article read(String name, byte[] bytes) throws ImportException {
        return new HtmlImporter().read(new ImportSource(name, bytes, "text/html")).get(0);
    }

    static Article read(String fixture) throws ImportException {
        return read(fixture, fixture(fixture));
    }
}
