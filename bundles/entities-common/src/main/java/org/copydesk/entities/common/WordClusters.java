package org.copydesk.entities.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Brown word clusters learnt from unlabelled text (docs/entities.md, "Word clusters"): words used alike
 * share a cluster, written as a bit path whose prefixes are coarser classes. Shared by every model that
 * wants words it never saw in training to share features with words it did: the entity tagger's and the
 * strip stage's paragraph model. Loaded once, on first use. A model trained with these clusters is valid
 * only with them: {@link #fingerprint()} names them, and {@link #digest} adds them to a larger fingerprint.
 */
public final class WordClusters {
    static final String RESOURCE = "brown-clusters.txt.gz";

    /** Hash of a word -> 1 + index of its cluster's path. */
    private final NameTable clusterOf = new NameTable(1 << 15);
    private final List<String> paths = new ArrayList<>();
    private final byte[] bytes;
    private final String fingerprint;

    private static final class Holder {
        static final WordClusters CLUSTERS = new WordClusters();
    }

    public static WordClusters get() {
        return Holder.CLUSTERS;
    }

    private WordClusters() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundle org.copydesk.entities.common lacks its resource " + RESOURCE);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, Integer> pathIndex = new HashMap<>();
        for (String line : NameLists.lines(bytes, true)) {
            int tab = line.indexOf('\t');
            int tab2 = line.indexOf('\t', tab + 1);
            if (tab <= 0) {
                throw new IllegalStateException(RESOURCE + ": not a cluster line (path, tab, word): " + line);
            }
            int path = pathIndex.computeIfAbsent(line.substring(0, tab), p -> {
                paths.add(p);
                return paths.size();
            });
            clusterOf.merge(NameTable.hash(line.substring(tab + 1, tab2 < 0 ? line.length() : tab2)), path, true);
        }
        MessageDigest digest = sha256();
        digest(digest);
        fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** The word's cluster as a bit path ("0101111111"), or null when the word was too rare to cluster. */
    public String cluster(String word) {
        int path = clusterOf.get(NameTable.hash(word));
        return path == 0 ? null : paths.get(path - 1);
    }

    /** How many clusters there are. */
    public int size() {
        return paths.size();
    }

    /** Adds the clusters (their resource's name and bytes) to a digest. */
    public void digest(MessageDigest digest) {
        digest.update(RESOURCE.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    /** The first 16 hex digits of the SHA-256 of {@link #digest}'s input: which clusters these are. */
    public String fingerprint() {
        return fingerprint;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
