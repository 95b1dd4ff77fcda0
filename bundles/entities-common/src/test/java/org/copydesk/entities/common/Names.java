package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/** A one-paragraph document and names on it written as "Words=TYPE", for tests of rules that edit a finder's names. */
final class Names {
    static final Gazetteer LISTS = new GazetteerStore(null).current();

    final Document doc;
    final List<NameSpan> spans = new ArrayList<>();

    /** @param found names as the finder gave them, "Dorothea=PERSON" (the first occurrence of the words) */
    Names(String paragraph, String... found) {
        doc = Document.of(Article.builder().body(List.of(paragraph)).build());
        for (String f : found) {
            String[] parts = f.split("=");
            String[] words = parts[0].split(" ");
            List<Token> t = doc.unit(0).tokens();
            int at = -1;
            for (int i = 0; i + words.length <= t.size() && at < 0; i++) {
                boolean same = true;
                for (int k = 0; k < words.length && same; k++) {
                    same = t.get(i + k).text().equals(words[k]);
                }
                at = same ? i : -1;
            }
            if (at < 0) {
                throw new IllegalArgumentException(parts[0] + " is not in " + paragraph);
            }
            spans.add(new NameSpan(0, at, at + words.length, EntityType.valueOf(parts[1])));
        }
    }

    /** A rule that edits a document's names. */
    interface Rule {
        void apply(Document doc, List<NameSpan> spans);
    }

    /** The names after {@code rule}, in order, as "Words=TYPE"; {@code found} as for {@link #Names(String, String...)}. */
    static List<String> after(Rule rule, String paragraph, String... found) {
        Names n = new Names(paragraph, found);
        rule.apply(n.doc, n.spans);
        return n.written();
    }

    /** The names now, in order, as "Words=TYPE". */
    List<String> written() {
        List<String> out = new ArrayList<>();
        spans.stream().sorted(java.util.Comparator.comparingInt(NameSpan::start)).forEach(s -> {
            StringBuilder b = new StringBuilder();
            for (int i = s.start(); i < s.end(); i++) {
                b.append(i > s.start() ? " " : "").append(doc.unit(0).token(i).text());
            }
            out.add(b + "=" + s.type());
        });
        return out;
    }
}
