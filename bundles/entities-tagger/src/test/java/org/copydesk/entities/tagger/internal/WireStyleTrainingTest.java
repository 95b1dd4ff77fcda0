package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.copydesk.entities.common.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire-style training files the bundled model learns from (training/README.md) keep their
 * conventions: two columns, BIO tags that open every name with B-, each story opening with its
 * dateline, no sentence written twice by one writer, and every name read by the trainer as the tokens it labels.
 */
class WireStyleTrainingTest {
    /** The files written as training text, as {@link TrainDefault} reads them. */
    static final List<String> STYLE = List.of("training/wire-style.conll", "training/wire-style-2.conll",
            "training/wire-style-3.conll");
    /** The five sets written as blind checks (wire-unseen-1 to 5), measured once each and learnt from since. */
    static final List<String> BLIND = List.of("training/wire-blind-1.conll", "training/wire-blind-2.conll",
            "training/wire-blind-3.conll", "training/wire-blind-4.conll", "training/wire-blind-5.conll");
    static final List<String> RESOURCES = java.util.stream.Stream.concat(STYLE.stream(), BLIND.stream()).toList();
    /** The least stories, sentences and tokens each file was written to. */
    private static final Map<String, int[]> WRITTEN_TO = Map.of(
            "training/wire-style.conll", new int[] {60, 600, 12_000},
            "training/wire-style-2.conll", new int[] {70, 600, 8_000},
            "training/wire-style-3.conll", new int[] {57, 418, 6_300},
            "training/wire-blind-1.conll", new int[] {42, 0, 5_000},
            "training/wire-blind-2.conll", new int[] {50, 0, 5_000},
            "training/wire-blind-3.conll", new int[] {44, 0, 5_000},
            "training/wire-blind-4.conll", new int[] {42, 0, 5_000},
            "training/wire-blind-5.conll", new int[] {46, 0, 5_000});
    private static final Pattern TAG = Pattern.compile("O|[BI]-(PER|ORG|LOC|MISC)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** One sentence: its lines' tokens and tags, and the line it starts on. */
    private record Sentence(String resource, List<String> tokens, List<String> tags, int line) {
        String text() {
            return String.join(" ", tokens);
        }
    }

    private static final Map<String, List<List<Sentence>>> READ = new HashMap<>();

    /** The file's stories, each a list of sentences; read once a file. */
    private static synchronized List<List<Sentence>> stories(String resource) throws IOException, URISyntaxException {
        List<List<Sentence>> done = READ.get(resource);
        if (done != null) {
            return done;
        }
        List<List<Sentence>> stories = new ArrayList<>();
        Sentence open = null;
        List<String> lines = Files.readAllLines(file(resource), StandardCharsets.UTF_8);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isEmpty()) {
                open = null;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || cols[0].isEmpty() || cols[0].contains(" ")) {
                fail(resource + ":" + n + ": not one token, a tab and a tag: " + line);
            }
            if (cols[0].equals("-DOCSTART-")) {
                assertEquals("O", cols[1], resource + ":" + n);
                assertTrue(n == lines.size() || lines.get(n).isEmpty(), resource + ":" + n + ": no blank line after -DOCSTART-");
                stories.add(new ArrayList<>());
                continue;
            }
            if (stories.isEmpty()) {
                fail(resource + ":" + n + ": text before the first -DOCSTART- line");
            }
            if (open == null) {
                open = new Sentence(resource, new ArrayList<>(), new ArrayList<>(), n);
                stories.get(stories.size() - 1).add(open);
            }
            open.tokens().add(cols[0]);
            open.tags().add(cols[1]);
        }
        READ.put(resource, stories);
        return stories;
    }

    private static Path file(String resource) throws URISyntaxException {
        return Path.of(WireStyleTrainingTest.class.getResource(resource).toURI());
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyTagIsBioAndEveryNameOpensWithB(String resource) throws IOException, URISyntaxException {
        for (List<Sentence> story : stories(resource)) {
            for (Sentence s : story) {
                String before = "O";
                for (int i = 0; i < s.tags().size(); i++) {
                    String tag = s.tags().get(i);
                    assertTrue(TAG.matcher(tag).matches(), where(s) + ": tag " + tag);
                    if (tag.startsWith("I-")) {
                        assertTrue(!before.equals("O") && before.substring(2).equals(tag.substring(2)),
                                where(s) + ": " + tag + " after " + before + " at " + s.tokens().get(i));
                    }
                    before = tag;
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyStoryOpensWithItsDateline(String resource) throws IOException, URISyntaxException {
        for (List<Sentence> story : stories(resource)) {
            assertTrue(!story.isEmpty(), resource + ": an empty story");
            // wire copy: the dateline first, or after the headline
            boolean dated = isDateline(story.get(0)) || story.size() > 1 && isDateline(story.get(1));
            assertTrue(dated, where(story.get(0)) + ": no dateline as the first or second sentence: " + story.get(0).text());
        }
    }

    /** A place, as LOC names and commas ("GOMA , Zaire") or two joined by a slash ("MOSCOW / CHICAGO"), then a date, and nothing else. */
    private static boolean isDateline(Sentence s) {
        int last = s.tokens().size() - 1;
        if (last < 1 || !DATE.matcher(s.tokens().get(last)).matches() || !s.tags().get(0).equals("B-LOC")) {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (!s.tags().get(i).endsWith("-LOC") && !s.tokens().get(i).equals(",") && !s.tokens().get(i).equals("/")) {
                return false;
            }
        }
        return true;
    }

    /**
     * No sentence twice in one writer's text: the two wire-style files together, each once-blind set
     * alone (five other writers, who may each write the same formula). A dateline or a formula of three
     * tokens or fewer ("Results :") may recur.
     */
    @Test
    void noSentenceIsWrittenTwiceByOneWriter() throws IOException, URISyntaxException {
        for (List<String> writer : java.util.stream.Stream.concat(java.util.stream.Stream.of(STYLE), BLIND.stream().map(List::of)).toList()) {
            Map<String, String> seen = new HashMap<>();
            for (String resource : writer) {
                for (Sentence s : stories(resource).stream().flatMap(List::stream).toList()) {
                    if (s.tokens().size() <= 3 || isDateline(s)) {
                        continue;
                    }
                    String first = seen.putIfAbsent(s.text(), where(s));
                    assertTrue(first == null, where(s) + ": the sentence of " + first + " again: " + s.text());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void itHasTheSizeItWasWrittenTo(String resource) throws IOException, URISyntaxException {
        List<List<Sentence>> stories = stories(resource);
        int sentences = stories.stream().mapToInt(List::size).sum();
        int tokens = stories.stream().flatMap(List::stream).mapToInt(s -> s.tokens().size()).sum();
        int[] least = WRITTEN_TO.get(resource);
        assertTrue(stories.size() >= least[0] && sentences >= least[1] && tokens >= least[2],
                resource + ": " + stories.size() + " stories, " + sentences + " sentences, " + tokens + " tokens");
    }

    @ParameterizedTest
    @MethodSource("files")
    void theTrainerReadsEveryNameAsTheTokensItLabels(String resource) throws IOException, URISyntaxException {
        List<List<Sentence>> stories = stories(resource);
        List<LabelledDocument> docs = ConllReader.read(file(resource));
        assertEquals(stories.size(), docs.size());
        List<String> wrong = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            Document doc = Document.of(docs.get(d).article());
            int read = docs.get(d).spans(doc).stream().mapToInt(List::size).sum();
            long labelled = stories.get(d).stream().flatMap(s -> s.tags().stream()).filter(t -> t.startsWith("B-")).count();
            // a name the stage's tokeniser merged with a neighbour, or cut at a sentence end, would be lost or split
            if (read != labelled) {
                wrong.add(where(stories.get(d).get(0)) + ": " + labelled + " names labelled, " + read + " read");
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String where(Sentence s) {
        return s.resource() + ":" + s.line();
    }

    static List<String> files() {
        return RESOURCES;
    }
}
