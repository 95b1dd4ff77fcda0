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

    /** The stages run again: here they tag nothing new, so what is kept is the editor's. */
    static final Edits.Stages NO_STAGES = a -> a;

    static Edits.Edit edit(String json) throws Exception {
        return Edits.of(op(json), NO_STAGES);
    }

    private Article apply(String json) throws Exception {
        return edit(json).apply(article);
    }

    private Json.Failure refused(String json) throws Exception {
        JsonNode op = op(json);
        return assertThrows(Json.Failure.class, () -> Edits.of(op, NO_STAGES).apply(article), json);
    }

    private static List<String> ids(Article a) {
        return a.entities().stream().map(Entity::id).toList();
    }

    @Test
    void restorePutsOneRemovalBackWhereItStood() throws Exception {
        Edits.Edit e = edit("{'op':'restore','removal':'r1'}");
        Article a = e.apply(article);
        assertEquals("restore \u201cSubscribe to our newsletter\u201d (subscription)", e.label(article, a), "the label names the block, not r1");
        assertEquals(List.of(Fixtures.BODY.get(0), "Subscribe to our newsletter", Fixtures.BODY.get(1), Fixtures.BODY.get(2)), a.body());
        assertEquals(List.of("r4"), a.removed().stream().map(Removal::id).toList());
        assertEquals(List.of(2, 3), a.entity("e2").orElseThrow().mentions().stream().map(Mention::paragraph).toList(),
                "mentions after the restored block move down");
    }

    @Test
    void restoreReasonPutsBackEveryRemovalOfThatReason() throws Exception {
        Edits.Edit e = edit("{'op':'restoreReason','reason':'social'}");
        Article a = e.apply(article);
        assertEquals("restore every social block (1)", e.label(article, a));
        assertEquals("Share this story", a.body().get(3));
        assertEquals(List.of("subscription"), a.removed().stream().map(Removal::reason).toList());
    }

    @Test
    void removeParagraphTakesOneOutByHandWithItsReasonAndItCanBeRestored() throws Exception {
        Edits.Edit e = edit("{'op':'removeParagraph','paragraph':1,'reason':'promo'}");
        Article a = e.apply(article);
        assertEquals("remove \u201cUnion leader Anna de Vries said the deal was\u2026\u201d (promo)", e.label(article, a));
        assertEquals(List.of(Fixtures.BODY.get(0), Fixtures.BODY.get(2)), a.body());
        Removal r = a.removed().stream().filter(x -> x.reason().equals("promo")).findFirst().orElseThrow();
        assertEquals(new Removal(Fixtures.BODY.get(1), "promo", Edits.BY_HAND, Edits.BUNDLE, 2), r, "at its place in the original body");
        assertEquals(List.of(1), a.entity("e2").orElseThrow().mentions().stream().map(Mention::paragraph).toList(),
                "its mentions go with it, the later ones move up");
        assertEquals(article.body(), Edits.of(op("{'op':'restore','removal':'" + r.id() + "'}"), NO_STAGES).apply(a).body());

        // made on an older version: the same paragraph, wherever it stands now
        Article moved = edit("{'op':'restore','removal':'r1'}").apply(article);
        assertEquals(List.of(Fixtures.BODY.get(0), "Subscribe to our newsletter", Fixtures.BODY.get(2)), e.onto(article, moved).apply(moved).body());
        Article rewritten = edit("{'op':'text','body':['One.','Two.']}").apply(article);
        assertThrows(EditConflict.class, () -> e.onto(article, rewritten));

        assertEquals("no body paragraph 3 (the body has 3)", assertThrows(IllegalArgumentException.class,
                () -> apply("{'op':'removeParagraph','paragraph':3,'reason':'promo'}")).getMessage());
        assertEquals("the reason is one lower-case word, such as appeal, promo or advert",
                refused("{'op':'removeParagraph','paragraph':0,'reason':'Not Wanted'}").getMessage());
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
        assertEquals("the name must not be empty", f.getMessage());
        assertEquals("name", f.field, "the field at fault is named, so the page can mark it");
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
        Edits.Edit e = edit("{'op':'removeEntity','entity':'e3'}");
        Article a = e.apply(article);
        assertEquals("delete the entity \u201cde Vries\u201d", e.label(article, a));
        assertEquals(List.of("e1", "e2"), ids(a));
        assertEquals(java.util.Set.of("de Vries"), Decisions.rejected(a), "its words are never tagged again");
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
    void aPartialTextEditChangesOnlyWhatItNames() throws Exception {
        Article a = apply("{'op':'text','body':['" + Fixtures.BODY.get(0) + "','" + Fixtures.BODY.get(2) + "']}");
        assertEquals("Port strike ends", a.headline(), "a body-only edit keeps the headline");
        assertEquals("Dockworkers accept a pay deal", a.standfirst(), "and the standfirst");
        assertEquals(2, a.body().size());
        Article h = apply("{'op':'text','headline':'Strike over'}");
        assertEquals("Strike over", h.headline());
        assertEquals(article.body(), h.body(), "a headline-only edit keeps the body");
        assertEquals("edit the headline", edit("{'op':'text','headline':'Strike over'}").label(article, h));
        assertEquals("edit 1 paragraph", edit("{'op':'text','body':[]}").label(article, a));
        Json.Failure none = refused("{'op':'text'}");
        assertEquals("a text edit names the headline, the standfirst or the body it changes", none.getMessage());
    }

    @Test
    void aFieldTheOperationDoesNotKnowIsRefusedNotIgnored() throws Exception {
        Json.Failure f = refused("{'op':'text','headlin':'Typo','body':[]}");
        assertEquals("a 'text' edit has no field 'headlin' (its fields: headline, standfirst, body)", f.getMessage());
        assertEquals("headlin", f.field);
        assertEquals(400, refused("{'op':'rerun','force':true}").status);
    }

    @Test
    void labelsNameWhatWasDone() throws Exception {
        String[][] cases = {
            {"{'op':'mergeEntities','keep':'e2','merged':'e3'}", "merge \u201cde Vries\u201d into \u201cAnna de Vries\u201d"},
            {"{'op':'renameEntity','entity':'e1','name':'Port of Rotterdam'}", "rename \u201cRotterdam\u201d to \u201cPort of Rotterdam\u201d"},
            {"{'op':'retypeEntity','entity':'e3','type':'PERSON'}", "make \u201cde Vries\u201d a person"},
            {"{'op':'correctTimeline','index':0,'date':'2024-03-10'}", "correct the event \u201cDockworkers ended their strike\u201d to 10 March 2024"},
            {"{'op':'dropTimeline','index':1}", "drop the event \u201cAnna de Vries said the deal was fair\u201d"},
            {"{'op':'published','date':'2024-03-14'}", "set the publication date to 14 March 2024"},
            {"{'op':'rerun'}", "run the stages again"},
        };
        for (String[] c : cases) {
            Edits.Edit e = edit(c[0]);
            assertEquals(c[1], e.label(article, e.apply(article)), c[0]);
        }
    }

    @Test
    void thePublicationDateIsSetAndTheStagesRunOnIt() throws Exception {
        Edits.Stages stages = a -> a.toBuilder().meta("ran-with", String.valueOf(a.published())).build();
        Article a = Edits.of(op("{'op':'published','date':'2024-03-14'}"), stages).apply(article);
        assertEquals(java.time.LocalDate.of(2024, 3, 14), a.published());
        assertEquals("2024-03-14", a.metadata().get("ran-with"), "times and timeline are resolved against the new date");
        assertNull(Edits.of(op("{'op':'published','date':null}"), stages).apply(article).published());
        Json.Failure f = refused("{'op':'published','date':'14/03/2024'}");
        assertEquals("'14/03/2024' is not a date: write it as 2024-03-14", f.getMessage());
        assertEquals("date", f.field);
    }

    @Test
    void anIdOrIndexTheArticleDoesNotHaveIsABadArgumentThatNamesIt() throws Exception {
        JsonNode rename = op("{'op':'renameEntity','entity':'e9','name':'x'}");
        assertEquals("the article has no entity e9",
                assertThrows(IllegalArgumentException.class, () -> Edits.of(rename, NO_STAGES).apply(article)).getMessage());
        JsonNode drop = op("{'op':'dropTimeline','index':5}");
        assertEquals("the timeline has no entry 5: it has 2 entries, numbered from 0",
                assertThrows(IllegalArgumentException.class, () -> Edits.of(drop, NO_STAGES).apply(article)).getMessage());
        assertEquals("timeline entries are numbered from 0, not -1",
                assertThrows(IllegalArgumentException.class, () -> edit("{'op':'dropTimeline','index':-1}")).getMessage(),
                "refused before any article is touched");
    }

    @Test
    void anUnknownOrMissingOpIsRefused() throws Exception {
        Json.Failure f = refused("{'op':'frobnicate'}");
        assertEquals(400, f.status);
        assertTrue(f.getMessage().startsWith("unknown edit 'frobnicate' (text, restore,"), f.getMessage());
        assertEquals("'op' is missing or not text", refused("{'entity':'e1'}").getMessage());
    }

    @Test
    void aMissingFieldIsRefusedByName() throws Exception {
        String[][] cases = {
            {"{'op':'restore'}", "removal"},
            {"{'op':'restoreReason'}", "reason"},
            {"{'op':'removeParagraph','reason':'promo'}", "paragraph"},
            {"{'op':'removeParagraph','paragraph':0}", "reason"},
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
            {"{'op':'text','headline':'x','body':'one'}", "body"},
            {"{'op':'text','body':[1,2]}", "body"},
            {"{'op':'text','headline':7}", "headline"},
        };
        for (String[] c : cases) {
            Json.Failure f = refused(c[0]);
            assertEquals(400, f.status, c[0]);
            assertTrue(f.getMessage().startsWith("'" + c[1] + "'"), c[0] + " -> " + f.getMessage());
        }
    }
}
