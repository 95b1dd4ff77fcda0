package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * A person's name never holds a possessive: "Jordan 's King Hussein" is a place's name, then a
 * person's. The model, which saw few such phrases, can read the whole as one person; this splits it
 * at the possessive. The part before keeps a type only when the lists know it (a place or an
 * organisation), the part after stays a person (linking then cuts its title).
 */
public final class Possessives {
    private Possessives() {
    }

    public static void split(Document doc, NameLists lists, List<NameSpan> spans) {
        List<NameSpan> added = new ArrayList<>();
        spans.removeIf(s -> {
            if (s.type() != EntityType.PERSON) {
                return false;
            }
            List<Token> t = doc.unit(s.unit()).tokens();
            for (int i = s.start() + 1; i < s.end() - 1; i++) {
                if (isPossessive(t.get(i).text())) {
                    // the lists are looked up as the model read the words ("JORDAN 'S KING HUSSEIN" as "Jordan")
                    int bits = lists.bits(Truecase.of(doc, s.unit()), s.start(), i);
                    if ((bits & NameLists.PLACES) != 0 || (bits & NameLists.ORGANISATIONS) != 0) {
                        added.add(new NameSpan(s.unit(), s.start(), i,
                                (bits & NameLists.PLACES) != 0 ? EntityType.LOCATION : EntityType.ORGANIZATION, s.sure()));
                    }
                    added.add(new NameSpan(s.unit(), i + 1, s.end(), EntityType.PERSON, s.sure()));
                    return true;
                }
            }
            return false;
        });
        spans.addAll(added);
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s");
    }
}
