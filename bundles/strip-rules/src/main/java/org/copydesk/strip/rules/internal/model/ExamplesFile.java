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
     * The examples in force; a line that is neither an example nor a withdrawal is reported to
     * {@code problems} as "FILE line N: why; skipped".
     */
    public static List<DeskExample> read(Path file, Consumer<String> problems) throws IOException {
        List<DeskExample> lines = new ArrayList<>();
        Map<String, List<Integer>> byEdit = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode o = JSON.readTree(line);
                    if (o.isObject() && o.has(WITHDRAW)) {
                        byEdit.getOrDefault(o.path(WITHDRAW).asText(), List.of()).forEach(i -> lines.set(i, null));
                        continue;
                    }
                    DeskExample e = DeskExample.parse(o);
                    if (!e.edit().isEmpty()) {
                        byEdit.computeIfAbsent(e.edit(), k -> new ArrayList<>()).add(lines.size());
                    }
                    lines.add(e);
                } catch (IOException | IllegalArgumentException e) {
                    problems.accept(file + " line " + lineNo + ": " + (e instanceof IllegalArgumentException ? e.getMessage()
                            : "not a JSON object") + "; skipped");
                }
            }
        }
        return latestLabels(lines);
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
