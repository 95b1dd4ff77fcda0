package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlacesNotOrganisationsTest {
    private static List<String> retype(String paragraph, String... found) {
        return Names.after((doc, spans) -> PlacesNotOrganisations.retype(doc, NameLists.get(), spans), paragraph, found);
    }

    @Test
    void aListedPlaceAfterAPlacePrepositionIsAPlace() {
        assertEquals(List.of("Queensland=LOCATION"), retype("Storms swept across Queensland overnight.", "Queensland=ORGANIZATION"));
        // and every listed place of a list that opens after one
        assertEquals(List.of("Kenya=LOCATION", "Limerick=LOCATION", "Somerset=LOCATION"),
                retype("Clinics in Kenya , Limerick and Somerset shut.", "Kenya=LOCATION", "Limerick=ORGANIZATION", "Somerset=ORGANIZATION"));
    }

    @Test
    void aListedPlaceBeforeTheWordForItsGovernmentIsAPlace() {
        assertEquals(List.of("Queensland=LOCATION"), retype("The Queensland government denied it.", "Queensland=ORGANIZATION"));
        assertEquals(List.of("Limerick=LOCATION", "Ana Costa=PERSON"),
                retype("Limerick Mayor Ana Costa denied it.", "Limerick=ORGANIZATION", "Ana Costa=PERSON"));
    }

    @Test
    void withoutThePrepositionOrTheListItStaysAnOrganisation() {
        // the club or the council the place names, a company, a list broken by a person
        assertEquals(List.of("Newcastle=ORGANIZATION"), retype("Newcastle signed a striker.", "Newcastle=ORGANIZATION"));
        assertEquals(List.of("Newcastle=ORGANIZATION"), retype("He was signed from Newcastle in June.", "Newcastle=ORGANIZATION"));
        assertEquals(List.of("Qwerty Mining=ORGANIZATION"), retype("Shares in Qwerty Mining fell.", "Qwerty Mining=ORGANIZATION"));
        assertEquals(List.of("Ana Costa=PERSON", "Somerset=ORGANIZATION"),
                retype("Talks in Lisbon with Ana Costa and Somerset failed.", "Ana Costa=PERSON", "Somerset=ORGANIZATION"));
    }
}
