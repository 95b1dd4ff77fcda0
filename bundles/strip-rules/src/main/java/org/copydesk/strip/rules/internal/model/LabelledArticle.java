package org.copydesk.strip.rules.internal.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of a labelled stripping set: its body paragraphs in order, each with its gold label,
 * {@code keep} for article text or the removal reason for boilerplate.
 *
 * <p>The sets are UTF-8 text: {@code # } lines are comments, {@code ## } starts an article (the rest of
 * the line names its publisher style), every other non-blank line is {@code LABEL<TAB>paragraph}.
 */
public record LabelledArticle(String source, List<String> labels, List<String> body) {
    public static final String KEEP = "keep";

    public LabelledArticle {
        labels = List.copyOf(labels);
        body = List.copyOf(body);
        if (labels.size() != body.size()) {
            throw new IllegalArgumentException(source + ": " + labels.size() + " labels for " + body.size() + " paragraphs");
        }
    }

    /** Whether paragraph {@code i} is boilerplate. */
    public boolean boilerplate(int i) {
        return !KEEP.equals(labels.get(i));
    }

    /** Reads a set; {@code name} names it in the message of a malformed line. */
    public static List<LabelledArticle> read(Reader reader, String name) throws IOException {
        List<LabelledArticle> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String source = null;
        List<String> labels = new ArrayList<>();
        List<String> body = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.startsWith("## ")) {
                if (source != null) {
                    out.add(new LabelledArticle(source, labels, body));
                }
                source = line.substring(3).trim();
                labels = new ArrayList<>();
                body = new ArrayList<>();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                if (source == null || tab <= 0 || tab == line.length() - 1) {
                    throw new IOException(name + " line " + lineNo + ": expected LABEL<TAB>paragraph after a '## ' article line");
                }
                labels.add(line.substring(0, tab).trim());
                body.add(line.substring(tab + 1));
            }
        }
        if (source != null) {
            out.add(new LabelledArticle(source, labels, body));
        }
        return out;
    }
}
