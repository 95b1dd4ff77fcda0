package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * An author cited by year is a person: "Smith ( 1964 ) showed", "( Smith , 2010 ; Jones 2011 )",
 * "( Smith et al. , 2013 )". Academic writing cites so, and a model that learnt from news reads a
 * surname it meets once as anything ("Quilis 's terms" a work, "Milekic 2010" an organisation). Only
 * in an article that cites in brackets with a comma ("( Smith , 2010 )", which no news copy writes),
 * since a name and a year alone are as often an event or a film ("Euro 2016", "Titanic ( 1997 )"); a
 * capitalised run of one to three name words, neither common words, an organisation's head, nor on
 * an organisation, country or region list (a town's name is many a surname: "Paraíso , ( 2000 )"), becomes a sure person, which the one-name-one-type vote weighs
 * like a person after an honorific.
 */
public final class Citations {
    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d[a-z]?");
    private static final Set<String> AFTER_YEAR = Set.of(")", ",", ";", ":");
    private static final int AUTHOR_WORDS = 3;

    private Citations() {
    }

    public static void mark(Document doc, NameLists lists, List<NameSpan> spans) {
        if (!citesInBrackets(doc)) {
            return;
        }
        SentenceNames.edit(doc, spans, (t, names) -> {
            int u = names.unit();
            for (int[] author : authors(t, yearOpens(doc, u), yearOpens(doc, u + 1))) {
                if ((lists.bits(t, author[0], author[1]) & (NameLists.ORGANISATIONS | NameLists.REGIONS)) == 0) {
                    names.set(author[0], author[1], EntityType.PERSON, true);
                }
            }
        });
    }

    /** Some citation has the form "( Name [et al.] , YEAR" or "; Name [et al.] , YEAR". */
    private static boolean citesInBrackets(Document doc) {
        for (int u = 0; u < doc.units().size(); u++) {
            List<Token> t = doc.unit(u).tokens();
            for (int i = 2; i <= t.size(); i++) {
                boolean year = i < t.size() ? t.get(i - 1).text().equals(",") && YEAR.matcher(t.get(i).text()).matches() : yearOpens(doc, u + 1);
                if (year) {
                    int end = nameEnd(t, i);
                    int from = runStart(t, end);
                    if (from < end && from > 0 && (t.get(from - 1).text().equals("(") || t.get(from - 1).text().equals(";"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Sentence {@code u} opens with ", YEAR": the sentence splitter ended the one before at "et al ."
     * ("( Smith et al. , 2013 ; Jones 2011 )" comes as "( Smith et al ." and ", 2013 ; Jones 2011 )"), so
     * the name ends the sentence before and this one goes on inside its bracket.
     */
    private static boolean yearOpens(Document doc, int u) {
        if (u <= 0 || u >= doc.units().size()) {
            return false;
        }
        List<Token> t = doc.unit(u).tokens();
        return t.size() > 1 && t.get(0).text().equals(",") && YEAR.matcher(t.get(1).text()).matches();
    }

    /**
     * Token ranges of the cited names of one sentence: the name words before "[et al.] [,] ( YEAR" or,
     * inside brackets, "[et al.] [,] YEAR"; {@code inBracket}: the sentence goes on inside the bracket
     * of the one before; {@code yearNext}: its last name's year opens the next ({@link #yearOpens}).
     */
    private static List<int[]> authors(List<Token> t, boolean inBracket, boolean yearNext) {
        List<int[]> out = new ArrayList<>();
        int open = inBracket ? 1 : 0;
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).text();
            open += w.equals("(") ? 1 : w.equals(")") && open > 0 ? -1 : 0;
            boolean narrative = w.equals("(") && year(t, i + 1);
            boolean bracketed = open > 0 && YEAR.matcher(w).matches() && i + 1 < t.size() && AFTER_YEAR.contains(t.get(i + 1).text());
            if (!narrative && !bracketed) {
                continue;
            }
            int end = nameEnd(t, i);
            int start = runStart(t, end);
            if (start < end) {
                out.add(new int[] {start, end});
            }
        }
        int end = nameEnd(t, t.size());
        int start = runStart(t, end);
        if (yearNext && open > 0 && end < t.size() && start < end) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    /** Where the cited name ends before token {@code i}, the year or its bracket: before a comma and "et al." there. */
    private static int nameEnd(List<Token> t, int i) {
        int end = i;
        if (end > 0 && t.get(end - 1).text().equals(",")) {
            end--;
        }
        if (end > 2 && t.get(end - 1).text().equals(".") && t.get(end - 2).text().equals("al") && t.get(end - 3).text().equals("et")) {
            end -= 3; // the tokeniser gives "et al." as "et", "al", "."
        }
        return end;
    }

    private static boolean year(List<Token> t, int i) {
        return i + 1 < t.size() && YEAR.matcher(t.get(i).text()).matches() && AFTER_YEAR.contains(t.get(i + 1).text());
    }

    /**
     * The first token of the run of up to three name words ending just before {@code end} ({@code end}
     * if none); a name joined by a hyphen is one word ("García - Paje").
     */
    private static int runStart(List<Token> t, int end) {
        int start = end;
        for (int words = 0; words < AUTHOR_WORDS && start > 0 && nameWord(t.get(start - 1)); words++) {
            start--;
            while (start > 1 && t.get(start - 1).text().equals("-") && nameWord(t.get(start - 2))) {
                start -= 2;
            }
        }
        return start < end && NameHeads.isOrganization(t.get(end - 1).text()) ? end : start;
    }

    /**
     * A capitalised word in lower case after its capital ("Quilis", "Domínguez"; each part of a
     * hyphenated one, "Ruiz-Abad"), not a common word ("May", "Figure").
     */
    private static boolean nameWord(Token w) {
        if (!w.isWord() || CommonWords.contains(w.text())) {
            return false;
        }
        for (String part : w.text().split("-", -1)) {
            if (part.length() < 2 || !Character.isUpperCase(part.codePointAt(0)) || !part.codePoints().skip(1).allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }
}
