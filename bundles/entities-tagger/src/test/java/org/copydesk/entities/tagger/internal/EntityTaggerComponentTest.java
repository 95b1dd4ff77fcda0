package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityTaggerComponentTest {
    private static Article article() {
        return Article.builder().headline("Merkel meets Macron in Berlin")
                .body(List.of("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.",
                        "Mrs Merkel said the European Union must act.")).build();
    }

    private static Entity named(Article a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + a.entities()));
    }

    @Test
    void tagsPeoplePlacesAndOrganisationsAcrossFields() {
        Article out = TestConfigs.tagger(true).process(article(), ProcessContext.defaults());
        Entity merkel = named(out, "Angela Merkel");
        assertEquals(EntityType.PERSON, merkel.type());
        assertEquals(List.of("Merkel", "Angela Merkel", "Mrs Merkel"), merkel.mentions().stream().map(m -> m.text()).toList());
        assertEquals(Field.HEADLINE, merkel.mentions().get(0).field());
        assertEquals(EntityType.LOCATION, named(out, "Berlin").type());
        assertEquals(EntityType.ORGANIZATION, named(out, "European Union").type());
        assertEquals(EntityType.MISC, named(out, "French").type());
        assertTrue(out.entities().stream().noneMatch(e -> e.name().startsWith("Chancellor") || e.name().startsWith("President")));
    }

    @Test
    void shoutedHeadlinesAreReadLikeOrdinaryText() {
        Article a = Article.builder().headline("RUGBY - FRANCE BEAT WALES IN PARIS")
                .body(List.of("France won by ten points.")).build();
        Article out = TestConfigs.tagger(true).process(a, ProcessContext.defaults());
        assertEquals(EntityType.LOCATION, named(out, "FRANCE").type());
        assertEquals(EntityType.LOCATION, named(out, "PARIS").type());
        assertTrue(out.entities().stream().noneMatch(e -> e.name().equals("RUGBY") || e.name().equals("BEAT")));
    }

    @Test
    void aTownHeadingAScoreIsTheClubACountryStaysAPlace() {
        Article a = Article.builder().body(List.of("Results of English league matches on Saturday :", "LEEDS 1 WIMBLEDON 0",
                "Bradford City 2 Oldham 1", "Arsenal 4 2 1 1 7 4 7", "Japan 2 Syria 1")).build();
        Article out = TestConfigs.tagger(true).process(a, ProcessContext.defaults());
        for (String club : List.of("LEEDS", "WIMBLEDON", "Bradford City", "Oldham", "Arsenal")) {
            assertEquals(EntityType.ORGANIZATION, named(out, club).type(), club);
        }
        assertEquals(EntityType.LOCATION, named(out, "Japan").type());
        assertEquals(EntityType.LOCATION, named(out, "Syria").type());
        Article prose = Article.builder().body(List.of("Leeds is a city in Yorkshire .")).build();
        assertEquals(EntityType.LOCATION, named(TestConfigs.tagger(true).process(prose, ProcessContext.defaults()), "Leeds").type(),
                "the town in ordinary prose is a place");
    }

    @Test
    void onASportsPageATownNamedAsASideIsTheClub() {
        List<String> body = List.of("MUNICH 1996-09-14", "Hamburg held Bayern Munich to a 1-1 draw on Saturday, and Freiburg lost to"
                + " Borussia Dortmund.", "Spain beat Italy in Barcelona, where the fans had travelled from Leipzig.");
        Article out = TestConfigs.tagger(true).process(Article.builder().headline("SOCCER - GERMAN LEAGUE RESULTS").body(body).build(),
                ProcessContext.defaults());
        for (String club : List.of("Hamburg", "Freiburg")) {
            assertEquals(EntityType.ORGANIZATION, named(out, club).type(), club);
        }
        for (String place : List.of("MUNICH", "Italy", "Barcelona", "Leipzig")) {
            assertEquals(EntityType.LOCATION, named(out, place).type(), place);
        }
        // the same prose on a page that is not about sport: the towns are places
        Article news = TestConfigs.tagger(true).process(Article.builder().headline("German towns").body(body.subList(1, 3)).build(),
                ProcessContext.defaults());
        assertEquals(EntityType.LOCATION, named(news, "Hamburg").type());
    }

    @Test
    void aDatelinesPlaceIsAPlaceAShoutedTopicIsNot() {
        Article a = Article.builder().body(List.of("SOCCER - BRADFORD BEAT WIMBLEDON", "LEEDS 1996-08-30",
                "SAN JOSE , Calif . 1996-08-22", "Qwerton, Aug 30 (Reuters) - Shares rose on Friday.",
                "BEIRUT (AFP) - The talks went on.", "Hill (right) with fellow candidates.", "Saturday, October 19, 2013")).build();
        Article out = TestConfigs.tagger(true).process(a, ProcessContext.defaults());
        for (String place : List.of("LEEDS", "SAN JOSE", "Calif", "Qwerton", "BEIRUT")) {
            assertEquals(EntityType.LOCATION, named(out, place).type(), place);
        }
        assertTrue(out.entities().stream().noneMatch(e -> e.name().equals("SOCCER") || e.name().equals("Reuters") && e.type() == EntityType.LOCATION));
        assertTrue(out.entities().stream().noneMatch(e -> e.name().equals("Hill") && e.type() == EntityType.LOCATION));
        assertTrue(out.entities().stream().noneMatch(e -> e.name().equals("Saturday")));
    }

    @Test
    void aDatelineOnALineOfItsOwnIsAPlaceWhenTheListsKnowIt() {
        Article a = Article.builder().headline("Festival opens with a record crowd")
                .body(List.of("GLASGOW", "The festival opened on Thursday with a record crowd.", "NEW YORK",
                        "Rain fell all day.", "DURBAN , South Africa", "Ships waited offshore.", "BREAKING NEWS", "Stocks fell.",
                        "KENYA , UGANDA SIGN RAIL DEAL"))
                .build();
        Article out = TestConfigs.tagger(true).process(a, ProcessContext.defaults());
        for (String place : List.of("GLASGOW", "NEW YORK", "DURBAN", "South Africa")) {
            assertEquals(EntityType.LOCATION, named(out, place).type(), place);
        }
        assertTrue(out.entities().stream().noneMatch(e -> e.name().contains("BREAKING") || e.name().contains("NEWS")));
        // a shouted headline that opens with a place is no dateline: its other words are no place
        assertTrue(out.entities().stream().noneMatch(e -> e.name().contains("SIGN") || e.name().contains("DEAL")));
    }

    @Test
    void deskListsTypeNamesTheModelMisses(@TempDir Path desk) throws IOException {
        Article a = Article.builder().body(List.of("Shares of Qwzy rose.")).build();
        Files.writeString(desk.resolve("organizations.txt"), "Qwzy\n");
        Article out = TestConfigs.activate(new EntityTaggerComponent(), Map.of("gazetteer.folder", desk.toString()))
                .process(a, ProcessContext.defaults());
        assertEquals(EntityType.ORGANIZATION, named(out, "Qwzy").type());
    }
}
