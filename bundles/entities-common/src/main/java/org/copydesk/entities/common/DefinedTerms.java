package org.copydesk.entities.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.copydesk.text.Token;

/**
 * An acronym the text defines by lower-case words ("global sea surface salinity ( SSS )", "radio
 * frequency interference ( RFI )") names a term, a measure or an instrument, not an organisation:
 * academic and technical writing defines its terms so, and a model that learnt from wire copy, where
 * most acronyms are organisations, reads them as organisations. Every span of the article that is
 * just such an acronym goes, unless its finder is sure of it. An organisation's name is written
 * capitalised ("Popular Mobilisation Units ( PMU )"), so its acronym stays.
 */
public final class DefinedTerms {
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,8}");
    /** Words an expansion may hold that its acronym leaves out ("soil moisture and ocean salinity": SMOS). */
    private static final Set<String> JOINERS = Set.of("of", "and", "the", "for", "in", "on", "to", "a", "an", "-", "/", "&");

    private DefinedTerms() {
    }

    public static void drop(Document doc, List<NameSpan> spans) {
        Set<String> terms = new HashSet<>();
        for (TextUnit u : doc.units()) {
            List<Token> t = u.tokens();
            for (int i = 1; i < t.size(); i++) {
                String w = t.get(i).text();
                if (t.get(i - 1).text().equals("(") && ACRONYM.matcher(w).matches() && spelledBefore(t, i - 1, w)) {
                    terms.add(w);
                }
            }
        }
        if (!terms.isEmpty()) {
            spans.removeIf(s -> !s.sure() && s.end() - s.start() == 1
                    && terms.contains(doc.unit(s.unit()).tokens().get(s.start()).text()));
        }
    }

    /** Whether the lower-case words just before {@code open} give the acronym's letters as their initials, in order. */
    static boolean spelledBefore(List<Token> t, int open, String acronym) {
        int letter = acronym.length() - 1;
        for (int j = open - 1; j >= 0 && j >= open - 3 * acronym.length(); j--) {
            String[] parts = t.get(j).text().split("-");
            // a hyphenated word gives each part's initial ("two-scale model": TSM), right to left
            for (int p = parts.length - 1; p >= 0; p--) {
                String w = parts[p];
                if (w.isEmpty()) {
                    continue;
                }
                boolean lower = Character.isLowerCase(w.charAt(0));
                if (lower && Character.toLowerCase(acronym.charAt(letter)) == w.charAt(0)) {
                    if (--letter < 0) {
                        return true;
                    }
                } else if (!JOINERS.contains(w)) {
                    return false; // a capitalised word, a number or a comma: no definition by common words
                }
            }
        }
        return false;
    }
}
