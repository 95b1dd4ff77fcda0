package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.stage.RemovalFeedback;
import org.copydesk.api.stage.RemovalFeedback.Judgement;
import org.copydesk.strip.rules.internal.model.DeskExample;
import org.copydesk.strip.rules.internal.model.ExamplesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' decisions as lines of the desk's examples file, and how strip-train reads them back. */
class StripFeedbackTest {
    private static final List<String> BODY = List.of(
            "Dock workers in Rotterdam walked out on Thursday over pay, the union said.",
            "Support our journalism: become a member today.",
            "The port authority said ships were being diverted to Antwerp.",
            "Talks are due to resume on Monday, according to the employers.",
            "Cast your vote in our readers' poll: who is to blame for the strike?",
            "Reporting by Anna Smit.");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config/desks/sport/strip-examples.jsonl");
    }

    private StripFeedback feedback() {
        return new StripFeedback(DeskFiles.of(dir.toString(), "sport"));
    }

    private List<DeskExample> read(List<String> problems) throws IOException {
        return ExamplesFile.read(file(), problems::add);
    }

    @Test
    void eachDecisionIsOneLineWithItsNeighboursPlaceAndSourceAndReadsBackAsAnExample() throws IOException {
        feedback().judged(List.of(new Judgement(BODY, 1, RemovalFeedback.KEEP, "strike-1 v2 t", "workbench restore r1 strike-1 t")));
        feedback().judged(List.of(new Judgement(BODY, 4, "promo", "strike-1 v3 t", "workbench remove r4 strike-1 t")));
        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("{\"text\":\"Cast your vote in our readers' poll: who is to blame for the strike?\",\"label\":\"promo\","
                + "\"neighbours\":{\"before\":[\"The port authority"), lines.get(1));

        List<String> problems = new ArrayList<>();
        List<DeskExample> read = read(problems);
        assertEquals(List.of(), problems);
        assertEquals(2, read.size());
        DeskExample promo = read.get(1);
        assertEquals("promo", promo.label());
        assertEquals(List.of(BODY.get(2), BODY.get(3)), promo.before());
        assertEquals(List.of(BODY.get(5)), promo.after(), "one paragraph after it: the body's edge");
        assertEquals(4, promo.position());
        assertEquals(6, promo.paragraphs());
        assertEquals("workbench remove r4 strike-1 t", promo.source());
        DeskExample keep = read.get(0);
        assertEquals(List.of(BODY.get(0)), keep.before());
        assertEquals(List.of(BODY.get(2), BODY.get(3)), keep.after());
        assertTrue(!keep.boilerplate() && promo.boilerplate());
    }

    @Test
    void linesAreOnlyAppendedAndALineACrashCutShortDoesNotSwallowTheNext() throws IOException {
        Files.createDirectories(file().getParent());
        String earlier = "{\"text\": \"A line written by hand.\", \"label\": \"appeal\"}\n{\"text\": \"cut off by a cra";
        Files.writeString(file(), earlier);
        feedback().judged(List.of(new Judgement(BODY, 4, "promo", "e1", "s1")));
        String now = Files.readString(file());
        assertTrue(now.startsWith(earlier + "\n{\"text\":\"Cast your vote"), now);
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("A line written by hand.", BODY.get(4)), read(problems).stream().map(DeskExample::text).toList());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).endsWith("strip-examples.jsonl line 2: not a JSON object; skipped"), problems.get(0));
    }

    @Test
    void aHugeParagraphIsRefusedWithItsSizeAndNothingOfTheCallIsWritten() throws IOException {
        String huge = "Subscribe now. ".repeat(1000);
        List<String> body = List.of(BODY.get(0), huge, "x".repeat(50_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> feedback().judged(List.of(
                new Judgement(BODY, 4, "promo", "e1", "s1"), new Judgement(body, 1, "subscription", "e1", "s1"))));
        assertTrue(e.getMessage().contains("is 14,999 characters long, more than an example may hold (10,000)"), e.getMessage());
        assertTrue(!Files.exists(file()), "the first decision of the call is not written either");

        feedback().judged(List.of(new Judgement(List.of(BODY.get(0), "Subscribe now.", "x".repeat(50_000)), 1, "subscription", "e2", "s2")));
        assertEquals(StripFeedback.MAX_CHARS, read(new ArrayList<>()).get(0).after().get(0).length(), "a long neighbour is cut");
        assertThrows(IllegalArgumentException.class, () -> feedback().judged(List.of(new Judgement(BODY, 1, "Not a reason", "e3", "s3"))));
    }

    @Test
    void anUndoWithdrawsItsEditsExamplesAndARedoBringsThemBack() throws IOException {
        Judgement restore = new Judgement(BODY, 1, RemovalFeedback.KEEP, "strike-1 v2 t", "workbench restore r1");
        feedback().judged(List.of(restore));
        feedback().judged(List.of(new Judgement(BODY, 4, "promo", "strike-1 v3 t", "workbench remove r4")));
        feedback().withdrawn("strike-1 v2 t", "workbench undo");
        assertEquals(List.of(BODY.get(4)), read(new ArrayList<>()).stream().map(DeskExample::text).toList(),
                "an undone restore leaves no keep example behind");
        assertEquals(3, Files.readAllLines(file()).size(), "the withdrawal is a line of its own; none was rewritten");
        feedback().judged(List.of(restore)); // redo
        assertEquals(List.of(BODY.get(4), BODY.get(1)), read(new ArrayList<>()).stream().map(DeskExample::text).toList());
    }

    @Test
    void whenOneTextWasJudgedTwiceTheLaterLabelWins() throws IOException {
        feedback().judged(List.of(new Judgement(BODY, 4, "promo", "a v2 t", "remove")));
        feedback().judged(List.of(new Judgement(BODY, 4, "promo", "b v2 t", "remove in another article")));
        feedback().judged(List.of(new Judgement(BODY, 4, RemovalFeedback.KEEP, "a v3 t", "restore")));
        List<DeskExample> read = read(new ArrayList<>());
        assertEquals(1, read.size());
        assertEquals(RemovalFeedback.KEEP, read.get(0).label());
        feedback().withdrawn("a v3 t", "undo");
        assertEquals(List.of("promo", "promo"), read(new ArrayList<>()).stream().map(DeskExample::label).toList(),
                "undoing the restore brings back the removals it overruled");
    }
}
