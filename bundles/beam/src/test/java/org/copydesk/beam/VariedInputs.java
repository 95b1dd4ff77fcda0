package org.copydesk.beam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Inputs written for these tests, varied by a seeded random choice of people, places, days and
 * numbers: plain text, web pages with a site's chrome and appeals, NITF, NewsML-G2 messages of one
 * or two items, ninjs and Copydesk's article JSON; and inputs that fail: empty, broken JSON, an
 * unknown extension, binary data, and an RSS feed (the default desk has no feed importer).
 */
final class VariedInputs {
    private static final String[] PEOPLE = {"Marta Jansen", "Ana Costa", "Lena Berg", "Omar Haddad", "Ines Moreau",
        "Piotr Nowak", "Tom Ellis", "Grace Okafor", "Hiroshi Sato", "Maria Lopez"};
    private static final String[] PLACES = {"Rotterdam", "Antwerp", "Hamburg", "Gdansk", "Valencia", "Piraeus", "Genoa",
        "Le Havre", "Lagos", "Osaka"};
    private static final String[] BODIES = {"the port authority", "the city council", "the transport union",
        "the European Commission", "the harbour board", "the ministry of transport"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] TOPICS = {"strike", "flood barrier", "ferry timetable", "bridge repair", "rail link",
        "container terminal"};
    private static final String[] APPEALS = {"Support our journalism: subscribe today for unlimited access.",
        "Sign up to our newsletter for daily shipping updates.",
        "Your support helps us keep reporting. Become a member from just 5 a month."};

    private final Random rnd;

    private VariedInputs(long seed) {
        rnd = new Random(seed);
    }

    /** Writes {@code n} good inputs and the failing ones into {@code dir}; returns how many files it wrote. */
    static int write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir);
        VariedInputs v = new VariedInputs(seed);
        for (int i = 0; i < n; i++) {
            String stem = String.format("story-%04d", i);
            switch (i % 10) {
                case 0, 1, 2, 3 -> v.file(dir, stem + ".txt", v.text());
                case 4, 5 -> v.file(dir, stem + ".html", v.html());
                case 6 -> v.file(dir, stem + ".nitf", v.nitf());
                case 7 -> v.file(dir, stem + ".newsml", v.newsml(i));
                case 8 -> v.file(dir, stem + ".ninjs", v.ninjs(i));
                default -> v.file(dir, stem + ".json", v.articleJson());
            }
        }
        v.file(dir, "empty.txt", "");
        v.file(dir, "broken.json", "{\"body\": [");
        v.file(dir, "notes.xyz", "what is this");
        v.file(dir, "wire.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title><item><title>"
                + v.headline() + "</title><description>" + v.sentence() + "</description></item></channel></rss>");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        return n + 5;
    }

    private void file(Path dir, String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private String headline() {
        return pick(PLACES) + " " + pick(TOPICS) + " " + (rnd.nextBoolean() ? "ends after deal with " : "delayed by ") + pick(BODIES);
    }

    private String sentence() {
        return switch (rnd.nextInt(5)) {
            case 0 -> pick(PEOPLE) + ", who speaks for " + pick(BODIES) + ", said on " + pick(DAYS) + " that talks in "
                    + pick(PLACES) + " would resume next week.";
            case 1 -> "Work on the " + pick(TOPICS) + " in " + pick(PLACES) + " began in March " + (2015 + rnd.nextInt(9))
                    + " and was due to end by " + (rnd.nextInt(28) + 1) + " June.";
            case 2 -> "About " + (rnd.nextInt(900) + 100) + " workers stopped for " + (rnd.nextInt(5) + 2) + " days, "
                    + pick(PEOPLE) + " told reporters in " + pick(PLACES) + ".";
            case 3 -> "\"We expect a decision on " + pick(DAYS) + ",\" " + pick(PEOPLE) + " said.";
            default -> "Prices rose by " + (rnd.nextInt(9) + 1) + " per cent last year, according to " + pick(BODIES) + ".";
        };
    }

    private String paragraphs(int min, String sep) {
        StringBuilder b = new StringBuilder();
        int n = min + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(sentence()).append(' ').append(sentence()).append(sep);
        }
        return b.toString();
    }

    private String text() {
        return headline() + "\n" + sentence() + "\n" + paragraphs(2, "\n") + (rnd.nextInt(3) == 0 ? pick(APPEALS) + "\n" : "");
    }

    private String html() {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs(3, "\n").split("\n")) {
            body.append("<p>").append(p).append("</p>\n");
        }
        String person = pick(PEOPLE);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline() + " | Harbour Gazette</title>"
                + "<meta property=\"article:published_time\" content=\"2024-0" + (rnd.nextInt(9) + 1) + "-1" + rnd.nextInt(10)
                + "T08:00:00Z\"><meta name=\"author\" content=\"" + person + "\"></head><body>"
                + "<div id=\"cookie-banner\"><p>We use cookies to improve your experience.</p></div>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
                + "<main><article><h1>" + headline() + "</h1><p class=\"byline\">By " + person + "</p>"
                + "<div class=\"article-body\">" + body + "<p>" + pick(APPEALS) + "</p></div>"
                + "<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">" + headline() + "</a></li></ul></aside>"
                + "</article></main><footer><p>Copyright Harbour Gazette</p></footer></body></html>";
    }

    private String nitf() {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs(2, "\n").split("\n")) {
            body.append("<p>").append(p.replace("&", "&amp;")).append("</p>\n");
        }
        String person = pick(PEOPLE);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\" version=\"-//IPTC//DTD NITF 3.6//EN\">"
                + "<head><title>" + headline() + "</title><docdata><date.issue norm=\"2024031" + rnd.nextInt(10) + "T101500+0100\"/></docdata></head>"
                + "<body><body.head><hedline><hl1>" + headline() + "</hl1></hedline><byline>By <person>" + person + "</person></byline>"
                + "<dateline><location><city>" + pick(PLACES) + "</city></location></dateline></body.head>"
                + "<body.content>" + body + "</body.content></body></nitf>";
    }

    private String newsml(int i) {
        StringBuilder items = new StringBuilder();
        int n = 1 + rnd.nextInt(2);
        for (int k = 0; k < n; k++) {
            items.append("<newsItem guid=\"urn:test:").append(i).append('-').append(k)
                    .append("\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.35\" xml:lang=\"en\">")
                    .append("<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Test\"/><versionCreated>2024-05-0")
                    .append(rnd.nextInt(9) + 1).append("T07:30:00Z</versionCreated></itemMeta>")
                    .append("<contentMeta><headline>").append(headline()).append("</headline></contentMeta>")
                    .append("<contentSet><inlineData contenttype=\"text/plain\">").append(paragraphs(2, "\n\n"))
                    .append("</inlineData></contentSet></newsItem>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
                + "<header><sent>2024-05-01T08:00:00Z</sent></header><itemSet>" + items + "</itemSet></newsMessage>";
    }

    private String ninjs(int i) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs(2, "\n").split("\n")) {
            html.append("<p>").append(p.replace("\"", "\\\"")).append("</p>");
        }
        return "{\"uri\": \"urn:test:ninjs:" + i + "\", \"version\": \"1\", \"headline\": \"" + headline() + "\", "
                + "\"byline\": \"" + pick(PEOPLE) + "\", \"versioncreated\": \"2024-06-1" + rnd.nextInt(10) + "T09:00:00Z\", "
                + "\"body_html\": \"" + html + "\"}";
    }

    private String articleJson() {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs(2, "\n").split("\n")) {
            body.append(body.length() == 0 ? "" : ", ").append('"').append(p.replace("\"", "\\\"")).append('"');
        }
        return "{\"headline\": \"" + headline() + "\", \"standfirst\": \"" + sentence().replace("\"", "\\\"")
                + "\", \"published\": \"2023-11-2" + rnd.nextInt(10) + "\", \"body\": [" + body + "]}";
    }
}
