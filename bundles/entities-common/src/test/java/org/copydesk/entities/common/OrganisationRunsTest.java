package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrganisationRunsTest {
    private static List<String> join(String paragraph, String... found) {
        return Names.after((doc, spans) -> OrganisationRuns.join(doc, Names.LISTS, spans), paragraph, found);
    }

    @Test
    void aHeadWordThenOfOrForTakesTheWordsAfter() {
        assertEquals(List.of("Ministry of Fisheries and Oceans=ORGANIZATION"),
                join("Officials at the Ministry of Fisheries and Oceans declined.", "Fisheries and Oceans=ORGANIZATION"));
        assertEquals(List.of("Council for Rural Schools=ORGANIZATION"),
                join("The Council for Rural Schools wrote to us.", "Rural Schools=MISC"));
        // "the" after "of" is part of the name, and so is the finder's name after it
        assertEquals(List.of("Council of the Northern Isles=ORGANIZATION"),
                join("The Council of the Northern Isles met.", "Northern Isles=LOCATION"));
        assertEquals(List.of("Ministry of the Interior=ORGANIZATION", "Ana Costa=PERSON"),
                join("The Ministry of the Interior said Ana Costa left.", "Ministry=ORGANIZATION", "Ana Costa=PERSON"));
        // two organisations the finder named apart across "of the": a body of the other
        assertEquals(List.of("Study Group=ORGANIZATION", "Qwerty Society=ORGANIZATION"),
                join("A Study Group of the Qwerty Society met.", "Study Group=ORGANIZATION", "Qwerty Society=ORGANIZATION"));
        // a place after "of" is part of the name; a title after it is not
        assertEquals(List.of("Bank of Lisbon=ORGANIZATION", "Ana Costa=PERSON"),
                join("Bank of Lisbon Governor Ana Costa spoke.", "Lisbon=LOCATION", "Ana Costa=PERSON"));
    }

    @Test
    void wordsBeforeAndJoinAnOrganisationEndingInItsHead() {
        assertEquals(List.of("Dockers and General Porters Union=ORGANIZATION"),
                join("The Dockers and General Porters Union voted.", "General Porters Union=ORGANIZATION"));
        assertEquals(List.of("Department of Roads and Inland Waterways=ORGANIZATION"),
                join("The Department of Roads and Inland Waterways said so.", "Department of Roads=ORGANIZATION"));
    }

    @Test
    void namesOfTheirOwnAreNotJoined() {
        // a place before "and", an organisation of its own after it, a person after "of"
        assertEquals(List.of("Lisbon=LOCATION", "Porters Union=ORGANIZATION"),
                join("Lisbon and Porters Union talks failed.", "Lisbon=LOCATION", "Porters Union=ORGANIZATION"));
        assertEquals(List.of("Department of Roads=ORGANIZATION", "Harbour Board=ORGANIZATION"),
                join("The Department of Roads and Harbour Board met.", "Department of Roads=ORGANIZATION", "Harbour Board=ORGANIZATION"));
        assertEquals(List.of("Ana Costa=PERSON"), join("A friend of Ana Costa came.", "Ana Costa=PERSON"));
        // a listed country after "and" is a name of its own
        assertEquals(List.of("Department of Roads=ORGANIZATION", "France=LOCATION"),
                join("The Department of Roads and France agreed.", "Department of Roads=ORGANIZATION", "France=LOCATION"));
    }

    @Test
    void aMinistryNamedForItsBriefsRunsOnOverItsListClosedByAnd() {
        assertEquals(List.of("Ministry of Roads , Harbours and Inland Waterways=ORGANIZATION"),
                join("The Ministry of Roads , Harbours and Inland Waterways said so.", "Ministry of Roads=ORGANIZATION",
                        "Harbours=ORGANIZATION"));
        // "the" inside the list, a serial comma, the finder's stray name in the last part
        assertEquals(List.of("Department of Mines , Energy , the Coast and Water=ORGANIZATION", "Tuesday=MISC"),
                join("The Department of Mines , Energy , the Coast and Water met on Tuesday.", "Department of Mines=ORGANIZATION",
                        "Water=PERSON", "Tuesday=MISC"));
        assertEquals(List.of("Office for Roads , Rail , and Ports=ORGANIZATION"),
                join("The Office for Roads , Rail , and Ports agreed.", "Office for Roads=ORGANIZATION"));
        // after "and", a name the finder called MISC is the last brief
        assertEquals(List.of("Department of Forests and Sanitation=ORGANIZATION"),
                join("The Department of Forests and Sanitation agreed.", "Department of Forests=ORGANIZATION", "Sanitation=MISC"));
    }

    @Test
    void aListOfOtherNamesAfterTheMinistryStaysApart() {
        // persons, a listed country, no closing "and"
        assertEquals(List.of("Ministry of Roads=ORGANIZATION", "Ana Costa=PERSON", "Rui Lopes=PERSON"),
                join("We asked the Ministry of Roads , Ana Costa and Rui Lopes.", "Ministry of Roads=ORGANIZATION", "Ana Costa=PERSON",
                        "Rui Lopes=PERSON"));
        assertEquals(List.of("Ministry of Roads=ORGANIZATION", "France=LOCATION"),
                join("Talks between the Ministry of Roads , France and others failed.", "Ministry of Roads=ORGANIZATION",
                        "France=LOCATION"));
        assertEquals(List.of("Ministry of Roads=ORGANIZATION"),
                join("The Ministry of Roads , Harbours Unit said.", "Ministry of Roads=ORGANIZATION"));
        // an organisation of its own, named by its head word
        assertEquals(List.of("Bank of Lisbon=ORGANIZATION", "Porto Savings Bank=ORGANIZATION"),
                join("The Bank of Lisbon , and the Porto Savings Bank agreed.", "Bank of Lisbon=ORGANIZATION",
                        "Porto Savings Bank=ORGANIZATION"));
    }
}
