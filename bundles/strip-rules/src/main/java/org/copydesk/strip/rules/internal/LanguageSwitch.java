package org.copydesk.strip.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.strip.rules.internal.model.StopWords;

/**
 * A short line wholly in another language inside an English news story: a link to the story in that
 * language ("Citește în română", "Чытаць па-беларуску", "Version française → en haut à droite"). No
 * English wording carries from one language's switch to the next, and the model, which judges English
 * prose only, never sees it; what carries is that the line is not in the story's language at all
 * (strip16). It goes when all of these hold:
 * <ul>
 *   <li>it has {@link #MIN_WORDS} to {@link #MAX_WORDS} words, no quotation mark (a quoted phrase is
 *       reporting) and at most {@link #MAX_ENGLISH} of its words are English function words;</li>
 *   <li>a word of it is visibly not English: in another script, or a function word of another language
 *       ("het", "en", "în"), or two of its lower-case words have letters English does not use ("română");</li>
 *   <li>a word of it in lower case is neither kind of function word: a name in another script or a
 *       place name ("Plaza de la Constitución") is capitalised throughout, a switch says "read" or
 *       names the language; lines in scripts without case are left to the packs;</li>
 *   <li>or, instead of the three above, it is only languages' own names between separators
 *       ({@link LanguageNames}, strip19: "Ladin · Deutsch · Italiano · English"), or "read this in" a language said
 *       in that language (rules20: "Leugh seo sa Ghàidhlig");</li>
 *   <li>the story around it is English prose and reads as news ({@link ModelPass#readsAsNews}): on a
 *       page in another language, or a list of foreign titles, such lines are the content.</li>
 * </ul>
 */
final class LanguageSwitch {
    static final int MIN_WORDS = 2;
    static final int MAX_WORDS = 12;
    /** The largest share of English function words: "Dit artikel in het Nederlands" has one in ten. */
    static final double MAX_ENGLISH = 0.15;
    /** Of the body's paragraphs of {@link #PROSE_WORDS} words or more, this share must be English prose. */
    static final double ENGLISH_BODY = 0.6;
    static final int PROSE_WORDS = 8;
    static final Rule RULE = new Rule("structure:language-switch", "navigation", Rule.Scope.LINE, (int) Classifier.CONCLUSIVE,
            List.of(), MAX_WORDS, List.of());
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*");
    /**
     * Function words of other European languages that are not English words (articles, prepositions,
     * conjunctions): a fact about those languages, not about any publisher's wording.
     */
    private static final Set<String> FOREIGN = Set.of("de", "het", "een", "en", "la", "le", "les", "el", "los", "las", "der",
            "das", "und", "ein", "eine", "auf", "il", "gli", "della", "del", "och", "og", "et", "une", "des", "du", "au", "à",
            "dans", "pour", "sur", "avec", "ist", "mit", "zu", "nel", "para", "por", "på", "të", "și", "în", "és", "ili", "и",
            "і", "в", "у", "з", "на", "та");
    /** Function words English shares with other languages ("in het Nederlands", "Leia a versão"): neither kind. */
    private static final Set<String> SHARED = Set.of("in", "a");
    /** Accented letters alone do not make a line foreign ("café owners"); in this many lower-case words they do. */
    static final int ACCENTED_WORDS = 2;

    private LanguageSwitch() {
    }

    /** Marks the language switches among the paragraphs the rules did not find conclusive. */
    static void mark(List<String> body, Evidence[] ev) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < ev.length; i++) {
            if (ev[i].score() < Classifier.CONCLUSIVE && isSwitch(body.get(i))) {
                found.add(i);
            }
        }
        // the story is read only when a line could be a switch: most bodies have none
        if (!found.isEmpty() && englishBody(body) && ModelPass.readsAsNews(body)) {
            found.forEach(i -> ev[i] = new Evidence(Classifier.CONCLUSIVE, RULE));
        }
    }

    /** Whether the line, alone, reads as a switch to another language (the story is not read). */
    static boolean isSwitch(String line) {
        if (line.length() > 20 * MAX_WORDS) {
            return false;
        }
        if (LanguageNames.isSwitch(line)) {
            return true;
        }
        if (line.indexOf('"') >= 0 || line.indexOf('“') >= 0 || line.indexOf('”') >= 0
                || line.indexOf('«') >= 0 || line.indexOf('„') >= 0) {
            return false;
        }
        int words = 0;
        int english = 0;
        boolean foreign = false;
        int accented = 0;
        boolean lowerContent = false;
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            words++;
            boolean shared = SHARED.contains(lower);
            boolean function = !shared && StopWords.contains(lower);
            // a function word stands in lower case inside a line: "Della" is a name
            boolean lowerCase = Character.isLowerCase(w.codePointAt(0));
            boolean foreignFunction = !function && lowerCase && FOREIGN.contains(lower);
            english += function ? 1 : 0;
            foreign |= foreignFunction || w.codePoints().anyMatch(LanguageSwitch::otherScript);
            accented += lowerCase && w.codePoints().anyMatch(c -> Character.isLetter(c) && c > 'z') ? 1 : 0;
            lowerContent |= !shared && !function && !foreignFunction && lowerCase;
        }
        return words >= MIN_WORDS && words <= MAX_WORDS && english <= MAX_ENGLISH * words
                && (foreign || accented >= ACCENTED_WORDS) && lowerContent;
    }

    /** Whether the character is a letter of a script other than Latin (Cyrillic, Greek, Devanagari ...). */
    private static boolean otherScript(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
    }

    /** Whether most of the body's longer paragraphs are English prose. */
    static boolean englishBody(List<String> body) {
        int prose = 0;
        int english = 0;
        for (String p : body) {
            int words = 0;
            int function = 0;
            Matcher m = WORD.matcher(p);
            while (m.find()) {
                words++;
                function += StopWords.contains(m.group().toLowerCase(Locale.ROOT)) ? 1 : 0;
            }
            if (words >= PROSE_WORDS) {
                prose++;
                english += function >= ModelPass.MIN_FUNCTION_WORDS * words ? 1 : 0;
            }
        }
        return prose > 0 && english >= ENGLISH_BODY * prose;
    }
}
