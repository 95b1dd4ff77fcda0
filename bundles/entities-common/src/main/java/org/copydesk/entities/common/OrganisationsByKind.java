package org.copydesk.entities.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * An organisation the model read as a person where the sentence names its kind just before it: "the
 * Scottish band Qwellow Tides", "the retailer , Brannoch Foods , said", "one bakery , Maison
 * Qwerty , had". News prose introduces a little-known company, band or charity so, and
 * a two-word name of unknown words looks like a person's to the model. The noun stands right
 * before the name, or before a comma with the name closed by a comma (an apposition); a name that
 * opens with a listed first name stays a person ("the band 's singer" never reaches here, as the
 * noun must touch the name). The other mentions of the same words follow.
 */
public final class OrganisationsByKind {
    /** Lower-case nouns of an organisation's kind, as news prose sets them before a name. */
    private static final Set<String> KINDS = Set.of("company", "firm", "developer", "retailer", "grocer", "supermarket",
            "chain", "bakery", "brewer", "brewery", "distillery", "manufacturer", "carmaker", "maker", "miner", "producer",
            "publisher", "broadcaster", "newspaper", "magazine", "label", "band", "choir", "orchestra", "charity",
            "group", "lender", "bank", "insurer", "start-up", "startup", "fintech", "airline", "carrier", "operator",
            "consultancy", "regulator", "agency", "union", "club", "party", "platform", "app", "website", "outlet",
            "school", "university", "hospital", "theatre", "museum", "gallery");

    private OrganisationsByKind() {
    }

    public static void retype(Document doc, Gazetteer gazetteer, List<NameSpan> spans) {
        Set<String> organisations = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.PERSON && !s.sure()) {
                List<Token> t = Truecase.of(doc, s.unit());
                if (kindBefore(t, s) && !(s.end() - s.start() > 1
                        && gazetteer.lookup(t, s.start(), s.start() + 1).contains(GazetteerCategory.FIRST_NAME))) {
                    organisations.add(s.text(t));
                }
            }
        }
        if (organisations.isEmpty()) {
            return;
        }
        spans.replaceAll(s -> s.type() == EntityType.PERSON && !s.sure()
                && organisations.contains(s.text(Truecase.of(doc, s.unit())))
                        ? new NameSpan(s.unit(), s.start(), s.end(), EntityType.ORGANIZATION, false) : s);
    }

    private static boolean kindBefore(List<Token> t, NameSpan s) {
        int before = s.start() - 1;
        if (before >= 0 && KINDS.contains(t.get(before).text())) {
            return true;
        }
        return before >= 1 && t.get(before).text().equals(",") && KINDS.contains(t.get(before - 1).text())
                && s.end() < t.size() && t.get(s.end()).text().equals(",");
    }
}
