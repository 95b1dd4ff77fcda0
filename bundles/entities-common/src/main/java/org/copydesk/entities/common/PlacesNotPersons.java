package org.copydesk.entities.common;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * A place read as a person where nothing in the article speaks for a person: a name ending in a
 * place's head word ("Aabenraa County") or opening with one ("River Qwent", "County Marrow"), a large town, region, country or sea the lists know
 * ("Hampshire"), or a name followed by a comma and a listed region or country ("Paxton , Illinois",
 * "Gilchrist , Oregon"). Towns and counties named like surnames are common, and the training texts
 * hardly have any. The person cues that keep a name a person, wherever the same words stand in the
 * article: a title or honorific before it (or in the capitalised words before it), "said", "told" or ", who" after it, a longer person's name
 * it is part of ("Gary Paxton" before "Paxton"), and for a name of more than one word a listed first
 * name at its start. The same words read as a person elsewhere in the article follow.
 */
public final class PlacesNotPersons {
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "tells", "added", "adds", "asked", "asks",
            "wrote", "writes", "explained", "argued", "insisted", "replied", "recalled", "who", "whose", "himself", "herself");
    /** How many words of a region after the comma are looked up ("Ilocos Sur", "New South Wales"). */
    private static final int REGION_WORDS = 3;
    /** How far before a name a title is looked for ("U.S. Secretary of State Kerry"). */
    private static final int TITLE_WORDS = 4;

    private PlacesNotPersons() {
    }

    public static void retype(Document doc, Gazetteer gazetteer, NameLists lists, List<NameSpan> spans) {
        Set<String> persons = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.PERSON) {
                List<Token> t = Truecase.of(doc, s.unit());
                if (cued(t, s, gazetteer)) {
                    persons.add(s.text(t));
                }
                if (s.end() - s.start() > 1 && !headed(t, s)) { // "Gary Paxton": "Paxton" is him
                    for (int i = s.start(); i < s.end(); i++) {
                        persons.add(t.get(i).text());
                    }
                }
            }
        }
        Set<String> places = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.type() == EntityType.PERSON && !s.sure()) {
                List<Token> t = Truecase.of(doc, s.unit());
                String name = s.text(t);
                if (!persons.contains(name) && place(t, s, lists, gazetteer)) {
                    places.add(name);
                }
            }
        }
        if (places.isEmpty()) {
            return;
        }
        spans.replaceAll(s -> s.type() == EntityType.PERSON && !s.sure() && places.contains(s.text(Truecase.of(doc, s.unit())))
                ? new NameSpan(s.unit(), s.start(), s.end(), EntityType.LOCATION, false) : s);
    }

    private static boolean place(List<Token> t, NameSpan s, NameLists lists, Gazetteer gazetteer) {
        if (headed(t, s)) {
            return true;
        }
        // a listed place that is also a first name ("Kerry", "Georgia", "Mary") needs the address
        if ((lists.bits(t, s.start(), s.end()) & NameLists.LARGE_OR_REGION) != 0
                && !gazetteer.lookup(t, s.start(), s.start() + 1).contains(GazetteerCategory.FIRST_NAME)) {
            return true;
        }
        int comma = s.end();
        if (comma + 1 < t.size() && t.get(comma).text().equals(",")) {
            for (int end = comma + 2; end <= Math.min(t.size(), comma + 1 + REGION_WORDS); end++) {
                if ((lists.bits(t, comma + 1, end) & NameLists.REGIONS) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A name of two or more words ending in a place's head word ("Aabenraa County") or opening with one ("River Qwent"). */
    private static boolean headed(List<Token> t, NameSpan s) {
        return s.end() - s.start() > 1 && (NameHeads.isPlace(t.get(s.end() - 1).text()) || NameHeads.isLeadingPlace(t.get(s.start()).text()));
    }

    /** Something beside this mention says it is a person. */
    private static boolean cued(List<Token> t, NameSpan s, Gazetteer gazetteer) {
        // a title just before, or in the capitalised words before ("Secretary of State Kerry")
        for (int i = s.start() - 1; i >= 0 && i >= s.start() - TITLE_WORDS && (t.get(i).isCapitalised() || t.get(i).text().equals("of")); i--) {
            if (Titles.isTitle(t.get(i).text())) {
                return true;
            }
        }
        int next = s.end() < t.size() && t.get(s.end()).text().equals(",") ? s.end() + 1 : s.end();
        if (next < t.size() && SPEECH.contains(t.get(next).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return s.end() - s.start() > 1 && gazetteer.lookup(t, s.start(), s.start() + 1).contains(GazetteerCategory.FIRST_NAME);
    }
}
