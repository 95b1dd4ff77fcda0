package org.copydesk.time.tagger.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.stage.ProcessContext;

/** Test helper: tags one body paragraph and renders the result as "text=value" pairs. */
final class Tagging {
    private static final TimeTagger TAGGER = TimeTaggers.withDefaults();

    private Tagging() {
    }

    static List<TimeExpression> times(String text, String published) {
        Article a = Article.builder().body(List.of(text)).published(published == null ? null : LocalDate.parse(published)).build();
        return TAGGER.process(a, ProcessContext.defaults()).times();
    }

    /** "Friday=2019-12-27; four decades=P40Y" */
    static String tag(String text, String published) {
        return times(text, published).stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining("; "));
    }
}
