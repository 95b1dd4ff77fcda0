package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;

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
    void aCitationCutAtEtAlBeforeASpacedCommaIsReadAcrossTheTwoSentences() {
        // tokenised text: the splitter ends a sentence at "et al ." before ", 2005"; "Osk", read as an organisation, is the second author
        Document doc = Document.of(Article.builder().body(List.of("Reading slowed ( Hallbeck et al. , 2005 ; Osk 2010 ) in the trials .")).build());
        assertEquals(2, doc.units().size(), "the citation comes in two sentences");
        List<NameSpan> spans = new ArrayList<>(List.of(new NameSpan(1, 3, 4, EntityType.ORGANIZATION)));
        Citations.mark(doc, NameLists.get(), spans);
        assertEquals(List.of(new NameSpan(0, 3, 4, EntityType.PERSON, true), new NameSpan(1, 3, 4, EntityType.PERSON, true)), spans);
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
