package org.copydesk.importer.html.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises chrome by its wording when its markup says nothing: short calls to action, teaser
 * prompts, cookie notices, copyright lines, bare dates and bylines. Only short blocks are judged,
 * so a paragraph that merely mentions a newsletter stays. The phrases cover the languages most
 * common in news (English, German, French, Spanish, Portuguese, Italian, Dutch).
 */
final class BoilerplateWording {
    private static final int SHORT = 160;
    private static final int CREDIT_LENGTH = 60;
    /** Longest teaser-list heading: longer, or ending in a full stop, it is a sentence. */
    private static final int LABEL_LENGTH = 50;

    private static final Pattern RELATED = Pattern.compile(
            "^(read (more|also|next)|see also|related( stories| articles| content)?|more on this|also read|recommended"
            + "|lea (también|más)|lee también|ver también|leia (também|mais)|veja também|lire aussi|à lire aussi|voir aussi"
            + "|lesen sie (auch|mehr)|mehr zum thema|auch interessant|das könnte sie (auch )?interessieren|leggi anche"
            + "|potrebbe interessarti|lees ook|meer over)\\b.{0,140}$");
    private static final Pattern SOCIAL = Pattern.compile(
            "^(share( this( article| story| page)?)?|share on \\w+|tweet|follow us.*|teilen|partager|compartir|condividi|delen"
            + "|facebook|twitter|whatsapp|linkedin|email|e-mail|print|drucken|imprimer|copy link|link kopieren)[:.!]?$");
    private static final Pattern FOLLOW = Pattern.compile(
            "\\b(follow us|follow (the|our) \\w+ on|síguenos|siguenos|folge uns|folgen sie uns|suivez-nous|seguici|siga-nos|join us on|únete a nuestro canal)\\b");
    /** Headings of teaser lists ("More stories", "Empfohlene Beiträge") and disclosures of paid content. */
    private static final Pattern MORE = Pattern.compile(
            "^(empfohlene|weitere|mehr|ähnliche|verwandte|aktuelle|related|more|similar|recommended|other|latest|top|popular)"
            + " (beiträge|artikel|inhalte|themen|themenbereiche|berichte|nachrichten|posts|articles|stories|news|videos)\\b");
    private static final Pattern DISCLOSURE = Pattern.compile(
            "(enthält werbung|contains (affiliate|sponsored)|affiliate[- ]links?|sponsored by|in partnership with|^\\*?werbung\\b)");
    /** Bare labels of page furniture. */
    private static final Pattern LABEL = Pattern.compile(
            "^(explore further|further reading|zum weiterlesen|weiterlesen|weiterführende(r)? links?|no comments|keine kommentare"
            + "|print( this)?( recipe| article)?|rezept drucken|artikel drucken|bild anzeigen|show image|kontakt|contact"
            + "|last (updated|modified)|aktualisiert am|letzte änderung|alle angaben ohne gewähr|(recommend|empfiehl) (this|dies)\\b.*"
            + "|back to top|nach oben|zurück|back|about the author|über den autor|über die autorin|à propos de l'auteur"
            + "|sobre el autor|sobre o autor|more information|further information|weitere informationen|más información"
            + "|plus d'informations|drukuj|imprimir|stampa|afdrukken)[:.!]?$");
    /** A list of the post's tags or topics under its label ("Tags: Harbour, Council"). */
    private static final Pattern TAGS = Pattern.compile(
            "^(tags?|tagged( with)?|schlagw(ö|o)rte?r?|themen|temas|topics|sujets|mots-clés|keywords|etiquetas"
            + "|categor(y|ies)|kategorien?|catégories?|categorías?|categorie|categoria)\\s*:.{0,120}$");
    /** Asking the reader to rate the page ("Was this article helpful?"). */
    private static final Pattern RATING = Pattern.compile(
            "^(was this (article|page|post|recipe) (helpful|useful)|rate this (article|post|recipe)|how useful was this"
            + "|wie (hilfreich|bewerten sie)|war (der|dieser|die) (artikel|beitrag|seite) (hilfreich|nützlich)"
            + "|(¿)?te ha (sido útil|gustado)|cet article vous a-t-il|questo articolo (ti )?è stato utile"
            + "|(hier können sie )?(den|diesen) (artikel|beitrag) bewerten|(möchten sie|willst du) (den|diesen) (artikel|beitrag) teilen)");
    /** A bare clock time ("3:59 PM", "19:49 Uhr") or a view counter ("Aufrufe: 1.204"): page furniture, not a sentence. */
    private static final Pattern TIME_OR_VIEWS = Pattern.compile(
            "^\\d{1,2}[:.]\\d{2}(\\s*(am|pm|uhr|h))?$|^([\\d.,]+\\s*)?(views|aufrufe|vues|visitas|visualizzazioni)(\\s*:?\\s*[\\d.,]+)?:?$");
    /** How long the page takes to read ("5 min read", "Lesezeit: 3 Minuten"), never a bare duration (a recipe's "60 min."). */
    private static final Pattern READING_TIME = Pattern.compile(
            "^(estimated )?(reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura"
            + "|tempo di lettura|leestijd|czas czytania)\\b.{0,30}$"
            + "|^.{0,20}\\d+\\s*(min\\.?|mins|minutes?|minuten|minut[ay]?|minutos|minuti)\\s*(read|lesezeit|lesedauer|czytania"
            + "|de lectura|de lecture|de leitura|di lettura|leestijd)$");
    /** A short picture credit: an agency or stock library, or "Name/Agency". */
    private static final Pattern CREDIT = Pattern.compile(
            "(getty ?images|istock|shutterstock|imago|picture alliance|dpa|afp|reuters|ap photo|wenn\\.com|adobe ?stock|unsplash)"
            + "|^(photo|foto|bild|image|credit|titelbild|titelfoto|symbolbild|bildquelle|quelle|źródło|fuente|fonte|source)s?\\s*:|^\\p{L}[\\p{L} .'-]{1,40}/[\\p{L} .]{2,30}$");
    private static final Pattern COMMENTS = Pattern.compile(
            "^(\\d+ )?(comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)( \\(?\\d+\\)?)?[:.]?$"
            + "|^(leave|post|add|write) a (comment|reply)|^(join|view|show|see) (the )?(discussion|comments)"
            + "|^(be the first to comment|no comments yet)|^(kommentar schreiben|jetzt kommentieren|laisser un commentaire|deja un comentario)");
    private static final Pattern NEWSLETTER = Pattern.compile(
            "newsletter|sign up (for|to)|get (our|the) .{0,40}(in your inbox|delivered)");
    private static final Pattern SUBSCRIPTION = Pattern.compile(
            "^(subscribe|already a subscriber|log ?in to (read|continue)|become a (member|subscriber)|jetzt abonnieren|abonnieren"
            + "|abonnez-vous|suscríbete|assine)|subscribers? only|for subscribers|to continue reading");
    private static final Pattern APPEAL = Pattern.compile(
            "(support (our|independent) journalism|donate (now|today)|make a (donation|contribution)|become a patron)");
    private static final Pattern ADVERT = Pattern.compile(
            "^[-–*\\s]*(advertisement|advertising|sponsored( content)?|anzeige|werbung|publicidad|publicité|pubblicità|paid (post|content))[-–:*\\s]*$");
    private static final Pattern COOKIE = Pattern.compile(
            "(cookies?\\b.{0,120}\\b(use|accept|consent|policy|settings|browsing|experience|verwende|utilis|usamos|utiliz))"
            + "|(\\b(use|uses|using|accept|verwendet|utilise|utilizamos)\\b.{0,80}cookies?)");
    private static final Pattern LEGAL = Pattern.compile(
            "(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|^©|^copyright\\b"
            + "|^(impressum|imprint|privacy policy|terms of (use|service)|datenschutz(erklärung)?|mentions légales|aviso legal|contact us|about us)$)");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?iu:by|von|par|por|di|door|text:|autor:|author:|written by)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "([,|·•].{0,60})?$");
    /** A line that is only a date, a time, or both, with optional "updated"/"published" wording. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^((published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|publicado|actualizado|mis à jour)( on| am| le| el)?:?\\s*)?"
            + "[\\p{L}]{0,10},?\\s*(\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?\\s+\\d{4}|\\p{L}{3,12}\\.?\\s+\\d{1,2},?\\s+\\d{4})"
            + "([,|·•-]?\\s*(at |um |à |a las )?\\d{1,2}[:.h]\\d{2}(\\s*(am|pm|uhr|h))?(\\s*[A-Z]{2,4})?)?\\s*$");

    /**
     * Whether any of the patterns searched anywhere in a block can match: one scan that tries them only
     * at word starts, so the prose that makes up most short blocks costs one pass, not six.
     */
    private static final Pattern ANYWHERE = Pattern.compile("(?=[\\p{L}\\p{N}©*])(?<![\\p{L}\\p{N}])(?:"
            + java.util.stream.Stream.of(FOLLOW, DISCLOSURE, NEWSLETTER, SUBSCRIPTION, APPEAL, LEGAL)
                    .map(p -> "(?:" + p.pattern() + ")").collect(java.util.stream.Collectors.joining("|")) + ")");

    private BoilerplateWording() {
    }

    /** Why a block's wording marks it as chrome, or null. Anchored patterns are tried at the start only. */
    static String reason(String text) {
        if (text.length() > 500) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.contains("cookie") && COOKIE.matcher(t).find()) {
            return "cookie";
        }
        if (text.length() > SHORT) {
            return null;
        }
        if (RELATED.matcher(t).lookingAt()) {
            return "related";
        }
        boolean anywhere = ANYWHERE.matcher(t).find();
        if (SOCIAL.matcher(t).matches() || anywhere && FOLLOW.matcher(t).find()) {
            return "social";
        }
        if (COMMENTS.matcher(t).lookingAt()) {
            return "comments";
        }
        if (t.length() <= LABEL_LENGTH && !t.endsWith(".") && MORE.matcher(t).lookingAt()) {
            return "related";
        }
        if (anywhere && DISCLOSURE.matcher(t).find()) {
            return "advert";
        }
        if (LABEL.matcher(t).matches() || RATING.matcher(t).lookingAt()
                || t.length() <= LABEL_LENGTH && (READING_TIME.matcher(t).matches() || TIME_OR_VIEWS.matcher(t).matches())) {
            return "boilerplate";
        }
        if (TAGS.matcher(t).matches()) {
            return "navigation";
        }
        if (text.length() <= CREDIT_LENGTH && CREDIT.matcher(t).find()) {
            return "caption";
        }
        if (ADVERT.matcher(t).matches()) {
            return "advert";
        }
        if (anywhere && NEWSLETTER.matcher(t).find()) {
            return "newsletter";
        }
        if (anywhere && SUBSCRIPTION.matcher(t).find()) {
            return "subscription";
        }
        if (anywhere && APPEAL.matcher(t).find()) {
            return "appeal";
        }
        if (anywhere && LEGAL.matcher(t).find() || hasDigit(t) && DATE_LINE.matcher(t).matches()
                || BYLINE.matcher(text.strip()).matches()) {
            return "boilerplate";
        }
        return null;
    }

    /** Whether a block is only a label of page furniture ("About the author", "Weitere Informationen:"). */
    static boolean isLabel(String text) {
        return text.length() <= SHORT && LABEL.matcher(text.toLowerCase(Locale.ROOT).strip()).matches();
    }

    /** Dates need digits: most short prose has none, and skips the date pattern. */
    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
