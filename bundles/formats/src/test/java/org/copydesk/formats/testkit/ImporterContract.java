package org.copydesk.formats.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;

/**
 * What every importer promises for any input: {@code accepts} answers without throwing, and
 * {@code read} gives at least one article or an {@link ImportException} whose message is one line
 * in a reader's words. Any other exception or error escapes, so a fuzzer or a test sees it.
 */
public final class ImporterContract {
    /**
     * What a message in a reader's words never holds: a qualified class name ({@code java.lang.Foo}, as
     * in any stack frame) or an exception's name before its message ({@code FooException: ...}). A parser
     * may quote the input, so a bare word such as {@code 'Exception'} or a tab before "at " proves
     * nothing: the fuzzer found both.
     */
    private static final Pattern CODE = Pattern.compile("(?:\\b[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|\\b\\w+(?:Exception|Error): ");

    private ImporterContract() {
    }

    /** Checks the promise on one input; returns the articles, or null when the importer refused it. */
    public static List<Article> readsOrRefuses(Importer importer, ImportSource source) {
        importer.accepts(source);
        try {
            List<Article> articles = importer.read(source);
            assertNotNull(articles, source.fileName());
            assertFalse(articles.isEmpty(), source.fileName() + ": an empty list instead of an ImportException");
            return articles;
        } catch (ImportException e) {
            String m = e.getMessage();
            assertTrue(m != null && !m.isBlank(), source.fileName() + ": an ImportException without a message");
            assertFalse(m.contains("\n") || m.contains("\r"), source.fileName() + ": a message of several lines: " + m);
            assertFalse(CODE.matcher(m).find(), source.fileName() + ": a message naming code: " + m);
            return null;
        }
    }
}
