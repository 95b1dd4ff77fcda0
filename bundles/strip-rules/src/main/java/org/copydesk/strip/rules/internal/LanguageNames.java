package org.copydesk.strip.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line made only of languages' names, each as its speakers write it, between separators: "Ladin · Deutsch ·
 * Italiano · English", "Versi Bahasa Indonesia · Bahasa Sasak", "Русский | English" (strip19). Such a line is a
 * switch to the story in those languages whatever its case or script, where {@link LanguageSwitch}'s reading of
 * foreign function words has nothing to read. A name joined to other words ("English and Deutsch are taught side by
 * side", "Ladin: a language of three valleys") is not a segment of names, so the line is news. A segment may also be
 * the sentence "read this in ..." written in that language (rules20: "Leugh seo sa Ghàidhlig", "Auf Deutsch lesen"):
 * a verb for reading at one end, the language's name, and at most a few short words between.
 */
final class LanguageNames {
    /** Between two names: a middle dot, bullet, pipe, slash, comma or dash. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[·•|/,–—]\\s*|\\s+-\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Pointing marks around a switch ("→ Deutsch"); brackets and spaces are read by their character type. */
    private static final String POINTERS = "→←↗»«›‹▸◂:";
    /** Words for a version or an edition in a language, before or after its name ("Versión en español" is not one). */
    private static final Set<String> VERSION = Set.of("version", "versión", "versão", "versione", "versie", "versio", "wersja",
            "verzió", "verzia", "verze", "versiyon", "versiya", "versi", "версия", "версія", "edition", "édition", "edición",
            "edição", "edizione", "ausgabe", "editie", "utgave", "utgåva", "painos");
    /** A word for "language" before a language's own name, which makes any capitalised word after it a name ("Bahasa Sasak"). */
    private static final Set<String> LANGUAGE_WORD = Set.of("bahasa", "basa", "wikang", "harshen", "lingua");
    /**
     * Languages' names in their own languages and scripts (autonyms), in lower case: the names the Unicode CLDR
     * gives each language in its own locale ("Deutsch", "Русский", "தமிழ்"), with ISO 639's regional and minority
     * languages of Europe and Asia that CLDR lacks ("Ladin", "Limburgs"). A fact list, not any publisher's wording.
     */
    private static final Set<String> AUTONYMS = Set.of(
            // Latin script
            "english", "deutsch", "français", "italiano", "español", "castellano", "català", "galego", "euskara",
            "português", "nederlands", "vlaams", "limburgs", "frysk", "lëtzebuergesch", "plattdüütsch", "dansk", "svenska",
            "norsk", "bokmål", "nynorsk", "íslenska", "føroyskt", "suomi", "eesti", "latviešu", "lietuvių", "polski",
            "kaszëbsczi", "čeština", "slovenčina", "slovenščina", "hrvatski", "srpski", "bosanski", "crnogorski", "magyar",
            "română", "shqip", "türkçe", "azərbaycan", "oʻzbek", "o‘zbek", "türkmen", "qazaqşa", "kiswahili", "afrikaans",
            "isizulu", "isixhosa", "sesotho", "setswana", "yorùbá", "igbo", "hausa", "soomaali", "malti", "gaeilge",
            "gàidhlig", "cymraeg", "brezhoneg", "kernewek", "gaelg", "occitan", "corsu", "sardu", "furlan", "ladin",
            "rumantsch", "sámegiella", "davvisámegiella", "kalaallisut", "tagalog", "filipino", "tiếng việt",
            "te reo māori", "māori", "gagana samoa", "kreyòl ayisyen",
            "papiamentu", "esperanto", "latina", "chichewa", "kinyarwanda", "ikirundi", "afaan oromoo", "runasimi",
            "avañe'ẽ", "aymar aru", "kurdî", "walon", "alemannisch", "ladino", "aragonés", "asturianu", "võro",
            // Cyrillic
            "русский", "українська", "беларуская", "български", "македонски", "српски", "қазақша", "қазақ тілі",
            "кыргызча", "тоҷикӣ", "монгол", "буряад", "татарча", "татар теле", "башҡортса", "саха тыла", "чӑвашла",
            "нохчийн", "ирон", "адыгабзэ", "аҧсуа",
            // other scripts
            "ελληνικά", "հայերեն", "ქართული", "עברית", "ייִדיש", "العربية", "فارسی", "اردو", "پښتو", "کوردی", "ئۇيغۇرچە",
            "हिन्दी", "हिंदी", "বাংলা", "ਪੰਜਾਬੀ", "ગુજરાતી", "मराठी", "नेपाली", "தமிழ்", "తెలుగు", "ಕನ್ನಡ", "മലയാളം",
            "සිංහල", "ଓଡ଼ିଆ", "অসমীয়া", "ไทย", "ລາວ", "ខ្មែរ", "မြန်မာ", "བོད་སྐད", "རྫོང་ཁ", "中文", "简体中文", "繁體中文",
            "粵語", "日本語", "한국어", "አማርኛ", "ትግርኛ", "ދިވެހި");
    /**
     * The verb "read" (and "see") in the languages above, as a link to a translation says it: infinitive or polite
     * imperative ("lesen", "lisez", "darllenwch", "читайте"), from Wiktionary's translation tables for "read" and "see".
     * Forms that are also common English or Romance words or names ("lies", "les", "lee", "li", "lei") are left out.
     */
    private static final Set<String> READ = Set.of(
            "lesen", "lire", "lisez", "voir", "leggi", "leggere", "legga", "vedi", "leer", "ver", "ler", "leia", "llegir",
            "llegiu", "llegeix", "irakurri", "lleer", "leyer", "legir", "legissètz", "leghje", "lèghere", "leger", "legia",
            "lees", "lezen", "lês", "lêze", "liesen", "læs", "læse", "läs", "läsa", "lese", "lesa", "lestu", "lue",
            "lukea", "loe", "lasīt", "lasiet", "skaityti", "skaitykite", "czytaj", "przeczytaj", "czytać", "číst", "čtěte",
            "přečtěte", "přečti", "čítať", "čítajte", "prečítajte", "preberite", "preberi", "berite", "čitaj", "čitajte",
            "pročitaj", "pročitajte", "olvasd", "olvassa", "citește", "citeşte", "citeste", "citiți", "lexo", "lexoni",
            "oku", "okuyun", "oxu", "oxuyun", "soma", "aqra", "léigh", "leigh", "leugh", "darllen", "darllenwch",
            "darllena", "lenn", "lennit", "redya", "lhaih", "basahin", "đọc", "pānui", "panui", "pānuitia", "pānuihia",
            "faitau", "legu", "legi", "lege", "legere", "bixwîne", "meldar",
            "читать", "читайте", "прочитать", "прочтите", "прочитайте", "читати", "прочитати", "чытаць", "чытайце",
            "четете", "прочетете", "прочети", "читај", "читајте", "прочитај", "прочитајте", "оқу", "оқыңыз", "окуу",
            "укы", "διαβάστε", "διάβασε", "կարդալ", "կարդացեք", "წაიკითხეთ");
    /** A read sentence has at most this many words ("Léigh an t-alt seo as Gaeilge"). */
    static final int MAX_READ_WORDS = 7;
    /** The words between the verb and the name are short: "seo sa", "hwn yn", "an t-alt seo as", "i te reo". */
    static final int MAX_LINK_CHARS = 7;
    /** An inflected name keeps at least this many letters of the autonym and adds at most MAX_ENDING ("euskaraz"). */
    static final int MIN_STEM = 5;
    static final int MAX_ENDING = 3;
    /** The longest line read: six names and their separators; most body lines are longer and cost nothing here. */
    static final int MAX_CHARS = 100;
    /** A segment names at most this many words ("te reo Māori", "Versi Bahasa Indonesia"). */
    static final int MAX_SEGMENT_WORDS = 4;

    private LanguageNames() {
    }

    /**
     * Whether the line is only languages' names between separators, naming a language other than English: two
     * names or more, or one with a word for its version ("Versi Bahasa Indonesia").
     */
    static boolean isSwitch(String line) {
        if (line.length() > MAX_CHARS) {
            return false;
        }
        int names = 0;
        boolean other = false;
        boolean version = false;
        for (String part : SEPARATOR.split(withoutEdges(line), -1)) {
            String[] words = SPACES.split(part.strip());
            if (readSentence(words)) {
                other = true;
                version = true;
                continue;
            }
            if (words.length > MAX_SEGMENT_WORDS) {
                return false;
            }
            int from = 0;
            int to = words.length;
            if (VERSION.contains(lower(words[from]))) {
                from++;
                version = true;
            } else if (VERSION.contains(lower(words[to - 1]))) {
                to--;
                version = true;
            }
            String name = name(words, from, to);
            if (name == null) {
                return false;
            }
            names++;
            other |= !name.equals("english");
        }
        return other && (names >= 2 || version);
    }

    /**
     * Whether the words say "read this in" a language other than English, in that language: a verb for reading first or
     * last, a name of the language ({@link #languageWord}) among the others, the rest short. Two words need the name in
     * lower case or inflected ("Irakurri euskaraz"): "Lesen Deutsch" would be a name and a surname.
     */
    private static boolean readSentence(String[] words) {
        int n = words.length;
        if (n < 2 || n > MAX_READ_WORDS) {
            return false;
        }
        boolean verbFirst = READ.contains(lower(words[0]));
        if (!verbFirst && !READ.contains(lower(words[n - 1]))) {
            return false;
        }
        int from = verbFirst ? 1 : 0;
        int to = verbFirst ? n : n - 1;
        for (int end = to; end > from; end--) {
            // the name may take the segment's last words ("i te reo Māori"), or stand before a final verb ("Auf Deutsch lesen")
            for (int start = end - 1; start >= Math.max(from, end - 3); start--) {
                String name = lower(String.join(" ", Arrays.copyOfRange(words, start, end)));
                String language = languageWord(name);
                boolean bareCapitalised = n == 2 && name.equals(language) && Character.isUpperCase(words[start].codePointAt(0));
                if (language == null || language.equals("english") || bareCapitalised) {
                    continue;
                }
                return shortLinks(words, from, start) && shortLinks(words, end, to);
            }
        }
        return false;
    }

    private static boolean shortLinks(String[] words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words[i].length() > MAX_LINK_CHARS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The autonym a word names, undoing the Celtic languages' initial mutations that follow their prepositions (Gaelic
     * and Irish lenition "Ghàidhlig", Irish eclipsis "nGaeilge", Welsh soft and nasal mutation "Gymraeg", "Nghymraeg")
     * and a short case ending ("euskaraz", "magyarul"); null when it names none.
     */
    private static String languageWord(String word) {
        if (AUTONYMS.contains(word)) {
            return word;
        }
        List<String> forms = new ArrayList<>();
        if (word.length() > 3 && word.charAt(1) == 'h') {
            forms.add(word.charAt(0) + word.substring(2));
        }
        if (word.startsWith("n")) {
            forms.add(word.substring(1));
        }
        if (word.startsWith("ngh")) {
            forms.add("c" + word.substring(3));
        }
        if (word.startsWith("g")) {
            forms.add("c" + word.substring(1));
        }
        for (int cut = 1; cut <= MAX_ENDING && word.length() - cut >= MIN_STEM; cut++) {
            forms.add(word.substring(0, word.length() - cut));
        }
        return forms.stream().filter(AUTONYMS::contains).findFirst().orElse(null);
    }

    /** The line without the spaces, brackets and pointing marks around it ("[English]", "→ Deutsch"). */
    private static String withoutEdges(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && edge(line.charAt(from))) {
            from++;
        }
        while (to > from && edge(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    private static boolean edge(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || POINTERS.indexOf(c) >= 0;
    }

    /** The language the words name, in lower case, or null when they are not a language's name. */
    private static String name(String[] words, int from, int to) {
        if (from >= to) {
            return null;
        }
        String all = lower(String.join(" ", Arrays.copyOfRange(words, from, to)));
        if (AUTONYMS.contains(all)) {
            return all;
        }
        // "Bahasa Sasak": the word for "language" and one capitalised word
        boolean languageWord = to - from == 2 && LANGUAGE_WORD.contains(lower(words[from]))
                && Character.isUpperCase(words[from + 1].codePointAt(0));
        return languageWord ? all : null;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
