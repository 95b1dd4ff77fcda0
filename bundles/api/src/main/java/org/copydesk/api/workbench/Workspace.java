package org.copydesk.api.workbench;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.copydesk.api.model.Article;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The articles the workbench holds on disk: each with its original bytes, its current version and
 * the history of its edits. View endpoints read and edit articles through it, so their changes
 * can be undone like any other.
 */
@ProviderType
public interface Workspace {
    /** The ids of the articles, newest import first. */
    List<String> ids();

    /** The current version of an article. */
    Optional<Article> article(String id);

    /**
     * Applies an edit and records it in the article's history under {@code label} (shown in the
     * undo list); returns the new version. An unknown id is an {@link IllegalArgumentException}.
     */
    Article edit(String id, String label, UnaryOperator<Article> change);
}
