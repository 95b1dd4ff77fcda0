package org.copydesk.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The summaries of all articles in one file of the workspace, so a start reads one file instead of
 * every history. Each summary is kept with the stamp of the history file it came from (size,
 * modification time and file key, a stat's answer); the start trusts a summary only while its
 * history's stamp is the same, so the snapshot can be old but never shows an old summary. Histories
 * are written by rename, so each write gives a new file key as well as a new time.
 * <p>
 * Written durably on close and, while changes come, at most once per {@code settle}, from a thread
 * of its own: an edit only marks it due. A snapshot that cannot be read (corrupt, cut short, or of
 * another format) is ignored with one line and written anew.
 */
final class SummarySnapshot {
    static final String FILE = "summaries.json";
    /** The layout of the file; a snapshot of another is ignored. */
    static final int FORMAT = 1;
    private static final ObjectWriter ITEM = Json.MAPPER.writerFor(Item.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** What proves a history unchanged since its summary was taken. */
    record Stamp(@JsonProperty("size") long size, @JsonProperty("modified") long modified, @JsonProperty("key") String key) {
        static Stamp of(BasicFileAttributes a) {
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey()));
        }

        /** The stamp of a history file, or null when there is none. */
        static Stamp of(Path history) throws IOException {
            try {
                BasicFileAttributes a = Files.readAttributes(history, BasicFileAttributes.class);
                return a.isRegularFile() ? of(a) : null;
            } catch (NoSuchFileException e) {
                return null;
            }
        }
    }

    record Item(@JsonProperty("stamp") Stamp stamp, @JsonProperty("summary") Summary summary) {
    }

    private final Path file;
    private final Duration settle;
    private final Consumer<String> warn;
    private final Map<String, Item> items = new ConcurrentHashMap<>();
    private final AtomicBoolean due = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "copydesk-summary-snapshot");
        t.setDaemon(true);
        return t;
    });

    SummarySnapshot(Path workspace, Duration settle, Consumer<String> warn) {
        this.file = workspace.resolve(FILE);
        this.settle = settle;
        this.warn = warn;
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // close writes at once instead
    }

    /** The items of the snapshot on disk, by article id; empty when there is none or it cannot be read. */
    Map<String, Item> read() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Item> out = new HashMap<>();
        try (JsonParser p = Json.MAPPER.createParser(file.toFile())) {
            expect(p, JsonToken.START_OBJECT);
            expect(p, JsonToken.FIELD_NAME);
            if (!"format".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != FORMAT) {
                throw new IOException("not a snapshot of format " + FORMAT);
            }
            expect(p, JsonToken.FIELD_NAME);
            expect(p, JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Item i = Json.MAPPER.readValue(p, Item.class);
                if (i.stamp() == null || i.summary() == null || i.summary().id() == null) {
                    throw new IOException("an entry without its stamp or summary");
                }
                out.put(i.summary().id(), i);
            }
            if (p.currentToken() != JsonToken.END_ARRAY || p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IOException("it does not end where a snapshot ends");
            }
            return out;
        } catch (IOException | RuntimeException e) {
            warn.accept(file + ": the snapshot of the article summaries cannot be used (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + "), so every history is read and the snapshot written anew");
            return Map.of();
        }
    }

    private static void expect(JsonParser p, JsonToken t) throws IOException {
        if (p.nextToken() != t) {
            throw new IOException("expected " + t + " at " + p.currentLocation().getCharOffset());
        }
    }

    /** The start's summaries, as they will be written next. */
    void putAll(Map<String, Item> all) {
        items.putAll(all);
    }

    /** An article's summary changed (its history was just written with this stamp). */
    void put(String id, Stamp stamp, Summary summary) {
        items.put(id, new Item(stamp, summary));
        changed();
    }

    void remove(String id) {
        items.remove(id);
        changed();
    }

    /** Schedules a write unless one is due already: many edits within {@code settle} make one write. */
    void changed() {
        if (due.compareAndSet(false, true)) {
            try {
                writer.schedule(this::writeIfDue, settle.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // an edit that ends as the runtime stops: its history's new stamp has the next start read it
            }
        }
    }

    private void writeIfDue() {
        if (due.getAndSet(false)) {
            try {
                write();
            } catch (RuntimeException e) {
                warn.accept(file + ": the snapshot of the article summaries was not written (" + e.getMessage() + "); the next start reads the histories");
            }
        }
    }

    /**
     * Writes what it holds now. Each item is a summary with the stamp it was taken with, so an item
     * replaced while this runs is written old or new, never half of each.
     */
    void write() {
        DurableFiles.write(file, out -> {
            try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
                g.writeStartObject();
                g.writeNumberField("format", FORMAT);
                g.writeArrayFieldStart("articles");
                for (Item i : items.values()) {
                    ITEM.writeValue(g, i);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    /** Lets a write under way end, then writes what is due: the runtime is stopping. */
    void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeIfDue();
    }
}
