package org.copydesk.entities.gazetteer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.util.converter.Converters;

class GazetteerTaggerComponentTest {
    /** Activated as DS would with no desk settings: the declared defaults, no Copydesk home. */
    private static GazetteerTaggerComponent component() {
        GazetteerTaggerComponent c = new GazetteerTaggerComponent();
        c.activate(mock(BundleContext.class), Converters.standardConverter().convert(Map.of()).to(GazetteerTaggerComponent.Config.class));
        return c;
    }

    @Test
    void listsAndRulesTypeNames() {
        Article a = Article.builder().body(List.of(
                "Officials in Baghdad said John Walker of the Northern Mining Company met Dr Okonkwo and NATO envoys.",
                "Later, Walker flew to the Red Sea with Iraqi police.")).build();
        Map<String, EntityType> got = component().process(a, ProcessContext.defaults()).entities().stream()
                .collect(Collectors.toMap(Entity::name, Entity::type));
        assertEquals(Map.of("Baghdad", EntityType.LOCATION, "John Walker", EntityType.PERSON,
                "Northern Mining Company", EntityType.ORGANIZATION, "Okonkwo", EntityType.PERSON,
                "NATO", EntityType.ORGANIZATION, "Red Sea", EntityType.LOCATION, "Iraqi", EntityType.MISC), got);
    }

    @Test
    void theRulesAfterTheModelTypeTheseNamesToo() {
        // wire copy: a dateline of its own, a score line (whose towns the lists alone call places), a possessive
        Article a = Article.builder().headline("SOCCER - LEAGUE RESULTS").body(List.of(
                "SHEFFIELD 1996-08-30",
                "Results of English league matches on Friday:",
                "Bradford 2 Wimbledon 1",
                "Fans cheered Jordan's King Hussein in the stands.")).build();
        Map<String, EntityType> got = component().process(a, ProcessContext.defaults()).entities().stream()
                .collect(Collectors.toMap(Entity::name, Entity::type));
        assertEquals(EntityType.LOCATION, got.get("SHEFFIELD"), got.toString());
        assertEquals(EntityType.ORGANIZATION, got.get("Bradford"), got.toString());
        assertEquals(EntityType.ORGANIZATION, got.get("Wimbledon"), got.toString());
        assertEquals(EntityType.LOCATION, got.get("Jordan"), got.toString());
        assertEquals(EntityType.PERSON, got.get("Hussein"), got.toString());
    }
}
