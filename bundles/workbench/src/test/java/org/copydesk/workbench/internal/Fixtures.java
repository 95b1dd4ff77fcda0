package org.copydesk.workbench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.model.Removal;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.model.TimexType;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.format.json.internal.JsonExporter;
import org.copydesk.format.json.internal.JsonImporter;

/** A small hand-made article and a workspace on the real JSON reader and writer. */
final class Fixtures {
    static final List<String> BODY = List.of(
            "Dockworkers in Rotterdam ended their strike on Monday.",
            "Union leader Anna de Vries said the deal was fair.",
            "Anna de Vries thanked the port workers.");

    private Fixtures() {
    }

    /** A workspace whose warnings fail the test. */
    static WorkspaceStore store(Path root) throws IOException {
        return store(root, w -> {
            throw new AssertionError("warned: " + w);
        });
    }

    static WorkspaceStore store(Path root, java.util.function.Consumer<String> warn) throws IOException {
        return store(root, warn, WorkspaceStore.SNAPSHOT_SETTLE);
    }

    /** A workspace that writes its snapshot of summaries {@code settle} after a change. */
    static WorkspaceStore store(Path root, java.util.function.Consumer<String> warn, java.time.Duration settle) throws IOException {
        return new WorkspaceStore(root, new JsonImporter(), new JsonExporter(), warn, settle);
    }

    static ImportSource source(String name, String text) {
        return new ImportSource(name, text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    /** A mention of the first {@code text} in body paragraph {@code p}. */
    static Mention mention(int p, String text) {
        int at = BODY.get(p).indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(text + " not in paragraph " + p);
        }
        return new Mention(Field.BODY, p, at, at + text.length(), text);
    }

    /**
     * Body of three kept paragraphs with two removals (original positions 1 and 4), three entities
     * (e2 and e3 name one person), one time expression and two timeline entries.
     */
    static Article article(ImportSource from) {
        int monday = BODY.get(0).indexOf("Monday");
        return Article.builder()
                .headline("Port strike ends").standfirst("Dockworkers accept a pay deal").byline("Staff")
                .published(LocalDate.of(2024, 3, 11)).language("en").source(from.source("text", 0))
                .body(BODY)
                .removed(List.of(new Removal("Subscribe to our newsletter", "subscription", "sub-1", "org.copydesk.strip.rules", 1),
                        new Removal("Share this story", "social", "share-1", "org.copydesk.strip.rules", 4)))
                .entities(List.of(new Entity("e1", "Rotterdam", EntityType.LOCATION, List.of(mention(0, "Rotterdam"))),
                        new Entity("e2", "Anna de Vries", EntityType.PERSON, List.of(mention(1, "Anna de Vries"), mention(2, "Anna de Vries"))),
                        new Entity("e3", "de Vries", EntityType.ORGANIZATION, List.of(mention(1, "de Vries")))))
                .times(List.of(new TimeExpression(Field.BODY, 0, monday, monday + 6, "Monday", TimexType.DATE, "2024-03-11")))
                .timeline(List.of(new TimelineEntry("2024-03-11", "Dockworkers ended their strike", 0, List.of("e1")),
                        new TimelineEntry("2024-03-12", "Anna de Vries said the deal was fair", 1, List.of("e2", "e3"))))
                .provenance(List.of(Provenance.ok("import", "org.copydesk.importer.text", "1.0.0", 1.5)))
                .meta("keywords", "port, strike")
                .build();
    }
}
