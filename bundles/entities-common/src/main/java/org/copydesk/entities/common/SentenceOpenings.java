package org.copydesk.entities.common;

import java.util.List;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * A country, capital, large city or state that opens a sentence ("Spain beat Italy", "Germany 's
 * Bundesbank said", "China 's foreign ministry"): a model that learnt that a capitalised first word
 * seen nowhere else in the text is seldom a name leaves it out, while in news it mostly is one. A
 * place the bundled gazetteer lists that opens a sentence, no finder named, and no capitalised word
 * follows ("Washington Post" is another name) is a sure place, and so is a listed country of two or three
 * words ("Ivory Coast cocoa arrivals"); not when it is a listed first name
 * too ("Jordan said", "Georgia said"), an English word that is a town but no country ("Nice pen",
 * "Reading is fun"; "China 's" stays), nor a line of one word (a heading or a footer).
 */
public final class SentenceOpenings {
    /** What may follow the place: a possessive, a verb or a function word, a comma or a full stop. */
    private static final Set<String> PLAIN_NEXT = Set.of("'s", "\u2019s", ",", ".", ":", ";", "-", "(");

    private SentenceOpenings() {
    }

    public static void mark(Document doc, Gazetteer gazetteer, NameLists lists, List<NameSpan> spans) {
        SentenceNames.edit(doc, spans, (t, names) -> {
            for (int i = 0; i < t.size() && i < 3; i++) {
                if (!doc.sentenceInitial(names.unit(), i) || !t.get(i).isWord() || !t.get(i).isCapitalised()) {
                    continue;
                }
                int end = countryOfWords(t, i, lists, names, doc.shouted(names.unit()));
                if (end > i + 1) {
                    if (followedPlainly(t, end)) {
                        names.set(i, end, EntityType.LOCATION, true); // "Ivory Coast cocoa arrivals"
                    }
                    continue;
                }
                if (names.at(i) != null) {
                    continue;
                }
                Set<GazetteerCategory> c = gazetteer.lookup(t, i, i + 1);
                // an English word that is also a town ("Nice pen .", "Reading is fun") is the word; a country is the country
                boolean word = CommonWords.contains(t.get(i).text())
                        && (lists.bits(t, i, i + 1) & NameLists.COUNTRY) == 0;
                if (c.contains(GazetteerCategory.LOCATION) && !c.contains(GazetteerCategory.FIRST_NAME)
                        && !c.contains(GazetteerCategory.NOT_NAME) && !word && followedPlainly(t, i + 1)) {
                    names.set(i, i + 1, EntityType.LOCATION, true);
                }
            }
        });
    }

    /**
     * The end of the longest listed country of two or three words from {@code i} that no finder
     * named, else {@code i}. In a shouted sentence a name the finder ran on into ordinary words
     * ("IVORY COAST COCOA ARRIVALS", read "Ivory Coast cocoa") gives way to the country.
     */
    private static int countryOfWords(List<Token> t, int i, NameLists lists, SentenceNames names, boolean shouted) {
        for (int end = Math.min(t.size(), i + 3); end > i + 1; end--) {
            if ((lists.bits(t, i, end) & NameLists.COUNTRY) != 0
                    && (names.free(i, end) || shouted && onlyOrdinaryWordsBeside(t, names, i, end))) {
                return end;
            }
        }
        return i;
    }

    /** The names over {@code [i, end)} are unsure and hold nothing else but lower-case words. */
    private static boolean onlyOrdinaryWordsBeside(List<Token> t, SentenceNames names, int i, int end) {
        for (int k = i; k < end; k++) {
            NameSpan s = names.at(k);
            if (s == null) {
                continue;
            }
            if (s.sure()) {
                return false;
            }
            for (int j = s.start(); j < s.end(); j++) {
                if ((j < i || j >= end) && !Character.isLowerCase(t.get(j).text().charAt(0))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean followedPlainly(List<Token> t, int next) {
        if (next >= t.size()) {
            return false; // a one-word line is a heading or a footer, not a sentence
        }
        Token n = t.get(next);
        return PLAIN_NEXT.contains(n.text()) || n.isWord() && !n.isCapitalised() && Character.isLowerCase(n.text().charAt(0));
    }
}
