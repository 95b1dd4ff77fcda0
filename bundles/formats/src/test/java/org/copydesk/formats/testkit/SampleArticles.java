package org.copydesk.formats.testkit;

import static org.copydesk.api.model.EntityType.LOCATION;
import static org.copydesk.api.model.EntityType.MISC;
import static org.copydesk.api.model.EntityType.ORGANIZATION;
import static org.copydesk.api.model.EntityType.PERSON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Varied articles for exporter validity and round-trip tests: missing parts, quotes, non-Latin
 * scripts, emoji, markup-like input, no entities and many. Written for these tests, not taken from
 * any publisher.
 */
public final class SampleArticles {
    private static final String SHA = "9f2c4e1a7b3d5c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6";

    /**
     * Samples that no markup format can carry unchanged: forbidden XML characters, overlapping
     * mentions, layout whitespace inside a paragraph, a language that is no language tag. Exports must stay valid; round trips may differ.
     */
    public static final Set<String> LOSSY = Set.of("control-characters", "overlapping-mentions", "inner-whitespace",
            "free-text-language");

    private SampleArticles() {
    }

    /** Every sample as JUnit arguments (name, article), for parameterized tests. */
    public static Stream<Arguments> arguments() {
        return all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** The samples every format must carry unchanged, as JUnit arguments (name, article). */
    public static Stream<Arguments> lossless() {
        return arguments().filter(a -> !LOSSY.contains((String) a.get()[0]));
    }

    /** Every sample by a short name, in a fixed order. */
    public static Map<String, Article> all() {
        Map<String, Article> m = new LinkedHashMap<>();
        m.put("full", full());
        m.put("no-standfirst", new Draft("Storm closes ports along the coast")
                .byline("By Ana Ruiz").published("2021-03-04").language("en")
                .body("Ports in Valencia and Alicante shut on Tuesday.", "Officials expect them to reopen on Friday.")
                .entity(LOCATION, "Valencia").entity(LOCATION, "Alicante").build());
        m.put("blank-standfirst", new Draft("Council approves budget").standfirst("").published("2022-11-30")
                .body("The city council approved the budget by seven votes to two.").build());
        m.put("no-date", new Draft("Library reopens after repairs").standfirst("Readers return to the reading room.")
                .body("The Bodleian Library reopened its reading room.", "Staff said the roof was sound.")
                .entity(ORGANIZATION, "Bodleian Library").build());
        m.put("no-entities", new Draft("Rain expected later this week").standfirst("Forecasters say so.")
                .published("2020-06-01").language("en").body("It will rain.", "Then it will stop.").build());
        m.put("many-entities", many());
        m.put("quotes", new Draft("\"We will not back down,\" says O'Neill’s party")
                .standfirst("Leader calls the plan ‘a betrayal’ and \"unworkable\"").byline("By \"Jo\" O'Hara")
                .published("2019-05-17").language("en-GB")
                .body("Siobhan O'Neill said: \"It's over.\"", "The party's 'red lines' remain, O'Neill added.")
                .entity(PERSON, "Siobhan O'Neill", "Siobhan O'Neill", "O'Neill").build());
        m.put("arabic", new Draft("الرئيس يزور القاهرة").standfirst("زيارة رسمية لمدة يومين")
                .published("2020-01-05").language("ar")
                .body("وصل محمد عبد الله إلى القاهرة صباح الأحد.", "والتقى بممثلين عن جامعة الدول العربية.")
                .entity(PERSON, "محمد عبد الله").entity(LOCATION, "القاهرة")
                .entity(ORGANIZATION, "جامعة الدول العربية").build());
        m.put("chinese", new Draft("北京举行新闻发布会").published("2021-07-01").language("zh-Hans")
                .body("王小明在北京表示，清华大学将扩大招生。", "他说，计划将于明年实施。")
                .entity(PERSON, "王小明").entity(LOCATION, "北京").entity(ORGANIZATION, "清华大学").build());
        m.put("emoji", new Draft("Fans 🎉 celebrate as Arsenal win 🏆").published("2023-05-20").language("en")
                .body("😀😀 Arsenal beat Chelsea 2-1 in London 🇬🇧.", "Supporters sang 🎶 outside the Emirates Stadium.")
                .entity(ORGANIZATION, "Arsenal").entity(ORGANIZATION, "Chelsea").entity(LOCATION, "London")
                .entity(LOCATION, "Emirates Stadium").build());
        m.put("script-injection", new Draft("<script>alert('x')</script> & \"quotes\" in the headline")
                .standfirst("A <b>bold</b> claim & a </p> tag").byline("<img src=x onerror=alert(1)>")
                .published("2024-02-29").language("en")
                .body("Body with <script>document.cookie</script> & an ampersand & \"quotes\".",
                        "Acme <Corp> & \"Sons\" issued a statement.", "]]> and <!-- comment --> and &amp; stay text.")
                .entity(ORGANIZATION, "Acme <Corp> & \"Sons\"").build());
        m.put("ampersands", new Draft("AT&T and Procter & Gamble agree deal").published("2018-08-08").language("en")
                .body("AT&T signed with Procter & Gamble on Monday in Cincinnati.")
                .entity(ORGANIZATION, "AT&T").entity(ORGANIZATION, "Procter & Gamble")
                .entity(LOCATION, "Cincinnati").build());
        m.put("bare", new Draft("Short notice").body("Only a body paragraph.").build());
        m.put("single-paragraph", new Draft("Minister resigns").byline("Staff").published("2017-10-10")
                .language("en").body("Minister Jane Doe resigned on Tuesday.").entity(PERSON, "Jane Doe").build());
        m.put("headline-only", new Draft("Breaking: markets close early").published("2020-03-12").build());
        m.put("no-headline", new Draft(null).body("A paragraph without a headline, about Lisbon.")
                .entity(LOCATION, "Lisbon").build());
        m.put("long", longArticle());
        m.put("entities-in-headline", new Draft("Merkel meets Macron in Paris")
                .standfirst("Merkel and Macron discuss the EU budget.").published("2019-12-01").language("en")
                .body("Angela Merkel met Emmanuel Macron in Paris on Sunday.", "The EU budget dominated the talks.")
                .entity(PERSON, "Angela Merkel", "Angela Merkel", "Merkel")
                .entity(PERSON, "Emmanuel Macron", "Emmanuel Macron", "Macron")
                .entity(LOCATION, "Paris").entity(ORGANIZATION, "EU").build());
        m.put("with-removals", withRemovals());
        m.put("timeline-partial-dates", new Draft("A year of protests").published("2020-01-03").language("en")
                .body("Protests began in Baghdad in October 2019.", "In December the prime minister resigned.",
                        "New elections are due next year.")
                .entity(LOCATION, "Baghdad")
                .event("2019-10", "Protests began in Baghdad", 0, "e1")
                .event("2019-12", "the prime minister resigned", 1)
                .event("2021", "New elections are due", 2).build());
        m.put("mixed-scripts", new Draft("Москва и Αθήνα: नई दिल्ली talks").published("2022-02-02").language("ru")
                .body("Делегация из Москвы встретилась в Αθήνα с представителями नई दिल्ली.")
                .entity(LOCATION, "Москва", "Москвы").entity(LOCATION, "Αθήνα").entity(LOCATION, "नई दिल्ली").build());
        m.put("url-with-query", new Draft("Report on tariffs").url("https://example.org/news?id=1&lang=en")
                .source("tariffs.html", SHA).published("2021-09-09").language("en")
                .body("Tariffs rose at the WTO meeting.").entity(ORGANIZATION, "WTO").build());
        m.put("misc-only", new Draft("Olympic hopes rise").published("2016-08-05").language("en")
                .body("The Olympic Games open in Rio.", "Brazilian fans cheered.")
                .entity(MISC, "Olympic Games").entity(MISC, "Brazilian").build());
        m.put("control-characters", new Draft("Bell\u0007 in the headline").published("2020-01-01")
                .body("A form feed\f and a null\u0000 sit in Oslo.").entity(LOCATION, "Oslo").build());
        m.put("overlapping-mentions", new Draft("New York Times sued").published("2020-01-01")
                .body("The New York Times was sued in New York.")
                .entity(ORGANIZATION, "New York Times").entity(LOCATION, "New York").build());
        m.put("inner-whitespace", new Draft("Spacing  test").published("2020-01-01")
                .body("Two  spaces and a\nnewline near Rome.").entity(LOCATION, "Rome").build());
        m.put("free-text-language", new Draft("Language given as words").language("English (UK)")
                .published("2020-01-01").body("Schema-bound formats need a BCP 47 tag here.").build());
        return m;
    }

    private static Article full() {
        return new Draft("Iran vows revenge after US strike kills Soleimani")
                .standfirst("Tehran says Washington will pay for the killing in Baghdad")
                .byline("By Borzou Daragahi").published("2020-01-03").language("en").url("https://example.com/iran")
                .source("iran.html", SHA)
                .body("Qassem Soleimani was killed in a US strike at Baghdad airport on Friday.",
                        "Ayatollah Ali Khamenei said Iran would take revenge, and the Islamic Revolutionary Guard Corps agreed.",
                        "Donald Trump said on Thursday the strike stopped an imminent attack.",
                        "Shia Muslims mourned in Tehran.")
                .entity(PERSON, "Qassem Soleimani", "Qassem Soleimani", "Soleimani")
                .entity(LOCATION, "Baghdad").entity(PERSON, "Ali Khamenei")
                .entity(LOCATION, "Iran").entity(ORGANIZATION, "Islamic Revolutionary Guard Corps")
                .entity(PERSON, "Donald Trump").entity(LOCATION, "Tehran").entity(LOCATION, "Washington")
                .entity(MISC, "Shia Muslims").entity(LOCATION, "US")
                .event("2020-01-03", "Qassem Soleimani was killed in a US strike at Baghdad airport", 0, "e1", "e2")
                .event("2020-01-02", "Donald Trump said the strike stopped an imminent attack", 2, "e6").build();
    }

    private static Article many() {
        String[] cities = {"Lagos", "Nairobi", "Accra", "Dakar", "Kampala", "Kigali", "Lusaka", "Harare", "Maputo", "Luanda",
            "Abuja", "Addis Ababa", "Khartoum", "Tunis", "Algiers", "Rabat", "Tripoli", "Cairo", "Dodoma", "Gaborone"};
        List<String> paras = new ArrayList<>();
        for (int i = 0; i < cities.length; i += 2) {
            paras.add("Envoys from " + cities[i] + " and " + cities[i + 1] + " met delegate Person" + i + " Smith of Org"
                    + i + " Holdings.");
        }
        Draft d = new Draft("Summit draws " + cities.length + " capitals").published("2023-01-15").language("en")
                .body(paras.toArray(String[]::new));
        for (int i = 0; i < cities.length; i++) {
            d.entity(LOCATION, cities[i]);
            if (i % 2 == 0) {
                d.entity(PERSON, "Person" + i + " Smith").entity(ORGANIZATION, "Org" + i + " Holdings");
            }
        }
        return d.build();
    }

    private static Article longArticle() {
        String[] paras = new String[60];
        for (int i = 0; i < paras.length; i++) {
            paras[i] = "Paragraph " + (i + 1) + " mentions Geneva and keeps the story going.";
        }
        return new Draft("A long read").published("2015-04-04").language("en").body(paras)
                .entity(LOCATION, "Geneva").build();
    }

    private static Article withRemovals() {
        Article a = new Draft("Club signs striker").published("2022-07-01").language("en")
                .body("Subscribe to our newsletter!", "Juventus signed the striker on Friday.", "Share this article")
                .entity(ORGANIZATION, "Juventus").build();
        return a.remove(List.of(new Article.Cut(0, "subscription", "sub-1", "org.copydesk.strip.rules"),
                new Article.Cut(2, "navigation", "nav-1", "org.copydesk.strip.rules")));
    }

    /** A removal carried by {@link #all()}'s "with-removals" sample, for assertions that it is not exported. */
    public static Removal firstRemoval() {
        return withRemovals().removed().get(0);
    }
}
