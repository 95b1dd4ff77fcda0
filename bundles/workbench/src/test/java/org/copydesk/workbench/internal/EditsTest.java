package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.Removal;
import org.copydesk.api.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class EditsTest {
    private final Article article = Fixtures.article(Fixtures.source("strike.txt", "x"));

    private static JsonNode op(String json) throws Exception {
        return Json.MAPPER.readTree(json.replace('\'', '"'));
    }

    private Article apply(String json) throws Exception {
        return Edits.of(op(json)).change().apply(article);
    }

    private Json.Failure refused(String json) throws Exception {
        JsonNode op = op(json);
        return assertThrows(Json.Failure.class, () -> Edits.of(op).change().apply(article), json);
    }

    private static List<String> ids(Article a) {
        return a.entities().stream().map(Entity::id).toList();
    }

    @Test
    void restorePutsOneRemovalBackWhereItStood() throws Exception {
        Edits.Edit e = Edits.of(op("{'op':'restore','removal':'r1'}"));
        assertEquals("restore r1", e.label());
        Article a = e.change().apply(article);
        assertEquals(List.of(Fixtures.BODY.get(0), "Subscribe to our newsletter", Fixtures.BODY.get(1), Fixtures.BODY.get(2)), a.body());
        assertEquals(List.of("r4"), a.removed().stream().map(Removal::id).toList());
        assertEquals(List.of(2, 3), a.entity("e2").orElseThrow().mentions().stream().map(Mention::paragraph).toList(),
                "mentions after the restored block move down");
    }

    @Test
    void restoreReasonPutsBackEveryRemovalOfThatReason() throws Exception {
        Edits.Edit e = Edits.of(op("{'op':'restoreReason','reason':'social'}"));
        assertEquals("restore every 'social'", e.label());
        Article a = e.change().apply(article);
        assertEquals("Share this story", a.body().get(3));
        assertEquals(List.of("subscription"), a.removed().stream().map(Removal::reason).toList());
    }

    @Test
    void mergeFoldsOneEntityIntoTheOther() throws Exception {
        Article a = apply("{'op':'mergeEntities','keep':'e2','merged':'e3'}");
        assertEquals(List.of("e1", "e2"), ids(a));
        Entity kept = a.entity("e2").orElseThrow();
        assertEquals("Anna de Vries", kept.name());
        assertEquals(List.of("Anna de Vries", "de Vries", "Anna de Vries"), kept.mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("e2"), a.timeline().get(1).entities());
    }

    @Test
    void renameStripsTheNameAndRefusesABlankOne() throws Exception {
        assertEquals("Port of Rotterdam", apply("{'op':'renameEntity','entity':'e1','name':'  Port of Rotterdam '}")
                .entity("e1").orElseThrow().name());
        Json.Failure f = refused("{'op':'renameEntity','entity':'e1','name':'   '}");
        assertEquals(400, f.status);
        assertEquals("'name' must not be empty", f.getMessage());
    }

    @Test
    void retypeTakesAnyCaseAndRefusesAnUnknownType() throws Exception {
        assertEquals(EntityType.PERSON, apply("{'op':'retypeEntity','entity':'e3','type':'person'}").entity("e3").orElseThrow().type());
        Json.Failure f = refused("{'op':'retypeEntity','entity':'e3','type':'animal'}");
        assertEquals(400, f.status);
        assertTrue(f.getMessage().contains("unknown entity type 'animal'"), f.getMessage());
    }

    @Test
    void removeDeletesTheEntityAndTheTimelineForgetsIt() throws Exception {
        Edits.Edit e = Edits.of(op("{'op':'removeEntity','entity':'e3'}"));
        assertEquals("delete entity", e.label());
        Article a = e.change().apply(article);
        assertEquals(List.of("e1", "e2"), ids(a));
        assertEquals(List.of("e2"), a.timeline().get(1).entities());
    }

    @Test
    void splitMovesTheNamedMentionsToANewEntity() throws Exception {
        Article a = apply("{'op':'splitEntity','entity':'e2','mentions':[1],'name':'Anna de Vries Sr','type':'PERSON'}");
        assertEquals(List.of("e1", "e2", "e3", "e4"), ids(a));
        assertEquals(List.of(1), a.entity("e2").orElseThrow().mentions().stream().map(Mention::paragraph).toList());
        Entity split = a.entity("e4").orElseThrow();
        assertEquals("Anna de Vries Sr", split.name());
        assertEquals(List.of(2), split.mentions().stream().map(Mention::paragraph).toList());
        assertEquals(400, refused("{'op':'splitEntity','entity':'e2','mentions':[],'name':'x','type':'PERSON'}").status);
    }

    @Test
    void correctTimelineChangesTheDateKeepsTheOrderAndMarksTheTimeline() throws Exception {
        Article a = apply("{'op':'correctTimeline','index':1,'date':' 2024-03-10 '}");
        assertEquals(List.of("2024-03-10", "2024-03-11"), a.timeline().stream().map(TimelineEntry::date).toList());
        assertEquals("Anna de Vries said the deal was fair", a.timeline().get(0).text(), "the text is kept when not given");
        assertEquals("true", a.metadata().get(Article.TIMELINE_EDITED));
        Article t = apply("{'op':'correctTimeline','index':0,'text':'The strike ended'}");
        assertEquals("The strike ended", t.timeline().get(0).text());
        assertEquals("2024-03-11", t.timeline().get(0).date());
        for (String bad : List.of("March 10", "2024-13-01", "2024-02-32", "24-03-10")) {
            Json.Failure f = refused("{'op':'correctTimeline','index':0,'date':'" + bad + "'}");
            assertEquals(400, f.status, bad);
            assertTrue(f.getMessage().contains("is not a date"), f.getMessage());
        }
    }

    @Test
    void dropTimelineRemovesOneEntry() throws Exception {
        Article a = apply("{'op':'dropTimeline','index':0}");
        assertEquals(List.of("2024-03-12"), a.timeline().stream().map(TimelineEntry::date).toList());
        assertEquals("true", a.metadata().get(Article.TIMELINE_EDITED));
    }

    @Test
    void textReplacesHeadlineStandfirstAndBodyAndDropsBlankParagraphs() throws Exception {
        Article a = apply("{'op':'text','headline':'Strike over','standfirst':null,'body':['"
                + Fixtures.BODY.get(0) + "','  ','" + Fixtures.BODY.get(2) + "']}");
        assertEquals("Strike over", a.headline());
        assertNull(a.standfirst());
        assertEquals(List.of(Fixtures.BODY.get(0), Fixtures.BODY.get(2)), a.body());
        assertEquals(List.of("e1", "e2"), ids(a), "e3's only mention stood in the paragraph that went");
        assertEquals(List.of(1), a.entity("e2").orElseThrow().mentions().stream().map(Mention::paragraph).toList());
        assertEquals("'body' must be a list of paragraphs", refused("{'op':'text','headline':'x','body':'one'}").getMessage());
    }

    @Test
    void anIdOrIndexTheArticleDoesNotHaveIsABadArgumentThatNamesIt() throws Exception {
        JsonNode rename = op("{'op':'renameEntity','entity':'e9','name':'x'}");
        assertEquals("the article has no entity e9",
                assertThrows(IllegalArgumentException.class, () -> Edits.of(rename).change().apply(article)).getMessage());
        JsonNode drop = op("{'op':'dropTimeline','index':5}");
        assertEquals("the timeline has no entry 5: it has 2 entries, numbered from 0",
                assertThrows(IllegalArgumentException.class, () -> Edits.of(drop).change().apply(article)).getMessage());
        assertEquals("timeline entries are numbered from 0, not -1",
                assertThrows(IllegalArgumentException.class, () -> Edits.of(op("{'op':'dropTimeline','index':-1}"))).getMessage(),
                "refused before any article is touched");
    }

    @Test
    void anUnknownOrMissingOpIsRefused() throws Exception {
        Json.Failure f = refused("{'op':'frobnicate'}");
        assertEquals(400, f.status);
        assertEquals("unknown edit 'frobnicate'", f.getMessage());
        assertEquals("'op' is missing or not a string", refused("{'entity':'e1'}").getMessage());
    }

    @Test
    void aMissingFieldIsRefusedByName() throws Exception {
        String[][] cases = {
            {"{'op':'restore'}", "removal"},
            {"{'op':'restoreReason'}", "reason"},
            {"{'op':'mergeEntities','keep':'e2'}", "merged"},
            {"{'op':'mergeEntities','merged':'e3'}", "keep"},
            {"{'op':'renameEntity','name':'x'}", "entity"},
            {"{'op':'renameEntity','entity':'e1'}", "name"},
            {"{'op':'retypeEntity','entity':'e1'}", "type"},
            {"{'op':'removeEntity'}", "entity"},
            {"{'op':'removeEntity','entity':3}", "entity"},
            {"{'op':'splitEntity','entity':'e2','name':'x','type':'MISC'}", "mentions"},
            {"{'op':'correctTimeline','date':'2024'}", "index"},
            {"{'op':'dropTimeline','index':'first'}", "index"},
            {"{'op':'text','headline':'x'}", "body"},
        };
        for (String[] c : cases) {
            Json.Failure f = refused(c[0]);
            assertEquals(400, f.status, c[0]);
            assertTrue(f.getMessage().startsWith("'" + c[1] + "'"), c[0] + " -> " + f.getMessage());
        }
    }
}
