package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Mention;
import org.junit.jupiter.api.Test;

class MentionLinkerTest {
    private static final Gazetteer LISTS = new GazetteerStore(null).current();

    /** Tags every token run equal to one of the given names, as a stand-in tagger would. */
    private static NameFinder naive(String... typedNames) {
        return (doc, g) -> {
            List<NameSpan> out = new ArrayList<>();
            for (int u = 0; u < doc.units().size(); u++) {
                TextUnit unit = doc.unit(u);
                for (String tn : typedNames) {
                    String[] parts = tn.split("=");
                    String[] words = parts[0].split(" ");
                    for (int i = 0; i + words.length <= unit.size(); i++) {
                        boolean same = true;
                        for (int k = 0; k < words.length && same; k++) {
                            same = unit.token(i + k).text().equals(words[k]);
                        }
                        if (same) {
                            out.add(new NameSpan(u, i, i + words.length, EntityType.valueOf(parts[1])));
                        }
                    }
                }
            }
            return out;
        };
    }

    private static List<Entity> link(Article a, boolean propagate, NameFinder f) {
        Document doc = Document.of(a);
        return new MentionLinker(propagate).link(doc, f.find(doc, LISTS), LISTS);
    }

    private static Entity named(List<Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + es));
    }

    @Test
    void anHonorificStaysInTheMentionOfASurnameNotOfAFullName() {
        Article a = Article.builder().body(List.of("Dr Sue Black spoke first. Then Dr Black and Mr. John Smith left.")).build();
        List<Entity> es = link(a, false, naive("Dr Sue Black=PERSON", "Black=PERSON", "John Smith=PERSON"));
        assertEquals(List.of("Sue Black", "Dr Black"), named(es, "Sue Black").mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("John Smith"), named(es, "John Smith").mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aNationalityOpeningAPersonsNameOfThreeWordsOrMoreIsCut() {
        Article a = Article.builder().body(List.of("Qatari Nasser Al-Attiyah won the stage from Welsh Jones Evans.")).build();
        List<Entity> es = link(a, false, naive("Qatari Nasser Al-Attiyah=PERSON", "Welsh Jones Evans=PERSON"));
        assertEquals("Qatari ".length(), named(es, "Nasser Al-Attiyah").mentions().get(0).start());
        named(es, "Welsh Jones Evans"); // Welsh is a listed first name too
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void honorificStaysInMentionTitleIsCutSurnameFolds() {
        Article a = Article.builder().headline("Trump hits back").body(List.of(
                "President Donald Trump spoke. Later Mr Trump and Mr. Trump's aide left.")).build();
        List<Entity> es = link(a, false, naive("President Donald Trump=PERSON", "Trump=PERSON", "Mr=PERSON"));
        Entity trump = named(es, "Donald Trump");
        assertEquals(EntityType.PERSON, trump.type());
        assertEquals(List.of("Trump", "Donald Trump", "Mr Trump", "Mr. Trump"), trump.mentions().stream().map(Mention::text).toList());
        assertEquals(1, es.size(), "Mr alone is never an entity: " + es);
        for (Mention m : trump.mentions()) {
            assertEquals(m.text(), a.text(m.field(), m.paragraph()).substring(m.start(), m.end()));
        }
    }

    @Test
    void lowerCaseParticlesBelongToThePersonsName() {
        Article a = Article.builder().body(List.of(
                "Peter de Vries, the chief executive, said so. Mr de Vries left, and Ursula von der Leyen spoke.")).build();
        List<Entity> es = link(a, false, naive("Vries=PERSON", "Leyen=PERSON"));
        Entity vries = named(es, "Peter de Vries");
        assertEquals(List.of("Peter de Vries", "Mr de Vries"), vries.mentions().stream().map(Mention::text).toList());
        assertEquals("Ursula von der Leyen", named(es, "Ursula von der Leyen").mentions().get(0).text());
    }

    @Test
    void anHonorificInsideASpanOfAnyTypeStaysInTheMentionOnly() {
        Article a = Article.builder().body(List.of("Mr Khamenei wrote.")).build();
        Entity k = named(link(a, false, naive("Mr Khamenei=ORGANIZATION")), "Khamenei");
        assertEquals(EntityType.PERSON, k.type());
        assertEquals("Mr Khamenei", k.mentions().get(0).text());
    }

    @Test
    void acronymIntroducedInBracketsFoldsIntoTheFullName() {
        Article a = Article.builder().body(List.of(
                "The Popular Mobilisation Units (PMU) met. Later the PMU said no.")).build();
        List<Entity> es = link(a, true, naive("Popular Mobilisation Units=ORGANIZATION"));
        Entity pmu = named(es, "Popular Mobilisation Units");
        assertEquals(List.of("Popular Mobilisation Units", "PMU", "PMU"), pmu.mentions().stream().map(Mention::text).toList());
        assertEquals(1, es.size());
    }

    @Test
    void repeatsAreTaggedUnlessPartOfALongerName() {
        Article a = Article.builder().body(List.of("Kabul fell.", "In Kabul, and at Kabul Airport, crowds gathered.")).build();
        List<Entity> es = link(a, true, (doc, g) -> List.of(new NameSpan(1, 1, 2, EntityType.LOCATION)));
        assertEquals(List.of("Kabul", "Kabul"), named(es, "Kabul").mentions().stream().map(Mention::text).toList());
        assertEquals(0, named(es, "Kabul").mentions().get(0).paragraph());
    }

    @Test
    void aNameOpeningWithALowerCaseParticleIsRepeatedToo() {
        Article a = Article.builder().body(List.of("Raids hit al-Nusra bases.", "Later al-Nusra fighters and de Valdor left; de Valdor spoke.")).build();
        List<Entity> es = link(a, true, (doc, g) -> List.of(new NameSpan(0, 2, 3, EntityType.ORGANIZATION), new NameSpan(1, 4, 6, EntityType.PERSON)));
        assertEquals(List.of("al-Nusra", "al-Nusra"), named(es, "al-Nusra").mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("de Valdor", "de Valdor"), named(es, "de Valdor").mentions().stream().map(Mention::text).toList());
        // a surname that opens with its particle names the person alone too
        Article b = Article.builder().body(List.of("Hamid al-Rawi spoke. Later al-Rawi left.")).build();
        List<Entity> rawi = link(b, true, naive("Hamid al-Rawi=PERSON"));
        assertEquals(List.of("Hamid al-Rawi", "al-Rawi"), named(rawi, "Hamid al-Rawi").mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aSurnameAloneIsTaggedAndFoldedIntoThePerson() {
        Article a = Article.builder().body(List.of("Ali Khamenei spoke. Later Khamenei left.")).build();
        List<Entity> es = link(a, true, naive("Ali Khamenei=PERSON"));
        assertEquals(List.of("Ali Khamenei", "Khamenei"), named(es, "Ali Khamenei").mentions().stream().map(Mention::text).toList());
        assertEquals(1, es.size());
    }

    @Test
    void aLoneWordTypedAnOrganisationThatIsTheSurnameOfOnePersonInTheStoryIsThatPerson() {
        Article a = Article.builder().body(List.of("4. Florian Lipowitz ( Germany ) Red Bull +0:31",
                "Overall standings : 1. Ayuso 24:02:15 2. Lipowitz +0:27", "Red Bull said Bull was fine.")).build();
        List<Entity> es = link(a, false, naive("Florian Lipowitz=PERSON", "Lipowitz=ORGANIZATION", "Red Bull=ORGANIZATION",
                "Bull=ORGANIZATION", "Germany=LOCATION"));
        Entity person = named(es, "Florian Lipowitz");
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(List.of("Florian Lipowitz", "Lipowitz"), person.mentions().stream().map(Mention::text).toList());
        // a word that ends no person's name stays what the tagger said
        assertEquals(EntityType.ORGANIZATION, named(es, "Bull").type());
        assertEquals(EntityType.ORGANIZATION, named(es, "Red Bull").type());
    }

    @Test
    void aLoneWordTypedAnOrganisationStaysOneWhenTwoPersonsShareIt() {
        Article a = Article.builder().body(List.of("Ralf Schumacher and Michael Schumacher drove for Schumacher .")).build();
        List<Entity> es = link(a, false, naive("Ralf Schumacher=PERSON", "Michael Schumacher=PERSON", "Schumacher=ORGANIZATION"));
        assertEquals(EntityType.ORGANIZATION, named(es, "Schumacher").type(), es.toString());
    }

    @Test
    void aLongArticleTagsEveryRepeatOfNamesFoundThousandsOfTimes() {
        // each wording is a repeat candidate once, however often it was found
        List<String> body = new ArrayList<>();
        for (int p = 0; p < 2_000; p++) {
            body.add(p % 2 == 0 ? "Ali Khamenei spoke in Kabul." : "Later Khamenei left Kabul again.");
        }
        Article a = Article.builder().body(body).build();
        List<Entity> es = link(a, true, naive("Ali Khamenei=PERSON", "Kabul=LOCATION"));
        List<String> person = named(es, "Ali Khamenei").mentions().stream().map(Mention::text).toList();
        assertEquals(2_000, person.size());
        assertEquals(List.of("Ali Khamenei", "Khamenei"), person.subList(0, 2));
        assertEquals(2_000, named(es, "Kabul").mentions().size());
        assertEquals(2, es.size());
    }

    @Test
    void oneNameOneTypeAndListedNamesKeepTheirListType() {
        Article a = Article.builder().body(List.of("Acme Widgets grew. Acme Widgets hired. Acme Widgets sold.",
                "France voted.")).build();
        List<Entity> es = link(a, false, (doc, g) -> List.of(
                new NameSpan(0, 0, 2, EntityType.ORGANIZATION), new NameSpan(1, 0, 2, EntityType.ORGANIZATION),
                new NameSpan(2, 0, 2, EntityType.PERSON), new NameSpan(3, 0, 1, EntityType.PERSON)));
        assertEquals(EntityType.ORGANIZATION, named(es, "Acme Widgets").type());
        assertEquals(3, named(es, "Acme Widgets").mentions().size());
        assertEquals(EntityType.LOCATION, named(es, "France").type(), "the gazetteer lists France as a place");
    }

    @Test
    void aDatelinesPlaceStaysAPlaceWhenTheStoryNamesTheClubOfItsTown() {
        Article a = Article.builder().body(List.of("Freiburg , Germany 2026-10-17",
                "Freiburg beat Mainz 2-1 on Saturday. Freiburg are third.")).build();
        // the dateline's places are sure (Datelines), and so is the club on a sports page (SportsPages);
        // the second "Freiburg" is a repeat
        List<Entity> es = link(a, true, (doc, g) -> List.of(new NameSpan(0, 0, 1, EntityType.LOCATION, true),
                new NameSpan(0, 2, 3, EntityType.LOCATION, true), new NameSpan(1, 0, 1, EntityType.ORGANIZATION, true),
                new NameSpan(1, 2, 3, EntityType.ORGANIZATION, true)));
        List<Entity> freiburg = es.stream().filter(e -> e.name().equals("Freiburg")).toList();
        assertEquals(List.of(EntityType.LOCATION, EntityType.ORGANIZATION), freiburg.stream().map(Entity::type).toList(), es.toString());
        assertEquals(List.of(0), freiburg.get(0).mentions().stream().map(Mention::paragraph).toList());
        assertEquals(2, freiburg.get(1).mentions().size(), "the club's repeat is the club, not the dateline's town");
    }

    @Test
    void aLoneWordEndingOneMiscNameIsThatNameByItsShortForm() {
        // a craft named in full, then by its last word, which the finder read as a person and an organisation
        Article a = Article.builder().body(List.of("The probe Deep Voyager Kestrel left orbit.", "Kestrel is slow. Kestrel will land.")).build();
        List<Entity> es = link(a, false, naive("Deep Voyager Kestrel=MISC", "Kestrel=PERSON"));
        assertEquals(EntityType.MISC, named(es, "Deep Voyager Kestrel").type(), es.toString());
        assertEquals(List.of("Deep Voyager Kestrel", "Kestrel", "Kestrel"),
                named(es, "Deep Voyager Kestrel").mentions().stream().map(Mention::text).toList());
        // a listed place stays itself ("France" of "Tour de France"); two MISC names ending in the word leave it alone
        es = link(Article.builder().body(List.of("The Tour de France left France.")).build(), false,
                naive("Tour de France=MISC", "France=LOCATION"));
        assertEquals(EntityType.LOCATION, named(es, "France").type(), es.toString());
        es = link(Article.builder().body(List.of("Blue Kestrel and Red Kestrel flew. Kestrel won.")).build(), false,
                naive("Blue Kestrel=MISC", "Red Kestrel=MISC", "Kestrel=PERSON"));
        assertEquals(EntityType.PERSON, named(es, "Kestrel").type(), es.toString());
    }

    @Test
    void aSurePersonOutweighsTwoMentionsOfAnotherTypeInTheVote() {
        // "Hallbeck (1971)" is a cited author (Citations, sure); the finder read the two later mentions as a work
        Article a = Article.builder().body(List.of("Hallbeck (1971) timed readers.", "Hallbeck's terms stuck. Hallbeck's list grew.")).build();
        List<Entity> es = link(a, false, (doc, g) -> List.of(new NameSpan(0, 0, 1, EntityType.PERSON, true),
                new NameSpan(1, 0, 1, EntityType.MISC), new NameSpan(2, 0, 1, EntityType.MISC)));
        assertEquals(EntityType.PERSON, named(es, "Hallbeck").type(), es.toString());
        assertEquals(3, named(es, "Hallbeck").mentions().size());
        // unsure, the same person loses the vote
        es = link(a, false, (doc, g) -> List.of(new NameSpan(0, 0, 1, EntityType.PERSON),
                new NameSpan(1, 0, 1, EntityType.MISC), new NameSpan(2, 0, 1, EntityType.MISC)));
        assertEquals(EntityType.MISC, named(es, "Hallbeck").type(), es.toString());
    }

    @Test
    void aDatelinesPlaceJoinsItsNamesEntityWhenTheVoteIsAPlace() {
        Article a = Article.builder().body(List.of("Madrid 2026-10-17", "Madrid said on Saturday it would appeal.")).build();
        List<Entity> es = link(a, false, (doc, g) -> List.of(new NameSpan(0, 0, 1, EntityType.LOCATION, true),
                new NameSpan(1, 0, 1, EntityType.LOCATION)));
        assertEquals(1, es.size(), es.toString());
        assertEquals(2, named(es, "Madrid").mentions().size());
    }

    @Test
    void capitalisedOrdinaryWordsAreNotNames() {
        Article a = Article.builder().body(List.of("Funeral processions went on.", "Bizarrely, he left.",
                "They will pay a BIG PRICE now.", "Paris is calm.")).build();
        List<Entity> es = link(a, false, naive("Funeral=ORGANIZATION", "Bizarrely=PERSON", "BIG PRICE=MISC", "Paris=LOCATION"));
        assertEquals(List.of("Paris"), es.stream().map(Entity::name).toList());
    }

    @Test
    void acronymTest() {
        assertTrue(MentionLinker.isAcronymOf("PMU", "Popular Mobilisation Units"));
        assertTrue(MentionLinker.isAcronymOf("RAF", "Royal Air Force"));
        assertTrue(!MentionLinker.isAcronymOf("UN", "Popular Mobilisation Units"));
        assertTrue(!MentionLinker.isAcronymOf("Pmu", "Popular Mobilisation Units"));
    }
}
