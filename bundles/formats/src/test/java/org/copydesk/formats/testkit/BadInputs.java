package org.copydesk.formats.testkit;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;

/**
 * A corpus of hostile and broken inputs, made on the fly (nothing large is kept in the repository):
 * empty, binary, truncated, in the wrong charset, huge, deeply nested, entity tricks and odd file
 * names. {@link #check} runs every one through an importer under {@link ImporterContract}, each
 * within a time bound, so a hang or a runaway input fails the build.
 */
public final class BadInputs {
    /** One bad input. */
    public record Input(String name, byte[] content) {
    }

    /** Generous for a 2-core machine shared with other builds; a quadratic scan of these inputs takes minutes. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Charset UTF_8 = StandardCharsets.UTF_8;

    private BadInputs() {
    }

    /**
     * The corpus for files with extension {@code ext}, from {@code good}, a valid input of that format
     * (truncations, re-encodings and odd names are made from it).
     */
    public static List<Input> corpus(String ext, byte[] good) {
        List<Input> out = new ArrayList<>();
        Random random = new Random(14);
        out.add(new Input("empty." + ext, new byte[0]));
        out.add(new Input("blank." + ext, " \n\t\r\n ".getBytes(UTF_8)));
        out.add(new Input("nul." + ext, new byte[] {0}));
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        out.add(new Input("random." + ext, noise));
        out.add(new Input("zip." + ext, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}));
        out.add(new Input("png." + ext, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}));
        for (int cut : new int[] {1, 2, 3, good.length / 3, good.length / 2, good.length - 1}) {
            out.add(new Input("cut-" + cut + "." + ext, Arrays.copyOf(good, Math.max(0, cut))));
        }
        String text = new String(good, UTF_8);
        out.add(new Input("utf16le-bom." + ext, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))));
        out.add(new Input("utf16be-nobom." + ext, text.getBytes(StandardCharsets.UTF_16BE)));
        out.add(new Input("utf32le-bom." + ext, concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(Charset.forName("UTF-32LE")))));
        out.add(new Input("latin1." + ext, (text + " café naïve").getBytes(StandardCharsets.ISO_8859_1)));
        out.add(new Input("bad-utf8." + ext, concat(good, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xF0, (byte) 0x80})));
        out.add(new Input("bom-only." + ext, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        out.add(new Input("deep-json." + ext, ("[".repeat(200_000) + "]".repeat(200_000)).getBytes(UTF_8)));
        out.add(new Input("deep-object." + ext, ("{\"uri\":\"x\",\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)).getBytes(UTF_8)));
        out.add(new Input("deep-xml." + ext, ("<nitf>" + "<p>".repeat(100_000) + "x" + "</p>".repeat(100_000) + "</nitf>").getBytes(UTF_8)));
        out.add(new Input("deep-html." + ext, ("<html><body>" + "<div>".repeat(100_000) + "Deep text here." + "</div>".repeat(100_000)).getBytes(UTF_8)));
        out.add(new Input("unclosed-html." + ext, ("<html><body>" + "<div><span><b><table><tr><td>".repeat(20_000)).getBytes(UTF_8)));
        out.add(new Input("long-line." + ext, ("A headline\n" + "word ".repeat(2_000_000)).getBytes(UTF_8)));
        out.add(new Input("many-lines." + ext, ("A headline\n" + "x\n".repeat(1_000_000)).getBytes(UTF_8)));
        out.add(new Input("huge-string-json." + ext, ("{\"uri\":\"u\",\"version\":\"3\",\"headline\":\"" + "a".repeat(21_000_000) + "\"}").getBytes(UTF_8)));
        out.add(new Input("xxe-nitf." + ext, HostileXml.externalEntity("nitf", "<nitf><head><title>&xxe;</title></head></nitf>")));
        out.add(new Input("laughs-newsml." + ext, HostileXml.billionLaughs("newsItem",
                "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentMeta><headline>&lol9;</headline></contentMeta></newsItem>")));
        out.add(new Input("laughs-rss." + ext, HostileXml.billionLaughs("rss",
                "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>t</title></item></channel></rss>")));
        out.add(new Input("undeclared-entity." + ext, "<nitf><body><body.content><p>&nbsp;&foo;</p></body.content></body></nitf>".getBytes(UTF_8)));
        out.add(new Input("external-dtd." + ext, "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/x.dtd\"><rss/>".getBytes(UTF_8)));
        out.add(new Input("unknown-encoding." + ext, "<?xml version=\"1.0\" encoding=\"x-nonsense\"?><nitf/>".getBytes(UTF_8)));
        out.add(new Input("html-entities." + ext, ("<p>" + "&amp;&#x110000;&#0;&#xD800;&bogus;".repeat(10_000) + "</p>").getBytes(UTF_8)));
        out.add(new Input("no-extension", good));
        out.add(new Input(".hidden." + ext, good));
        out.add(new Input("x".repeat(250) + "." + ext, good));
        out.add(new Input("ünïcødé \u202Eevil\u202C name\n." + ext, good));
        out.add(new Input("../../etc/passwd." + ext, good));
        out.add(new Input("UPPER." + ext.toUpperCase(java.util.Locale.ROOT), good));
        return out;
    }

    /** Runs the corpus through {@code importer} with its files named for {@code ext}. */
    public static void check(Importer importer, String ext, byte[] good) {
        for (Input in : corpus(ext, good)) {
            ImportSource source = new ImportSource(in.name(), in.content(), null);
            assertTimeoutPreemptively(BOUND, () -> ImporterContract.readsOrRefuses(importer, source), in.name());
        }
    }

    private static byte[] concat(byte[] head, byte[] rest) {
        byte[] out = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, out, head.length, rest.length);
        return out;
    }
}
