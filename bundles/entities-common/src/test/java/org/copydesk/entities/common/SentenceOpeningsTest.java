package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceOpeningsTest {
    private static List<String> mark(String paragraph, String... found) {
        return Names.after((doc, spans) -> SentenceOpenings.mark(doc, Names.LISTS, NameLists.get(), spans), paragraph, found);
    }

    @Test
    void aListedPlaceOpeningASentenceIsAPlace() {
        assertEquals(List.of("Norway=LOCATION", "Sweden=LOCATION"), mark("Norway beat Sweden on Sunday.", "Sweden=LOCATION"));
        assertEquals(List.of("China=LOCATION"), mark("China's trade surplus grew."));
    }

    @Test
    void aListedCountryOfTwoWordsOpeningASentenceIsAPlace() {
        assertEquals(List.of("Ivory Coast=LOCATION"), mark("Ivory Coast exports rose."));
        assertEquals(List.of("IVORY COAST=LOCATION"), mark("IVORY COAST COCOA ARRIVALS RISE", "IVORY COAST COCOA=ORGANIZATION"));
        assertEquals(List.of("Ivory Coast Cocoa Board=ORGANIZATION"), mark("Ivory Coast Cocoa Board said so.", "Ivory Coast Cocoa Board=ORGANIZATION"));
    }

    @Test
    void longerNamesFirstNamesTownsThatAreWordsAndOneWordLinesAreLeftAlone() {
        assertEquals(List.of(), mark("Washington Post reporters left."));
        assertEquals(List.of(), mark("Jordan said no."));
        assertEquals(List.of(), mark("Nice work, everyone."));
        assertEquals(List.of(), mark("Canada"));
        // a name the finder gave stays as it was
        assertEquals(List.of("Paris=PERSON"), mark("Paris said no.", "Paris=PERSON"));
    }
}
