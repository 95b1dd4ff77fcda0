package org.copydesk.entities.common;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * Person names with lower-case particles ("Dorothea von Schlegel", "Pierre de Marca", "Mohammed bin
 * Salman", "Jean de la Fontaine"): a tagger that learnt from English text often stops at the particle
 * and reads the rest as another name or none. A person's name followed by one or two particles and
 * capitalised name parts is one person; a name of another type that starts with a listed first name
 * and holds a particle ("Robert de Niro") is a person too. A name of any type after the Arabic
 * article and a hyphen written apart ("al - Qaida", as tokenised text has it) takes them in. Neither when the name ends in an
 * organisation's or a place's head word ("Charles de Gaulle Airport").
 */
public final class ParticleNames {
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "da", "di", "del", "della", "der", "den",
            "du", "des", "dos", "das", "la", "le", "ter", "ten", "zu", "bin", "bint", "ibn", "al", "el", "y");
    /** The Arabic article, which tokenised text may write apart from its name ("al - Qaida"). */
    private static final Set<String> ARTICLE = Set.of("al", "Al", "el", "El");
    /** Most particles come alone; "van der", "de la", "von der" two at most. */
    private static final int MAX_PARTICLES = 2;
    /** A particle written onto its name: "al-Baghdadi", "el-Sisi", "bin-Laden". */
    private static final Pattern JOINED = Pattern.compile("(?:al|el|bin|ibn|ad|as|ash|ar)-\\p{Lu}.*");

    private ParticleNames() {
    }

    public static void join(Document doc, Gazetteer gazetteer, List<NameSpan> spans) {
        SentenceNames.edit(doc, spans, (t, names) -> {
            for (int i = 0; i < t.size(); i++) {
                NameSpan s = names.at(i);
                if (s == null || s.start() != i) {
                    continue;
                }
                if (s.start() >= 2 && t.get(s.start() - 1).text().equals("-") && ARTICLE.contains(t.get(s.start() - 2).text())
                        && names.free(s.start() - 2, s.start())) {
                    // "al - Qaida", "Bashar al - Assad" as a tokenised text writes them: the article is part of the name
                    names.set(s.start() - 2, s.end(), s.type(), s.sure());
                    s = names.at(i);
                }
                if (s.type() == EntityType.PERSON) {
                    int end = rest(t, s.end());
                    if (end > s.end() && !headed(t, end)) {
                        names.set(s.start(), end, EntityType.PERSON, s.sure());
                    }
                } else if (!s.sure() && inner(t, s) && gazetteer.lookup(t, s.start(), s.start() + 1).contains(GazetteerCategory.FIRST_NAME)
                        && !headed(t, s.end())) {
                    names.set(s.start(), s.end(), EntityType.PERSON, false);
                }
            }
        });
    }

    /** The end of the particles and name parts from {@code i} ("von Schlegel", "al-Baghdadi"), or {@code i} when none. */
    private static int rest(List<Token> t, int i) {
        int k = i;
        if (k < t.size() && JOINED.matcher(t.get(k).text()).matches()) {
            k++;
        } else {
            while (k < t.size() && k - i < MAX_PARTICLES && PARTICLES.contains(t.get(k).text())) {
                k++;
            }
            if (k > i && k + 1 < t.size() && t.get(k).text().equals("-") && ARTICLE.contains(t.get(k - 1).text())) {
                k++; // "al - Assad"
            }
            if (k == i || k == t.size() || !namePart(t.get(k))) {
                return i;
            }
        }
        while (k < t.size() && namePart(t.get(k))) {
            k++;
        }
        return k;
    }

    /** The span's words are capitalised name parts around at least one inner particle. */
    private static boolean inner(List<Token> t, NameSpan s) {
        boolean particle = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean p = i > s.start() && i < s.end() - 1 && PARTICLES.contains(t.get(i).text());
            particle |= p;
            if (!p && !namePart(t.get(i))) {
                return false;
            }
        }
        return particle;
    }

    private static boolean namePart(Token t) {
        return t.isWord() && t.isCapitalised() && !Titles.isTitle(t.text());
    }

    private static boolean headed(List<Token> t, int end) {
        String last = t.get(end - 1).text();
        return NameHeads.isOrganization(last) || NameHeads.isPlace(last);
    }
}
