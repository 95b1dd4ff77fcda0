package org.copydesk.workbench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.stage.ImportSource;

/**
 * A workspace of many made-up articles, made through the workspace's own {@code add} (so on disk
 * exactly as imports leave it): a desk's year of copy for the list bench.
 * {@code java -cp ... org.copydesk.workbench.internal.WorkspaceGenerator FOLDER [N]}.
 */
final class WorkspaceGenerator {
    private static final String[] TOWNS = {"Leiden", "Utrecht", "Delft", "Gouda", "Breda", "Rotterdam", "Antwerp", "Hamburg", "Lyon", "Turin"};
    private static final String[] PEOPLE = {"Anna Smit", "Marta Jansen", "Peter de Vries", "Femke Halsema", "Jan Bakker", "Sofia Rossi",
        "Luc Dubois", "Eva Meyer", "Tom Visser", "Ines Costa"};
    private static final String[] TOPICS = {"budget", "strike", "flood", "election", "housing", "port", "school", "hospital", "tram", "festival"};
    private static final String[] VERBS = {"agreed", "delayed", "approved", "rejected", "debated", "announced"};

    private WorkspaceGenerator() {
    }

    static void generate(Path root, int n) throws IOException {
        WorkspaceStore store = Fixtures.store(root);
        Random r = new Random(42);
        for (int i = 0; i < n; i++) {
            String town = TOWNS[r.nextInt(TOWNS.length)];
            String person = PEOPLE[r.nextInt(PEOPLE.length)];
            String headline = town + " " + TOPICS[r.nextInt(TOPICS.length)] + " " + VERBS[r.nextInt(VERBS.length)];
            String p0 = "The council of " + town + " met on Monday, said " + person + ".";
            String p1 = person + " said the plan would be ready next year.";
            ImportSource source = new ImportSource("story-" + i + ".txt", (headline + "\n\n" + p0 + "\n\n" + p1 + "\n").getBytes(StandardCharsets.UTF_8), "text/plain");
            List<Entity> entities = new ArrayList<>();
            entities.add(new Entity("e1", town, EntityType.LOCATION, List.of(mention(p0, 0, town))));
            entities.add(new Entity("e2", person, EntityType.PERSON, List.of(mention(p0, 0, person), mention(p1, 1, person))));
            Article a = Article.builder().headline(headline).body(List.of(p0, p1)).entities(entities)
                    .published(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366))).source(source.source("text", 0)).build();
            store.add(source, List.of(a));
        }
    }

    private static Mention mention(String paragraph, int p, String text) {
        int at = paragraph.indexOf(text);
        return new Mention(Field.BODY, p, at, at + text.length(), text);
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long t0 = System.nanoTime();
        generate(Path.of(args[0]), n);
        System.out.printf("%d articles in %s in %.1f s%n", n, args[0], (System.nanoTime() - t0) / 1e9);
    }
}
