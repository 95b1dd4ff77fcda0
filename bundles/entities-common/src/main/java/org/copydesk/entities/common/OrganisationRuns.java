package org.copydesk.entities.common;

import java.util.List;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * Long organisation names with lower-case joiners, which a tagger cuts short or misses: an
 * organisation's head word, "of" or "for" (and "the") and capitalised words ("Ministry of Foreign Affairs",
 * "Commission for Racial Equality", "Council of the Northern Isles"); capitalised words no tagger named, "and" or "&" and an
 * organisation ending in its head word ("Transport and General Workers Union"); and such a name
 * whose head stands before its "of", "and" and more capitalised words no list knows ("Department
 * of Health and Human Services"), or runs on in a list of its own closed by "and" ("Ministry of Roads ,
 * Harbours and Inland Waterways": ministries named for their briefs). Precision first: a part that is a person's or a place's name (or a listed name,
 * after "and" or a comma) is never joined, as "the Bank of England and Barclays" are two.
 */
public final class OrganisationRuns {
    /** Capitalised words that open a sentence or a title but are no part of a name. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "At", "On", "For", "From", "By", "With",
            "To", "And", "But", "Or", "As", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "Of");

    private OrganisationRuns() {
    }

    public static void join(Document doc, Gazetteer gazetteer, List<NameSpan> spans) {
        SentenceNames.edit(doc, spans, (t, names) -> {
            for (int i = 1; i + 1 < t.size(); i++) {
                String w = t.get(i).text();
                if (w.equals("of") || w.equals("for")) {
                    headOf(t, names, i);
                } else if (w.equals("and") || w.equals("&")) {
                    joinedBy(t, names, gazetteer, i);
                }
            }
            for (int i = 1; i + 1 < t.size(); i++) {
                NameSpan left = names.at(i - 1);
                if (t.get(i).text().equals(",") && left != null && left.end() == i && left.type() == EntityType.ORGANIZATION
                        && headedBeforeOf(t, left)) {
                    int end = listEnd(t, names, gazetteer, i);
                    if (end > i) {
                        names.set(left.start(), end, EntityType.ORGANIZATION, left.sure());
                    }
                }
            }
        });
    }

    /** "Ministry of Foreign Affairs": a head word before {@code of}, capitalised words after it (or after "the"). */
    private static void headOf(List<Token> t, SentenceNames names, int of) {
        if (!NameHeads.isOrganization(t.get(of - 1).text())) {
            return;
        }
        NameSpan left = names.at(of - 1);
        int start;
        if (left == null) {
            start = runStart(t, of);
            if (start == of || !names.free(start, of)) {
                return;
            }
        } else if (left.type() == EntityType.ORGANIZATION && left.end() == of) {
            start = left.start();
        } else {
            return; // the finder's name runs on past "of", or it is a person or a place
        }
        // "Council of the Northern Isles", "Ministry of the Interior"
        int first = of + 2 < t.size() && t.get(of + 1).text().equals("the") && namePart(t.get(of + 2)) ? of + 2 : of + 1;
        int end = runEnd(t, first);
        NameSpan right = names.at(first);
        if (right != null && right.start() == first) {
            if (first > of + 1 && left != null && right.type() == EntityType.ORGANIZATION) {
                return; // two organisations the finder named apart: a body of the other ("a Working Group of the Royal Society")
            }
            end = Math.max(end, right.end()); // the finder's name after "of" runs on ("Fisheries and Oceans")
        }
        if (end == first || !only(names, first, end, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.MISC)
                || crosses(names, end)) {
            return;
        }
        names.set(start, end, EntityType.ORGANIZATION, false);
    }

    private static void joinedBy(List<Token> t, SentenceNames names, Gazetteer gazetteer, int and) {
        NameSpan right = names.at(and + 1);
        NameSpan left = names.at(and - 1);
        if (right != null && right.start() == and + 1 && right.type() == EntityType.ORGANIZATION
                && NameHeads.isOrganization(t.get(right.end() - 1).text())) {
            // "Transport and General Workers Union": the words before are no name of their own
            int start = runStart(t, and);
            if (start < and && left == null && names.free(start, and) && !listed(gazetteer, t, start, and) && !headed(t, start, and)) {
                names.set(start, right.end(), EntityType.ORGANIZATION, right.sure());
            }
            return;
        }
        if (left != null && left.end() == and && left.type() == EntityType.ORGANIZATION && headedBeforeOf(t, left)) {
            // "Department of Health and Human Services": what follows is no name of its own
            int end = runEnd(t, and + 1);
            if (end > and + 1 && only(names, and + 1, end, EntityType.ORGANIZATION, EntityType.MISC) && !crosses(names, end)
                    && !listed(gazetteer, t, and + 1, end) && !headed(t, and + 1, end)) {
                names.set(left.start(), end, EntityType.ORGANIZATION, left.sure());
            }
        }
    }

    /**
     * The end of a list that runs on from the comma at {@code comma}: capitalised parts after commas, the last
     * after "and" (", Energy , the Coast and Water"); {@code comma} when there is none. No part is a
     * listed name, an organisation of its own ("the Bank of Japan , and the Swiss National Bank") or holds a
     * person of two words or more ("the Ministry of Defence , Ana Costa and Rui Lopes").
     */
    private static int listEnd(List<Token> t, SentenceNames names, Gazetteer gazetteer, int comma) {
        int i = comma;
        while (i < t.size() && t.get(i).text().equals(",")) {
            boolean last = i + 1 < t.size() && t.get(i + 1).text().equals("and"); // a serial comma
            int end = part(t, names, gazetteer, last ? i + 2 : i + 1);
            if (end < 0) {
                return comma;
            }
            if (last) {
                return end;
            }
            if (end < t.size() && t.get(end).text().equals("and")) {
                int close = part(t, names, gazetteer, end + 1);
                return close < 0 ? comma : close;
            }
            i = end;
        }
        return comma;
    }

    /** The end of one part of such a list from {@code i} ("Energy", "the Coast"), or -1 when it is none. */
    private static int part(List<Token> t, SentenceNames names, Gazetteer gazetteer, int i) {
        int start = i < t.size() && t.get(i).text().equals("the") ? i + 1 : i;
        int end = runEnd(t, start);
        if (end == start || crosses(names, start) || crosses(names, end) || listed(gazetteer, t, start, end) || headed(t, start, end)) {
            return -1;
        }
        for (int k = start; k < end; k++) {
            NameSpan s = names.at(k);
            if (s != null && s.type() == EntityType.PERSON && s.end() - s.start() > 1) {
                return -1;
            }
        }
        return end;
    }

    /** The first word of the capitalised run that ends just before {@code i}, openers left out; {@code i} when none. */
    private static int runStart(List<Token> t, int i) {
        int start = i;
        while (start > 0 && namePart(t.get(start - 1))) {
            start--;
        }
        while (start < i && OPENERS.contains(t.get(start).text())) {
            start++;
        }
        return start;
    }

    /**
     * The end of the capitalised run from {@code i}, stopping at a title after its first word ("Bank of
     * England Governor"; "Ministry of Foreign Affairs" and "Ministry of Defence" keep theirs).
     */
    private static int runEnd(List<Token> t, int i) {
        int end = i;
        while (end < t.size() && namePart(t.get(end)) && (end == i || !Titles.isTitle(t.get(end).text()))) {
            end++;
        }
        return end;
    }

    private static boolean namePart(Token t) {
        return t.isWord() && t.isCapitalised();
    }

    /** Every name over {@code [start, end)} lies inside it and has one of the types. */
    private static boolean only(SentenceNames names, int start, int end, EntityType... types) {
        for (int i = start; i < end; i++) {
            NameSpan s = names.at(i);
            if (s != null && (s.start() < start || s.end() > end || !List.of(types).contains(s.type()))) {
                return false;
            }
        }
        return true;
    }

    /** A name runs across token boundary {@code end}. */
    private static boolean crosses(SentenceNames names, int end) {
        NameSpan s = names.at(end);
        return s != null && s.start() < end;
    }

    private static boolean listed(Gazetteer gazetteer, List<Token> t, int start, int end) {
        return !gazetteer.lookup(t, start, end).isEmpty();
    }

    /** Some word of the run is an organisation's head: it is an organisation of its own. */
    private static boolean headed(List<Token> t, int start, int end) {
        for (int i = start; i < end; i++) {
            if (NameHeads.isOrganization(t.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** The organisation's head stands before an inner "of" or "for" ("Department of Health"). */
    private static boolean headedBeforeOf(List<Token> t, NameSpan s) {
        for (int i = s.start() + 1; i < s.end() - 1; i++) {
            String w = t.get(i).text();
            if ((w.equals("of") || w.equals("for")) && NameHeads.isOrganization(t.get(i - 1).text())) {
                return true;
            }
        }
        return false;
    }
}
