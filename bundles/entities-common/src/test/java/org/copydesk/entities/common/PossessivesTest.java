package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.junit.jupiter.api.Test;

class PossessivesTest {
    private static List<NameSpan> split(String sentence, NameSpan... found) {
        Document doc = Document.of(Article.builder().body(List.of(sentence)).build());
        List<NameSpan> spans = new ArrayList<>(List.of(found));
        Possessives.split(doc, NameLists.get(), spans);
        spans.sort(Comparator.comparingInt(NameSpan::start));
        return spans;
    }

    @Test
    void aPersonsNameIsSplitAtAPossessiveTheListedOwnerKeepsItsType() {
        // Jordan 's King Hussein welcomed
        assertEquals(List.of(new NameSpan(0, 0, 1, EntityType.LOCATION), new NameSpan(0, 2, 4, EntityType.PERSON)),
                split("Jordan's King Hussein welcomed the move.", new NameSpan(0, 0, 4, EntityType.PERSON)));
        // an owner no list knows is left out rather than guessed; curly apostrophes too
        assertEquals(List.of(new NameSpan(0, 2, 5, EntityType.PERSON)),
                split("Qwzyx\u2019s Chief Bob Smith left.", new NameSpan(0, 0, 5, EntityType.PERSON)));
    }

    @Test
    void otherNamesAndPossessivesAtTheEdgeAreLeftAlone() {
        List<NameSpan> org = List.of(new NameSpan(0, 0, 3, EntityType.ORGANIZATION));
        assertEquals(org, split("McDonald's Corp rose.", org.get(0)));
        List<NameSpan> person = List.of(new NameSpan(0, 0, 2, EntityType.PERSON));
        assertEquals(person, split("Trump's aides left.", person.get(0)));
    }
}
