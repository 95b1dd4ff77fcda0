package org.copydesk.entities.tagger.internal;

import java.util.List;
import java.util.ListIterator;

import org.copydesk.api.model.EntityType;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.NameSpan;
import org.copydesk.text.Token;

/**
 * Sports results: in a score line ("Bradford 2 Sheffield United 1", "Leeds 1 Wimbledon 0") a place
 * name heading a score is the club, an organisation. Countries stay places, as news corpora
 * annotate national teams named by their country. No training text here has such lines, so the
 * model cannot learn it: this is a rule after the model.
 */
final class ScoreLines {
    private ScoreLines() {
    }

    static void retype(Document doc, Lexicon lexicon, List<NameSpan> spans) {
        for (ListIterator<NameSpan> it = spans.listIterator(); it.hasNext(); ) {
            NameSpan s = it.next();
            List<Token> t = doc.unit(s.unit()).tokens();
            if (s.type() == EntityType.LOCATION && s.end() < t.size() && isScore(t.get(s.end()))
                    && isScoreLine(t) && (lexicon.bits(t, s.start(), s.end()) & Lexicon.COUNTRY) == 0) {
                it.set(new NameSpan(s.unit(), s.start(), s.end(), EntityType.ORGANIZATION));
            }
        }
    }

    private static boolean isScore(Token t) {
        return t.kind() == Token.Kind.NUMBER && t.text().length() <= 3;
    }

    /** At least two capitalised words each followed by a score, and hardly any lower-case words. */
    private static boolean isScoreLine(List<Token> t) {
        int scored = 0;
        int lower = 0;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.isWord() && Character.isLowerCase(x.text().charAt(0))) {
                lower++;
            }
            if (x.isWord() && x.isCapitalised() && i + 1 < t.size() && isScore(t.get(i + 1))) {
                scored++;
            }
        }
        return scored >= 2 && lower <= 2;
    }
}
