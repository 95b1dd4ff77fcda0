package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParticleNamesTest {
    private static List<String> join(String paragraph, String... found) {
        return Names.after((doc, spans) -> ParticleNames.join(doc, Names.LISTS, spans), paragraph, found);
    }

    @Test
    void aPersonsNameRunsOnAcrossItsParticles() {
        assertEquals(List.of("Greta van der Berg=PERSON", "Lisbon=LOCATION"),
                join("Greta van der Berg flew to Lisbon on Monday.", "Greta=PERSON", "Berg=LOCATION", "Lisbon=LOCATION"));
        assertEquals(List.of("Omar bin Rashid=PERSON"), join("Omar bin Rashid arrived late.", "Omar=PERSON"));
        assertEquals(List.of("Karim al-Masri=PERSON"), join("A deputy, Karim al-Masri, resigned.", "Karim=PERSON"));
        // the Arabic article written apart from its name, as tokenised text has it
        assertEquals(List.of("al - Nusra=ORGANIZATION"), join("Fighters of al - Nusra left.", "Nusra=ORGANIZATION"));
        assertEquals(List.of("Hamid al - Rawi=PERSON"), join("Hamid al - Rawi spoke.", "Hamid=PERSON", "Rawi=PERSON"));
        // a listed first name, a particle and capitalised words read as an organisation is a person
        assertEquals(List.of("Marco di Stefano=PERSON"), join("We met Marco di Stefano there.", "Marco di Stefano=ORGANIZATION"));
    }

    @Test
    void placesOrganisationsAndLowerCaseWordsAfterAParticleAreLeftAlone() {
        // an airport named after a person is the airport's name
        assertEquals(List.of("Greta=PERSON", "Berg Airport=LOCATION"),
                join("Greta de Berg Airport closed.", "Greta=PERSON", "Berg Airport=LOCATION"));
        // "de" before a lower-case word is no name part
        assertEquals(List.of("Greta=PERSON"), join("Greta de facto ran the firm.", "Greta=PERSON"));
        // an organisation that does not start with a first name stays one
        assertEquals(List.of("Banco de Lisboa=ORGANIZATION"), join("Banco de Lisboa fell.", "Banco de Lisboa=ORGANIZATION"));
    }
}
