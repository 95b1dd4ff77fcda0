package org.copydesk.importer.html.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The quality bar on the shared extraction-dev pages: F1 of at least 0.90 on keep/drop
 * snippets. Skipped when the shared data is absent. Run as a main to list the worst pages.
 */
class ExtractionDevSetTest {
    @Test
    void extractionDevF1IsAtLeast090() throws Exception {
        Path dir = DevSet.location();
        Assumptions.assumeTrue(dir != null, "shared/data/extraction-dev not found (set -Dcopydesk.shared): skipped");
        SnippetScore score = run(DevSet.load(dir), 0);
        System.out.println("extraction-dev: " + score);
        assertTrue(score.f1() >= 0.90, "extraction-dev " + score);
    }

    static SnippetScore run(List<DevSet.Page> pages, int showWorst) {
        HtmlImporter importer = new HtmlImporter();
        SnippetScore score = new SnippetScore();
        List<String> worst = new ArrayList<>();
        for (DevSet.Page p : pages) {
            List<String> body;
            try {
                Article a = importer.read(new ImportSource(p.id() + ".html", p.html(), "text/html")).get(0);
                body = a.body();
            } catch (ImportException e) {
                body = List.of();
            }
            int errors = score.add(body, p.keep(), p.drop());
            if (errors > 0) {
                worst.add(errors + " " + p.id());
            }
        }
        worst.sort((a, b) -> Integer.parseInt(b.split(" ")[0]) - Integer.parseInt(a.split(" ")[0]));
        worst.stream().limit(showWorst).forEach(System.out::println);
        return score;
    }

    public static void main(String[] args) throws Exception {
        Path dir = DevSet.location();
        if (dir == null) {
            System.err.println("no extraction-dev data; pass -Dcopydesk.shared=/path/to/shared");
            return;
        }
        System.out.println(run(DevSet.load(dir), args.length > 0 ? Integer.parseInt(args[0]) : 20));
    }
}
