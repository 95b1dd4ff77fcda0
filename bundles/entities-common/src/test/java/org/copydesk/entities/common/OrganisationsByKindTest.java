package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.api.model.EntityType;
import org.junit.jupiter.api.Test;

class OrganisationsByKindTest {
    private static List<String> retype(String paragraph, String... found) {
        return Names.after((doc, spans) -> OrganisationsByKind.retype(doc, Names.LISTS, spans), paragraph, found);
    }

    @Test
    void aNameRightAfterTheNounOfItsKindIsAnOrganisation() {
        assertEquals(List.of("Qwellow Tides=ORGANIZATION"), retype("Fans of the Scottish band Qwellow Tides queued.", "Qwellow Tides=PERSON"));
        // in apposition, and its later mention follows
        Names n = new Names("The retailer , Brannoch Foods , said sales rose and Brannoch Foods would hire.", "Brannoch Foods=PERSON");
        n.spans.add(new NameSpan(0, 10, 12, EntityType.PERSON));
        OrganisationsByKind.retype(n.doc, Names.LISTS, n.spans);
        assertEquals(List.of("Brannoch Foods=ORGANIZATION", "Brannoch Foods=ORGANIZATION"), n.written());
    }

    @Test
    void aPersonStaysAPerson() {
        // a listed first name opens it; the noun does not touch it; an apposition not closed by a comma
        assertEquals(List.of("Maria Qwellow=PERSON"), retype("The band Maria Qwellow founded split.", "Maria Qwellow=PERSON"));
        assertEquals(List.of("Tom Brannoch=PERSON"), retype("The band 's singer Tom Brannoch left.", "Tom Brannoch=PERSON"));
        assertEquals(List.of("Brannoch=PERSON"), retype("He left the firm , Brannoch said.", "Brannoch=PERSON"));
    }
}
