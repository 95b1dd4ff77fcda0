package org.copydesk.strip.rules.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.copydesk.api.parallel.Pieces;
import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;

/**
 * What the model sees of each body paragraph: its words and word pairs, the character n-grams of its
 * words, and its form and place: length, position in the body, punctuation, money, numbers and
 * prices, imperative openings, who it addresses ("you", "we"), whether it reports speech, and how
 * it relates to its neighbours and to the rest of the article (a short line between two body
 * paragraphs that shares no name with them; how many of its words the article uses elsewhere).
 * Boilerplate is written to the reader about the publication; article text is about its subject.
 */
public final class ParagraphFeatures {
    /**
     * Names what this class extracts and how it hashes: a model is only valid for the features it was
     * trained on, so a change to any feature or to the hashing must change this name, and models trained
     * before it are refused (retrain them with {@code copydesk strip-train}).
     */
    public static final String FEATURE_SET = "paragraph-16";
    private static final int WORD = 1;
    private static final int PAIR = 2;
    private static final int CHARS = 3;
    private static final int FORM = 4;
    static final int SHORT = 12;
    private static final int LONG = 20;

    private static final Pattern MONEY = Pattern.compile(
            "(?:[$£€¥₹₱₦]|\\b(?:rs\\.?|inr|usd|gbp|eur|aud|nzd|cad|zar|ksh|sh|dh|aed|n\\$|r)\\s?)\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_PERIOD = Pattern.compile(
            "\\b(?:a|per|each|every)\\s+(?:day|week|month|year)\\b|/\\s?(?:day|week|wk|month|mo|year|yr)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("%|\\bper ?cent\\b|\\d\\s?pc\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}[.)]\\s");
    private static final Pattern URL = Pattern.compile("https?://|www\\.|\\.(?:com|org|net|co\\.\\w\\w|ie|in)\\b|@\\w", Pattern.CASE_INSENSITIVE);
    /** Verbs of reported speech and attribution ("according to" is found as a word pair). */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "announced", "added", "stated",
            "states", "confirmed", "warned", "explained", "noted", "wrote", "writes", "argued", "argues", "expressed",
            "insisted", "admitted", "acknowledged", "claimed", "recalled",
            // a study's or a count's findings are reported too: "Research for the trade body suggests ..." (strip21)
            "suggests", "suggested", "estimates", "estimated", "concludes", "concluded");
    /** Credits: "Edited by", "Reporting by", "Photos by" name who made the article, which attributes it. */
    private static final Set<String> CREDITED = Set.of("edited", "editing", "written", "writing", "reported", "reporting",
            "compiled", "produced", "photos", "photographs", "illustrations", "words", "translated");
    /** Past tenses without "-ed" that a writer narrates with: "I spoke to", "I went to". */
    private static final Set<String> PAST = Set.of("spoke", "met", "went", "saw", "wrote", "took", "heard", "found", "sat",
            "got", "came", "thought", "felt", "began", "knew", "ran", "drove", "flew", "sent", "read", "caught", "gave");
    /** A syndication credit: "originally appeared on", "originally published by" (strip11). */
    private static final Set<String> SYNDICATED = Set.of("appeared", "published", "ran", "posted", "aired");
    private static final Set<String> SYNDICATED_ON = Set.of("on", "in", "at", "by");
    /** What a credit line says its makers gave: "... contributed to this report", "With assistance from ...". */
    private static final Set<String> CREDIT_OBJECTS = Set.of("report", "reporting", "story", "article");
    /**
     * Participles that open a backer's credit ("Presented by", "Powered by", "Made possible by") without
     * the regular "-ed"; credits of the article's makers ("Written by", "Edited by") are {@link #CREDITED}.
     */
    private static final Set<String> BACKED = Set.of("brought", "made", "underwritten", "run", "hosted");
    /** What a backer's "In ... with" opening names: "In association with", "In partnership with". */
    private static final Set<String> JOINT = Set.of("association", "partnership", "collaboration", "conjunction", "cooperation");
    /**
     * Participles of a backer's credit anywhere in a line ("... is supported by", "made possible by"): the
     * backer's name and slogan are new words on every site, the credit is not.
     */
    private static final Set<String> BACKING = Set.of("supported", "sponsored", "presented", "powered", "funded",
            "underwritten", "backed", "possible");
    /** What an "official ... partner" line names the backer as: "Official Vehicle Partner", "official timing supplier". */
    private static final Set<String> PARTNERS = Set.of("partner", "partners", "sponsor", "sponsors", "supplier", "suppliers");
    /** The most words a backer's credit line has; longer, "supported by" is a sentence about a grant or a bid. */
    private static final int BACKER_WORDS = 25;
    /** Marks a teaser ends with, pointing to the story it links: "... ranked →". */
    private static final String ARROWS = "→»›>▶";
    /** Marks that point from a label to another story, anywhere in a line: "Earlier issues ▹ the forge ...", "◂ Last week: ...". */
    private static final String POINTERS = "→←»«›‹>▶▸▹►◂◃◄↗↘";
    /** The most words a teaser's label has before its colon or arrow (strip16: "Same island, different week:"). */
    private static final int TEASER_LABEL = 6;
    /** The fewest words of the headline after it, and the most of the whole line. */
    private static final int TEASER_HEADLINE = 3;
    private static final int TEASER_WORDS = 25;
    /**
     * Finite verbs and subject pronouns, which make what comes before a colon a clause and not a label ("Earlier, the
     * mayor said:", "We asked:"); a label is a phrase without them ("Also about the lake:", strip19).
     */
    private static final Set<String> CLAUSE_WORDS = Set.of("is", "are", "was", "were", "am", "be", "has", "have", "had",
            "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "i", "we",
            "he", "she", "they", "you", "it", "says", "said", "asked", "told");
    /** Money in the words of an informal ask ("a few bucks", "a fiver"), which the currency pattern does not see. */
    private static final Set<String> CASH = Set.of("bucks", "quid", "fiver", "tenner", "dollars", "pounds", "euros",
            "rand", "cents", "pence", "cash", "koha", "shillings", "rupees", "pesos");
    /** The most words a label before a colon has: "READ:", "ALSO READ:", "Read More:". */
    private static final int LABEL_WORDS = 3;
    private static final Set<String> PERIODS = Set.of("day", "week", "month", "year", "wk", "mo", "yr");
    /**
     * What a publication sells or is made of, named after "our" ("our professional tier", "our field editors"):
     * a line about the publication's own products speaks for the publication, whatever its wording.
     */
    private static final Set<String> PRODUCTS = Set.of("app", "apps", "podcast", "podcasts", "newsletter", "newsletters",
            "site", "website", "paper", "newspaper", "edition", "editions", "e-paper", "epaper", "magazine", "tier",
            "series", "feed", "group", "channel", "archive", "archives", "guide", "guides", "briefing", "bulletin",
            "newsroom", "journalism", "journalists", "reporters", "reporter", "editors", "editor", "critic", "critics",
            "writers", "desk", "team", "coverage", "show", "programme", "program", "station", "subscribers",
            "subscription", "members", "membership", "readers", "listeners", "viewers", "inbox", "events", "club",
            "page", "pages", "account", "stories", "reporting", "work", "frequencies", "frequency", "player", "airwaves",
            "programmes", "programs", "shows", "episode", "episodes");
    /** The publication naming itself: "this newspaper", "this site", "this station". */
    private static final Set<String> SELF = Set.of("newspaper", "paper", "site", "website", "station", "newsletter",
            "podcast", "publication", "newsroom", "magazine");
    /**
     * The nouns a newspaper's or a magazine's name ends in ("the Gazette", "the Weekly"): a line that names
     * one, capitalised after "the", and asks something of the reader or quotes a price speaks for the
     * publication as "our ..." does, whatever the title's first word. Not when a capitalised word or "of"
     * follows, which makes it another name: "the Post Office", "the Journal of Medicine", "the Standard Bank".
     */
    private static final Set<String> MASTHEADS = Set.of("gazette", "herald", "weekly", "journal", "times", "post",
            "chronicle", "courier", "standard", "observer", "review", "bulletin", "digest", "tribune", "telegraph",
            "mail", "express", "mirror", "examiner", "enquirer", "inquirer", "gleaner", "sentinel", "clarion", "argus",
            "echo", "ledger", "dispatch", "recorder", "register", "mercury", "advertiser", "globe", "record", "monitor",
            "leader", "beacon", "daily", "quarterly", "monthly", "magazine", "newsletter", "letter", "reporter");
    /**
     * When a programme, a page or an edition comes round (strip13): "every Friday", "each weekday morning",
     * "on Sundays". A line that tells the reader when to find something points at the outlet's own
     * programme, whatever the programme is called.
     */
    private static final Set<String> ROUNDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "weekday", "weeknight", "weekend", "morning", "evening", "night", "fortnight");
    private static final Set<String> ROUNDS_PLURAL = Set.of("mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
            "saturdays", "sundays", "weekdays", "weeknights", "weekends");
    /** An edition named by the day it comes out: "in Sunday's paper", "next week's issue", "tomorrow's edition". */
    private static final Set<String> ISSUE_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "tomorrow", "week", "weekend", "month");
    private static final Set<String> ISSUES = Set.of("paper", "edition", "issue", "print", "magazine", "supplement", "episode",
            "show", "programme", "program", "podcast", "bulletin", "newsletter");
    /** The cue to play what the page carries: "hit play", "press play above", "tune in". */
    private static final Set<String> PLAY_VERBS = Set.of("hit", "press", "tap", "click", "push");
    /** How many words may stand between "our" and the product it names: "our professional tier", "our weather desk's". */
    private static final int PRODUCT_REACH = 3;

    /** Verbs that open a sentence addressed to the reader: "Subscribe ...", "Sign up ...", "Watch ...". */
    private static final Set<String> IMPERATIVES = Set.of("subscribe", "sign", "join", "get", "download", "follow",
            "share", "read", "watch", "listen", "support", "donate", "give", "become", "register", "log", "click",
            "tap", "try", "unlock", "start", "help", "buy", "gift", "send", "tell", "email", "contact", "see", "find",
            "explore", "discover", "keep", "stay", "enable", "accept", "allow", "manage", "upgrade", "claim", "save",
            "grab", "catch", "stream", "book", "treat", "pop", "spare", "chip", "shout", "throw", "visit", "check",
            "enjoy", "learn", "leave", "submit", "report", "continue", "scroll", "like", "please", "don't", "do",
            "make", "consider", "create", "update", "change", "switch", "turn", "go", "head", "reach", "call");
    private static final Set<String> YOU = Set.of("you", "your", "yours", "you're", "you've", "you'll", "you'd", "yourself");
    private static final Set<String> WE = Set.of("we", "our", "us", "ours", "we're", "we've", "we'll", "we'd");
    /** The writer's own voice: a column, a review or a blog speaks as "I"; boilerplate mostly as the publication's "we". */
    private static final Set<String> ME = Set.of("i", "i'm", "i've", "i'll", "i'd", "me", "my", "mine", "myself");

    private ParagraphFeatures() {
    }

    /** The features of every paragraph of a body, each seen in its article. */
    public static FeatureVector[] of(List<String> body) {
        return of(body, false);
    }

    /**
     * As {@link #of(List)}, on all cores when {@code parallel}: each paragraph's features depend on the
     * article only through its neighbours and the words' spread, both read-only once built.
     */
    public static FeatureVector[] of(List<String> body, boolean parallel) {
        IntFunction<FeatureVector> reader = reader(body, parallel);
        FeatureVector[] out = new FeatureVector[body.size()];
        each(out.length, parallel, i -> out[i] = reader.apply(i));
        return out;
    }

    /**
     * The features of paragraph i of a body, on request (from any thread): the body is read once, and
     * each vector can be dropped once judged, so a body of tens of thousands of paragraphs never
     * holds all of its vectors at once (they are most of the memory of a long page's strip stage).
     */
    public static Reader reader(List<String> body, boolean parallel) {
        return reader(body, null, parallel);
    }

    /**
     * As {@link #reader(List, boolean)} for an article from the site named {@code site} (the importer's
     * metadata, or null): a line that names the site speaks for the publication, as "our newsletter" does,
     * and sets the same feature, so the weight learnt from "our ..." lines carries to the site's own name.
     */
    public static Reader reader(List<String> body, String site, boolean parallel) {
        Paragraph[] ps = paragraphs(body, parallel);
        String[] name = siteWords(site);
        if (name.length > 0) {
            each(ps.length, parallel, i -> ps[i].product |= ps[i].says(name));
        }
        return new Reader(ps, spread(ps));
    }

    /** The site name's words as the paragraphs hold them, without a leading "the"; none when it names nothing. */
    static String[] siteWords(String site) {
        if (site == null || site.isBlank()) {
            return new String[0];
        }
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(site.strip())) {
            if (t.kind() != Token.Kind.PUNCT && t.kind() != Token.Kind.SYMBOL) {
                words.add(t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            }
        }
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        // a name made of the commonest words only ("The One", "In") would be found in any story
        boolean common = words.stream().allMatch(w -> StopWords.contains(w) || w.length() < 3);
        return common ? new String[0] : words.toArray(String[]::new);
    }

    /** A body read once, whose paragraphs' features are made on request. */
    public static final class Reader implements IntFunction<FeatureVector> {
        private final Paragraph[] ps;
        private final Map<String, Integer> spread;

        private Reader(Paragraph[] ps, Map<String, Integer> spread) {
            this.ps = ps;
            this.spread = spread;
        }

        /** Paragraph i's form alone (its length, language, voice, symbols, list marks), without the features. */
        public FeatureVector form(int i) {
            FeatureVector v = new FeatureVector();
            gates(ps[i], v);
            return v;
        }

        @Override
        public FeatureVector apply(int i) {
            return features(ps, i, spread, i, ps.length);
        }
    }

    private static void each(int n, boolean parallel, IntConsumer task) {
        Pieces.each(n, parallel ? 0 : Integer.MAX_VALUE, task);
    }

    /**
     * The features of one paragraph known only with its neighbours (an editor's example): {@code
     * context} holds it at {@code target} between the paragraphs around it, and it stood at {@code
     * position} of a body of {@code paragraphs}. The rest of the article is its neighbours.
     */
    public static FeatureVector inContext(List<String> context, int target, int position, int paragraphs) {
        Paragraph[] ps = paragraphs(context, false);
        return features(ps, target, spread(ps), position, Math.max(paragraphs, position + 1));
    }

    private static Paragraph[] paragraphs(List<String> body, boolean parallel) {
        Paragraph[] ps = new Paragraph[body.size()];
        each(ps.length, parallel, i -> ps[i] = new Paragraph(body.get(i)));
        return ps;
    }

    /** Content word -> how many paragraphs use it. */
    private static Map<String, Integer> spread(Paragraph[] ps) {
        Map<String, Integer> spread = new HashMap<>();
        for (Paragraph p : ps) {
            for (String w : p.content) {
                spread.merge(w, 1, Integer::sum);
            }
        }
        return spread;
    }

    /** Paragraph {@code i} of {@code ps}, which stood at {@code position} of a body of {@code n}. */
    private static FeatureVector features(Paragraph[] ps, int i, Map<String, Integer> spread, int position, int n) {
        Paragraph p = ps[i];
        FeatureVector v = new FeatureVector();
        words(p, v);
        v.endWords();
        gates(p, v);
        String size = p.words <= SHORT ? "short" : p.words <= 35 ? "medium" : "long";
        int fromEnd = Math.min(n - 1 - position, 3);
        form(v, "len", lengthBucket(p.words));
        form(v, "close", p.close);
        form(v, size, "close", p.close);
        form(v, "start", Math.min(position, 3));
        form(v, "end", fromEnd);
        form(v, "rel", 5 * position / n);
        form(v, size, "end", fromEnd);
        punctuation(p, v);
        money(p, v);
        address(p, v, size);
        neighbours(ps, i, v, size);
        overlap(p, v, spread, size);
        doing(ps, i, v, size);
        return v;
    }

    /** What the model's gates read: the paragraph's length, language, voice, symbols and list marks. */
    private static void gates(Paragraph p, FeatureVector v) {
        v.english(p.words >= 4 ? p.function / (float) p.words : -1);
        v.words(p.words);
        v.speech(p.reporting || !p.text.isEmpty() && "\"“'‘«".indexOf(p.text.charAt(0)) >= 0);
        v.symbols(p.marks / (float) Math.max(1, p.marks + p.words));
        v.listItem(LIST_NUMBER.matcher(p.text).lookingAt());
        v.title(p.words > 0 && p.caps < p.words && p.capitalised + p.function >= p.words);
    }

    /**
     * Words (numbers as their shape), adjacent word pairs with the paragraph's edges, characters of words;
     * and, among the words, the phrase families that point the reader at a programme or an edition (strip13:
     * "each weekday", "hit play", "in Sunday's paper", "this week's Smoko Yarns"), so that what one writer's
     * promo taught carries to another's wording in the words-alone part of the margin too.
     */
    private static void words(Paragraph p, FeatureVector v) {
        int from = v.size();
        for (String w : p.lower) {
            v.add(FeatureHash.slot(FeatureHash.mix(FeatureHash.start(WORD), w)), 1);
        }
        boolean own = !p.quoted && !p.reporting;
        phrase(v, "<rounds>", own && p.rounds);
        phrase(v, "<play>", own && p.play);
        phrase(v, "<issue>", own && p.issue);
        phrase(v, "<weeks-title>", own && p.weeksTitle);
        phrase(v, "<teaser>", own && p.teaser());
        scale(v, from);
        from = v.size();
        String prev = "<p>";
        for (String w : p.lower) {
            v.add(pair(prev, w), 1);
            prev = w;
        }
        v.add(pair(prev, "</p>"), 1);
        scale(v, from);
        from = v.size();
        StringBuilder sb = new StringBuilder();
        int chars = FeatureHash.start(CHARS);
        for (String w : p.lower) {
            if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            sb.setLength(0);
            sb.append('<').append(w).append('>');
            // the 3-, 4- and 5-grams starting at k share their first characters' hash
            for (int k = 0; k + 3 <= sb.length(); k++) {
                int h = FeatureHash.mix(chars, sb, k, k + 3);
                v.add(FeatureHash.slot(h), 1);
                for (int end = k + 4; end <= Math.min(k + 5, sb.length()); end++) {
                    h = FeatureHash.mix(h, sb.charAt(end - 1));
                    v.add(FeatureHash.slot(h), 1);
                }
            }
        }
        scale(v, from);
    }

    /** A phrase family counted as a word of its own (its name cannot be a word: words hold no angle brackets). */
    private static void phrase(FeatureVector v, String family, boolean on) {
        if (on) {
            v.add(FeatureHash.slot(FeatureHash.mix(FeatureHash.start(WORD), family)), 1);
        }
    }

    private static int pair(String a, String b) {
        return FeatureHash.slot(FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(FeatureHash.start(PAIR), a), ' '), b));
    }

    /** A group of n features adds up to length 1, so long paragraphs do not shout. */
    private static void scale(FeatureVector v, int from) {
        int count = v.size() - from;
        if (count > 0) {
            v.scale(from, (float) (1 / Math.sqrt(count)));
        }
    }

    private static void punctuation(Paragraph p, FeatureVector v) {
        String t = p.text;
        flag(v, "question", t.indexOf('?') >= 0);
        flag(v, "exclamation", t.indexOf('!') >= 0);
        flag(v, "pipe", t.indexOf('|') >= 0);
        flag(v, "copyright", t.indexOf('©') >= 0);
        flag(v, "ellipsis", t.contains("...") || t.indexOf('…') >= 0);
        flag(v, "quote", t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('”') >= 0);
        flag(v, "paren", t.indexOf('(') >= 0);
        flag(v, "colon", t.indexOf(':') >= 0 && t.indexOf(':') < t.length() - 1);
        flag(v, "url", (t.indexOf('.') >= 0 || t.indexOf('@') >= 0) && URL.matcher(t).find());
        flag(v, "bullet", !t.isEmpty() && "•·-–—>»›→▶*".indexOf(t.charAt(0)) >= 0);
        flag(v, "caps", p.words >= 2 && p.caps * 2 > p.words);
        flag(v, "capsLead", p.capsLead);
        flag(v, "titleCase", p.words >= 2 && p.words <= SHORT && p.capitalised * 5 >= p.words * 3);
        // a teaser: a short label and a colon, then another story's headline ("MORE: Fire crews called to ...")
        flag(v, "labelLead", p.label);
        flag(v, "labelHeadline", p.label && p.close != 1 && p.words <= 25);
        // the same teaser with a label in any case ("More fact-checks:", "Editor's picks:")
        flag(v, "leadHeadline", p.leadColon && p.close != 1 && p.words <= 25);
        // a backer's credit opens the paragraph: "Presented by ...", "In association with ..."
        flag(v, "backerLead", p.backerLead);
        // a backer's credit anywhere in a short line: "Weather updates in partnership with ...", "... Official Vehicle Partner"
        flag(v, "backer", p.backer && p.words <= BACKER_WORDS);
        flag(v, "arrowEnd", !t.isEmpty() && ARROWS.indexOf(t.charAt(t.length() - 1)) >= 0);
        flag(v, "teaser", !p.quoted && !p.reporting && p.teaser());
    }

    private static void money(Paragraph p, FeatureVector v) {
        // each pattern is tried only when the words show it could match
        boolean money = p.digits && MONEY.matcher(p.text).find();
        boolean period = p.period && PER_PERIOD.matcher(p.text).find();
        flag(v, "money", money);
        flag(v, "perPeriod", period);
        flag(v, "price", money && period);
        flag(v, "cash", p.cash > 0);
        flag(v, "youMoney", (p.you > 0 || p.imperatives > 0) && (money || p.cash > 0));
        flag(v, "weMoney", p.we > 0 && (money || p.cash > 0));
        flag(v, "percent", p.text.indexOf('%') >= 0 || p.digits && PERCENT.matcher(p.text).find());
        form(v, "numbers", Math.min(p.numbers, 3));
    }

    /** Who speaks to whom: the reader addressed, the publication speaking, a source reported. */
    private static void address(Paragraph p, FeatureVector v, String size) {
        form(v, "you", Math.min(p.you, 2));
        flag(v, "we", p.we > 0);
        flag(v, "weYou", p.we > 0 && p.you > 0);
        form(v, "me", Math.min(p.me, 2));
        flag(v, "imperative", p.imperatives > 0);
        flag(v, "imperativeLead", p.imperativeLead);
        form(v, size, "imperative", p.imperatives > 0 ? 1 : 0);
        flag(v, "reporting", p.reporting);
        flag(v, "youReported", p.reporting && p.you > 0);
        form(v, "names", Math.min(p.names.length, 3));
    }

    /** A short line between two body paragraphs that shares no name with them reads as an insert. */
    private static void neighbours(Paragraph[] ps, int i, FeatureVector v, String size) {
        Paragraph p = ps[i];
        Paragraph prev = i > 0 ? ps[i - 1] : null;
        Paragraph next = i + 1 < ps.length ? ps[i + 1] : null;
        form(v, "prev", prev == null ? 0 : prev.words <= SHORT ? 1 : 2);
        form(v, "next", next == null ? 0 : next.words <= SHORT ? 1 : 2);
        boolean shared = false;
        for (String name : p.names) {
            shared |= prev != null && prev.lower.contains(name) || next != null && next.lower.contains(name);
        }
        if (p.names.length > 0) {
            flag(v, shared ? "names.shared" : "names.unshared", true);
        }
        if (p.words <= SHORT && prev != null && next != null && prev.words >= LONG && next.words >= LONG) {
            flag(v, shared ? "between.shared" : "between.unshared", true);
        }
        form(v, size, "neighbours", 3 * (prev == null ? 0 : prev.words <= SHORT ? 1 : 2) + (next == null ? 0 : next.words <= SHORT ? 1 : 2));
    }

    /**
     * What the line does rather than what it says (strip9), so that it carries to wording no training line
     * has: it opens with a question to the reader and goes on; it names the publication or one of its
     * products, alone or to the reader; it puts a count or a price to the reader; it shares no capitalised
     * word with the paragraphs around it. Each is a flag a new publisher's line sets whatever its words, and
     * none is set on someone's quoted or reported words. (Address to the reader alone, and with no shared
     * capitalised word, were tried: they raised a personal site's welcome on the dev pages over the threshold.)
     */
    private static void doing(Paragraph[] ps, int i, FeatureVector v, String size) {
        Paragraph p = ps[i];
        boolean own = !p.quoted && !p.reporting;
        boolean reader = p.you > 0 || p.imperatives > 0 || p.questionLead;
        flag(v, "questionLead", own && p.questionLead);
        flag(v, "ourProduct", own && p.product);
        // "the Gazette" or "the Weekly" with a call to the reader or a price reads as "our ..." does (strip10)
        boolean mastheadAsk = own && p.masthead && (reader || p.cash > 0 || p.digits && MONEY.matcher(p.text).find());
        flag(v, "ourProductReader", own && p.product && reader || mastheadAsk);
        flag(v, "countReader", own && p.numbers > 0 && reader);
        // it points the reader at a programme, a page or an edition: when it comes round, where to play it,
        // this week's title (strip13)
        boolean pointer = p.rounds || p.play || p.issue || p.weeksTitle;
        flag(v, "pointer", own && pointer);
        flag(v, "pointerProduct", own && pointer && (p.product || p.masthead || p.weeksTitle || reader));
        Paragraph prev = i > 0 ? ps[i - 1] : null;
        Paragraph next = i + 1 < ps.length ? ps[i + 1] : null;
        if (p.capsWords.length > 0 && (prev != null || next != null)) {
            boolean shared = false;
            for (int k = 0; k < p.capsWords.length && !shared; k++) {
                String w = p.capsWords[k];
                shared = prev != null && prev.hasCaps(w) || next != null && next.hasCaps(w);
            }
            flag(v, shared ? "caps.shared" : "caps.unshared", true);
            form(v, size, "capsUnshared", shared ? 0 : 1);
            if (prev != null && next != null && prev.words >= LONG && next.words >= LONG) {
                flag(v, shared ? "betweenCaps.shared" : "betweenCaps.unshared", true);
            }
        }
    }

    /** How many of the paragraph's content words the rest of the article uses: boilerplate is off-topic. */
    private static void overlap(Paragraph p, FeatureVector v, Map<String, Integer> spread, String size) {
        if (p.content.length == 0) {
            form(v, "overlap", -1);
            return;
        }
        int elsewhere = 0;
        for (String w : p.content) {
            if (spread.get(w) > 1) {
                elsewhere++;
            }
        }
        double share = elsewhere / (double) p.content.length;
        int bucket = share == 0 ? 0 : share <= 0.2 ? 1 : share <= 0.4 ? 2 : share <= 0.7 ? 3 : 4;
        form(v, "overlap", bucket);
        form(v, size, "overlap", bucket);
    }

    private static int lengthBucket(int words) {
        int[] upper = {1, 2, 3, 5, 8, 12, 20, 35, 60};
        for (int b = 0; b < upper.length; b++) {
            if (words <= upper[b]) {
                return b;
            }
        }
        return upper.length;
    }

    private static void flag(FeatureVector v, String name, boolean on) {
        if (on) {
            v.add(flagSlot(name), 1);
        }
    }

    /** The slot of the flag {@code name}. */
    static int flagSlot(String name) {
        return FeatureHash.slot(FeatureHash.mix(FeatureHash.start(FORM), name));
    }

    /** The feature {@code name=value}. */
    private static void form(FeatureVector v, String name, int value) {
        int h = FeatureHash.mix(FeatureHash.mix(FeatureHash.start(FORM), name), '=');
        v.add(FeatureHash.slot(FeatureHash.mix(h, value)), 1);
    }

    /** The feature {@code name=value} for paragraphs of one size ({@code short.end=0}). */
    private static void form(FeatureVector v, String size, String name, int value) {
        int h = FeatureHash.mix(FeatureHash.mix(FeatureHash.mix(FeatureHash.start(FORM), size), '.'), name);
        v.add(FeatureHash.slot(FeatureHash.mix(FeatureHash.mix(h, '='), value)), 1);
    }

    /** One paragraph, tokenised once. */
    private static final class Paragraph {
        final String text;
        final List<String> lower = new ArrayList<>();
        /** Capitalised words inside sentences, and words of four letters or more that are not stop words, each once. */
        final String[] names;
        final String[] content;
        /** Capitalised words of the paragraph, sentence openings too, that are not stop words, lower-cased, each once. */
        final String[] capsWords;
        /** Whether quotation marks stand anywhere in it: someone's words, not the publication's. */
        final boolean quoted;
        /** Whether its first sentence is a question and more follows: "Want the week in one read? The ...". */
        boolean questionLead;
        /** Whether it names the publication or one of its products: "our professional tier", "this newspaper". */
        boolean product;
        /** Whether it says when something comes round: "every Friday", "each weekday", "on Sundays" ({@link #ROUNDS}). */
        boolean rounds;
        /** Whether it cues the reader to play: "hit play", "tune in". */
        boolean play;
        /** Whether it names an edition by its day: "in Sunday's paper", "next week's episode". */
        boolean issue;
        /** Whether a capitalised title follows "this week's" or "next week's": "this week's Smoko Yarns". */
        boolean weeksTitle;
        /** Whether it names a publication by its title's noun after "the": "the Gazette", "the Weekly" ({@link #MASTHEADS}). */
        boolean masthead;
        /** Whether the last word was such a noun, which holds unless a capitalised word or "of" follows it. */
        private boolean mastheadNext;
        int words;
        int marks;
        int function;
        int numbers;
        int caps;
        int capitalised;
        int you;
        int we;
        int me;
        int imperatives;
        int cash;
        /** Whether the paragraph opens with a label (up to {@link #LABEL_WORDS} words, each capitalised) and a colon. */
        boolean label;
        /** How many of the words so far are capitalised or in capitals. */
        int labelCaps;
        boolean imperativeLead;
        /** Whether a lead of up to {@link #LABEL_WORDS} words, the first capitalised, ends at a colon before a capitalised word. */
        boolean leadColon;
        /** Whether a colon ended the lead; the next word decides {@link #leadColon}. */
        private boolean colonLead;
        /** Whether the paragraph opens with a participle and "by" ("Presented by") or "In association/partnership with". */
        boolean backerLead;
        /** Whether a backer's credit stands anywhere in the paragraph: "supported by", "in partnership with", "courtesy of", "official ... partner". */
        boolean backer;
        boolean reporting;
        boolean period;
        private boolean firstCapitalised;
        final boolean digits;
        boolean capsLead;
        /** Words read when the first colon came, and when the first pointing mark came ({@link #POINTERS}); -1: none. */
        int colonAt = -1;
        int pointerAt = -1;
        /** Whether the first colon is the line's first mark, and whether a clause's word ({@link #CLAUSE_WORDS}) comes before it, after it. */
        private boolean colonFirst;
        private boolean clauseBeforeColon;
        private boolean clauseAfterColon;
        /** Sentence marks (". ! ?") in the line. */
        private int sentenceMarks;
        /** How the paragraph ends: 0 empty, 1 a sentence mark, 2 a colon, 3 a quote or bracket, 4 a word or number, 5 another mark. */
        final int close;

        Paragraph(String raw) {
            text = raw.strip();
            // sets while reading, arrays once read: a long body holds tens of thousands of paragraphs
            Set<String> names = new HashSet<>();
            Set<String> content = new HashSet<>();
            Set<String> capsWords = new HashSet<>();
            int firstEnd = -1; // words read when the first sentence ended, or -1
            boolean sentenceStart = true;
            for (Token t : Tokenizer.tokenize(text)) {
                if (t.kind() == Token.Kind.PUNCT || t.kind() == Token.Kind.SYMBOL) {
                    marks++;
                    masthead |= mastheadNext;
                    mastheadNext = false;
                    String s = t.text();
                    colonFirst |= colonAt < 0 && s.equals(":") && marks == 1;
                    colonAt = colonAt < 0 && s.equals(":") ? words : colonAt;
                    sentenceMarks += s.equals(".") || s.equals("!") || s.equals("?") ? 1 : 0;
                    pointerAt = pointerAt < 0 && s.length() == 1 && POINTERS.indexOf(s.charAt(0)) >= 0 ? words : pointerAt;
                    label |= s.equals(":") && marks == 1 && words >= 1 && words <= LABEL_WORDS && numbers == 0
                            && labelCaps == words && !lower.get(lower.size() - 1).equals("by"); // not "Edited by:"
                    colonLead = s.equals(":") && marks == 1 && words >= 1 && words <= LABEL_WORDS && numbers == 0
                            && firstCapitalised && !lower.get(lower.size() - 1).equals("by");
                    sentenceStart = s.equals(".") || s.equals("!") || s.equals("?") || s.equals(":") || s.equals("|");
                    if (firstEnd < 0 && words > 0 && (s.equals(".") || s.equals("!") || s.equals("?"))) {
                        firstEnd = s.equals("?") ? words : 0;
                    }
                    continue;
                }
                String w = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                words++;
                firstCapitalised |= words == 1 && t.isCapitalised();
                leadColon |= colonLead && t.isCapitalised();
                colonLead = false;
                if (t.kind() == Token.Kind.NUMBER) {
                    numbers++;
                    w = shape(w);
                } else {
                    boolean upper = w.length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
                    caps += upper ? 1 : 0;
                    capsLead |= words == 1 && upper && w.length() > 2;
                    capitalised += t.isCapitalised() ? 1 : 0;
                    labelCaps += t.isCapitalised() || upper ? 1 : 0;
                    if (t.isCapitalised() && !sentenceStart && !StopWords.contains(w)) {
                        names.add(w);
                    }
                    if ((t.isCapitalised() || upper) && w.length() > 1 && !StopWords.contains(w)) {
                        capsWords.add(w);
                    }
                    if (sentenceStart && IMPERATIVES.contains(w)) {
                        imperatives++;
                        imperativeLead |= words == 1;
                    }
                    you += YOU.contains(w) ? 1 : 0;
                    we += WE.contains(w) ? 1 : 0;
                    me += ME.contains(w) ? 1 : 0;
                    function += StopWords.contains(w) ? 1 : 0;
                    if (w.length() >= 4 && !StopWords.contains(w)) {
                        content.add(w);
                    }
                }
                clauseBeforeColon |= colonAt < 0 && CLAUSE_WORDS.contains(w);
                clauseAfterColon |= colonAt >= 0 && CLAUSE_WORDS.contains(w);
                String before = lower.isEmpty() ? "" : lower.get(lower.size() - 1);
                masthead |= mastheadNext && !t.isCapitalised() && !w.equals("of");
                mastheadNext = t.isCapitalised() && before.equals("the") && MASTHEADS.contains(w);
                // a verb capitalised inside a sentence is a name: "the States", "the United States"
                boolean name = t.isCapitalised() && !sentenceStart;
                // the publication's "we" is its own voice, not a source's: "which had no say in what we wrote" (strip20)
                reporting |= REPORTING.contains(w) && !name && !before.equals("we") || w.equals("to") && before.equals("according")
                        || w.equals("by") && CREDITED.contains(before) || credit(w, lower)
                        // the writer narrates what they did ("I asked three writers"): a column or a review, not a call
                        || before.equals("i") && (w.length() > 4 && w.endsWith("ed") || PAST.contains(w));
                backerLead |= words == 2 && (w.equals("by") && !CREDITED.contains(before) && (before.endsWith("ed") || BACKED.contains(before)))
                        || words == 3 && w.equals("with") && lower.get(0).equals("in") && JOINT.contains(before);
                backer |= backer(w, lower);
                product |= product(w, lower);
                period |= PERIODS.contains(w);
                rounds |= ROUNDS.contains(w) && (before.equals("every") || before.equals("each"))
                        || ROUNDS_PLURAL.contains(w);
                play |= w.equals("play") && PLAY_VERBS.contains(before) || w.equals("in") && before.equals("tune");
                // the tokenizer splits a possessive off: "Sunday's" is "sunday", "'s"
                int n = lower.size();
                issue |= ISSUES.contains(w) && before.equals("'s") && n >= 2 && ISSUE_DAYS.contains(lower.get(n - 2));
                weeksTitle |= t.isCapitalised() && before.equals("'s") && n >= 3 && lower.get(n - 2).equals("week")
                        && (lower.get(n - 3).equals("this") || lower.get(n - 3).equals("next"));
                cash += CASH.contains(w) ? 1 : 0;
                lower.add(w);
                sentenceStart = false;
            }
            masthead |= mastheadNext;
            this.names = names.toArray(String[]::new);
            this.content = content.toArray(String[]::new);
            this.capsWords = capsWords.toArray(String[]::new);
            questionLead = firstEnd > 0 && words > firstEnd;
            quoted = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0;
            close = close(text);
            digits = text.chars().anyMatch(Character::isDigit);
        }

        /**
         * Whether {@code w} ends a credit of the article's makers: "contributed to this report", "with
         * assistance from", and since strip11 a syndication credit, "originally appeared on", "originally
         * published by": article text by the dev pages, legal boilerplate by our sets, so the stage leaves
         * it to the rules (docs/strip.md).
         */
        private static boolean credit(String w, List<String> lower) {
            int n = lower.size();
            return CREDIT_OBJECTS.contains(w) && n >= 3 && lower.get(n - 1).equals("this") && lower.get(n - 2).equals("to")
                    && lower.get(n - 3).startsWith("contribut")
                    || w.equals("from") && n >= 2 && lower.get(n - 1).equals("assistance") && lower.get(n - 2).equals("with")
                    || SYNDICATED_ON.contains(w) && n >= 2 && SYNDICATED.contains(lower.get(n - 1)) && lower.get(n - 2).equals("originally");
        }

        /** Whether {@code w} ends "our ... PRODUCT" (up to {@link #PRODUCT_REACH} words apart) or "this NEWSPAPER". */
        private static boolean product(String w, List<String> lower) {
            int n = lower.size();
            if (SELF.contains(w) && n >= 1 && lower.get(n - 1).equals("this")) {
                return true;
            }
            return PRODUCTS.contains(w) && lower.subList(Math.max(0, n - PRODUCT_REACH), n).contains("our");
        }

        /** Whether its words hold {@code run} in order, side by side, capitalised as a name ("The Times", not "three times"). */
        boolean says(String[] run) {
            if (!hasCaps(run[0])) {
                return false;
            }
            for (int k = 0; k + run.length <= lower.size(); k++) {
                int j = 0;
                while (j < run.length && lower.get(k + j).equals(run[j])) {
                    j++;
                }
                if (j == run.length) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether it has a teaser's shape (strip16): a short label, then a colon or a pointing mark, then another
         * story's headline, with no sentence mark at its end ("◂ Last week: the river that changed course",
         * "Also this week → a flag found forty years late"), whatever the label's words. Since strip19 the headline
         * may end in a full stop when the label is a phrase, not a clause (no finite verb or subject pronoun, no
         * mark before its colon), and the headline is one sentence without them either ("Also about the lake: the
         * omul fishing ban, two years on."), which "Earlier, the mayor said: ...", "Before this: I worked ..." and
         * "Update: the council confirmed the ferry will run ..." are not.
         */
        boolean teaser() {
            int split = colonAt >= 1 && colonAt <= TEASER_LABEL ? colonAt : pointerAt >= 0 && pointerAt <= TEASER_LABEL ? pointerAt : -1;
            boolean headline = close != 1
                    || split == colonAt && colonFirst && !clauseBeforeColon && !clauseAfterColon && sentenceMarks == 1;
            return split >= 0 && words - split >= TEASER_HEADLINE && words <= TEASER_WORDS && headline;
        }

        /** Whether {@code w} is one of its capitalised words. */
        boolean hasCaps(String w) {
            for (String c : capsWords) {
                if (c.equals(w)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code w} ends a backer's credit: "supported by", "brought to you by", "in association with", "official ... partner". */
        private static boolean backer(String w, List<String> lower) {
            int n = lower.size();
            String before = n == 0 ? "" : lower.get(n - 1);
            return w.equals("by") && (BACKING.contains(before) || before.equals("you") && n >= 2 && lower.get(n - 2).equals("to"))
                    || w.equals("with") && JOINT.contains(before) && n >= 2 && lower.get(n - 2).equals("in")
                    || w.equals("of") && before.equals("courtesy")
                    || PARTNERS.contains(w) && lower.subList(Math.max(0, n - 3), n).contains("official");
        }

        /** A number as its shape: every digit a 0, so prices and dates generalise. */
        private static String shape(String number) {
            char[] cs = number.toCharArray();
            for (int k = 0; k < cs.length; k++) {
                cs[k] = Character.isDigit(cs[k]) ? '0' : cs[k];
            }
            return new String(cs);
        }

        private static int close(String t) {
            if (t.isEmpty()) {
                return 0;
            }
            char c = t.charAt(t.length() - 1);
            if (".!?".indexOf(c) >= 0) {
                return 1;
            }
            if (c == ':') {
                return 2;
            }
            if ("\"'”’)]".indexOf(c) >= 0) {
                return 3;
            }
            return Character.isLetterOrDigit(c) ? 4 : 5;
        }
    }
}
