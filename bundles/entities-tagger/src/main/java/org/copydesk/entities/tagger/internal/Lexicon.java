package org.copydesk.entities.tagger.internal;

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

import org.copydesk.entities.common.GazetteerCategory;
import org.copydesk.entities.common.GazetteerStore;
import org.copydesk.entities.common.NameLists;
import org.copydesk.entities.common.NameTable;

/**
 * What the model's features look words up in besides the shared gazetteers and name lists
 * ({@link NameLists}): Brown word clusters. Loaded once, on first use. Its {@link #fingerprint()}
 * covers the name lists, the clusters and the bundled gazetteers: a model is valid only with the
 * very lists it was trained with.
 */
final class Lexicon {
    static final String CLUSTERS = "brown-clusters.txt.gz";

    /** Hash of a word -> 1 + index of its cluster's path. */
    private final NameTable clusterOf = new NameTable(1 << 15);
    private final List<String> paths = new ArrayList<>();
    private final String fingerprint;

    private static final class Holder {
        static final Lexicon LEXICON = new Lexicon();
    }

    static Lexicon get() {
        return Holder.LEXICON;
    }

    private Lexicon() {
        MessageDigest digest = sha256();
        NameLists.digest(digest);
        byte[] clusters = read(Lexicon.class, CLUSTERS);
        if (clusters == null) {
            throw new IllegalStateException("the bundle lacks its resource " + CLUSTERS);
        }
        digest.update(CLUSTERS.getBytes(StandardCharsets.UTF_8));
        digest.update(clusters);
        Map<String, Integer> pathIndex = new HashMap<>();
        for (String line : NameLists.lines(clusters, true)) {
            int tab = line.indexOf('\t');
            int tab2 = line.indexOf('\t', tab + 1);
            int path = pathIndex.computeIfAbsent(line.substring(0, tab), p -> {
                paths.add(p);
                return paths.size();
            });
            clusterOf.merge(NameTable.hash(line.substring(tab + 1, tab2 < 0 ? line.length() : tab2)), path, true);
        }
        for (GazetteerCategory c : GazetteerCategory.values()) {
            digestResource(GazetteerStore.class, "gazetteer/" + c.file(), digest);
        }
        digestResource(GazetteerStore.class, "common-words.txt.gz", digest);
        fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** The word's Brown cluster as a bit path, or null when the word was too rare to cluster. */
    String cluster(String word) {
        int path = clusterOf.get(NameTable.hash(word));
        return path == 0 ? null : paths.get(path - 1);
    }

    String fingerprint() {
        return fingerprint;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resource's bytes, or null when the bundle has no such resource. */
    private static byte[] read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static void digestResource(Class<?> owner, String name, MessageDigest digest) {
        byte[] bytes = read(owner, name);
        if (bytes != null) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
    }
}
