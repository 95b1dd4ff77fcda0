package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.GazetteerCategory;
import org.copydesk.entities.common.NameSpan;
import org.junit.jupiter.api.Test;

/** A long document is tagged on all cores; the names found must be those one thread finds, in order. */
class ParallelTaggingTest {
    private static final String[] SENTENCES = {
        "Anna Smit, the mayor of Leiden, met union leaders on Monday.",
        "The Dutch government said the strike at the Port of Rotterdam would end.",
        "Shares in Royal Dutch Shell fell after the report.",
        "Police in Amsterdam said nobody was hurt.",
        "Mr Jansen told reporters the offer was fair."};

    @Test
    void allCoresFindWhatOneThreadFinds() {
        List<String> body = new ArrayList<>();
        for (int p = 0; p < 1_500; p++) {
            body.add(p % 10 == 9 ? "Bradford City 2 Oldham 1"
                    : SENTENCES[p % SENTENCES.length] + " " + SENTENCES[(p * 7 + 3) % SENTENCES.length]);
        }
        Document doc = Document.of(Article.builder().headline("Port strike ends").body(body).build());
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add("Leiden", GazetteerCategory.values()[0]);
        PerceptronNameFinder finder = new PerceptronNameFinder(PerceptronNameFinder.bundledModel());
        List<NameSpan> one = finder.find(doc, gazetteer, Integer.MAX_VALUE);
        List<NameSpan> all = finder.find(doc, gazetteer, 1);
        assertTrue(doc.units().size() >= Pieces.PARALLEL_FROM, "long enough to take the parallel path");
        assertTrue(one.stream().anyMatch(s -> s.type() == EntityType.PERSON), "names are found at all: " + one.size());
        assertTrue(one.stream().anyMatch(NameSpan::sure), "score lines are read at all");
        assertEquals(one, all);
        assertEquals(finder.find(doc, gazetteer), all, "the stage's own call takes the parallel path alike");
    }
}
