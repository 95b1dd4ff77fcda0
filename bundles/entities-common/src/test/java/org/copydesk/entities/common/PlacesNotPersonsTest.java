package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.junit.jupiter.api.Test;

class PlacesNotPersonsTest {
    private static final Gazetteer LISTS = new GazetteerStore(null).current();

    /** The types of the found names after the rule, in order. */
    private static List<EntityType> retype(List<String> paragraphs, NameSpan... found) {
        Document doc = Document.of(Article.builder().body(paragraphs).build());
        List<NameSpan> spans = new ArrayList<>(List.of(found));
        PlacesNotPersons.retype(doc, LISTS, NameLists.get(), spans);
        spans.sort(Comparator.comparingInt(NameSpan::unit).thenComparingInt(NameSpan::start));
        return spans.stream().map(NameSpan::type).toList();
    }

    private static NameSpan person(int unit, int start, int end) {
        return new NameSpan(unit, start, end, EntityType.PERSON);
    }

    @Test
    void aPlaceWithNoPersonCueIsAPlaceEverywhereInTheArticle() {
        // "Brockley , Oregon": a town before a listed state; its later mention follows
        assertEquals(List.of(EntityType.LOCATION, EntityType.LOCATION),
                retype(List.of("The mill at Brockley, Oregon, closed.", "Brockley lost 200 jobs."), person(0, 3, 4), person(1, 0, 1)));
        // a name ending in a place's head word, and a listed region
        assertEquals(List.of(EntityType.LOCATION, EntityType.LOCATION),
                retype(List.of("Marrow County lies north of Hampshire."), person(0, 0, 2), person(0, 5, 6)));
    }

    @Test
    void aNameOpeningWithAPlacesHeadWordIsAPlace() {
        // "River Qwent", "County Marrow": no person cue beside them
        assertEquals(List.of(EntityType.LOCATION, EntityType.LOCATION),
                retype(List.of("Farms along the River Qwent flooded, as did those in County Marrow."), person(0, 3, 5), person(0, 11, 13)));
        // a title before it keeps a person whose name opens so
        assertEquals(List.of(EntityType.PERSON),
                retype(List.of("Senator Lake Qwenton voted no."), person(0, 1, 3)));
    }

    @Test
    void aPersonCueAnywhereKeepsThePerson() {
        // "said" after one mention keeps the other a person too
        assertEquals(List.of(EntityType.PERSON, EntityType.PERSON),
                retype(List.of("Brockley, Oregon, was his home.", "Brockley said he would stay."), person(0, 0, 1), person(1, 0, 1)));
        // a title in the words before, and a longer name the word is part of
        assertEquals(List.of(EntityType.PERSON), retype(List.of("Secretary of State Hampshire left."), person(0, 3, 4)));
        assertEquals(List.of(EntityType.PERSON, EntityType.PERSON),
                retype(List.of("Tom Hampshire spoke.", "Later Hampshire left."), person(0, 0, 2), person(1, 1, 2)));
        // a listed place that is also a first name needs more than the list
        assertEquals(List.of(EntityType.PERSON), retype(List.of("A letter to Georgia arrived."), person(0, 3, 4)));
    }
}
