package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.EntityType;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.GazetteerStore;
import org.copydesk.entities.common.NameSpan;
import org.junit.jupiter.api.Test;

class PerceptronModelTest {
    private static ConllCorpus tiny() {
        List<List<ConllCorpus.Sentence>> docs = new ArrayList<>();
        for (String[] s : new String[][] {
                {"Alice Smith visited Paris .", "B-PER I-PER O B-LOC O"},
                {"Bob Jones left Berlin .", "B-PER I-PER O B-LOC O"},
                {"Carol White joined Acme Corp .", "B-PER I-PER O B-ORG I-ORG O"}}) {
            docs.add(List.of(new ConllCorpus.Sentence(List.of(s[0].split(" ")), List.of(s[1].split(" ")))));
        }
        return new ConllCorpus(docs);
    }

    @Test
    void trainedModelLearnsItsDataAndSurvivesTheRoundTrip() throws IOException {
        PerceptronModel model = TrainModel.train(tiny(), 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        PerceptronModel back = PerceptronModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model.features(), back.features());
        var gaz = new GazetteerStore(null).current();
        for (List<ConllCorpus.Sentence> d : tiny().docs()) {
            Document doc = ConllCorpus.document(d);
            long[][] f = Features.of(doc, 0, gaz);
            assertArrayEquals(d.get(0).labels(), back.tag(f), d.get(0).text());
            assertArrayEquals(model.tag(f), back.tag(f));
        }
    }

    @Test
    void bioLabelsBecomeSpans() {
        int per = Labels.begin(EntityType.PERSON);
        int perI = Labels.inside(EntityType.PERSON);
        int loc = Labels.begin(EntityType.LOCATION);
        List<NameSpan> spans = new ArrayList<>();
        PerceptronNameFinder.spans(3, new int[] {per, perI, Labels.O, loc, loc, Labels.inside(EntityType.LOCATION)}, spans);
        assertEquals(List.of(new NameSpan(3, 0, 2, EntityType.PERSON), new NameSpan(3, 3, 4, EntityType.LOCATION),
                new NameSpan(3, 4, 6, EntityType.LOCATION)), spans);
        assertTrue(!Labels.allowed(Labels.O, perI) && Labels.allowed(per, perI) && !Labels.allowed(loc, perI));
    }

    @Test
    void shapesCollapseRuns() {
        assertEquals("XxXx", Features.shape("McCain"));
        assertEquals("X.X.", Features.shape("U.S."));
        assertEquals("dx", Features.shape("1990s"));
    }
}
