package org.copydesk.strip.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.copydesk.strip.rules.internal.model.StopWords;

/**
 * The literal strings of which every match of a regular expression contains at least one, so a rule
 * can be skipped for a paragraph that contains none of them (the stage's cost is otherwise one regex
 * scan per rule and paragraph). A small parser for the syntax packs use: literals, escapes, classes,
 * groups, alternation and quantifiers. It errs only towards "no guarantee" (null), which merely
 * costs speed: an optional part or a class never contributes a required literal.
 */
final class RequiredLiterals {
    private final String re;
    private int pos;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** Lower-case literals every match contains one of, or null when there is no such set. */
    static Set<String> of(String regex) {
        RequiredLiterals p = new RequiredLiterals(regex);
        Set<String> out = p.alternation();
        if (p.pos != regex.length() || out == null) {
            return null;
        }
        Set<String> lower = new HashSet<>();
        out.forEach(s -> lower.add(s.toLowerCase(Locale.ROOT)));
        return lower;
    }

    private Set<String> alternation() {
        Set<String> all = new HashSet<>();
        boolean guaranteed = true;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                guaranteed = false;
            } else {
                all.addAll(branch);
            }
            if (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
            } else {
                return guaranteed ? all : null;
            }
        }
    }

    /** The most selective required set among the sequence's mandatory parts. */
    private Set<String> sequence() {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            char c = re.charAt(pos);
            Character literal = null;
            Set<String> group = null;
            boolean groupParsed = false;
            if (c == '(') {
                group = group();
                groupParsed = true;
            } else if (c == '[') {
                skipClass();
            } else if (c == '\\') {
                literal = escape();
            } else if (c == '.' || c == '^' || c == '$') {
                pos++;
            } else {
                literal = c;
                pos++;
            }
            int min = quantifierMin();
            if (literal != null && min > 0) {
                run.append(literal.charValue());
                if (min == Integer.MAX_VALUE) {
                    continue; // exactly once: the run goes on
                }
            }
            flush(run, candidates);
            if (groupParsed && group != null && min > 0) {
                candidates.add(group);
            }
        }
        flush(run, candidates);
        Set<String> best = null;
        for (Set<String> s : candidates) {
            if (best == null || selectivity(s) > selectivity(best)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * How rarely prose holds one of the literals, by the shortest of them: longer is rarer, but one of
     * the commonest words counts as one letter (" the " in "download the ... app" is in almost every
     * paragraph, "download", "get" or "install" in few).
     */
    private static int selectivity(Set<String> literals) {
        int min = Integer.MAX_VALUE;
        for (String s : literals) {
            min = Math.min(min, StopWords.contains(s.trim().toLowerCase(Locale.ROOT)) ? 1 : s.length());
        }
        return literals.isEmpty() ? 0 : min;
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (run.length() > 0) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /** A group; lookarounds and inline flags guarantee nothing. */
    private Set<String> group() {
        pos++;
        boolean plain = true;
        if (re.startsWith("?:", pos)) {
            pos += 2;
        } else if (pos < re.length() && re.charAt(pos) == '?') {
            plain = false;
        }
        Set<String> inner = alternation();
        if (pos < re.length() && re.charAt(pos) == ')') {
            pos++;
        }
        return plain ? inner : null;
    }

    private void skipClass() {
        int depth = 0;
        while (pos < re.length()) {
            char c = re.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return;
            }
        }
    }

    /** An escaped punctuation mark is a literal; letter escapes (\b, \s, \p{L} ...) are not. */
    private Character escape() {
        pos++;
        if (pos >= re.length()) {
            return null;
        }
        char e = re.charAt(pos++);
        if (Character.isLetterOrDigit(e)) {
            if ((e == 'p' || e == 'P') && pos < re.length() && re.charAt(pos) == '{') {
                pos = re.indexOf('}', pos) + 1;
            }
            return null;
        }
        return e;
    }

    /**
     * Reads a quantifier: 0 when the atom is optional, 1 when it may repeat, and MAX_VALUE when it
     * stands exactly once (no quantifier).
     */
    private int quantifierMin() {
        if (pos >= re.length()) {
            return Integer.MAX_VALUE;
        }
        char q = re.charAt(pos);
        int min;
        if (q == '?' || q == '*') {
            pos++;
            min = 0;
        } else if (q == '+') {
            pos++;
            min = 1;
        } else if (q == '{') {
            int close = re.indexOf('}', pos);
            String body = re.substring(pos + 1, close);
            pos = close + 1;
            min = Integer.parseInt(body.split(",", -1)[0].trim()) == 0 ? 0 : 1;
        } else {
            return Integer.MAX_VALUE;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++;
        }
        return min;
    }
}
