package org.copydesk.entities.common;

import java.util.List;
import java.util.Set;

import org.copydesk.text.Token;

/**
 * Honorifics and titles before person names. An honorific ("Mr") stays in the mention text, as
 * editors quote "Mr Trump" as a way of naming him; a title ("President", "Supreme Leader") is a
 * description, not part of the name, and is cut off. Neither is ever a name on its own.
 */
public final class Titles {
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Messrs");
    private static final Set<String> TITLES = Set.of(
            "President", "Vice", "Prime", "Minister", "Supreme", "Leader", "King", "Queen", "Prince", "Princess",
            "Pope", "Senator", "Sen", "Rep", "Representative", "Governor", "Gov", "General", "Gen", "Chancellor",
            "Secretary", "Chairman", "Chairwoman", "Mayor", "Captain", "Capt", "Colonel", "Col", "Lieutenant", "Lt",
            "Sergeant", "Sgt", "Professor", "Prof", "Judge", "Justice", "Ayatollah", "Sheikh", "Sir", "Dame", "Lord",
            "Lady", "Rev", "Reverend", "Commander", "Admiral", "Marshal",
            "Ambassador", "Officer", "Detective", "Inspector", "Chief", "Director", "Coach", "Emir", "Sultan",
            "Crown", "Deputy", "Foreign", "Defence", "Defense", "Interior", "Finance", "Speaker");

    private Titles() {
    }

    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word);
    }

    public static boolean isTitle(String word) {
        return TITLES.contains(word) || HONORIFICS.contains(word);
    }

    /** Tokens {@code [start, end)} are all titles, honorifics or dots. */
    public static boolean allTitles(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String w = tokens.get(i).text();
            if (!isTitle(w) && !w.equals(".")) {
                return false;
            }
        }
        return true;
    }
}
