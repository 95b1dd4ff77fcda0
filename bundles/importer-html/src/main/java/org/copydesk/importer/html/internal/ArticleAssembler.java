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
    /** Characters: a description or teaser in the JSON-LD is shorter than any article body. */
    private static final int MIN_STRUCTURED_BODY = 400;

    private ArticleAssembler() {
    }

    static Article.Builder assemble(List<ContentExtractor.Judged> judged, PageMetadata meta, String bundle) {
        List<String> body = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        String runReason = null;
        String title = meta.headline() == null ? null : PageMetadata.titleKey(meta.headline());
        boolean headlineSeen = false;
        for (ContentExtractor.Judged j : judged) {
            Block b = j.block();
            if (!headlineSeen && b.kind() == Block.Kind.HEADING && PageMetadata.titleKey(b.text()).equals(title)) {
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
        if (structuredBodyWins(body, meta.structuredBody(), removed)) {
            // the page draws its text by script, or shows only part of it; the chrome judged above
            // surrounded a body that is not the one kept, so its removals would place nothing
            return article(meta).body(meta.structuredBody()).meta("bodySource", "json-ld");
        }
        return article(meta).body(body).removed(removed);
    }

    /**
     * The JSON-LD {@code articleBody} replaces the extracted body when it holds at least twice the
     * text and is more than a summary; a body the page shows whole is kept, with its own paragraphs.
     * Behind a paywall the visible teaser is the article and the wall what goes, whatever the
     * structured data hands search engines.
     */
    static boolean structuredBodyWins(List<String> extracted, List<String> structured, List<Removal> removed) {
        int ld = length(structured);
        return ld >= MIN_STRUCTURED_BODY && ld >= 2 * length(extracted)
                && removed.stream().noneMatch(r -> r.reason().equals("paywall"));
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static Article.Builder article(PageMetadata meta) {
        return Article.builder()
                .headline(meta.headline())
                .byline(meta.byline())
                .published(meta.published())
                .url(meta.url())
                .language(meta.language());
    }

    private static Removal removal(StringBuilder text, String reason, String bundle, int position) {
        return new Removal(text.toString(), reason, "html." + reason, bundle, position);
    }
}
