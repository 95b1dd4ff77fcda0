package org.copydesk.workbench.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.model.Source;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.RemovalFeedback;
import org.copydesk.api.workbench.Workspace;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workspace on disk. Each article has a folder with the bytes it came from (never written
 * again), every version as article JSON and the history that says which is current (with the summary
 * the list shows); the UI state sits beside them. Every write is durable ({@link DurableFiles}): a
 * version is on the disk before the history names it, so a stop at any moment, even of the machine,
 * leaves the last complete version. The list is answered from an index of the summaries in memory.
 * Each version that restores blocks or removes paragraphs by hand is told to the strip stage once it
 * is on the disk, and an undo of one withdraws it ({@link Teaching}).
 * <pre>
 * WORKSPACE/inbox/                     files to import (uploads land here)
 * WORKSPACE/articles/ID/original/NAME  the input as received
 * WORKSPACE/articles/ID/versions/N.json
 * WORKSPACE/articles/ID/history.json
 * WORKSPACE/state.json                 where the workbench was
 * WORKSPACE/summaries.json             the list's summaries, so a start need not read every history
 * </pre>
 */
@Component(name = "org.copydesk.workbench", service = {Workspace.class, WorkspaceStore.class})
@Designate(ocd = WorkbenchConfig.class)
public final class WorkspaceStore implements Workspace {
    private static final String JSON_TYPE = "application/vnd.copydesk.article+json";
    /** Fixed width, so the text sorts as the time does (Instant.toString drops trailing zero digits). */
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Articles and histories kept in memory: those open in the workbench, not the whole workspace. */
    private static final int CACHED = 256;
    static final String UPLOAD_PREFIX = ".upload-";
    /** The snapshot of the summaries is written at most this often while edits come. */
    static final Duration SNAPSHOT_SETTLE = Duration.ofMinutes(1);

    private final Path root;
    private final Importer jsonReader;
    private final Exporter jsonWriter;
    private final Map<String, Article> current = lru();
    private final Map<String, History> histories = lru();
    private final ArticleIndex index = new ArticleIndex();
    private final SummarySnapshot snapshot;
    /** The strip stages that learn from the editors' restores and manual removals (none is fine). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<RemovalFeedback> feedback = List.of();
    private final Teaching teaching;

    /** Versions are article JSON, so the workspace starts only once that format's importer and exporter run. */
    @Activate
    public WorkspaceStore(BundleContext context, WorkbenchConfig config,
                          @Reference(target = "(" + Importer.FORMAT + "=json)") Importer jsonReader,
                          @Reference(target = "(" + Exporter.FORMAT + "=json)") Exporter jsonWriter,
                          @Reference(name = "log", service = LoggerFactory.class) Logger log) throws IOException {
        this(WorkspaceLocation.of(context, config), jsonReader, jsonWriter, log::warn, SNAPSHOT_SETTLE);
    }

    WorkspaceStore(Path root, Importer jsonReader, Exporter jsonWriter, Consumer<String> warn, Duration settle) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.snapshot = new SummarySnapshot(this.root, settle, warn);
        this.jsonReader = jsonReader;
        this.jsonWriter = jsonWriter;
        this.teaching = new Teaching(() -> feedback, warn);
        Files.createDirectories(this.root.resolve("inbox"));
        Files.createDirectories(this.root.resolve("articles"));
        removeUnfinishedUploads();
        readIndex();
    }

    /** The summaries as they are now go to the snapshot, for the next start. */
    @Deactivate
    void close() {
        snapshot.close();
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CACHED;
            }
        };
    }

    /** An upload the runtime was stopped in the middle of is not a file anyone sent: it goes. */
    private void removeUnfinishedUploads() throws IOException {
        try (Stream<Path> s = Files.walk(inbox())) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith(UPLOAD_PREFIX) && Files.isRegularFile(f)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The summaries of every article: from the snapshot for each whose history has the stamp the
     * snapshot took it with (a stat), otherwise from its history (or, for an older workspace, its
     * current version), in parallel: a workspace of 100,000 articles is that many folders.
     */
    private void readIndex() throws IOException {
        Map<String, SummarySnapshot.Item> known = snapshot.read();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root.resolve("articles"))) {
            dirs = s.toList();
        }
        List<SummarySnapshot.Item> all = dirs.parallelStream().map(dir -> {
            String id = dir.getFileName().toString();
            try {
                SummarySnapshot.Stamp stamp = SummarySnapshot.Stamp.of(dir.resolve("history.json"));
                if (stamp == null) {
                    return null; // without a history the import was stopped in the middle: not an article
                }
                SummarySnapshot.Item was = known.get(id);
                if (was != null && was.stamp().equals(stamp)) {
                    return was;
                }
                // stamped before it is read: a history changed in between is read again next time
                History h = Json.MAPPER.readValue(dir.resolve("history.json").toFile(), History.class);
                return new SummarySnapshot.Item(stamp, h.summary != null ? h.summary
                        : Summary.of(id, load(dir, h.currentEntry().version()), h, legacyCreated(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the history of " + id + ": " + e.getMessage(), e);
            }
        }).filter(Objects::nonNull).toList();
        index.putAll(all.stream().map(SummarySnapshot.Item::summary).toList());
        Map<String, SummarySnapshot.Item> now = new HashMap<>();
        all.forEach(i -> now.put(i.summary().id(), i));
        snapshot.putAll(now);
        if (!now.equals(known)) { // read anew, added or gone since the snapshot
            snapshot.changed();
        }
    }

    /** Workspaces of earlier releases kept the import time in a file of its own. */
    private static String legacyCreated(Path dir) {
        try {
            return Files.readString(dir.resolve("created")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    Path root() {
        return root;
    }

    Path inbox() {
        return root.resolve("inbox");
    }

    /** The desk this runtime serves, as the launcher set it. */
    static String desk(BundleContext context) {
        String d = context.getProperty("copydesk.desk");
        return d == null ? "default" : d;
    }

    @Override
    public List<String> ids() {
        return index.ids(ArticleIndex.Sort.CREATED, true);
    }

    /** A page of the list. */
    ArticleIndex.Page list(ArticleIndex.Query q) {
        return index.page(q);
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        Path dir = dir(id);
        if (!Files.isRegularFile(dir.resolve("history.json"))) {
            return Optional.empty();
        }
        Article a = current.get(id);
        if (a == null) {
            a = load(dir, history(id).currentEntry().version());
            current.put(id, a);
        }
        return Optional.of(a);
    }

    Article require(String id) {
        return article(id).orElseThrow(() -> new NotFoundException("no article '" + id + "' in the workspace"));
    }

    /** The number of the article's current version: what an edit made on it names as its base. */
    synchronized int version(String id) {
        return history(id).currentEntry().version();
    }

    @Override
    public synchronized Article edit(String id, String label, UnaryOperator<Article> change) {
        Article before = require(id);
        Article after = change.apply(before);
        if (!after.equals(before)) {
            commit(id, label, before, after);
        }
        return after.equals(before) ? before : after;
    }

    /**
     * Applies an edit made on version {@code base}. On the current version it applies as it is; on an
     * older one it is carried onto the current version when what it changes was not changed since,
     * and refused ({@link EditConflict}) when it was. Returns the article as it is now.
     */
    synchronized Article edit(String id, int base, Edits.Edit e) {
        Article now = require(id);
        History h = history(id);
        UnaryOperator<Article> change;
        if (base == h.currentEntry().version()) {
            change = e::apply;
        } else {
            if (h.entry(base).isEmpty()) {
                throw conflict(h, base, "the version it was made on was undone and replaced");
            }
            try {
                change = e.onto(load(dir(id), base), now);
            } catch (EditConflict c) {
                throw conflict(h, base, c.getMessage());
            }
        }
        Article after;
        try {
            after = change.apply(now);
        } catch (EditConflict c) {
            throw conflict(h, base, c.getMessage());
        }
        if (after.equals(now)) {
            return now;
        }
        commit(id, e.label(now, after), now, after);
        return after;
    }

    private static EditConflict conflict(History h, int base, String why) {
        List<String> since = h.labelsSince(base);
        return new EditConflict("Not saved: " + why + (since.isEmpty() ? "" : " (since you opened it: " + String.join("; ", since) + ")")
                + ". The newer version is shown.");
    }

    private void commit(String id, String label, Article before, Article after) {
        History h = history(id);
        List<History.Entry> dropped = h.add(label);
        Path dir = dir(id);
        DurableFiles.write(dir.resolve("versions").resolve(h.currentEntry().version() + ".json"), json(after));
        saveHistory(id, h, after);
        for (History.Entry e : dropped) {
            DurableFiles.delete(dir.resolve("versions").resolve(e.version() + ".json"));
        }
        current.put(id, after);
        teaching.made(id, h.currentEntry(), before, after);
    }

    /**
     * Moves to the previous version (undo, -1) or the next (redo, +1); returns the article then. The
     * caller names the version it sees, so an undo never takes back an edit it did not know of.
     */
    synchronized Article step(String id, int direction, int base) {
        History h = history(SafePaths.id(id));
        if (base != h.currentEntry().version()) {
            throw conflict(h, base, "the article changed since you opened it, so nothing was " + (direction < 0 ? "undone" : "redone"));
        }
        return step(id, direction);
    }

    synchronized Article step(String id, int direction) {
        History h = history(SafePaths.id(id));
        if (direction < 0 ? !h.canUndo() : !h.canRedo()) {
            throw new HistoryEndException("nothing to " + (direction < 0 ? "undo" : "redo"));
        }
        Article before = require(id);
        History.Entry left = h.currentEntry();
        h.current += direction;
        Article a = load(dir(id), h.currentEntry().version());
        saveHistory(id, h, a);
        current.put(id, a);
        if (direction < 0) {
            teaching.undone(id, left, a, before);
        } else {
            teaching.made(id, h.currentEntry(), before, a);
        }
        return a;
    }

    /** An article's history, read from disk once and then kept with the article. */
    synchronized History history(String id) {
        Path file = dir(id).resolve("history.json");
        History h = histories.get(id);
        if (h == null) {
            try {
                h = Json.MAPPER.readValue(file.toFile(), History.class);
            } catch (IOException e) {
                throw new NotFoundException("no article '" + id + "' in the workspace");
            }
            histories.put(id, h);
        }
        return h;
    }

    /** The input file of an article as it came in. */
    synchronized Path original(String id) throws IOException {
        Path dir = dir(id).resolve("original");
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException("no article '" + id + "' in the workspace");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findFirst().orElseThrow(() -> new NotFoundException("article '" + id + "' has no original"));
        }
    }

    /** An article an import added, or found already there (same bytes, same item): that one keeps its edits. */
    record Added(String id, boolean existed) {
    }

    /**
     * Adds the articles read from one input: keeps the input's bytes unchanged beside them. An
     * article already in the workspace is not added again, so its edits stay.
     */
    synchronized List<Added> add(ImportSource source, List<Article> articles) {
        String sha = source.sha256();
        List<Added> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String id = slug(source.baseName()) + "-" + sha.substring(0, 8) + (articles.size() > 1 ? "-" + (i + 1) : "");
            Path dir = dir(id);
            if (Files.isRegularFile(dir.resolve("history.json"))) {
                out.add(new Added(id, true));
                continue;
            }
            Path original = dir.resolve("original").resolve(SafePaths.fileName(source.fileName()));
            if (!Files.exists(original)) {
                DurableFiles.write(original, source.content());
                original.toFile().setReadOnly();
            }
            DurableFiles.write(dir.resolve("versions").resolve("1.json"), json(articles.get(i)));
            History h = History.first("import " + source.fileName());
            h.summary = Summary.of(id, articles.get(i), h, CREATED.format(Instant.now()) + String.format(Locale.ROOT, "%04d", i));
            saveHistory(id, h, articles.get(i)); // the article exists from here on
            current.put(id, articles.get(i));
            out.add(new Added(id, false));
        }
        return out;
    }

    /** Removes an article and its history from the workspace. */
    synchronized void delete(String id) throws IOException {
        Path dir = dir(id);
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException("no article '" + id + "' in the workspace");
        }
        // the history goes first: from then on the article is gone, whatever is left of its folder
        DurableFiles.delete(dir.resolve("history.json"));
        index.remove(id);
        snapshot.remove(id);
        current.remove(id);
        histories.remove(id);
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    synchronized JsonNode state() throws IOException {
        Path f = root.resolve("state.json");
        return Files.isRegularFile(f) ? Json.MAPPER.readTree(f.toFile()) : Json.object();
    }

    synchronized void state(JsonNode state) {
        DurableFiles.write(root.resolve("state.json"), state.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "article" : s;
    }

    private Path dir(String id) {
        return root.resolve("articles").resolve(SafePaths.id(id));
    }

    private byte[] json(Article a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            jsonWriter.write(a, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a version back. The importer sees a file of the workspace and starts a fresh provenance,
     * so the article's own source and provenance are taken from the file.
     */
    private Article load(Path dir, int version) {
        Path file = dir.resolve("versions").resolve(version + ".json");
        try {
            byte[] bytes = Files.readAllBytes(file);
            Article read = jsonReader.read(new ImportSource(file.getFileName().toString(), bytes, JSON_TYPE)).get(0);
            JsonNode json = Json.MAPPER.readTree(bytes);
            JsonNode src = json.path("source");
            Source source = src.isObject() ? new Source(src.path("file").asText(), src.path("format").asText(),
                    src.path("sha256").asText(), src.path("item").asInt(0)) : null;
            List<Provenance> provenance = new ArrayList<>();
            for (JsonNode p : json.path("provenance")) {
                provenance.add(new Provenance(p.path("stage").asText(), p.path("bundle").asText(), p.path("version").asText(),
                        p.path("millis").asDouble(), p.path("status").asText(), p.hasNonNull("error") ? p.get("error").asText() : null));
            }
            return read.toBuilder().source(source).provenance(provenance).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException(file + ": not an article: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a history with the summary of its current version {@code a} and keeps it; the write is
     * the moment the version counts. When it fails nothing is kept, so the disk stays the truth.
     */
    private void saveHistory(String id, History h, Article a) {
        histories.remove(id);
        String created = h.summary != null ? h.summary.created() : legacyCreated(dir(id));
        h.summary = Summary.of(id, a, h, created);
        Path file = dir(id).resolve("history.json");
        SummarySnapshot.Stamp stamp;
        try {
            DurableFiles.write(file, Json.MAPPER.writeValueAsBytes(h));
            stamp = SummarySnapshot.Stamp.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        histories.put(id, h);
        index.put(h.summary);
        snapshot.put(id, stamp, h.summary);
    }
}
