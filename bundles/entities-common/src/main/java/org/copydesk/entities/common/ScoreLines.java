package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.copydesk.api.model.EntityType;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.text.Token;

/**
 * Sports results: in a score line ("Bradford 2 Sheffield Wednesday 1", "Chelsea 4 3 1 0 8 3 10") a
 * club or town heading a score, or a name that starts with a town ("Bradford City"), is the club, an
 * organisation; a country there stays a place, as news
 * corpora annotate national teams named by their country. No training text here has such lines, so
 * the model cannot learn it: this rule runs after the model, and only on names the lists know.
 */
public final class ScoreLines {
    private ScoreLines() {
    }

    /**
     * Retypes the spans of score lines, found on all cores in a document of {@code parallelFrom}
     * sentences or more; returns which sentences are score lines.
     */
    public static boolean[] retype(Document doc, NameLists lists, List<NameSpan> spans, int parallelFrom) {
        int n = doc.units().size();
        boolean[] scoreLine = new boolean[n];
        // "LEEDS 1 WIMBLEDON 0" read as "Leeds 1 Wimbledon 0"
        Pieces.each(n, parallelFrom, u -> scoreLine[u] = isScoreLine(Truecase.of(doc, u)));
        List<NameSpan> clubs = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            if (!scoreLine[u]) {
                continue;
            }
            List<Token> t = Truecase.of(doc, u);
            for (int end = 1; end < t.size(); end++) {
                if (!isScore(t.get(end)) || !t.get(end - 1).isCapitalised()) {
                    continue;
                }
                int start = end - 1;
                while (start > 0 && t.get(start - 1).isWord() && t.get(start - 1).isCapitalised()) {
                    start--;
                }
                // the whole run listed ("Leeds", "West Ham"), or a listed town heading it ("Bradford City")
                int bits = lists.bits(t, start, end);
                int head = end - start > 1 ? lists.bits(t, start, start + 1) & NameLists.TEAMS : 0;
                if ((bits & (NameLists.TEAMS | NameLists.COUNTRY)) != 0 || head != 0) {
                    EntityType type = (bits & NameLists.COUNTRY) != 0 ? EntityType.LOCATION : EntityType.ORGANIZATION;
                    clubs.add(new NameSpan(u, start, end, type, true));
                }
            }
        }
        // one pass over the names for all the score lines' runs (one pass per run was quadratic on a results page)
        Map<Integer, List<NameSpan>> byUnit = clubs.stream().collect(Collectors.groupingBy(NameSpan::unit));
        spans.removeIf(x -> byUnit.getOrDefault(x.unit(), List.of()).stream().anyMatch(c -> x.start() < c.end() && c.start() < x.end()));
        spans.addAll(clubs);
        return scoreLine;
    }

    private static boolean isScore(Token t) {
        return t.kind() == Token.Kind.NUMBER && t.text().length() <= 3;
    }

    /** At least two capitalised words followed by a score, or one heading a row of them, and hardly any lower-case words. */
    private static boolean isScoreLine(List<Token> t) {
        int scored = 0;
        int numbers = 0;
        int lower = 0;
        for (int i = 0; i < t.size(); i++) {
            Token x = t.get(i);
            if (x.isWord() && Character.isLowerCase(x.text().charAt(0))) {
                lower++;
            }
            numbers += isScore(x) ? 1 : 0;
            if (x.isWord() && x.isCapitalised() && i + 1 < t.size() && isScore(t.get(i + 1))) {
                scored++;
            }
        }
        return (scored >= 2 || scored == 1 && numbers >= 4) && lower <= 2;
    }
}
