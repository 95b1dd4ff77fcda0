package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * Tagging skips the tokens with no capital letter or digit in their word or beside it: the labels must
 * be those the model gives with every token's features, since the full model never puts such a token
 * in a name (none of the 132,000 tokens of the five open corpora, train and dev files).
 */
class NameableTokensTest {
    private final PerceptronModel model = PerceptronNameFinder.bundledModel();

    @Test
    void onlyTokensNearACapitalAreFeatured() {
        Document doc = Document.of(Article.builder().headline("Strike")
                .body(List.of("Workers at the Bank of England walked out on monday, the union said, and 300 stayed home.")).build());
        long[][] f = new Features(doc, new Gazetteer()).nameable(1);
        List<String> words = doc.unit(1).tokens().stream().map(t -> t.text()).toList();
        assertNotNull(f[words.indexOf("Workers")]);
        assertNotNull(f[words.indexOf("at")], "beside a capitalised word");
        assertNotNull(f[words.indexOf("of")], "a joiner inside a name");
        assertNull(f[words.indexOf("out")]);
        assertNotNull(f[words.indexOf("stayed")], "beside a number");
        assertNull(f[words.indexOf("monday")], "no capital or digit in or beside it");
    }

    @Test
    void skippingChangesNoLabelOnOurSentences() {
        Article a = Article.builder().headline("Talks in Geneva").body(List.of(
                "Mr Khamenei met the foreign minister of Iran, Abbas Araghchi, in Tehran on Sunday.",
                "the talks, which the u.n. hosted, went on late into the night at the Palais des Nations.",
                "A spokesman for the Transport and General Workers Union said members would vote.",
                "Kim Jong - un inspected a Boeing 737-800 while Da’esh fighters fled north of al-Raqqa.")).build();
        assertSameLabels(List.of(a));
    }

    @Test
    void skippingChangesNoLabelOnTheOpenCorpora() throws IOException {
        Path data = SharedData.root().resolve("data");
        assumeTrue(Files.isRegularFile(data.resolve(DevScores.DEV.get(0))), "no ../shared/data: skipped");
        List<Article> articles = new ArrayList<>();
        for (String corpus : List.of("gum-news", "meantime", "wikigold", "gum-other", "re3d")) {
            for (String part : List.of(".train.conll", ".dev.conll")) {
                articles.addAll(Corpora.articles(data.resolve(corpus + "-ner" + part)));
            }
        }
        assertSameLabels(articles);
    }

    /**
     * A token tagging features has the very features it has when every token is featured: its
     * neighbours' lower case, shape and cluster are made on demand ({@link SentenceWords}), never
     * missed because the neighbour itself is skipped.
     */
    private void assertSameLabels(List<Article> articles) {
        assertFalse(articles.isEmpty());
        int featured = 0;
        for (Article a : articles) {
            Document doc = Document.of(a);
            Features features = new Features(doc, new Gazetteer());
            for (int u = 0; u < doc.units().size(); u++) {
                int unit = u;
                long[][] all = features.unit(u);
                long[][] nameable = features.nameable(u);
                for (int i = 0; i < all.length; i++) {
                    if (nameable[i] != null) {
                        featured++;
                        assertArrayEquals(all[i], nameable[i], doc.unit(u).tokens().get(i).text());
                    }
                }
                assertArrayEquals(model.tag(all), model.tag(nameable),
                        () -> doc.unit(unit).tokens().stream().map(t -> t.text()).toList().toString());
            }
        }
        assertTrue(featured > 0);
    }
}
