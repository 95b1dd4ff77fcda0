package org.copydesk.workbench.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.model.Source;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.workbench.Workspace;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workspace on disk. Each article has a folder with the bytes it came from (never written
 * again), every version as article JSON and the history that says which is current; the UI state
 * sits beside them. Every write goes to a temporary file first and is then renamed into place, so
 * a stop at any moment leaves the last complete version.
 * <pre>
 * WORKSPACE/inbox/                     files to import (uploads land here)
 * WORKSPACE/articles/ID/original/NAME  the input as received
 * WORKSPACE/articles/ID/versions/N.json
 * WORKSPACE/articles/ID/history.json
 * WORKSPACE/state.json                 where the workbench was
 * </pre>
 */
@Component(name = "org.copydesk.workbench", service = {Workspace.class, WorkspaceStore.class})
@Designate(ocd = WorkbenchConfig.class)
public final class WorkspaceStore implements Workspace {
    private static final String JSON_TYPE = "application/vnd.copydesk.article+json";
    /** Fixed width, so the text sorts as the time does (Instant.toString drops trailing zero digits). */
    private static final java.time.format.DateTimeFormatter CREATED = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final Path root;
    private final Importer jsonReader;
    private final Exporter jsonWriter;
    private final Map<String, Article> current = new HashMap<>();
    private final Map<String, History> histories = new HashMap<>();

    /** Versions are article JSON, so the workspace starts only once that format's importer and exporter run. */
    @Activate
    public WorkspaceStore(BundleContext context, WorkbenchConfig config,
                          @Reference(target = "(" + Importer.FORMAT + "=json)") Importer jsonReader,
                          @Reference(target = "(" + Exporter.FORMAT + "=json)") Exporter jsonWriter) throws IOException {
        this(location(context, config), jsonReader, jsonWriter);
    }

    WorkspaceStore(Path root, Importer jsonReader, Exporter jsonWriter) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.jsonReader = jsonReader;
        this.jsonWriter = jsonWriter;
        Files.createDirectories(this.root.resolve("inbox"));
        Files.createDirectories(this.root.resolve("articles"));
    }

    private static Path location(BundleContext context, WorkbenchConfig config) {
        String home = context.getProperty("copydesk.home");
        Path base = Path.of(home == null ? "." : home);
        if (!config.workspace().isBlank()) {
            return base.resolve(config.workspace());
        }
        return base.resolve("workspace").resolve(desk(context));
    }

    /** The desk this runtime serves, as the launcher set it. */
    static String desk(BundleContext context) {
        String d = context.getProperty("copydesk.desk");
        return d == null ? "default" : d;
    }

    Path root() {
        return root;
    }

    Path inbox() {
        return root.resolve("inbox");
    }

    @Override
    public synchronized List<String> ids() {
        try (Stream<Path> s = Files.list(root.resolve("articles"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("history.json")))
                    .sorted(Comparator.comparing(WorkspaceStore::created).reversed())
                    .map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String created(Path articleDir) {
        try {
            return Files.readString(articleDir.resolve("created"));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        Path dir = root.resolve("articles").resolve(SafePaths.id(id));
        if (!Files.isRegularFile(dir.resolve("history.json"))) {
            return Optional.empty();
        }
        return Optional.of(current.computeIfAbsent(id, k -> load(dir, history(k).currentEntry().version())));
    }

    Article require(String id) {
        return article(id).orElseThrow(() -> new NotFoundException("no article '" + id + "' in the workspace"));
    }

    @Override
    public synchronized Article edit(String id, String label, UnaryOperator<Article> change) {
        Article before = require(id);
        Article after = change.apply(before);
        if (after.equals(before)) {
            return before;
        }
        History h = history(id);
        List<History.Entry> dropped = h.add(label);
        Path dir = root.resolve("articles").resolve(id);
        save(dir.resolve("versions").resolve(h.currentEntry().version() + ".json"), json(after));
        saveHistory(id, h);
        for (History.Entry e : dropped) {
            delete(dir.resolve("versions").resolve(e.version() + ".json"));
        }
        current.put(id, after);
        return after;
    }

    /** Moves to the previous version (undo, -1) or the next (redo, +1); returns the article then. */
    synchronized Article step(String id, int direction) {
        History h = history(SafePaths.id(id));
        if (direction < 0 ? !h.canUndo() : !h.canRedo()) {
            throw new HistoryEndException("nothing to " + (direction < 0 ? "undo" : "redo"));
        }
        h.current += direction;
        saveHistory(id, h);
        Article a = load(root.resolve("articles").resolve(id), h.currentEntry().version());
        current.put(id, a);
        return a;
    }

    /** An article's history, read from disk once and then kept with the article. */
    synchronized History history(String id) {
        Path file = root.resolve("articles").resolve(SafePaths.id(id)).resolve("history.json");
        return histories.computeIfAbsent(id, k -> {
            try {
                return Json.MAPPER.readValue(file.toFile(), History.class);
            } catch (IOException e) {
                throw new NotFoundException("no article '" + id + "' in the workspace");
            }
        });
    }

    /** The input file of an article as it came in. */
    synchronized Path original(String id) throws IOException {
        Path dir = root.resolve("articles").resolve(SafePaths.id(id)).resolve("original");
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException("no article '" + id + "' in the workspace");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findFirst().orElseThrow(() -> new NotFoundException("article '" + id + "' has no original"));
        }
    }

    /**
     * Adds the articles read from one input: keeps the input's bytes unchanged beside them. An
     * article already in the workspace (same bytes, same item) is not added again; its id is returned.
     */
    synchronized List<String> add(ImportSource source, List<Article> articles) throws IOException {
        String sha = source.sha256();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String id = slug(source.baseName()) + "-" + sha.substring(0, 8) + (articles.size() > 1 ? "-" + (i + 1) : "");
            ids.add(id);
            Path dir = root.resolve("articles").resolve(id);
            if (Files.isRegularFile(dir.resolve("history.json"))) {
                continue;
            }
            Path original = dir.resolve("original").resolve(SafePaths.fileName(source.fileName()));
            save(original, source.content());
            original.toFile().setReadOnly();
            save(dir.resolve("versions").resolve("1.json"), json(articles.get(i)));
            save(dir.resolve("created"), (CREATED.format(java.time.Instant.now()) + String.format("%04d", i)).getBytes());
            saveHistory(id, History.first("import " + source.fileName()));
            current.put(id, articles.get(i));
        }
        return ids;
    }

    /** Removes an article and its history from the workspace. */
    synchronized void delete(String id) throws IOException {
        Path dir = root.resolve("articles").resolve(SafePaths.id(id));
        if (!Files.isDirectory(dir)) {
            throw new NotFoundException("no article '" + id + "' in the workspace");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
        current.remove(id);
        histories.remove(id);
    }

    synchronized JsonNode state() throws IOException {
        Path f = root.resolve("state.json");
        return Files.isRegularFile(f) ? Json.MAPPER.readTree(f.toFile()) : Json.object();
    }

    synchronized void state(JsonNode state) {
        save(root.resolve("state.json"), state.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "article" : s;
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

    /** Writes a history and keeps it; when the write fails nothing is kept, so the disk stays the truth. */
    private void saveHistory(String id, History h) {
        histories.remove(id);
        try {
            save(root.resolve("articles").resolve(id).resolve("history.json"), Json.MAPPER.writeValueAsBytes(h));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        histories.put(id, h);
    }

    /** Writes to a temporary file beside the target, then renames it into place. */
    private static void save(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".tmp-", "");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
