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
}
