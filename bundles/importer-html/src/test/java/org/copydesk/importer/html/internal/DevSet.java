package org.copydesk.importer.html.internal;

import org.copydesk.api.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shared extraction-dev pages and their keep/drop snippets, when ../shared is present. */
public final class DevSet {
    public record Page(String id, byte[] html, List<String> keep, List<String> drop) {
    }

    private DevSet() {
    }

    /** The data folder, or null when the shared data is not checked out beside the repo. */
    public static Path location() {
        return SharedData.find("data/extraction-dev/manifest.jsonl").map(Path::getParent).orElse(null);
    }

    public static List<Page> load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            Path file = dir.resolve(row.get("file").asText());
            byte[] html;
            try (InputStream in = Files.newInputStream(file)) {
                html = file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            }
            pages.add(new Page(row.get("id").asText(), html, strings(row.get("keep")), strings(row.get("drop"))));
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
