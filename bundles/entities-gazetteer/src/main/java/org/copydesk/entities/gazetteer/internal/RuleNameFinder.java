package org.copydesk.entities.gazetteer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.EntityType;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.entities.common.CommonWords;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.GazetteerCategory;
import org.copydesk.entities.common.NameFinder;
import org.copydesk.entities.common.NameHeads;
import org.copydesk.entities.common.NameLists;
import org.copydesk.entities.common.NameRules;
import org.copydesk.entities.common.NameSpan;
import org.copydesk.entities.common.TextUnit;
import org.copydesk.entities.common.Titles;
import org.copydesk.entities.common.Truecase;
import org.copydesk.text.Token;

/**
 * Names from lists and rules, no model: runs of capitalised words, typed by the lists when they
 * name the run or its head, else by their last word (an organisation or place word), the word
 * before or their first word (a title or first name: a person), their shape (an acronym: an
 * organisation) or their length. Lone sentence-initial words are left out. The names then go
 * through the rules the model's names go through ({@link NameRules}: datelines, score lines,
 * sports pages, possessives, particles, organisation runs).
 */
final class RuleNameFinder implements NameFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "du", "la", "von", "van", "&");
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "from", "to");

    @Override
    public List<NameSpan> find(Document doc, Gazetteer gazetteer) {
        List<NameSpan> spans = new ArrayList<>();
        for (int u = 0; u < doc.units().size(); u++) {
            List<Token> t = Truecase.of(doc, u);
            boolean[] inRun = new boolean[t.size()];
            int i = 0;
            while (i < t.size()) {
                if (!startsName(t.get(i))) {
                    i++;
                    continue;
                }
                int end = runEnd(t, i);
                for (int k = i; k < end; k++) {
                    inRun[k] = true;
                }
                run(doc, u, t, i, end, gazetteer, spans);
                i = end;
            }
            for (Gazetteer.Hit h : gazetteer.matches(t)) { // listed names written in lower case or as symbols
                EntityType type = typeOf(h.categories());
                if (type != null && !inRun[h.start()]) {
                    spans.add(new NameSpan(u, h.start(), h.end(), type));
                }
            }
        }
        NameRules.apply(doc, gazetteer, spans, Pieces.PARALLEL_FROM);
        return spans;
    }

    @Override
    public void prepare() {
        NameLists.get();
    }

    /** Types one capitalised run, or its listed parts when it is not one name as a whole. */
    private static void run(Document doc, int u, List<Token> t, int start, int end, Gazetteer gazetteer, List<NameSpan> out) {
        if (end - start > 1 && gazetteer.lookup(t, start, start + 1).contains(GazetteerCategory.DEMONYM)) {
            out.add(new NameSpan(u, start, start + 1, EntityType.MISC)); // "Iraqi Kataib Hezbollah"
            start++;
        }
        EntityType whole = typeOf(gazetteer.lookup(t, start, end));
        if (whole == null && end - start > 1 && typeOf(gazetteer.lookup(t, end - 1, end)) == EntityType.ORGANIZATION) {
            whole = EntityType.ORGANIZATION; // an organisation's name as the head: "Kataib Hezbollah"
        }
        if (whole == null) {
            List<Gazetteer.Hit> parts = gazetteer.matches(t.subList(start, end));
            if (!parts.isEmpty() && typeOf(parts.get(0).categories()) != null) {
                for (Gazetteer.Hit h : parts) {
                    EntityType type = typeOf(h.categories());
                    if (type != null) {
                        out.add(new NameSpan(u, start + h.start(), start + h.end(), type));
                    }
                }
                return;
            }
            whole = type(doc, u, t, start, end, gazetteer);
        }
        if (whole != null) {
            out.add(new NameSpan(u, start, end, whole));
        }
    }

    private static boolean startsName(Token t) {
        return t.isWord() && t.isCapitalised() && !Titles.isTitle(t.text());
    }

    /** The end of a run of capitalised words, with inner connectors ("Bank of England"). */
    private static int runEnd(List<Token> t, int start) {
        int end = start + 1;
        while (end < t.size()) {
            if (t.get(end).isCapitalised() && t.get(end).isWord()) {
                end++;
            } else if (CONNECTORS.contains(t.get(end).text()) && end + 1 < t.size() && t.get(end + 1).isCapitalised()) {
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
        if (NameHeads.isOrganization(last) && end - start > 1) {
            return EntityType.ORGANIZATION;
        }
        if (NameHeads.isPlace(last) && end - start > 1) {
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
        if (end - start == 2) {
            return EntityType.PERSON; // two unknown capitalised words in news are mostly a name and surname
        }
        return end - start > 2 ? EntityType.ORGANIZATION : null;
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
