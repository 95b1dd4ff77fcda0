package org.copydesk.entities.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Mention;
import org.copydesk.text.Token;

/**
 * Turns a tagger's name spans into entities: cleans each span (titles cut, honorifics kept in the
 * mention, possessives and stray punctuation dropped), adopts acronyms introduced in brackets,
 * tags every other occurrence of a found name the same way, gives one name one type, and folds
 * surnames and acronyms into the entity of the full name, which becomes its canonical name.
 */
public final class MentionLinker {
    /** Words that join the parts of a name and so never end one ("Museum of"). */
    private static final Set<String> DANGLING = Set.of("of", "and", "the", "for", "de", "in", "at", "on", "to", "&");

    private final boolean propagate;

    /** @param propagate whether untagged repeats of a found name are tagged too (document consistency) */
    public MentionLinker(boolean propagate) {
        this.propagate = propagate;
    }

    /** A cleaned span: the name is tokens {@code [start, end)}, the mention starts at {@code from}. */
    private static final class Span {
        final int unit;
        final int from;
        final int start;
        final int end;
        EntityType type;
        String key;
        /** A sure place (a dateline's) the name's other mentions outvoted: it stays a place, an entity of its own. */
        boolean placeApart;
        /** A person its finder is sure of (an author cited by year): weighed in the type vote like one after an honorific. */
        boolean surePerson;

        Span(int unit, int from, int start, int end, EntityType type) {
            this.unit = unit;
            this.from = from;
            this.start = start;
            this.end = end;
            this.type = type;
        }
    }

    public List<Entity> link(Document doc, List<NameSpan> found, Gazetteer gazetteer) {
        List<Span> spans = new ArrayList<>();
        boolean[][] covered = new boolean[doc.units().size()][];
        for (int u = 0; u < covered.length; u++) {
            covered[u] = new boolean[doc.unit(u).size()];
        }
        for (NameSpan n : found) {
            Span s = clean(doc, n.unit(), n.start(), n.end(), n.type(), n.sure(), gazetteer);
            if (s != null && !isCovered(covered[s.unit], s.from, s.end)) {
                s.placeApart = n.sure() && s.type == EntityType.LOCATION;
                s.surePerson = n.sure() && s.type == EntityType.PERSON;
                spans.add(mark(covered, s));
            }
        }
        Map<String, String> fullNames = new HashMap<>();
        spans.addAll(acronyms(doc, spans, covered, fullNames));
        unifyTypes(spans, fullNames);
        if (propagate) {
            spans.addAll(repeats(doc, spans, covered, gazetteer));
        }
        spans.sort(Comparator.comparingInt((Span s) -> s.unit).thenComparingInt(s -> s.start));
        return entities(doc, spans, fullNames, gazetteer);
    }

    private static Span mark(boolean[][] covered, Span s) {
        for (int i = s.from; i < s.end; i++) {
            covered[s.unit][i] = true;
        }
        return s;
    }

    private static boolean isCovered(boolean[] covered, int from, int end) {
        for (int i = from; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case name particles: "Peter de Vries", "Ursula von der Leyen", "Mohammed bin Salman". */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "di", "du", "del", "della",
            "der", "den", "van", "von", "ter", "ten", "le", "la", "bin", "ibn", "dos", "das");

    /**
     * Moves a person's start back over lower-case particles when a capitalised given name or an
     * honorific stands before them; the given name joins the name, the honorific stays outside.
     */
    private static int withParticles(List<Token> t, int start) {
        int p = start;
        while (p > 0 && PARTICLES.contains(t.get(p - 1).text())) {
            p--;
        }
        if (p == start || p == 0) {
            return start;
        }
        Token before = t.get(p - 1);
        if (Titles.isHonorific(before.text())) {
            return p;
        }
        return before.isWord() && before.isCapitalised() && !Titles.isTitle(before.text()) ? p - 1 : start;
    }

    private static Span clean(Document doc, int unit, int start, int end, EntityType type, boolean sure, Gazetteer gazetteer) {
        List<Token> t = doc.unit(unit).tokens();
        while (start < end && !t.get(start).isWord()) {
            start++;
        }
        while (end > start && (isPossessive(t.get(end - 1).text()) || DANGLING.contains(t.get(end - 1).text())
                || !t.get(end - 1).isWord()
                && !(t.get(end - 1).text().equals(")") && contains(t, start, end, "(")))) {
            end--;
        }
        if (end <= start || Titles.allTitles(t, start, end)) {
            return null;
        }
        if (type == EntityType.PERSON) {
            while (Titles.isTitle(t.get(start).text()) || t.get(start).text().equals(".")) {
                start++;
            }
            start = withParticles(t, start);
            if (end - start > 2 && leadingDemonym(t, start, gazetteer)) {
                start++; // "Qatari Nasser Al-Attiyah": the nationality describes, as a title does
            }
        }
        while (type != EntityType.ORGANIZATION && end - start > 1 && Titles.isTitle(t.get(end - 1).text())) {
            end--; // "German Chancellor": the title describes, the name is "German"
        }
        int from = start;
        if (start >= 2 && t.get(start - 1).text().equals(".") && Titles.isHonorific(t.get(start - 2).text())) {
            from = start - 2;
        } else if (start >= 1 && Titles.isHonorific(t.get(start - 1).text())) {
            from = start - 1;
        } else if (end - start > 1 && Titles.isHonorific(t.get(start).text())) {
            from = start; // the tagger included "Mr": keep it in the mention, not in the name
            start++;
            while (start < end && t.get(start).text().equals(".")) {
                start++;
            }
        }
        if (from < start) {
            type = EntityType.PERSON;
        }
        Set<GazetteerCategory> listed = gazetteer.lookup(t, start, end);
        if (listed.contains(GazetteerCategory.NOT_NAME) || listed.isEmpty() && from == start && !sure && notAName(doc, unit, start, end)) {
            return null;
        }
        EntityType listedType = listedType(listed);
        if (listedType == null && type == EntityType.PERSON && end - start > 1
                && listedType(gazetteer.lookup(t, end - 1, end)) == EntityType.ORGANIZATION) {
            listedType = EntityType.ORGANIZATION; // an organisation's name as its head: no person ("Kataib Hezbollah")
        }
        // a whole name the lists know takes their type: "Belgium" in "the Netherlands, Belgium and
        // Germany" is a place whatever the model guessed (letting the model's ORG stand for listed
        // places, as metonymy, changed no dev score and mislabelled such lists)
        Span s = new Span(unit, from, start, end, listedType != null && from == start && !sure ? listedType : type);
        s.key = name(doc.unit(unit), start, end);
        return s;
    }

    /** The one type the lists give a whole name, or null when they give none or disagree. */
    private static EntityType listedType(Set<GazetteerCategory> listed) {
        EntityType type = null;
        for (GazetteerCategory c : listed) {
            if (c.type() != null) {
                if (type != null && type != c.type()) {
                    return null;
                }
                type = c.type();
            }
        }
        return type;
    }

    /**
     * Capitalised ordinary words: a sentence-initial word never capitalised mid-sentence in the
     * document that is a common word or an adverb before a comma ("Funeral processions", "Bizarrely,"),
     * or a shouted run of common words ("a very BIG PRICE").
     */
    private static boolean notAName(Document doc, int unit, int start, int end) {
        List<Token> t = doc.unit(unit).tokens();
        String w = t.get(start).text();
        if (end - start == 1 && doc.sentenceInitial(unit, start) && !doc.seenCapitalisedMidSentence(w)) {
            boolean adverb = w.length() > 4 && w.endsWith("ly") && start + 1 < t.size() && t.get(start + 1).text().equals(",");
            if (adverb || CommonWords.contains(w)) {
                return true;
            }
        }
        for (int i = start; i < end; i++) {
            String x = t.get(i).text();
            if (x.length() < 3 || !x.chars().allMatch(Character::isUpperCase) || !CommonWords.contains(x)) {
                return false;
            }
        }
        return end - start > 1;
    }

    /**
     * Where the mention starts: at the honorific before a surname ("Mr Trump", "Mr de Vries": the
     * way the copy names the person), at the name when a given name or an initial follows the
     * honorific ("Dr Sue Black" names Sue Black; the honorific describes, as a title does).
     */
    private static int mentionStart(TextUnit u, Span s) {
        return s.from < s.start && s.end - s.start > 1 && u.token(s.start).isCapitalised() ? s.start : s.from;
    }

    /** A listed nationality opening a person's name that is no listed first name ("German" may be one). */
    private static boolean leadingDemonym(List<Token> t, int start, Gazetteer gazetteer) {
        Set<GazetteerCategory> c = gazetteer.lookup(t, start, start + 1);
        return c.contains(GazetteerCategory.DEMONYM) && !c.contains(GazetteerCategory.FIRST_NAME);
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    private static boolean contains(List<Token> t, int start, int end, String w) {
        for (int i = start; i < end; i++) {
            if (t.get(i).text().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The name as written, without a bracketed part ("Royal Air Force (RAF)" names "Royal Air Force"). */
    private static String name(TextUnit u, int start, int end) {
        int last = end;
        for (int i = start + 1; i < end; i++) {
            if (u.token(i).text().equals("(")) {
                last = i;
                break;
            }
        }
        return u.text().substring(u.token(start).start(), u.token(last - 1).end());
    }

    /**
     * "Popular Mobilisation Units (PMU)": the bracketed acronym names the same entity. Tags the
     * acronym there if need be and records acronym -> full name in {@code fullNames}.
     */
    private static List<Span> acronyms(Document doc, List<Span> spans, boolean[][] covered, Map<String, String> fullNames) {
        List<Span> added = new ArrayList<>();
        for (Span s : spans) {
            TextUnit u = doc.unit(s.unit);
            int inner = s.end + 1;
            if (inner + 1 >= u.size() || !u.token(s.end).text().equals("(") || !u.token(inner + 1).text().equals(")")
                    || !isAcronymOf(u.token(inner).text(), s.key)) {
                continue;
            }
            fullNames.put(u.token(inner).text(), s.key);
            if (!covered[s.unit][inner]) {
                Span a = new Span(s.unit, inner, inner, inner + 1, s.type);
                a.key = u.token(inner).text();
                added.add(mark(covered, a));
            }
        }
        return added;
    }

    /** Upper-case letters of the acronym appear in order among the capitals of the full name, first first. */
    static boolean isAcronymOf(String acr, String full) {
        if (acr.length() < 2 || acr.length() > 8 || !acr.chars().allMatch(Character::isUpperCase)
                || full.length() <= acr.length() || full.charAt(0) != acr.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < full.length() && j < acr.length(); i++) {
            char c = full.charAt(i);
            if (Character.isUpperCase(c) && c == acr.charAt(j)) {
                j++;
            }
        }
        return j == acr.length();
    }

    /** One written name, one type: the majority over its spans (first seen wins a tie); an acronym takes its full name's. */
    private static void unifyTypes(List<Span> spans, Map<String, String> fullNames) {
        Map<String, EnumMap<EntityType, Integer>> votes = new LinkedHashMap<>();
        for (Span s : spans) {
            EnumMap<EntityType, Integer> v = votes.computeIfAbsent(s.key, k -> new EnumMap<>(EntityType.class));
            if (!s.placeApart) { // a dateline is sure of its own place, not of what its town names elsewhere
                v.merge(s.type, s.from < s.start || s.surePerson ? 3 : 1, Integer::sum);
            }
        }
        Map<String, EntityType> chosen = new HashMap<>();
        for (Span s : spans) {
            chosen.putIfAbsent(s.key, majority(votes.get(s.key), s.type));
        }
        for (Span s : spans) {
            String full = fullNames.get(s.key);
            EntityType type = chosen.getOrDefault(full, chosen.get(s.key));
            // "FREIBURG , Germany 2026-10-17" over a story of the club Freiburg: the dateline is the town
            s.placeApart &= type != EntityType.LOCATION;
            s.type = s.placeApart ? EntityType.LOCATION : type;
        }
    }

    private static EntityType majority(Map<EntityType, Integer> votes, EntityType fallback) {
        EntityType best = fallback;
        int max = votes.getOrDefault(fallback, 0);
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }

    /** Untagged occurrences of names found elsewhere in the document, unless part of a longer capitalised run. */
    /** A word with a capital letter anywhere: a name, even one that opens with its particle in lower case ("al-Assad"). */
    private static boolean hasCapital(String word) {
        return word.chars().anyMatch(Character::isUpperCase);
    }

    private static List<Span> repeats(Document doc, List<Span> spans, boolean[][] covered, Gazetteer gazetteer) {
        Map<String, List<Span>> byFirst = new HashMap<>();
        // a candidate is matched by its words alone, so only the first span of each wording is kept: a
        // name found thousands of times in a long article is then tried once per token, not once per find
        Set<String> wordings = new HashSet<>();
        for (Span s : spans) {
            String first = doc.unit(s.unit).token(s.start).text();
            // a name may open with a lower-case particle when its last word has a capital ("al-Nusra", "de Gaulle")
            boolean named = Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0))
                    || hasCapital(doc.unit(s.unit).token(s.end - 1).text());
            if (named && !s.placeApart && wordings.add(wording(doc.unit(s.unit), s.start, s.end))) {
                byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(s);
            }
            String last = doc.unit(s.unit).token(s.end - 1).text();
            if (s.type == EntityType.PERSON && s.end - s.start > 1 && last.length() > 2
                    && hasCapital(last) && !CommonWords.contains(last)
                    && wordings.add(wording(doc.unit(s.unit), s.end - 1, s.end))) {
                // a person's surname on its own names the person too ("Khamenei")
                byFirst.computeIfAbsent(last, k -> new ArrayList<>()).add(new Span(s.unit, s.end - 1, s.end - 1, s.end, s.type));
            }
        }
        List<Span> added = new ArrayList<>();
        for (int u = 0; u < doc.units().size(); u++) {
            TextUnit unit = doc.unit(u);
            for (int i = 0; i < unit.size(); i++) {
                List<Span> cands = byFirst.get(unit.token(i).text());
                if (cands == null || covered[u][i]) {
                    continue;
                }
                Span best = null;
                for (Span c : cands) {
                    int len = c.end - c.start;
                    if (i + len <= unit.size() && (best == null || len > best.end - best.start)
                            && sameTokens(doc.unit(c.unit), c.start, unit, i, len)
                            && !isCovered(covered[u], i, i + len) && !extendsCapitalised(doc, u, i, i + len)) {
                        best = c;
                    }
                }
                if (best != null) {
                    Span s = clean(doc, u, i, i + (best.end - best.start), best.type, false, gazetteer);
                    if (s != null && !isCovered(covered[u], s.from, s.end)) {
                        s.type = best.type;
                        added.add(mark(covered, s));
                        i = s.end - 1;
                    }
                }
            }
        }
        return added;
    }

    /** The words of tokens {@code [start, end)}, as {@link #sameTokens} compares them. */
    private static String wording(TextUnit u, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < end; k++) {
            b.append(u.token(k).text()).append('\u0000');
        }
        return b.toString();
    }

    private static boolean sameTokens(TextUnit a, int as, TextUnit b, int bs, int len) {
        for (int k = 0; k < len; k++) {
            if (!a.token(as + k).text().equals(b.token(bs + k).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean extendsCapitalised(Document doc, int u, int start, int end) {
        TextUnit unit = doc.unit(u);
        boolean before = start > 0 && unit.token(start - 1).isCapitalised() && !doc.sentenceInitial(u, start - 1)
                && !Titles.isTitle(unit.token(start - 1).text());
        boolean after = end < unit.size() && unit.token(end).isCapitalised();
        return before || after;
    }

    /** Groups spans by name, folds surnames and acronyms into the full name, and builds the entities. */
    private static List<Entity> entities(Document doc, List<Span> spans, Map<String, String> fullNames, Gazetteer gazetteer) {
        Map<String, List<Span>> groups = new LinkedHashMap<>();
        for (Span s : spans) {
            groups.computeIfAbsent(group(s), k -> new ArrayList<>()).add(s);
        }
        Map<String, String> parent = new HashMap<>();
        Map<String, List<String>> bySurname = namesByTheirLastWords(groups, EntityType.PERSON);
        Map<String, List<String>> miscByLastWord = namesByTheirLastWords(groups, EntityType.MISC);
        for (Map.Entry<String, List<Span>> g : groups.entrySet()) {
            Span first = g.getValue().get(0);
            String full = fullNames.get(g.getKey());
            if (full != null && groups.containsKey(full)) {
                parent.put(g.getKey(), full);
            } else if (first.type == EntityType.PERSON || isLoneOrganisationWord(g)) {
                String person = fullNameFor(g.getKey(), bySurname);
                if (person != null) {
                    // "Florian Lipowitz ... 2. Lipowitz +0:27": a results line's lone surname is the person, not a team
                    g.getValue().forEach(s -> s.type = EntityType.PERSON);
                    parent.put(g.getKey(), person);
                    continue;
                }
            }
            String whole = first.type == EntityType.MISC || g.getKey().indexOf(' ') >= 0 || isListed(doc, first, gazetteer)
                    ? null : fullNameFor(g.getKey(), miscByLastWord);
            if (whole != null) {
                // "Space Shuttle Discovery ... Discovery landed": the craft, a work or an event by its short name
                g.getValue().forEach(s -> s.type = EntityType.MISC);
                parent.put(g.getKey(), whole);
            }
        }
        Map<String, List<Span>> clusters = new LinkedHashMap<>();
        for (Span s : spans) {
            clusters.computeIfAbsent(s.placeApart ? group(s) : root(s.key, parent), k -> new ArrayList<>()).add(s);
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> c : clusters.entrySet()) {
            EnumMap<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            String canonical = c.getValue().get(0).placeApart ? c.getValue().get(0).key : c.getKey();
            EntityType canonicalType = null;
            List<Mention> mentions = new ArrayList<>();
            for (Span s : c.getValue()) {
                votes.merge(s.type, 1, Integer::sum);
                if (s.key.equals(canonical) && canonicalType == null) {
                    canonicalType = s.type;
                }
                TextUnit u = doc.unit(s.unit);
                int from = u.token(mentionStart(u, s)).start();
                int to = u.token(s.end - 1).end();
                mentions.add(new Mention(u.field(), u.paragraph(), from, to, u.text().substring(from, to)));
            }
            out.add(new Entity("e" + (out.size() + 1), canonical, majority(votes, canonicalType), mentions));
        }
        return out;
    }

    /** A list knows the span's words ("France" in "Tour de France" stays the country). */
    private static boolean isListed(Document doc, Span s, Gazetteer gazetteer) {
        List<Token> t = doc.unit(s.unit).tokens();
        return !gazetteer.lookup(t, s.start, s.end).isEmpty() || NameLists.get().bits(t, s.start, s.end) != 0;
    }

    /** One word typed an organisation: it may be the surname of a person named in full in the same story. */
    private static boolean isLoneOrganisationWord(Map.Entry<String, List<Span>> g) {
        return g.getValue().get(0).type == EntityType.ORGANIZATION && g.getKey().indexOf(' ') < 0;
    }

    /** The name a span is grouped under: its key, set apart for a place its name's other mentions outvoted. */
    private static String group(Span s) {
        return s.placeApart ? s.key + "\u0000place" : s.key;
    }

    private static String root(String key, Map<String, String> parent) {
        String k = key;
        for (int guard = 0; parent.containsKey(k) && guard < 8; guard++) {
            k = parent.get(k);
        }
        return k;
    }

    /**
     * The names of one type (persons, or MISC names) by each of their last words after a space ("Ali Khamenei" under "Khamenei",
     * "Ayatollah Ali Khamenei" under "Ali Khamenei" and "Khamenei"), in the order the names came: a
     * surname finds its full names in one look-up, where comparing it with every name was quadratic in
     * the names of a long article.
     */
    private static Map<String, List<String>> namesByTheirLastWords(Map<String, List<Span>> groups, EntityType type) {
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, List<Span>> g : groups.entrySet()) {
            String name = g.getKey();
            if (g.getValue().get(0).type != type) {
                continue;
            }
            for (int i = name.indexOf(' ', 1); i >= 0 && i + 1 < name.length(); i = name.indexOf(' ', i + 1)) {
                out.computeIfAbsent(name.substring(i + 1), k -> new ArrayList<>()).add(name);
            }
        }
        return out;
    }

    /** The one longer name that ends with these words ("Trump" -> "Donald Trump"), if any. */
    private static String fullNameFor(String key, Map<String, List<String>> bySurname) {
        String found = null;
        for (String other : bySurname.getOrDefault(key, List.of())) {
            if (found != null && !found.endsWith(other) && !other.endsWith(found)) {
                return null; // two different people share the surname: leave it alone
            }
            if (found == null || other.length() > found.length()) {
                found = other;
            }
        }
        return found;
    }
}
