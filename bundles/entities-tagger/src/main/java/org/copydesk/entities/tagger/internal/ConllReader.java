package org.copydesk.entities.tagger.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;

/**
 * CoNLL files as corpora ship them: one token a line with the tag in the last column (2 columns, or
 * the 4 of CoNLL-2003), tab- or space-separated; blank lines between sentences; {@code -DOCSTART-}
 * lines between documents; tags in IOB1 (I- starts a name unless it continues one of its type), BIO,
 * or BILOU/IOBES. Each document becomes an article with one body paragraph per sentence, the tokens
 * joined by single spaces (as the shared scorer feeds the CLI), and its names as gold.
 */
final class ConllReader {
    /** A file without {@code -DOCSTART-} lines is cut into documents of this many sentences. */
    private static final int MAX_SENTENCES = 200;

    private final Path file;
    private final List<LabelledDocument> docs = new ArrayList<>();
    private List<String> paragraphs = new ArrayList<>();
    private List<LabelledDocument.Gold> gold = new ArrayList<>();
    private final StringBuilder sentence = new StringBuilder();
    private EntityType open;
    private int openStart;

    private ConllReader(Path file) {
        this.file = file;
    }

    /** The documents of a file; a malformed line is an IOException naming the file, the line and the problem. */
    static List<LabelledDocument> read(Path file) throws IOException {
        ConllReader r = new ConllReader(file);
        r.parse();
        return r.docs;
    }

    private static final java.util.regex.Pattern TAGGED = java.util.regex.Pattern.compile("\\S+([\t ]+\\S+)*[\t ]+(O|[BIELSU]-\\S+)");

    /**
     * Whether a file is read as CoNLL: by its name (.conll, .iob, .bio, .tsv), or, as CoNLL-2003's
     * {@code eng.train} has no extension, by its first lines (a {@code -DOCSTART-} line, or tokens
     * with tags). Anything else is an input for the importers (article JSON).
     */
    static boolean isConll(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".iob") || n.endsWith(".bio") || n.endsWith(".tsv") || n.contains(".conll")) {
            return true;
        }
        if (n.endsWith(".json") || n.endsWith(".html") || n.endsWith(".xml")) {
            return false;
        }
        int seen = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && seen < 20; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("-DOCSTART-")) {
                    return true;
                }
                if (!TAGGED.matcher(line.strip()).matches()) {
                    return false;
                }
                seen++;
            }
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
        return seen > 0;
    }

    private void parse() throws IOException {
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String[] cols = line.strip().split("[\t ]+");
                if (line.isBlank()) {
                    endSentence();
                    continue;
                }
                if (cols[0].equals("-DOCSTART-")) {
                    endSentence();
                    endDocument();
                    continue;
                }
                if (cols.length < 2) {
                    throw new IOException(file + ":" + lineNo + ": expected a token and a tag, found '" + line.strip() + "'");
                }
                token(cols[0], cols[cols.length - 1], lineNo);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ":" + (lineNo + 1) + ": not UTF-8 text");
        }
        endSentence();
        endDocument();
    }

    private void token(String word, String tag, int lineNo) throws IOException {
        String prefix;
        EntityType type;
        if (tag.equals("O")) {
            prefix = "O";
            type = null;
        } else if (tag.length() > 2 && tag.charAt(1) == '-' && "BIELSU".indexOf(tag.charAt(0)) >= 0) {
            prefix = tag.substring(0, 1);
            type = type(tag.substring(2));
        } else {
            throw new IOException(file + ":" + lineNo + ": '" + tag + "' is not a tag (O, or B-/I-/E-/L-/S-/U- and a type)");
        }
        boolean continues = type != null && type == open && (prefix.equals("I") || prefix.equals("E") || prefix.equals("L"));
        if (!continues) {
            close();
        }
        if (sentence.length() > 0) {
            sentence.append(' ');
        }
        if (type != null && !continues) {
            open = type;
            openStart = sentence.length();
        }
        sentence.append(word);
        if (prefix.equals("E") || prefix.equals("L") || prefix.equals("S") || prefix.equals("U")) {
            close();
        }
    }

    private EntityType type(String t) {
        switch (t.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON":
                return EntityType.PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION":
                return EntityType.ORGANIZATION;
            case "LOC", "LOCATION", "GPE":
                return EntityType.LOCATION;
            case "MISC":
                return EntityType.MISC;
            default: // a type beyond the four (DATE, ...) is no name here
                return null;
        }
    }

    private void close() {
        if (open != null) {
            gold.add(new LabelledDocument.Gold(Field.BODY, paragraphs.size(), openStart, sentence.length(), open));
            open = null;
        }
    }

    private void endSentence() {
        close();
        if (sentence.length() > 0) {
            paragraphs.add(sentence.toString());
            sentence.setLength(0);
        }
        if (paragraphs.size() >= MAX_SENTENCES) {
            endDocument();
        }
    }

    private void endDocument() {
        if (!paragraphs.isEmpty()) {
            String source = file.getFileName() + "#" + (docs.size() + 1);
            docs.add(new LabelledDocument(source, Article.builder().body(paragraphs).build(), gold));
        }
        paragraphs = new ArrayList<>();
        gold = new ArrayList<>();
    }
}
