package org.copydesk.entities.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * A capitalised name whose first two words the article also writes as an ordinary lower-case phrase
 * ("the Space Shuttle Program" and "the first space shuttle mission", "Space Shuttle Atlantis") names
 * a thing of that common kind, a programme, a craft, a field, not an organisation: magazine and
 * academic prose capitalises such phrases, and a model that learnt from wire copy, where most
 * unknown capitalised runs are companies and clubs, reads them as organisations. Such an
 * organisation becomes MISC, unless its finder is sure of it, a list knows it, or its second word is
 * an organisation's head ("the European Central Bank" and "the central bank" is the bank).
 */
public final class LowerCasePhrases {
    private LowerCasePhrases() {
    }

    public static void retype(Document doc, Gazetteer gazetteer, NameLists lists, List<NameSpan> spans) {
        if (spans.stream().noneMatch(s -> candidate(doc, s))) {
            return; // most articles: no pairs of the whole text to gather
        }
        Set<String> lowerPairs = new HashSet<>();
        for (TextUnit u : doc.units()) {
            for (int i = 1; i < u.size(); i++) {
                String a = u.token(i - 1).text(), b = u.token(i).text();
                if (lowerWord(a) && lowerWord(b)) {
                    lowerPairs.add(a + " " + b);
                }
            }
        }
        if (lowerPairs.isEmpty()) {
            return;
        }
        spans.replaceAll(s -> {
            if (!candidate(doc, s)) {
                return s;
            }
            List<Token> t = doc.unit(s.unit()).tokens();
            String first = t.get(s.start()).text(), second = t.get(s.start() + 1).text();
            boolean common = lowerPairs.contains(first.toLowerCase() + " " + second.toLowerCase())
                    && lists.bits(t, s.start(), s.end()) == 0 && gazetteer.lookup(t, s.start(), s.end()).isEmpty();
            return common ? new NameSpan(s.unit(), s.start(), s.end(), EntityType.MISC, false) : s;
        });
    }

    /** An organisation the finder is not sure of, of two or more words, opening with two capitalised words, the second no head word. */
    private static boolean candidate(Document doc, NameSpan s) {
        if (s.sure() || s.type() != EntityType.ORGANIZATION || s.end() - s.start() < 2) {
            return false;
        }
        List<Token> t = doc.unit(s.unit()).tokens();
        String second = t.get(s.start() + 1).text();
        return capitalisedWord(t.get(s.start()).text()) && capitalisedWord(second) && !NameHeads.isOrganization(second);
    }

    private static boolean lowerWord(String w) {
        return Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    private static boolean capitalisedWord(String w) {
        return Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
    }
}
