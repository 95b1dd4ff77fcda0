package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.RemovalFeedback;
import org.copydesk.api.stage.RemovalFeedback.Judgement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Restores and manual removals reach the strip stage's feedback once saved; an undo withdraws them. */
class TeachingTest {
    @TempDir
    Path root;

    /** What the strip stage was told, as "judged LABEL TEXT @INDEX/SIZE by EDIT" and "withdrawn EDIT". */
    private final List<String> told = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private WorkspaceStore store;
    private String id;

    private final RemovalFeedback recorder = new RemovalFeedback() {
        @Override
        public void judged(List<Judgement> judgements) {
            for (Judgement j : judgements) {
                told.add("judged " + j.label() + " " + j.text() + " @" + j.paragraph() + "/" + j.body().size() + " by " + j.edit()
                        + " from " + j.source());
            }
        }

        @Override
        public void withdrawn(String edit, String source) {
            told.add("withdrawn " + edit);
        }
    };

    @BeforeEach
    void addOne() throws Exception {
        store = Fixtures.store(root, warnings::add);
        store.feedback = List.of(recorder);
        ImportSource input = Fixtures.source("strike.txt", "x");
        id = store.add(input, List.of(Fixtures.article(input))).get(0).id();
    }

    private void edit(String json) throws Exception {
        JsonNode op = Json.MAPPER.readTree(json.replace('\'', '"'));
        store.edit(id, store.version(id), Edits.of(op, EditsTest.NO_STAGES));
    }

    private String key(int version) {
        return Teaching.key(id, store.history(id).entry(version).orElseThrow());
    }

    @Test
    void aRestoreIsAKeepAndAManualRemovalItsReasonEachInTheBodyAsTheStageSawIt() throws Exception {
        edit("{'op':'restore','removal':'r1'}");
        assertEquals(List.of("judged keep Subscribe to our newsletter @1/5 by " + key(2) + " from workbench restore r1 " + id + " "
                + store.history(id).entry(2).orElseThrow().time()), told);
        told.clear();
        edit("{'op':'removeParagraph','paragraph':2,'reason':'promo'}");
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith("judged promo Union leader Anna de Vries said the deal was fair. @2/5 by " + key(3)
                + " from workbench remove r2 " + id), told.get(0));
        told.clear();
        edit("{'op':'text','headline':'Strike over'}");
        edit("{'op':'renameEntity','entity':'e1','name':'Port of Rotterdam'}");
        assertEquals(List.of(), told, "edits that restore nothing and remove nothing by hand teach nothing");
        assertEquals(List.of(), warnings);
    }

    @Test
    void restoreAllGivesOneDecisionPerBlock() throws Exception {
        edit("{'op':'removeParagraph','paragraph':0,'reason':'social'}");
        told.clear();
        edit("{'op':'restoreReason','reason':'social'}");
        assertEquals(2, told.size(), told.toString());
        assertTrue(told.stream().allMatch(t -> t.startsWith("judged keep ") && t.contains(" by " + key(3) + " ")), told.toString());
    }

    @Test
    void anUndoWithdrawsWhatTheUndoneVersionTaughtAndARedoTeachesItAgain() throws Exception {
        edit("{'op':'restore','removal':'r1'}");
        edit("{'op':'text','headline':'Strike over'}");
        told.clear();
        store.step(id, -1);
        assertEquals(List.of(), told, "undoing a text edit withdraws nothing");
        store.step(id, -1);
        assertEquals(List.of("withdrawn " + key(2)), told);
        told.clear();
        store.step(id, +1);
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith("judged keep Subscribe to our newsletter @1/5 by " + key(2)), told.get(0));
    }

    @Test
    void aDecisionTheStageCannotKeepIsReportedAndTheEditStands() throws Exception {
        store.feedback = List.of(new RemovalFeedback() {
            @Override
            public void judged(List<Judgement> judgements) {
                throw new IllegalArgumentException("the paragraph is 52,000 characters long");
            }

            @Override
            public void withdrawn(String edit, String source) throws IOException {
                throw new IOException("disk full");
            }
        }, recorder);
        edit("{'op':'restore','removal':'r1'}");
        assertEquals("Subscribe to our newsletter", store.require(id).body().get(1), "restored all the same");
        assertEquals(List.of("the decision in article " + id + " was not kept as a training example: the paragraph is 52,000 characters long"),
                warnings);
        assertEquals(1, told.size(), "the other feedback services are told");
        store.step(id, -1);
        assertTrue(warnings.get(1).endsWith("disk full"), warnings.toString());
    }
}
