package org.copydesk.entities.common;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * On a sports page a town or region named as a side is the club ("Hamburg held Bayern Munich",
 * "Leicestershire beat Somerset", "Atlanta beat Florida 5-2"), an organisation, as news corpora
 * annotate it; a country stays a place (national teams named by their country), and so does a town
 * after a place preposition ("in Miami", "from Indianapolis"). A page is a sports page when it has a
 * score line or opens with a sport and a dash ("SOCCER - ..."). No training text is about sport, so
 * the model reads such towns as places, and the one-name-one-type vote then turns even the score
 * line's clubs back into places: this runs after the model, on the names the lists know.
 */
public final class SportsPages {
    private static final Set<String> SPORTS = Set.of("soccer", "football", "cricket", "rugby", "tennis", "golf",
            "baseball", "basketball", "hockey", "ice", "athletics", "cycling", "boxing", "motor", "motorcycling", "skiing",
            "nfl", "nba", "nhl", "volleyball", "handball", "badminton", "squash", "rowing", "sailing", "swimming", "snooker");
    private static final Set<String> PLACE_BEFORE = Set.of("in", "near", "from", "into", "outside", "across");
    /** The first units where a page names its sport ("SOCCER - HAMBURG HOLD BAYERN"). */
    private static final int OPENING = 2;

    private SportsPages() {
    }

    /** {@code scoreLines}: which sentences are score lines, as {@link ScoreLines} found them. */
    public static void retype(Document doc, NameLists lists, List<NameSpan> spans, boolean[] scoreLines) {
        if (!isSportsPage(doc, scoreLines)) {
            return;
        }
        for (int k = 0; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            if (s.type() == EntityType.MISC) {
                continue;
            }
            List<Token> t = Truecase.of(doc, s.unit());
            int bits = lists.bits(t, s.start(), s.end());
            // a place (or an organisation the model found) the lists know as a town or region; a "person"
            // the lists know as a club, or a lone word that is a large town or a region ("Hamburg held
            // Bayern": the model's person, the linker's place). Each becomes a sure organisation, so the
            // rules after this and the linker's vote leave it one
            boolean side = s.type() != EntityType.PERSON ? (bits & NameLists.TEAMS) != 0 && (bits & NameLists.COUNTRY) == 0
                    : (bits & NameLists.CLUBS) != 0
                            || s.end() - s.start() == 1 && (bits & NameLists.LARGE_PLACES) != 0 && (bits & NameLists.COUNTRY) == 0;
            boolean placed = s.start() > 0 && PLACE_BEFORE.contains(t.get(s.start() - 1).text().toLowerCase(Locale.ROOT));
            if (side && !placed) {
                spans.set(k, new NameSpan(s.unit(), s.start(), s.end(), EntityType.ORGANIZATION, true));
            }
        }
    }

    static boolean isSportsPage(Document doc, boolean[] scoreLines) {
        for (int u = 0; u < doc.units().size(); u++) {
            List<Token> t = doc.unit(u).tokens();
            if (u < OPENING && t.size() > 2 && SPORTS.contains(t.get(0).text().toLowerCase(Locale.ROOT))
                    && (isDash(t.get(1)) || t.size() > 3 && isDash(t.get(2)))) {
                return true;
            }
            if (scoreLines[u]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(Token t) {
        return t.text().equals("-") || t.text().equals("\u2013") || t.text().equals("\u2014");
    }
}
