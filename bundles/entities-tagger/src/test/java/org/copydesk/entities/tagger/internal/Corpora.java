package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.entities.common.Document;

/** CoNLL dev files as the articles score-ner.py feeds the CLI, for the bench outside this package. */
public final class Corpora {
    private Corpora() {
    }

    public static List<Article> articles(Path conll) throws IOException {
        return ConllReader.read(conll).stream().map(LabelledDocument::article).toList();
    }

    public static int tokens(Article a) {
        return Document.of(a).units().stream().mapToInt(u -> u.size()).sum();
    }
}
