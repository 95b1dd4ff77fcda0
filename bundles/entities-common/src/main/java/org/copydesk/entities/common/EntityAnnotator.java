package org.copydesk.entities.common;

import java.nio.file.Path;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;

/**
 * The part of an entity stage that does not depend on how names are found: cut the article into
 * sentences, ask the finder, link the spans into entities, and put them on the article.
 */
public final class EntityAnnotator {
    private final NameFinder finder;
    private final GazetteerStore gazetteers;
    private final MentionLinker linker;

    public EntityAnnotator(NameFinder finder, Path deskDir, boolean propagate) {
        this.finder = finder;
        this.gazetteers = new GazetteerStore(deskDir);
        this.linker = new MentionLinker(propagate);
    }

    /** Loads the lists, the word list and the finder's model now rather than on the first article. */
    public void prepare() {
        finder.prepare();
        gazetteers.current();
        CommonWords.contains("a");
    }

    public Article annotate(Article article) {
        Document doc = Document.of(article);
        Gazetteer g = gazetteers.current();
        List<Entity> entities = linker.link(doc, finder.find(doc, g), g);
        return article.toBuilder().entities(entities).build();
    }
}
