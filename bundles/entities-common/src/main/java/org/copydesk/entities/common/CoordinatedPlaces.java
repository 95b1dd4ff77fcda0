package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * A name read across a coordination of places ("Western Australia and Queensland", "Leeds ,
 * Bradford") is that many places: when every part between "and", "&" or commas is a place the
 * lists know and the whole is no listed name ("Trinidad and Tobago", "Bosnia and Herzegovina" are
 * one), the name becomes one place per part.
 */
public final class CoordinatedPlaces {
    private CoordinatedPlaces() {
    }

    public static void split(Document doc, Gazetteer gazetteer, NameLists lists, List<NameSpan> spans) {
        SentenceNames.edit(doc, spans, (t, names) -> {
            for (int i = 0; i < t.size(); i++) {
                NameSpan s = names.at(i);
                if (s == null || s.start() != i || s.end() - s.start() < 3 || s.sure()) {
                    continue;
                }
                List<int[]> parts = parts(t, s);
                if (parts.size() < 2 || lists.bits(t, s.start(), s.end()) != 0 || !gazetteer.lookup(t, s.start(), s.end()).isEmpty()) {
                    continue;
                }
                boolean places = true;
                for (int[] p : parts) {
                    places &= p[1] > p[0] && ((lists.bits(t, p[0], p[1]) & NameLists.PLACES) != 0
                            || gazetteer.lookup(t, p[0], p[1]).contains(GazetteerCategory.LOCATION));
                }
                if (places) {
                    for (int[] p : parts) {
                        names.set(p[0], p[1], EntityType.LOCATION, false);
                    }
                    i = s.end() - 1;
                }
            }
        });
    }

    /** The parts of the name between its inner "and", "&" and commas, or one part when it has none. */
    private static List<int[]> parts(List<Token> t, NameSpan s) {
        List<int[]> parts = new ArrayList<>();
        int from = s.start();
        for (int i = s.start() + 1; i < s.end() - 1; i++) {
            String w = t.get(i).text();
            if (w.equals("and") || w.equals("&") || w.equals(",")) {
                parts.add(new int[] {from, i});
                from = i + 1;
            }
        }
        parts.add(new int[] {from, s.end()});
        return parts;
    }
}
