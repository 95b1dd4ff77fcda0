package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.junit.jupiter.api.Test;

class DefinedTermsTest {
    private static List<NameSpan> drop(List<String> paragraphs, NameSpan... found) {
        Document doc = Document.of(Article.builder().body(paragraphs).build());
        List<NameSpan> spans = new ArrayList<>(List.of(found));
        DefinedTerms.drop(doc, spans);
        return spans;
    }

    @Test
    void anAcronymDefinedByLowerCaseWordsIsNoNameAnywhereInTheArticle() {
        // "The probes measure ocean heat content ( OHC ) ." then "OHC rose ." in the next paragraph
        assertEquals(List.of(), drop(List.of("The probes measure ocean heat content (OHC).", "OHC rose again in May."),
                new NameSpan(0, 7, 8, EntityType.ORGANIZATION), new NameSpan(1, 0, 1, EntityType.ORGANIZATION)));
        // joiners the acronym leaves out, and a hyphenated word giving one letter a part
        assertEquals(List.of(), drop(List.of("It used land use and forest cover (LUFC) maps and a three-band scanner (TBS)."),
                new NameSpan(0, 8, 9, EntityType.ORGANIZATION), new NameSpan(0, 16, 17, EntityType.ORGANIZATION)));
    }

    @Test
    void anOrganisationsAcronymAndOneTheTextDoesNotSpellStay() {
        // a capitalised expansion is a name; an acronym whose letters the words do not give is left to the model
        List<NameSpan> kept = List.of(new NameSpan(0, 5, 6, EntityType.ORGANIZATION), new NameSpan(1, 6, 7, EntityType.ORGANIZATION));
        assertEquals(kept, drop(List.of("The Popular Mobilisation Units (PMU) attacked.", "A spokesman for the rebels (ADF) said."),
                kept.toArray(NameSpan[]::new)));
        // a span its finder is sure of stays, even when the acronym is defined
        NameSpan sure = new NameSpan(1, 0, 1, EntityType.ORGANIZATION, true);
        assertEquals(List.of(sure), drop(List.of("They track sea surface salinity (SSS).", "SSS beat Leeds 2-1."), sure));
    }
}
