package org.copydesk.launcher.it.tagger;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.stage.EntityTagger;
import org.copydesk.api.stage.ProcessContext;

/**
 * A stand-in entity tagger that the runtime test installs while the runtime runs: it tags the
 * headline's first word as MISC, which no real tagger would, so its work is recognisable.
 */
public final class ShoutingTagger implements EntityTagger {
    @Override
    public Article process(Article article, ProcessContext context) {
        String h = article.headline() == null ? "" : article.headline();
        int end = h.indexOf(' ');
        end = end < 0 ? h.length() : end;
        List<Entity> entities = new ArrayList<>();
        if (end > 0) {
            entities.add(new Entity("e1", h.substring(0, end).toUpperCase(), EntityType.MISC,
                    List.of(new Mention(Field.HEADLINE, 0, 0, end, h.substring(0, end)))));
        }
        return article.toBuilder().entities(entities).build();
    }
}
