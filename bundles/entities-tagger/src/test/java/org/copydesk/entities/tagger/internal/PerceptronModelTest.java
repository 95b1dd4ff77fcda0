package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.GazetteerStore;
import org.copydesk.entities.common.NameSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerceptronModelTest {
    /** A fixture of our own, in 4-column IOB1 with a -DOCSTART- line, as CoNLL-2003 ships. */
    static final String FIXTURE = """
            -DOCSTART- -X- -X- O

            Alice NNP B-NP I-PER
            Smith NNP I-NP I-PER
            visited VBD B-VP O
            Paris NNP B-NP I-LOC
            . . O O

            Bob NNP B-NP I-PER
            Jones NNP I-NP I-PER
            left VBD B-VP O
            Berlin NNP B-NP I-LOC
            . . O O

            -DOCSTART- -X- -X- O

            Carol NNP B-NP I-PER
            White NNP I-NP I-PER
            joined VBD B-VP O
            Acme NNP B-NP I-ORG
            Corp NNP I-NP I-ORG
            . . O O

            Dan NNP B-NP I-PER
            Brown NNP I-NP I-PER
            sold VBD B-VP O
            Acme NNP B-NP I-ORG
            Corp NNP I-NP I-ORG
            shares NNS I-NP O
            in IN B-PP O
            Rome NNP B-NP I-LOC
            . . O O
            """;

    static Path fixture(Path dir) throws IOException {
        return Files.writeString(dir.resolve("fixture.conll"), FIXTURE);
    }

    @Test
    void trainedModelLearnsItsDataAndSurvivesTheRoundTrip(@TempDir Path dir) throws IOException {
        List<LabelledDocument> docs = ConllReader.read(fixture(dir));
        assertEquals(2, docs.size());
        assertEquals("Alice Smith visited Paris .", docs.get(0).article().body().get(0));
        assertEquals(new LabelledDocument.Gold(org.copydesk.api.model.Field.BODY, 0, 20, 25, EntityType.LOCATION),
                docs.get(0).gold().get(1));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Trainer.Result r = Trainer.train(docs, docs, 8, 1, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(100.0, r.dev().f1Three(), 0.01, log.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.model().write(out);
        PerceptronModel back = PerceptronModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(r.model().features(), back.features());
        assertEquals(PerceptronModel.Header.current(), back.header());
        assertEquals(100.0, Trainer.score(back, docs).f1Three(), 0.01);
    }

    @Test
    void theBundledModelFitsTheListsAndClustersThisStageReads() {
        // the lists moved bundles once (to entities-common); the fingerprint covers their bytes, not where they live
        assertEquals(null, PerceptronNameFinder.bundledModel().header().mismatch(PerceptronModel.Header.current()));
    }

    @Test
    void severalShufflesAreAveragedIntoOneModelTheSameOnEveryRun(@TempDir Path dir) throws IOException {
        List<LabelledDocument> docs = ConllReader.read(fixture(dir));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Trainer.Result r = Trainer.train(docs, docs, 4, 3, new PrintStream(log, true, StandardCharsets.UTF_8));
        String said = log.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("shuffle 1 of 3, epoch 1:") && said.contains("shuffle 3 of 3, epoch 4:"), said);
        assertEquals(100.0, r.dev().f1Three(), 0.01, said);
        Trainer.Result again = Trainer.train(docs, docs, 4, 3, new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(r.epoch(), again.epoch());
        assertArrayEquals(bytes(r.model()), bytes(again.model()), "deterministic");
        Trainer.Result one = Trainer.train(docs, docs, 4, 1, new PrintStream(OutputStream.nullOutputStream()));
        assertFalse(Arrays.equals(bytes(one.model()), bytes(r.model())), "the mean of three orders is not the first order's model");
    }

    @Test
    void aDocumentsWeightScalesWhatItTeaches(@TempDir Path dir) throws IOException {
        List<LabelledDocument> docs = ConllReader.read(fixture(dir));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Trainer.Result full = Trainer.train(docs, d -> 1, docs, 4, 1, quiet);
        assertArrayEquals(bytes(Trainer.train(docs, docs, 4, 1, quiet).model()), bytes(full.model()), "weight 1 is the plain trainer");
        Trainer.Result half = Trainer.train(docs, d -> d == docs.get(1) ? 0.5 : 1, docs, 4, 1, quiet);
        assertFalse(Arrays.equals(bytes(full.model()), bytes(half.model())), "a lighter document moves the weights less");
        // a document of weight 0 teaches nothing: its names are not learnt (the other document has different ones)
        Trainer.Result none = Trainer.train(docs, d -> d == docs.get(1) ? 0 : 1, List.of(docs.get(1)), 4, 1, quiet);
        Trainer.Result alone = Trainer.train(List.of(docs.get(0)), List.of(docs.get(1)), 4, 1, quiet);
        assertEquals(alone.dev().f1Three(), none.dev().f1Three(), 0.01);
    }

    private static byte[] bytes(PerceptronModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void aRunsInnerWordsSeeWhatStandsAroundTheWholeRun() {
        Gazetteer gazetteer = new GazetteerStore(null).current();
        long[][] forRun = new Features(Document.of(Article.builder().body(List.of(
                "A spokesman for Food Standards Australia New Zealand said so .")).build()), gazetteer).unit(0);
        long[][] withRun = new Features(Document.of(Article.builder().body(List.of(
                "A spokesman with Food Standards Australia New Zealand said so .")).build()), gazetteer).unit(0);
        int australia = 5;
        assertFalse(Arrays.equals(forRun[australia], withRun[australia]), "three words away, the run's context still shows");
        assertArrayEquals(forRun[9], withRun[9], "\"so\", outside the run, is too far away to see it");
    }

    @Test
    void conllTagSchemesReadAlike(@TempDir Path dir) throws IOException {
        String bio = "Alice\tB-PER\nSmith\tI-PER\nmet\tO\nBob\tB-PER\nin\tO\nNew\tB-LOC\nYork\tI-LOC\n";
        String iob1 = "Alice I-PER\nSmith I-PER\nmet O\nBob I-PER\nin O\nNew I-LOC\nYork I-LOC\n";
        String bilou = "Alice B-PER\nSmith L-PER\nmet O\nBob U-PER\nin O\nNew B-LOC\nYork E-LOC\n";
        List<LabelledDocument.Gold> expected = ConllReader.read(Files.writeString(dir.resolve("a.conll"), bio)).get(0).gold();
        assertEquals(3, expected.size());
        assertEquals(expected, ConllReader.read(Files.writeString(dir.resolve("b.conll"), iob1)).get(0).gold());
        assertEquals(expected, ConllReader.read(Files.writeString(dir.resolve("c.conll"), bilou)).get(0).gold());
        Path engTrain = Files.writeString(dir.resolve("eng.train"), FIXTURE);
        assertTrue(ConllReader.isConll(engTrain) && ConllReader.isConll(dir.resolve("b.conll")), "by content, by name");
        assertFalse(ConllReader.isConll(Files.writeString(dir.resolve("story.txt"), "Headline\nStandfirst\nA paragraph of text.\n")));
        IOException bad = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ConllReader.read(Files.writeString(dir.resolve("d.conll"), "Alice B-PER\nSmith\n")));
        assertTrue(bad.getMessage().contains("d.conll:2: expected a token and a tag"), bad.getMessage());
    }

    @Test
    void bilouLabelsBecomeSpans() {
        List<NameSpan> gold = List.of(new NameSpan(3, 0, 2, EntityType.PERSON), new NameSpan(3, 3, 4, EntityType.LOCATION),
                new NameSpan(3, 4, 7, EntityType.LOCATION));
        int[] labels = Labels.encode(gold, 8);
        List<NameSpan> spans = new ArrayList<>();
        Labels.spans(3, labels, spans);
        assertEquals(gold, spans);
        assertTrue(Labels.allowed(labels[0], labels[1]) && !Labels.allowed(Labels.O, labels[1])
                && !Labels.allowed(labels[0], Labels.O) && !Labels.canEnd(labels[4]));
        assertFalse(Labels.allowed(labels[0], labels[5]), "a person's name cannot end as a place");
    }

    @Test
    void shapesCollapseRuns() {
        assertEquals("XxXx", Features.shape("McCain"));
        assertEquals("X.X.", Features.shape("U.S."));
        assertEquals("dx", Features.shape("1990s"));
    }
    /**
     * The bucket index (a bit per bucket and a rank table) finds every bucket's weights, among them
     * neighbours in one word of bits and the first and last buckets, and nothing for other buckets:
     * the labels equal those of emissions summed straight from the model's (bucket, label, weight) lists.
     */
    @Test
    void theBucketIndexSumsExactlyTheWeightsOfEachFeature() {
        java.util.Random random = new java.util.Random(18);
        long[] hashes = new long[4000];
        java.util.TreeMap<Integer, float[]> weighted = new java.util.TreeMap<>(); // bucket -> weight per label
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = random.nextLong();
            if (i % 2 == 0) {
                float[] w = new float[Labels.COUNT];
                for (int k = random.nextInt(4); k >= 0; k--) {
                    w[random.nextInt(Labels.COUNT)] = random.nextFloat() - 0.5f;
                }
                weighted.put(PerceptronModel.bucket(hashes[i]), w);
            }
        }
        for (int b : new int[] {0, 1, 63, 64, (1 << PerceptronModel.BITS) - 1}) {
            weighted.computeIfAbsent(b, k -> new float[Labels.COUNT])[b % Labels.COUNT] = 0.25f;
        }
        int n = weighted.size();
        int[] buckets = new int[n];
        int[] first = new int[n + 1];
        List<Byte> labels = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        int i = 0;
        for (var e : weighted.entrySet()) {
            buckets[i] = e.getKey();
            for (int l = 0; l < Labels.COUNT; l++) {
                if (e.getValue()[l] != 0) {
                    labels.add((byte) l);
                    weights.add(e.getValue()[l]);
                }
            }
            first[++i] = labels.size();
        }
        byte[] l = new byte[labels.size()];
        float[] w = new float[weights.size()];
        for (int j = 0; j < l.length; j++) {
            l[j] = labels.get(j);
            w[j] = weights.get(j);
        }
        float[] transitions = new float[(Labels.COUNT + 1) * Labels.COUNT];
        for (int t = 0; t < transitions.length; t++) {
            transitions[t] = random.nextFloat() - 0.5f;
        }
        PerceptronModel model = new PerceptronModel(PerceptronModel.Header.current(), buckets, first, l, w, transitions);
        // features of the weighted buckets, of others, and hashes that fall on the edge buckets
        long[][] tokens = new long[300][];
        float[][] emissions = new float[tokens.length][Labels.COUNT];
        for (int t = 0; t < tokens.length; t++) {
            tokens[t] = new long[1 + random.nextInt(40)];
            for (int k = 0; k < tokens[t].length; k++) {
                tokens[t][k] = hashes[random.nextInt(hashes.length)];
                float[] sum = weighted.get(PerceptronModel.bucket(tokens[t][k]));
                for (int label = 0; sum != null && label < Labels.COUNT; label++) {
                    emissions[t][label] += sum[label];
                }
            }
        }
        assertArrayEquals(Viterbi.decode(emissions, transitions), model.tag(tokens));
        assertEquals(n, model.features());
        // tokens without features (null) get no scores of their own: only the step into O is scored
        for (int t = 0; t < tokens.length; t += 3) {
            tokens[t] = null;
            emissions[t] = null;
        }
        int[] tagged = model.tag(tokens);
        assertArrayEquals(Viterbi.decode(emissions, transitions), tagged);
        for (int t = 0; t < tokens.length; t += 3) {
            assertEquals(Labels.O, tagged[t]);
        }
    }
}
