package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CitationsTest {
    private static List<String> mark(String paragraph, String... found) {
        return Names.after((doc, spans) -> Citations.mark(doc, NameLists.get(), spans), paragraph, found);
    }

    @Test
    void anAuthorCitedByYearIsAPersonInAnArticleThatCitesInBrackets() {
        // a narrative citation, one in brackets after "et al.", one after a semicolon, a hyphenated surname
        assertEquals(List.of("Hallbeck=PERSON", "Torvane=PERSON", "Osk=PERSON", "Ruiz-Abad=PERSON"),
                mark("Hallbeck (1971) timed the readers, as others did (Torvane et al., 2004; Osk 2010) and Ruiz-Abad (1999) too.",
                        "Hallbeck=MISC", "Torvane=ORGANIZATION"));
    }

    @Test
    void aYearBesideANameIsNoCitationInAnArticleThatNeverCitesInBrackets() {
        // an event and a film with their years, no "( Name , YEAR )" anywhere
        assertEquals(List.of("Vellmar=MISC", "Orrin=ORGANIZATION"),
                mark("The Vellmar (1997) remake opened before the Orrin 2016 finals (Orrin 2016) began.", "Vellmar=MISC", "Orrin=ORGANIZATION"));
    }

    @Test
    void anOrganisationACountryAndCommonWordsStayWhatTheyWere() {
        // a corporate author ending in an organisation's head, a country, and a common word before a year stay;
        // the author cited after them is a person
        assertEquals(List.of("Harbour Council=ORGANIZATION", "Norway=LOCATION", "Vastrik=PERSON"),
                mark("Rates fell (Harbour Council, 2012; Norway, 2013) and rose in Spring (2014) as Vastrik (2015) saw.",
                        "Harbour Council=ORGANIZATION", "Norway=LOCATION"));
    }
}
