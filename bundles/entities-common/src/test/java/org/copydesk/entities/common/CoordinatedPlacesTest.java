package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CoordinatedPlacesTest {
    private static List<String> split(String paragraph, String... found) {
        return Names.after((doc, spans) -> CoordinatedPlaces.split(doc, Names.LISTS, NameLists.get(), spans), paragraph, found);
    }

    @Test
    void aNameAcrossListedPlacesIsOnePlaceEach() {
        assertEquals(List.of("Tasmania=LOCATION", "Queensland=LOCATION"),
                split("Floods hit Tasmania and Queensland in May.", "Tasmania and Queensland=ORGANIZATION"));
        assertEquals(List.of("Leeds=LOCATION", "Bradford=LOCATION"), split("Buses from Leeds, Bradford ran late.", "Leeds , Bradford=LOCATION"));
    }

    @Test
    void aListedWholeAndPartsNoListKnowsStayOneName() {
        assertEquals(List.of("Trinidad and Tobago=LOCATION"), split("Rain in Trinidad and Tobago.", "Trinidad and Tobago=LOCATION"));
        assertEquals(List.of("Leeds and Wharfe Builders=ORGANIZATION"),
                split("Leeds and Wharfe Builders went bust.", "Leeds and Wharfe Builders=ORGANIZATION"));
    }
}
