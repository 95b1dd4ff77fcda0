package org.copydesk.importer.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.junit.jupiter.api.Test;

class HtmlImporterTest {
    @Test
    void newsPageKeepsTheStoryInOrderAndDropsTheChrome() throws Exception {
        Article a = Pages.read("news.html");
        assertEquals(List.of(
                "The new flood barrier on the River Wend was raised for the first time on Thursday night, two weeks"
                        + " before its official opening, as water levels climbed after three days of heavy rain.",
                "Engineers said the barrier held back almost two metres of water and protected around 400 homes in the"
                        + " lower town, many of which were flooded in 2019.",
                "Years of planning",
                "The council approved the £14m scheme in 2020 after residents campaigned for better defences. Work began"
                        + " the following spring and was due to finish this month.",
                "Two steel gates, each 30 metres wide",
                "A pumping station for surface water",
                "\"We were ready, and it worked exactly as it was designed to,\" said project manager Tom Reyes.",
                "The Environment Agency said river levels were expected to fall slowly over the weekend, but warned that"
                        + " more rain was forecast for Tuesday."), a.body());
        Set<String> reasons = a.removed().stream().map(Removal::reason).collect(Collectors.toSet());
        assertTrue(reasons.containsAll(Set.of("cookie", "navigation", "social", "caption", "related", "comments")),
                reasons.toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.text().contains("Read more: Met Office extends rain warning")));
        assertTrue(a.removed().stream().allMatch(r -> r.by().equals("org.copydesk.importer.html")));
    }

    @Test
    void newsPageMetadata() throws Exception {
        Article a = Pages.read("news.html");
        assertEquals("Flood barrier opens early as river rises", a.headline());
        assertEquals("Jane Marlow", a.byline());
        assertEquals(LocalDate.of(2024, 3, 8), a.published());
        assertEquals("https://gazette.example/news/flood-barrier-opens", a.url());
        assertEquals("en-GB", a.language());
        assertEquals("html", a.source().format());
        assertEquals("news.html", a.source().file());
    }

    @Test
    void removalsRecordTheirOriginalPositions() throws Exception {
        Article a = Pages.read("news.html");
        List<String> original = a.originalBody();
        assertEquals(a.body().size() + a.removed().size(), original.size());
        // the cookie notice came first on the page, the footer last
        assertTrue(original.get(0).startsWith("We use cookies"), original.get(0));
        assertTrue(original.get(original.size() - 1).contains("Privacy policy"), original.get(original.size() - 1));
        Removal caption = a.removed().stream().filter(r -> r.reason().equals("caption")).findFirst().orElseThrow();
        Article restored = a.restore(caption.id());
        assertEquals("The barrier at dawn on Friday. Photo: Gazette staff", restored.body().get(2));
    }

    @Test
    void blogPostLeavesSidebarAndNewsletterOut() throws Exception {
        Article a = Pages.read("blog.html");
        String body = String.join("\n", a.body());
        assertTrue(body.startsWith("Vor drei Wochen habe ich meinen ersten Sauerteig angesetzt"), body);
        assertTrue(body.contains("500 g Weizenmehl Type 550"));
        assertTrue(body.endsWith("wie sich der Geschmack verändert."), body);
        assertFalse(body.contains("Über mich"));
        assertFalse(body.contains("Newsletter"));
        assertFalse(body.contains("Abgelegt unter"));
        assertFalse(body.contains("Veröffentlicht am"));
        assertEquals("Mein Sauerteig-Brot nach drei Wochen", a.headline());
        assertEquals(LocalDate.of(2023, 11, 12), a.published());
        assertEquals("de", a.language());
    }

    @Test
    void jsonLdGivesHeadlineAuthorAndDate() throws Exception {
        Article a = Pages.read("jsonld.html");
        assertEquals("El puerto bate su récord de contenedores", a.headline());
        assertEquals("Lucía Ortega", a.byline());
        assertEquals(LocalDate.of(2022, 1, 15), a.published());
        assertEquals(3, a.body().size(), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("related") && r.text().startsWith("Lea también")));
        assertFalse(String.join(" ", a.body()).contains("Publicidad"));
    }

    /** A paywalled page shows only its teaser: the teaser is the article, the paywall's prompt goes with reason paywall. */
    @Test
    void paywalledTeaserIsTheBodyAndThePromptGoesAsPaywall() throws Exception {
        Article a = Pages.read("paywall-teaser.html");
        assertEquals("Ferry timetable cut for winter", a.headline());
        assertEquals(1, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("Island residents will have three fewer crossings"), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("paywall") && r.text().contains("Want to keep reading?")),
                a.removed().toString());
    }

    /** A forum thread's opening post sits in a comments-like container: it is the article, the replies are comments. */
    @Test
    void openingPostInACommentsContainerIsKept() throws Exception {
        Article a = Pages.read("forum-thread.html");
        String body = String.join("\n", a.body());
        assertTrue(body.contains("Since last week's system update my laptop no longer wakes from sleep"), body);
        assertFalse(body.contains("You must log in"), body);
    }

    /** A lead in a container of its own, before the body's, is part of the article. */
    @Test
    void leadInItsOwnContainerBeforeTheBodyIsKept() throws Exception {
        Article a = Pages.read("lead-apart.html");
        assertEquals(4, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("Die Reederei stellt im Frühjahr ein zweites Schiff"), a.body().toString());
        assertFalse(String.join(" ", a.body()).contains("Hafenfest"), a.body().toString());
        // with a gallery of captions between them the region does not widen, and the lead is kept all the same
        String gallery = "<ul class=\"gallery\">"
                + "<li><p class=\"caption\">1/3 Die alte Fähre am Anleger, kurz vor ihrer letzten Fahrt im Herbst, bei Sturm und Regen.</p></li>"
                + "<li><p class=\"caption\">2/3 Pendlerinnen und Pendler warten am frühen Morgen auf die erste Abfahrt des Tages.</p></li>"
                + "<li><p class=\"caption\">3/3 Die Werft, in der das neue Schiff gebaut wird, liegt an der Mündung des Flusses.</p></li></ul>";
        String page = new String(Pages.fixture("lead-apart.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<div class=\"story-text\">", gallery + "<div class=\"story-text\">");
        Article g = Pages.read("lead-apart-gallery.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(a.body(), g.body());
        assertTrue(g.removed().stream().anyMatch(r -> r.reason().equals("caption")), g.removed().toString());
    }

    /** Ruby annotations (furigana) are reading aids printed above the characters, not part of the sentence. */
    @Test
    void rubyAnnotationsAreLeftOutOfTheText() throws Exception {
        Article a = Pages.read("furigana.html");
        assertEquals(2, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("市の図書館は、来月から平日の夜九時まで開くことにしました。"), a.body().toString());
        assertFalse(String.join("", a.body()).contains("としょかん"), a.body().toString());
    }

    /** Soft hyphens only mark where a word may break: the words come out whole, so they can be found and tagged. */
    @Test
    void softHyphensAreDropped() throws Exception {
        Article a = Pages.read("soft-hyphens.html");
        String body = String.join("\n", a.body());
        assertTrue(body.contains("Die Stadtwerke wollen in den kommenden fünf Jahren rund zwölf Kilometer Fernwärmeleitungen"), body);
        assertFalse(body.contains("\u00AD"), body);
    }

    /** A standfirst in a box named "teaser-text" between headline and body is the story's lead; the teaser list after it stays related. */
    @Test
    void standfirstNamedAsATeaserBeforeTheBodyIsTheLead() throws Exception {
        Article a = Pages.read("teaser-standfirst.html");
        assertEquals(3, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("Der Radweg entlang des Kanals wird im Sommer"), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("related") && r.text().contains("Neue Ampel an der Brücke")),
                a.removed().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("caption")), a.removed().toString());
    }

    /**
     * The article's text split between an intro box and paragraphs loose in a wrapper full of link
     * lists: the prose beside the main region is taken in with its subheading, up to the teasers.
     */
    @Test
    void proseBesideTheMainRegionIsTakenInUpToTheTeasers() throws Exception {
        Article a = Pages.read("split-article.html");
        assertEquals(5, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("Vierzehn Dörfer im Landkreis"), a.body().toString());
        assertEquals("Wie es weitergeht", a.body().get(3));
        assertTrue(a.body().get(4).startsWith("Im kommenden Jahr stehen weitere Mittel bereit."), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("related") && r.text().contains("Mobile Arztpraxis")),
                a.removed().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.text().contains("Leitfaden für Bürgerläden")), a.removed().toString());
    }

    /** The reading time under a headline goes; the recipe's own durations stay. */
    @Test
    void readingTimeGoesAndDurationsStay() throws Exception {
        Article a = Pages.read("reading-time.html");
        assertEquals(3, a.body().size(), a.body().toString());
        assertEquals("Prep: 15 min.", a.body().get(1));
        assertTrue(a.removed().stream().anyMatch(r -> r.text().equals("4 min read")), a.removed().toString());
    }

    /** A consent dialog calling its pane "main content" is still the dialog: the article is the body, the pane goes as cookie. */
    @Test
    void consentDialogsMainContentPaneIsNotTheArticle() throws Exception {
        Article a = Pages.read("consent-pane.html");
        assertEquals(4, a.body().size(), a.body().toString());
        assertFalse(String.join(" ", a.body()).contains("Privacy overview"), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("cookie") && r.text().contains("stores small files")),
                a.removed().toString());
    }

    /** Sentences set in heading tags are prose: they are kept, and not dropped as a title over the comments that follow. */
    @Test
    void proseInHeadingTagsIsNotATitleOverChrome() throws Exception {
        Article a = Pages.read("heading-prose.html");
        assertEquals(3, a.body().size(), a.body().toString());
        assertTrue(a.body().get(2).startsWith("Die schönsten Bilder hängen im Sommer im Bootshaus"), a.body().toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("comments")), a.removed().toString());
    }
}
