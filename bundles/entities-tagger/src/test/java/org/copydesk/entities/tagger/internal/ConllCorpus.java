package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Field;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.TextUnit;
import org.copydesk.text.Token;

/**
 * CoNLL files ({@code token<TAB>tag}, blank line between sentences, {@code -DOCSTART-} between
 * documents) as documents of tagged sentences; each sentence's text is its tokens joined by single
 * spaces, exactly as ../shared/eval/score-ner.py builds its inputs.
 */
public record ConllCorpus(List<List<Sentence>> docs) {
    public record Sentence(List<String> tokens, List<String> tags) {
        String text() {
            return String.join(" ", tokens);
        }

        int[] labels() {
            return tags.stream().mapToInt(Labels::parse).toArray();
        }
    }

    public static ConllCorpus read(Path... files) throws IOException {
        List<List<Sentence>> docs = new ArrayList<>();
        for (Path f : files) {
            List<Sentence> doc = new ArrayList<>();
            List<String> toks = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (line.isBlank() || parts[0].equals("-DOCSTART-")) {
                    if (!toks.isEmpty()) {
                        doc.add(new Sentence(List.copyOf(toks), List.copyOf(tags)));
                        toks.clear();
                        tags.clear();
                    }
                    if (parts[0].equals("-DOCSTART-") && !doc.isEmpty()) {
                        docs.add(doc);
                        doc = new ArrayList<>();
                    }
                    continue;
                }
                toks.add(parts[0]);
                tags.add(parts.length > 1 ? parts[parts.length - 1].strip() : "O");
            }
            if (!toks.isEmpty()) {
                doc.add(new Sentence(List.copyOf(toks), List.copyOf(tags)));
            }
            if (!doc.isEmpty()) {
                docs.add(doc);
            }
        }
        return new ConllCorpus(docs);
    }

    /** The document with the gold tokens (for training: the labels line up with them). */
    static Document document(List<Sentence> doc) {
        List<TextUnit> units = new ArrayList<>();
        for (int p = 0; p < doc.size(); p++) {
            Sentence s = doc.get(p);
            List<Token> tokens = new ArrayList<>();
            int pos = 0;
            for (String t : s.tokens()) {
                tokens.add(new Token(t, pos, pos + t.length(), kind(t)));
                pos += t.length() + 1;
            }
            units.add(new TextUnit(Field.BODY, p, s.text(), tokens, true));
        }
        return new Document(units);
    }

    /** The article score-ner.py feeds the CLI: no headline, one body paragraph per sentence. */
    public static Article article(List<Sentence> doc) {
        return Article.builder().body(doc.stream().map(Sentence::text).toList()).build();
    }

    private static Token.Kind kind(String t) {
        if (t.codePoints().anyMatch(Character::isLetter)) {
            return Token.Kind.WORD;
        }
        return t.codePoints().allMatch(Character::isDigit) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
    }

}
