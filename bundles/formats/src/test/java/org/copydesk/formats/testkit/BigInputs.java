package org.copydesk.formats.testkit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the big inputs of the size benchmarks (docs/benchmarks.md) into a folder, so none is kept in
 * the repository: a 200 MB plain text, a 20 MB web page and a 50,000-item RSS feed of about 6 MB. The
 * prose is varied (seeded random words), so no cache of repeated text flatters a figure.
 *
 * <pre>java -cp bundles/formats/target/test-classes org.copydesk.formats.testkit.BigInputs /tmp/big</pre>
 */
public final class BigInputs {
    private static final String[] WORDS = ("the council harbour minister agreed report vote city port strike union"
            + " dockers offer wages monday summer debate committee river flood barrier rain police court judge"
            + " said would after before during year week people workers company shares market price").split(" ");

    private BigInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/big-inputs");
        Files.createDirectories(dir);
        Random random = new Random(18);
        text(dir.resolve("big-200mb.txt"), random, 200_000_000L);
        html(dir.resolve("big-20mb.html"), random, 20_000_000L);
        feed(dir.resolve("feed-50000.rss"), random, 50_000);
        System.out.println("written to " + dir.toAbsolutePath());
    }

    /** A sentence of 10 to 30 words. */
    static String sentence(Random random) {
        return sentence(random, 10, 30);
    }

    private static String sentence(Random random, int min, int max) {
        StringBuilder sb = new StringBuilder("The");
        for (int i = min + random.nextInt(max - min); i > 0; i--) {
            sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    private static void text(Path file, Random random, long bytes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("A very long text\nIts standfirst\n");
            for (long n = 0; n < bytes; ) {
                String line = sentence(random) + ' ' + sentence(random) + '\n';
                w.write(line);
                n += line.length();
            }
        }
    }

    private static void html(Path file, Random random, long bytes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html><html><head><title>A very long page</title></head><body>"
                    + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>A very long page</h1>");
            for (long n = 0; n < bytes; ) {
                String p = "<p>" + sentence(random) + ' ' + sentence(random) + "</p>\n";
                w.write(p);
                n += p.length();
            }
            w.write("</article><footer>© The Gazette</footer></body></html>");
        }
    }

    private static void feed(Path file, Random random, int items) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>"
                    + "<link>https://wire.example/</link><language>en</language>\n");
            for (int i = 1; i <= items; i++) {
                w.write("<item><title>Item " + i + "</title><description>" + sentence(random, 6, 12)
                        + "</description></item>\n");
            }
            w.write("</channel></rss>\n");
        }
    }
}
