package org.copydesk.example.quotes.view.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;

/** The direct quotes of an article's body, each with the person named nearest before it in its paragraph. */
final class Quotes {
    /** Straight or curly double quotes around at least three words. */
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]+?\\s+[^\"“”]+?\\s+[^\"“”]+?)[\"”]");

    record Quote(String text, String speaker, int paragraph) {
    }

    private Quotes() {
    }

    static List<Quote> of(Article a) {
        List<Quote> out = new ArrayList<>();
        for (int p = 0; p < a.body().size(); p++) {
            Matcher m = QUOTE.matcher(a.body().get(p));
            while (m.find()) {
                out.add(new Quote(m.group(1).strip(), speaker(a, p, m.start()), p));
            }
        }
        return out;
    }

    /** The person mentioned last before {@code offset} in the paragraph, else the first after it; null if none. */
    private static String speaker(Article a, int paragraph, int offset) {
        String before = null;
        int beforeAt = -1;
        String after = null;
        int afterAt = Integer.MAX_VALUE;
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.field() != Field.BODY || m.paragraph() != paragraph) {
                    continue;
                }
                if (m.start() < offset && m.start() > beforeAt) {
                    before = e.name();
                    beforeAt = m.start();
                } else if (m.start() >= offset && m.start() < afterAt) {
                    after = e.name();
                    afterAt = m.start();
                }
            }
        }
        return before != null ? before : after;
    }
}
