package org.copydesk.entities.gazetteer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.entities.common.CommonWords;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.GazetteerCategory;
import org.copydesk.entities.common.NameFinder;
import org.copydesk.entities.common.NameSpan;
import org.copydesk.entities.common.TextUnit;
import org.copydesk.entities.common.Titles;
import org.copydesk.entities.common.Truecase;
import org.copydesk.text.Token;

/**
 * Names from lists and rules, no model: gazetteer matches first, then runs of capitalised words
 * typed by their first word (a first name or a title before it: a person), their last word (an
 * organisation or place word) or their shape (an acronym: an organisation). Runs it cannot type,
 * and lone sentence-initial words, are left out: this tagger prefers precision.
 */
final class RuleNameFinder implements NameFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "de", "du", "la", "von", "van", "&");
    private static final Set<String> ORG_HEADS = Set.of("Inc", "Corp", "Corporation", "Ltd", "Plc", "LLC", "Co",
            "Company", "Group", "Party", "Council", "Ministry", "Department", "University", "College", "School",
            "Bank", "Association", "Agency", "Committee", "Union", "Institute", "Foundation", "Army", "Navy",
            "Force", "Forces", "Court", "Commission", "Organisation", "Organization", "Units", "Brigades",
            "Times", "Post", "News", "Press", "Airlines", "Airways", "Motors", "Club", "Federation", "Front",
            "Movement", "Authority", "Office", "Service", "Police", "Board", "Parliament", "Assembly");
    private static final Set<String> PLACE_HEADS = Set.of("City", "County", "Province", "State", "River",
            "Island", "Islands", "Mountains", "Valley", "Sea", "Ocean", "Gulf", "Lake", "Street", "Square",
            "Avenue", "Road", "Airport", "Strait", "Peninsula", "Desert", "Bay", "Coast", "Region");
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "from", "to");

    @Override
    public List<NameSpan> find(Document doc, Gazetteer gazetteer) {
        List<NameSpan> spans = new ArrayList<>();
        for (int u = 0; u < doc.units().size(); u++) {
            TextUnit unit = doc.unit(u);
            List<Token> t = Truecase.of(unit.tokens());
            boolean[] taken = new boolean[t.size()];
            for (Gazetteer.Hit h : gazetteer.matches(t)) {
                EntityType type = typeOf(h.categories());
                if (type != null) {
                    spans.add(new NameSpan(u, h.start(), h.end(), type));
                    for (int i = h.start(); i < h.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
            int i = 0;
            while (i < t.size()) {
                if (taken[i] || !startsName(t.get(i))) {
                    i++;
                    continue;
                }
                int end = runEnd(t, taken, i);
                EntityType type = type(doc, u, t, i, end, gazetteer);
                if (type != null) {
                    spans.add(new NameSpan(u, i, end, type));
                }
                i = end;
            }
        }
        return spans;
    }

    private static boolean startsName(Token t) {
        return t.isWord() && t.isCapitalised() && !Titles.isTitle(t.text());
    }

    /** The end of a run of capitalised words, with inner connectors ("Bank of England"). */
    private static int runEnd(List<Token> t, boolean[] taken, int start) {
        int end = start + 1;
        while (end < t.size() && !taken[end]) {
            if (t.get(end).isCapitalised() && t.get(end).isWord()) {
                end++;
            } else if (CONNECTORS.contains(t.get(end).text()) && end + 1 < t.size() && !taken[end + 1]
                    && t.get(end + 1).isCapitalised()) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static EntityType type(Document doc, int u, List<Token> t, int start, int end, Gazetteer gazetteer) {
        String first = t.get(start).text();
        String last = t.get(end - 1).text();
        if (ORG_HEADS.contains(last) && end - start > 1) {
            return EntityType.ORGANIZATION;
        }
        if (PLACE_HEADS.contains(last) && end - start > 1) {
            return EntityType.LOCATION;
        }
        if (start > 0 && Titles.isTitle(t.get(start - 1).text())
                || gazetteer.lookup(t, start, start + 1).contains(GazetteerCategory.FIRST_NAME) && end - start > 1) {
            return EntityType.PERSON;
        }
        if (first.length() >= 2 && first.length() <= 6 && end - start == 1 && first.chars().allMatch(Character::isUpperCase)) {
            return CommonWords.contains(first) ? null : EntityType.ORGANIZATION;
        }
        boolean initial = doc.sentenceInitial(u, start);
        if (initial && end - start == 1) {
            return null;
        }
        if (end - start == 1 && start > 0 && PLACE_BEFORE.contains(t.get(start - 1).text())) {
            return EntityType.LOCATION;
        }
        return end - start > 1 ? EntityType.ORGANIZATION : null;
    }

    private static EntityType typeOf(Set<GazetteerCategory> categories) {
        for (GazetteerCategory c : categories) {
            if (c.type() != null) {
                return c.type();
            }
        }
        return null;
    }
}
