package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LowerCasePhrasesTest {
    private static final Names.Rule RETYPE = (doc, spans) -> LowerCasePhrases.retype(doc, Names.LISTS, NameLists.get(), spans);

    @Test
    void aCapitalisedPhraseTheArticleAlsoWritesInLowerCaseIsNoOrganisation() {
        assertEquals(List.of("Deep Ocean Survey=MISC", "Deep Ocean Glider=MISC"),
                Names.after(RETYPE, "The Deep Ocean Survey ended as the last deep ocean mission came home, and the Deep Ocean Glider was retired.",
                        "Deep Ocean Survey=ORGANIZATION", "Deep Ocean Glider=ORGANIZATION"));
    }

    @Test
    void anOrganisationsHeadAPersonAndAPhraseNeverWrittenLowerStay() {
        // "the central bank" is the bank; a person is left alone; "Harbour Transit" is never written lower
        assertEquals(List.of("Central Bank=ORGANIZATION", "Deep Ocean=PERSON", "Harbour Transit=ORGANIZATION"),
                Names.after(RETYPE, "The Central Bank said the central bank had lent to Deep Ocean, a deep ocean diver, and Harbour Transit.",
                        "Central Bank=ORGANIZATION", "Deep Ocean=PERSON", "Harbour Transit=ORGANIZATION"));
    }
}
