package org.copydesk.formats;

import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.model.Article;

/**
 * What a NITF element holds for an article; entities went to the reader's {@link EntityCollector}.
 * Absent parts are null (the body list is never null).
 */
public record NitfDocument(String title, String headline, String byline, String standfirst, List<String> body,
                           LocalDate issued, String language, String docId) {
    public NitfDocument {
        body = List.copyOf(body);
    }

    /** Whether there is anything to make an article of. */
    public boolean isEmpty() {
        return headline == null && title == null && body.isEmpty();
    }

    /** An article builder with these parts (the hl1 headline, else the head title) and the collected entities. */
    public Article.Builder toArticle(EntityCollector entities) {
        return Article.builder().headline(headline != null ? headline : title).standfirst(standfirst).byline(byline)
                .published(issued).language(language).body(body).entities(entities.entities());
    }
}
