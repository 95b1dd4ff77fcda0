package org.copydesk.entities.common;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * A place read as an organisation where the sentence says it is a place: a large town, region,
 * country or geographic feature the lists know, after a place preposition ("in Leeds", "across
 * Queensland") or in a list that opens after one ("in Kenya , Limerick and Somerset"), or before
 * the word for its government or its head ("the Queensland government", "Limerick Mayor Ana Costa":
 * news corpora tag the place, not the government it stands for). The
 * model reads a town or region an organisation when its club, council or company shares the name,
 * as the lists' company names often do ("Newcastle", "Queensland"); after "in" it is the place. On
 * a sports page the same rule holds ({@link SportsPages} keeps such a town a place), and a name its
 * finder is sure of is left alone.
 */
public final class PlacesNotOrganisations {
    /** Not "from": a player "signed from Malmo" comes from the club. */
    private static final Set<String> PLACE_BEFORE = Set.of("in", "near", "into", "outside", "across", "throughout");
    private static final Set<String> JOINERS = Set.of(",", "and", "&");
    /** Words after a place that name its government or its head ("government", "premier"). */
    private static final Set<String> GOVERNED = Set.of("government", "administration", "premier", "governor", "mayor",
            "minister", "ministers", "authorities", "officials", "legislature");

    private PlacesNotOrganisations() {
    }

    public static void retype(Document doc, NameLists lists, List<NameSpan> spans) {
        SentenceNames.edit(doc, spans, (t, names) -> {
            for (int i = 0; i < t.size(); i++) {
                NameSpan s = names.at(i);
                if (s == null || s.start() != i || s.type() != EntityType.ORGANIZATION || s.sure()) {
                    continue;
                }
                if ((lists.bits(t, s.start(), s.end()) & NameLists.LARGE_OR_REGION) != 0 && (placed(t, names, s.start()) || governed(t, s))) {
                    names.set(s.start(), s.end(), EntityType.LOCATION, false);
                }
            }
        });
    }

    private static boolean governed(List<Token> t, NameSpan s) {
        return s.end() < t.size() && GOVERNED.contains(t.get(s.end()).text().toLowerCase(Locale.ROOT));
    }

    /** A place preposition stands before {@code start}, or before the places listed ahead of it. */
    private static boolean placed(List<Token> t, SentenceNames names, int start) {
        int i = start;
        while (i > 0) {
            String before = t.get(i - 1).text();
            if (PLACE_BEFORE.contains(before.toLowerCase(Locale.ROOT))) {
                return true;
            }
            NameSpan listed = JOINERS.contains(before) ? names.at(i - 2) : null;
            if (listed == null || listed.end() != i - 1 || listed.type() == EntityType.PERSON || listed.type() == EntityType.MISC) {
                return false;
            }
            i = listed.start();
        }
        return false;
    }
}
