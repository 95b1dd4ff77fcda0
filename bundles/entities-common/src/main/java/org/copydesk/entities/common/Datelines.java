package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * Datelines of wire copy: a paragraph that opens with the story's place, then its date or the
 * agency ("LONDON 1996-08-30", "SAN JOSE , Calif . 1996-08-22", "BEIRUT (Reuters) - ...", "Paris,
 * Aug 30 (AFP) - ..."). News corpora tag each part of that place as a place; no training text here
 * has datelines, so the model cannot learn them: this rule runs after the model. A paragraph that
 * opens with capitalised words and a dash alone ("SOCCER - LEEDS BEAT WIMBLEDON") is no dateline.
 * News websites give the dateline a line of its own, the place in capitals and nothing after it
 * ("LEEDS", "DURBAN , South Africa"): such a line is a dateline when the lists know each of its parts as
 * a place, so a shouted line of other words ("BREAKING NEWS", "KENYA , UGANDA SIGN RAIL DEAL") is none.
 */
public final class Datelines {
    /** At most this many words of place before the date or agency. */
    private static final int MAX_WORDS = 6;
    private static final String MONTH = "(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\\.?\\s*\\d{1,2}(?:\\s*,?\\s*\\d{4})?";
    private static final String DATE = "(?:\\d{4}\\s*-\\s*\\d{1,2}\\s*-\\s*\\d{1,2}|\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{2,4}|" + MONTH + ")";
    /** What follows the place: a date that ends the paragraph, or an agency in brackets and a dash. */
    private static final Pattern AFTER = Pattern.compile("\\s*\\.?\\s*,?\\s*(?:" + DATE + "\\s*\\.?\\s*$|(?:" + DATE
            + "\\s*)?\\(\\s*[A-Z][A-Za-z-]+\\s*\\)\\s*[-\u2013\u2014:])");

    private static final Pattern MONTH_WORD = Pattern.compile(MONTH.substring(0, MONTH.indexOf("\\.?")));
    private static final Pattern DAY = Pattern.compile("(?i:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)(?i:day|sday|nesday|rsday|urday)?\\.?");

    private Datelines() {
    }

    public static void mark(Document doc, NameLists lists, List<NameSpan> spans) {
        Map<Integer, List<int[]>> datelines = new LinkedHashMap<>();
        for (int u = 0; u < doc.units().size(); u++) {
            TextUnit unit = doc.unit(u);
            if (!unit.first()) {
                continue;
            }
            List<int[]> parts = places(unit.tokens());
            if (parts.isEmpty()) {
                continue;
            }
            // the rest of the paragraph, which the sentence splitter may have cut after "Calif ."
            int placeEnd = unit.token(parts.get(parts.size() - 1)[1] - 1).end();
            if (!AFTER.matcher(unit.text()).region(placeEnd, unit.text().length()).lookingAt() && !ownLine(unit, lists, parts, placeEnd)) {
                continue;
            }
            datelines.put(u, parts);
        }
        if (datelines.isEmpty()) {
            return;
        }
        // one pass over the names, however many paragraphs open with a dateline
        spans.removeIf(x -> datelines.getOrDefault(x.unit(), List.of()).stream().anyMatch(p -> x.start() < p[1] && p[0] < x.end()));
        datelines.forEach((u, parts) -> parts.forEach(p -> spans.add(new NameSpan(u, p[0], p[1], EntityType.LOCATION, true))));
    }

    /**
     * The paragraph is the place alone, its first part written in capitals, and every part a place the
     * lists know ("DURBAN , South Africa"; not the headline "KENYA , UGANDA SIGN RAIL DEAL").
     */
    private static boolean ownLine(TextUnit unit, NameLists lists, List<int[]> parts, int placeEnd) {
        if (!unit.text().substring(placeEnd).isBlank()) {
            return false;
        }
        for (int i = parts.get(0)[0]; i < parts.get(0)[1]; i++) {
            String w = unit.token(i).text();
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        for (int[] part : parts) {
            // capitalised here, as a line of short words ("CAPE TOWN") is too short for Truecase to call shouted
            List<Token> cased = new ArrayList<>();
            for (int i = part[0]; i < part[1]; i++) {
                Token t = unit.token(i);
                cased.add(new Token(t.text().charAt(0) + t.text().substring(1).toLowerCase(Locale.ROOT), t.start(), t.end(), t.kind()));
            }
            if ((lists.bits(cased, 0, cased.size()) & NameLists.PLACES) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The comma-separated runs of capitalised words the sentence opens with ("SAN JOSE", "Calif"), or none. */
    private static List<int[]> places(List<Token> t) {
        List<int[]> parts = new ArrayList<>();
        int i = 0;
        int words = 0;
        while (true) {
            int start = i;
            while (i < t.size() && t.get(i).isWord() && t.get(i).isCapitalised() && words < MAX_WORDS) {
                i++;
                words++;
            }
            if (i == start || i < t.size() && t.get(i).isWord() || isDay(t.get(start).text()) || isMonth(t.get(start).text())) {
                return List.of(); // "Saturday , October 19 , 2013" is a date line, no place
            }
            parts.add(new int[] {start, i});
            int next = i < t.size() && t.get(i).text().equals(".") ? i + 1 : i; // "Calif ."
            if (next + 1 < t.size() && t.get(next).text().equals(",") && t.get(next + 1).isWord() && t.get(next + 1).isCapitalised()
                    && !isMonth(t.get(next + 1).text())) {
                i = next + 1;
            } else {
                return parts;
            }
        }
    }

    private static boolean isDay(String w) {
        return DAY.matcher(w).matches();
    }

    private static boolean isMonth(String w) {
        return MONTH_WORD.matcher(w).matches();
    }
}
