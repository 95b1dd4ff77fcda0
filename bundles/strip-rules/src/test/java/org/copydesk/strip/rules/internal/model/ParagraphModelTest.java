package org.copydesk.strip.rules.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ParagraphModelTest {
    static final List<String> STORY = List.of(
            "The river burst its banks overnight, flooding 40 homes in the village.",
            "Residents were moved to the school hall, the council said.",
            "Subscribe for just $1 a week and get unlimited access to every story.");

    @Test
    void aModelReadsBackAsItWasWritten() throws IOException {
        ParagraphModel m = ModelTrainer.train(TrainingSets.read("strip-fresh.tsv")).model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        ParagraphModel back = ParagraphModel.read(new ByteArrayInputStream(out.toByteArray()), "test");
        for (FeatureVector v : ParagraphFeatures.of(STORY)) {
            assertEquals(m.probability(v), back.probability(v));
            assertEquals(m.wordsProbability(v), back.wordsProbability(v));
            assertEquals(m.reason(v), back.reason(v));
        }
    }

    @Test
    void aBadModelFileIsNamedWithItsProblem() throws IOException {
        IOException e = assertThrows(IOException.class, () -> ParagraphModel.read(gz("hello\n"), "desk.gz"));
        assertTrue(e.getMessage().startsWith("desk.gz: not a Copydesk paragraph model"), e.getMessage());
        e = assertThrows(IOException.class, () -> ParagraphModel.read(gz(ParagraphModel.MAGIC + "\nw 12 x\n"), "desk.gz"));
        assertEquals("desk.gz line 2: malformed entry 'w 12 x'", e.getMessage());
        e = assertThrows(IOException.class, () -> ParagraphModel.read(gz(ParagraphModel.MAGIC + "\nbits 20\n"), "desk.gz"));
        assertTrue(e.getMessage().contains("20 bits"), e.getMessage());
    }

    @Test
    void aLabelledSetWithAMalformedLineIsNamed() {
        IOException e = assertThrows(IOException.class, () -> LabelledArticle.read(new StringReader("keep\tno article line\n"), "x.tsv"));
        assertEquals("x.tsv line 1: expected LABEL<TAB>paragraph after a '## ' article line", e.getMessage());
    }

    @Test
    void wordsArePartOfTheFeaturesAndFormTheRest() {
        FeatureVector[] fs = ParagraphFeatures.of(STORY);
        for (FeatureVector v : fs) {
            assertTrue(v.wordsEnd() > 0 && v.wordsEnd() < v.size());
        }
        assertTrue(fs[0].english() > 0.15, "English prose: " + fs[0].english());
        assertTrue(ParagraphFeatures.of(List.of("Die Stadt hat heute einen neuen Plan vorgestellt"))[0].english() < 0.15);
    }

    @Test
    void creditsAndTheWritersOwnNarrationAreReportedWordsWhichTheModelLeaves() {
        FeatureVector[] fs = ParagraphFeatures.of(List.of(
                "Associated Press writer Dana Okafor contributed to this report.",
                "— With assistance from Priya Raman",
                "I asked three critics to sum up the record in a sentence each.",
                "Readers contributed more than $2,000 to the school's book fund this year.",
                "Stream the States debate highlights on demand and join our live election night coverage.",
                "The governor states her case to the legislature on Monday.",
                "This story originally appeared on the Harbour Courier's website.",
                "The play was originally staged in 1964 and has been revived twice.",
                "The tide tables are paid for by a chandlery in Cowes, which had no say in what we wrote.",
                "\"We wrote to the council in March and heard nothing,\" the harbour master said.",
                "We asked the council in March; it told us the survey would wait.",
                "A survey for the ferry operators' body suggests one passenger in five now books on the day.",
                "We estimated the cost of the bypass at twice the council's figure."));
        assertTrue(fs[0].speech(), "a credit: contributed to this report");
        assertTrue(fs[1].speech(), "a credit: with assistance from");
        assertTrue(fs[2].speech(), "the writer narrating in the first person");
        assertFalse(fs[3].speech(), "readers who contributed are not a credit");
        assertFalse(fs[4].speech(), "the States, a parliament, is a name, not a verb of speech");
        assertTrue(fs[5].speech(), "states in lower case inside a sentence reports");
        assertTrue(fs[6].speech(), "a syndication credit: originally appeared on");
        assertFalse(fs[7].speech(), "originally, without a publication's verb, is not a credit");
        // strip20: what "we" wrote or said is the publication's own voice; a source's words around it still report
        assertFalse(fs[8].speech(), "the publication's \"we wrote\"");
        assertTrue(fs[9].speech(), "a quote and a source who said it");
        assertTrue(fs[10].speech(), "a source that told us");
        // strip21: a study's findings are reported; the publication's own estimate is not
        assertTrue(fs[11].speech(), "a survey that suggests");
        assertFalse(fs[12].speech(), "the publication's \"we estimated\"");
    }

    private static ByteArrayInputStream gz(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
