package org.copydesk.strip.rules.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A desk's examples file: one {@link DeskExample} a line, and lines that withdraw the examples of an
 * undone edit ({@code {"withdraw": EDIT, "source": ...}}). Lines are only ever appended, each write
 * flushed to the disk before it returns, so no earlier line is lost or rewritten. Reading applies two
 * rules: a withdrawal drops the examples of its edit written before it (a redo writes them again,
 * after it), and when one text was judged twice with different labels the later judgement wins
 * (an editor who removed a line by hand and then put it back has called it article text).
 */
public final class ExamplesFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The field of a withdrawal line. */
    static final String WITHDRAW = "withdraw";

    private ExamplesFile() {
    }

    /**
     * The most examples a desk trains on: the newest lines of a file that grows with every edit, so
     * neither reading it nor training on it grows without end (about 20 MB of text and features).
     */
    static final int MAX_EXAMPLES = 20_000;
    /** The longest line read: an example with its four neighbours; a longer line is skipped unread. */
    static final int MAX_LINE = 200_000;

    /**
     * The examples in force among the newest {@link #MAX_EXAMPLES}; a line that is neither an example
     * nor a withdrawal is reported to {@code problems} as "FILE line N: why; skipped".
     */
    public static List<DeskExample> read(Path file, Consumer<String> problems) throws IOException {
        return read(file, problems, MAX_EXAMPLES, MAX_LINE);
    }

    /** As {@link #read(Path, Consumer)}, keeping at most {@code maxExamples} and reading lines of at most {@code maxLine} characters. */
    static List<DeskExample> read(Path file, Consumer<String> problems, int maxExamples, int maxLine) throws IOException {
        ArrayDeque<Slot> newest = new ArrayDeque<>();
        Map<String, List<Slot>> byEdit = new HashMap<>();
        long dropped = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int lineNo = 1; ; lineNo++) {
                End end = readLine(in, line, maxLine);
                if (end.tooLong()) {
                    problems.accept(file + " line " + lineNo + ": longer than " + maxLine + " characters; skipped");
                } else if (!line.toString().isBlank()) {
                    try {
                        JsonNode o = JSON.readTree(line.toString());
                        if (o.isObject() && o.has(WITHDRAW)) {
                            byEdit.getOrDefault(o.path(WITHDRAW).asText(), List.of()).forEach(slot -> slot.example = null);
                        } else {
                            Slot slot = new Slot(DeskExample.parse(o));
                            if (!slot.edit.isEmpty()) {
                                byEdit.computeIfAbsent(slot.edit, k -> new ArrayList<>()).add(slot);
                            }
                            newest.addLast(slot);
                            if (newest.size() > maxExamples) {
                                forget(newest.removeFirst(), byEdit);
                                dropped++;
                            }
                        }
                    } catch (IOException | IllegalArgumentException e) {
                        problems.accept(file + " line " + lineNo + ": " + (e instanceof IllegalArgumentException ? e.getMessage()
                                : "not a JSON object") + "; skipped");
                    }
                }
                if (end.eof()) {
                    break;
                }
            }
        }
        if (dropped > 0) {
            problems.accept(file + ": " + dropped + " older examples left out; a desk trains on its newest " + maxExamples);
        }
        List<DeskExample> lines = new ArrayList<>(newest.size());
        newest.forEach(slot -> lines.add(slot.example));
        return latestLabels(lines);
    }

    /** An example as read, null once an undo withdrew it. */
    private static final class Slot {
        DeskExample example;
        final String edit;

        Slot(DeskExample example) {
            this.example = example;
            this.edit = example.edit();
        }
    }

    /** Drops an example that fell out of the newest, so the edits' index does not grow with the file. */
    private static void forget(Slot slot, Map<String, List<Slot>> byEdit) {
        List<Slot> same = byEdit.get(slot.edit);
        if (same != null) {
            same.remove(slot);
            if (same.isEmpty()) {
                byEdit.remove(slot.edit);
            }
        }
    }

    /** How a line read by {@link #readLine} ended: at the end of the file, and whether it was cut for length. */
    private record End(boolean eof, boolean tooLong) {
    }

    /**
     * Reads one line into {@code line} (cleared first); the rest of a line longer than {@code max}
     * characters is read past, not kept.
     */
    private static End readLine(BufferedReader in, StringBuilder line, int max) throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                return new End(false, tooLong);
            }
            if (tooLong) {
                continue;
            }
            if (line.length() < max) {
                line.append((char) c);
            } else {
                tooLong = true;
                line.setLength(0);
            }
        }
        return new End(true, tooLong);
    }

    /** The examples (nulls withdrawn) less those a later example of the same text labels otherwise. */
    private static List<DeskExample> latestLabels(List<DeskExample> lines) {
        Map<String, String> last = new HashMap<>();
        List<DeskExample> out = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            DeskExample e = lines.get(i);
            if (e != null && last.computeIfAbsent(e.text(), t -> e.label()).equals(e.label())) {
                out.add(e);
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** Appends examples, durably. */
    public static void append(Path file, List<DeskExample> examples) throws IOException {
        List<String> lines = new ArrayList<>();
        examples.forEach(e -> lines.add(e.toJson()));
        appendLines(file, lines);
    }

    /** Appends a line that withdraws the examples of {@code edit}, durably. */
    public static void withdraw(Path file, String edit, String source) throws IOException {
        appendLines(file, List.of(JSON.createObjectNode().put(WITHDRAW, edit).put("source", source).toString()));
    }

    /**
     * Adds lines at the end under a lock (two runtimes of one desk take turns), flushes them to the
     * disk, and the folder too when the file is new. A line a crash cut short stays as it is (the
     * reader reports and skips it); the new lines start on a line of their own.
     */
    private static synchronized void appendLines(Path file, List<String> lines) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean created = !Files.exists(file);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
             var lock = c.lock()) {
            long end = c.size();
            StringBuilder text = new StringBuilder();
            if (end > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                c.read(last, end - 1);
                if (last.get(0) != '\n') {
                    text.append('\n');
                }
            }
            lines.forEach(l -> text.append(l).append('\n'));
            ByteBuffer b = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            c.position(end);
            while (b.hasRemaining()) {
                c.write(b);
            }
            c.force(true);
        }
        if (created) {
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true); // the new file's name is an entry of its folder
            } catch (IOException e) {
                // some file systems cannot open a folder; the file itself is on the disk
            }
        }
    }
}
