package org.copydesk.importer.html.internal;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;

/**
 * Turns judged blocks into body paragraphs and removals. Consecutive dropped blocks with the same
 * reason become one removal (a menu is one block to restore, not forty), placed at its original
 * position among kept and removed blocks.
 */
final class ArticleAssembler {
    private ArticleAssembler() {
    }

    static Article.Builder assemble(List<ContentExtractor.Judged> judged, PageMetadata meta, String bundle) {
        List<String> body = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String runReason = null;
        boolean headlineSeen = false;
        for (ContentExtractor.Judged j : judged) {
            Block b = j.block();
            if (!headlineSeen && b.kind() == Block.Kind.HEADING && b.text().equals(meta.headline())) {
                // the headline has its own field; keeping it in the body would repeat it
                headlineSeen = true;
                continue;
            }
            if (j.kept()) {
                if (runReason != null) {
                    removed.add(removal(run, runReason, bundle, body.size() + removed.size()));
                    runReason = null;
                }
                body.add(b.text());
            } else {
                if (runReason != null && !runReason.equals(j.reason())) {
                    removed.add(removal(run, runReason, bundle, body.size() + removed.size()));
                    runReason = null;
                }
                if (runReason == null) {
                    run.setLength(0);
                    runReason = j.reason();
                } else {
                    run.append('\n');
                }
                run.append(b.text());
            }
        }
        if (runReason != null) {
            removed.add(removal(run, runReason, bundle, body.size() + removed.size()));
        }
        return Article.builder()
                .headline(meta.headline())
                .byline(meta.byline())
                .published(meta.published())
                .url(meta.url())
                .language(meta.language())
                .body(body)
                .removed(removed);
    }

    private static Removal removal(StringBuilder text, String reason, String bundle, int position) {
        return new Removal(text.toString(), reason, "html." + reason, bundle, position);
    }
}
