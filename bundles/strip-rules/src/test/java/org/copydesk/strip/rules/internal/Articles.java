package org.copydesk.strip.rules.internal;

import java.util.List;
import org.copydesk.api.model.Article;

/** Builds test articles. */
final class Articles {
    private Articles() {
    }

    static Article of(List<String> body) {
        return Article.builder().headline("A headline").body(body).build();
    }
}
