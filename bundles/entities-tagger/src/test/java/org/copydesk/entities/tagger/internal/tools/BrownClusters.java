package org.copydesk.entities.tagger.internal.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.copydesk.text.Token;
import org.copydesk.text.Tokenizer;

/**
 * Brown clustering (Brown et al. 1992) with the windowed algorithm of Liang (2005): words in order of
 * frequency enter a window of C+1 clusters, and after each the pair whose merge loses the least
 * average mutual information of adjacent clusters is merged; merge losses are updated in place.
 * After the last word, the C clusters are merged down to one, and the path from the root (0 = first
 * child, 1 = second) to a word's cluster is the word's cluster. Deterministic: ties break on word order.
 * <p>
 * Input: text files (optionally gzipped), one paragraph or sentence per line, and CoNLL files (first
 * column), tokenised with Copydesk's own Tokenizer. Output: {@code path<TAB>word<TAB>count}, gzipped.
 * <pre>mvn -B -q -pl bundles/entities-tagger -am process-test-classes -Pner-clusters
 *     -Dexec.args="CLUSTERS MIN_COUNT OUT.txt.gz INPUT..."</pre>
 */
public final class BrownClusters {
    private final int capacity;
    private final int[] wordCount;
    private final int[][] rightWords, rightCounts, leftWords, leftCounts;
    private final double total;
    /** Window slots: the cluster tree node in each, its probability and the adjacent-pair probabilities. */
    private final int[] node;
    private final double[] p1;
    private final double[][] p2;
    private final double[][] q2;
    /** Merge loss of slots i < j. */
    private final double[][] loss;
    private final boolean[] used;
    private final int[] slotOfWord;
    private final List<int[]> children = new ArrayList<>();
    private boolean building;

    private BrownClusters(int capacity, int[] wordCount, Map<Long, Integer> bigrams, double total) {
        this.capacity = capacity;
        this.wordCount = wordCount;
        this.total = total;
        int v = wordCount.length;
        int[] rn = new int[v];
        int[] ln = new int[v];
        for (long key : bigrams.keySet()) {
            rn[(int) (key >>> 32)]++;
            ln[(int) key]++;
        }
        rightWords = new int[v][];
        rightCounts = new int[v][];
        leftWords = new int[v][];
        leftCounts = new int[v][];
        for (int w = 0; w < v; w++) {
            rightWords[w] = new int[rn[w]];
            rightCounts[w] = new int[rn[w]];
            leftWords[w] = new int[ln[w]];
            leftCounts[w] = new int[ln[w]];
        }
        Arrays.fill(rn, 0);
        Arrays.fill(ln, 0);
        for (Map.Entry<Long, Integer> e : bigrams.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            rightWords[a][rn[a]] = b;
            rightCounts[a][rn[a]++] = e.getValue();
            leftWords[b][ln[b]] = a;
            leftCounts[b][ln[b]++] = e.getValue();
        }
        int slots = capacity + 1;
        node = new int[slots];
        p1 = new double[slots];
        p2 = new double[slots][slots];
        q2 = new double[slots][slots];
        loss = new double[slots][slots];
        used = new boolean[slots];
        slotOfWord = new int[v];
        Arrays.fill(slotOfWord, -1);
    }

    private double q(double pxy, double px, double py) {
        return pxy <= 0 ? 0 : pxy * Math.log(pxy / (px * py));
    }

    /** Loss of merging slots i and j, computed from scratch: O(C). */
    private double lossOf(int i, int j) {
        double pij = p1[i] + p1[j];
        double before = 0;
        double after = 0;
        for (int k = 0; k < used.length; k++) {
            if (!used[k]) {
                continue;
            }
            if (k == i || k == j) {
                continue;
            }
            before += q2[i][k] + q2[k][i] + q2[j][k] + q2[k][j];
            after += q(p2[i][k] + p2[j][k], pij, p1[k]) + q(p2[k][i] + p2[k][j], p1[k], pij);
        }
        before += q2[i][i] + q2[j][j] + q2[i][j] + q2[j][i];
        after += q(p2[i][i] + p2[i][j] + p2[j][i] + p2[j][j], pij, pij);
        return before - after;
    }

    private void addWord(int w, int s) {
        used[s] = true;
        slotOfWord[w] = s;
        p1[s] = wordCount[w] / total;
        Arrays.fill(p2[s], 0);
        for (double[] row : p2) {
            row[s] = 0;
        }
        for (int k = 0; k < rightWords[w].length; k++) {
            int slot = slotOfWord[rightWords[w][k]];
            if (slot >= 0) {
                p2[s][slot] += rightCounts[w][k] / total;
            }
        }
        for (int k = 0; k < leftWords[w].length; k++) {
            int slot = slotOfWord[leftWords[w][k]];
            if (slot >= 0 && slot != s) {
                p2[slot][s] += leftCounts[w][k] / total;
            }
        }
        for (int k = 0; k < used.length; k++) {
            if (used[k]) {
                q2[s][k] = q(p2[s][k], p1[s], p1[k]);
                q2[k][s] = q(p2[k][s], p1[k], p1[s]);
            }
        }
        // every other pair now has one more neighbour, s
        for (int i = 0; i < used.length; i++) {
            for (int j = i + 1; j < used.length; j++) {
                if (used[i] && used[j] && i != s && j != s) {
                    double pij = p1[i] + p1[j];
                    loss[i][j] += q2[i][s] + q2[s][i] + q2[j][s] + q2[s][j]
                            - q(p2[i][s] + p2[j][s], pij, p1[s]) - q(p2[s][i] + p2[s][j], p1[s], pij);
                }
            }
        }
        for (int k = 0; k < used.length; k++) {
            if (used[k] && k != s) {
                setLoss(k, s, lossOf(Math.min(k, s), Math.max(k, s)));
            }
        }
    }

    private void setLoss(int a, int b, double v) {
        loss[Math.min(a, b)][Math.max(a, b)] = v;
    }

    /** Merges the best pair; the merged cluster keeps the lower slot, the other slot is freed. */
    private void mergeBest() {
        int bi = -1;
        int bj = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < used.length; i++) {
            for (int j = i + 1; j < used.length; j++) {
                if (used[i] && used[j] && loss[i][j] < best) {
                    best = loss[i][j];
                    bi = i;
                    bj = j;
                }
            }
        }
        merge(bi, bj);
    }

    private void merge(int a, int b) {
        double pm = p1[a] + p1[b];
        double[] pmk = new double[used.length];
        double[] pkm = new double[used.length];
        for (int k = 0; k < used.length; k++) {
            if (used[k] && k != a && k != b) {
                pmk[k] = p2[a][k] + p2[b][k];
                pkm[k] = p2[k][a] + p2[k][b];
            }
        }
        double pmm = p2[a][a] + p2[a][b] + p2[b][a] + p2[b][b];
        // pairs away from a and b: their neighbours a and b become one neighbour m
        for (int i = 0; i < used.length; i++) {
            if (!used[i] || i == a || i == b) {
                continue;
            }
            for (int j = i + 1; j < used.length; j++) {
                if (!used[j] || j == a || j == b) {
                    continue;
                }
                double pij = p1[i] + p1[j];
                double l = loss[i][j];
                l -= q2[i][a] + q2[a][i] + q2[j][a] + q2[a][j] + q2[i][b] + q2[b][i] + q2[j][b] + q2[b][j];
                l += q(pmk[i], pm, p1[i]) + q(pkm[i], p1[i], pm) + q(pmk[j], pm, p1[j]) + q(pkm[j], p1[j], pm);
                l += q(p2[i][a] + p2[j][a], pij, p1[a]) + q(p2[a][i] + p2[a][j], p1[a], pij)
                        + q(p2[i][b] + p2[j][b], pij, p1[b]) + q(p2[b][i] + p2[b][j], p1[b], pij);
                l -= q(pmk[i] + pmk[j], pm, pij) + q(pkm[i] + pkm[j], pij, pm);
                loss[i][j] = l;
            }
        }
        if (building) { // the hierarchy over the final clusters; merges inside the window only gather words
            children.add(new int[] {node[a], node[b]});
            node[a] = -children.size(); // internal nodes are negative: -(index + 1)
        }
        used[b] = false;
        p1[a] = pm;
        for (int k = 0; k < used.length; k++) {
            if (used[k] && k != a) {
                p2[a][k] = pmk[k];
                p2[k][a] = pkm[k];
                q2[a][k] = q(pmk[k], pm, p1[k]);
                q2[k][a] = q(pkm[k], p1[k], pm);
            }
        }
        p2[a][a] = pmm;
        q2[a][a] = q(pmm, pm, pm);
        for (int w = 0; w < slotOfWord.length; w++) {
            if (slotOfWord[w] == b) {
                slotOfWord[w] = a;
            }
        }
        for (int k = 0; k < used.length; k++) {
            if (used[k] && k != a) {
                setLoss(k, a, lossOf(Math.min(k, a), Math.max(k, a)));
            }
        }
    }

    private int freeSlot() {
        for (int s = 0; s < used.length; s++) {
            if (!used[s]) {
                return s;
            }
        }
        throw new IllegalStateException("window full");
    }

    /**
     * Runs the algorithm; returns each word's bit path. Merges inside the window only gather words
     * into clusters; the hierarchy is the one over the final C clusters, so a word's path is its
     * cluster's.
     */
    private String[] run() {
        int v = wordCount.length;
        for (int w = 0; w < v; w++) {
            addWord(w, freeSlot());
            if (w >= capacity) {
                mergeBest();
            }
            if (w % 1000 == 0) {
                System.err.printf("%d of %d words%n", w, v);
            }
        }
        int[] leafOfWord = slotOfWord.clone();
        building = true;
        int active = 0;
        for (int s = 0; s < used.length; s++) {
            node[s] = s; // leaves of the hierarchy: the slots
            active += used[s] ? 1 : 0;
        }
        for (int left = active; left > 1; left--) {
            mergeBest();
        }
        int root = 0;
        for (int s = 0; s < used.length; s++) {
            if (used[s]) {
                root = node[s];
            }
        }
        String[] slotPaths = new String[used.length];
        assign(root, "", slotPaths);
        String[] paths = new String[v];
        for (int w = 0; w < v; w++) {
            paths[w] = slotPaths[leafOfWord[w]];
        }
        return paths;
    }

    private void assign(int n, String path, String[] paths) {
        if (n >= 0) {
            paths[n] = path.isEmpty() ? "0" : path;
            return;
        }
        int[] c = children.get(-n - 1);
        assign(c[0], path + "0", paths);
        assign(c[1], path + "1", paths);
    }

    private static BufferedReader open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The token lines of a file: CoNLL files give one line per sentence from their first column. */
    private static void lines(Path f, java.util.function.Consumer<List<String>> sink) throws IOException {
        boolean conll = f.getFileName().toString().contains(".conll");
        try (BufferedReader r = open(f)) {
            List<String> sentence = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (conll) {
                    String w = line.isBlank() ? "" : line.split("[\t ]")[0];
                    if (w.isEmpty() || w.equals("-DOCSTART-")) {
                        if (!sentence.isEmpty()) {
                            sink.accept(sentence);
                            sentence = new ArrayList<>();
                        }
                    } else {
                        sentence.add(w);
                    }
                } else {
                    sink.accept(Tokenizer.tokenize(line).stream().map(Token::text).toList());
                }
            }
            if (!sentence.isEmpty()) {
                sink.accept(sentence);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int clusters = Integer.parseInt(args[0]);
        int minCount = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        List<Path> inputs = Arrays.stream(args).skip(3).map(Path::of).toList();
        Map<String, Integer> counts = new HashMap<>();
        for (Path f : inputs) {
            lines(f, s -> s.forEach(w -> counts.merge(w, 1, Integer::sum)));
        }
        List<String> vocab = counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, Integer> id = new HashMap<>();
        for (String w : vocab) {
            id.put(w, id.size());
        }
        int[] wordCount = vocab.stream().mapToInt(counts::get).toArray();
        Map<Long, Integer> bigrams = new HashMap<>();
        long[] pairs = {0};
        for (Path f : inputs) {
            lines(f, s -> {
                for (int i = 0; i + 1 < s.size(); i++) {
                    Integer a = id.get(s.get(i));
                    Integer b = id.get(s.get(i + 1));
                    if (a != null && b != null) {
                        bigrams.merge((long) a << 32 | b, 1, Integer::sum);
                        pairs[0]++;
                    }
                }
            });
        }
        long tokens = counts.values().stream().mapToLong(Integer::longValue).sum();
        System.err.printf("%d tokens, %d word types with %d+ occurrences, %d adjacent pairs%n", tokens, vocab.size(),
                minCount, pairs[0]);
        // probabilities over words: unigram counts for the marginals, adjacent pairs for the joint
        double total = Math.max(pairs[0], Arrays.stream(wordCount).asLongStream().sum());
        long t0 = System.nanoTime();
        String[] paths = new BrownClusters(clusters, wordCount, bigrams, total).run();
        System.err.printf("clustered in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        Integer[] order = new Integer[vocab.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer, String>comparing(i -> paths[i]).thenComparing(i -> i));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out));
             PrintWriter p = new PrintWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8))) {
            p.printf("# Brown clusters (%d, words seen %d+ times) made by BrownClusters over %s%n", clusters, minCount,
                    String.join(" ", inputs.stream().map(x -> x.getFileName().toString()).toList()));
            for (int i : order) {
                p.print(paths[i] + "\t" + vocab.get(i) + "\t" + wordCount[i] + "\n");
            }
        }
    }
}
