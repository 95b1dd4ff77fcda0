package org.copydesk.formats;

import java.util.Map;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;

/**
 * Entity markup in HTML: {@code <span class="entity person" data-name="...">mention</span>}, every
 * piece of text escaped. The ninjs HTML body and the reading page use it; the ninjs importer reads it back.
 */
public final class HtmlMarkup {
    public static final String ENTITY_CLASS = "entity";
    public static final String NAME_ATTRIBUTE = "data-name";

    private static final Map<String, EntityType> TYPES = Map.of("person", EntityType.PERSON,
            "organisation", EntityType.ORGANIZATION, "place", EntityType.LOCATION, "misc", EntityType.MISC);

    private HtmlMarkup() {
    }

    /** The CSS class of an entity type. */
    public static String cssClass(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "organisation";
            case LOCATION -> "place";
            case MISC -> "misc";
        };
    }

    /** The entity type a CSS class names, or null. */
    public static EntityType type(String cssClass) {
        return TYPES.get(cssClass);
    }

    /** The escaped HTML of one field (one body paragraph), mentions wrapped in entity spans. */
    public static String inline(Article article, Field field, int paragraph) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : Segments.of(article, field, paragraph)) {
            if (s.entity() == null) {
                sb.append(Html.escape(s.text()));
            } else {
                sb.append("<span class=\"").append(ENTITY_CLASS).append(' ').append(cssClass(s.entity().type()))
                        .append("\" ").append(NAME_ATTRIBUTE).append("=\"").append(Html.escape(s.entity().name()))
                        .append("\">").append(Html.escape(s.text())).append("</span>");
            }
        }
        return sb.toString();
    }

    /** Whether a field has any mention to mark. */
    public static boolean hasMentions(Article article, Field field, int paragraph) {
        return Segments.of(article, field, paragraph).stream().anyMatch(s -> s.entity() != null);
    }
}
