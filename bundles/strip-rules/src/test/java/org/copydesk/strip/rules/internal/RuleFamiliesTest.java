package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule families for classes of fixed wording (strip6): each removes its line in the middle of the
 * reporting, where only conclusive wording counts, and leaves the same words used as news. The rules
 * alone judge here; the lines are our own.
 */
class RuleFamiliesTest {
    private static final RuleStripper RULES = TestConfig.stripper(TestConfig.rulesOnly());
    private static final String NEWS_1 = "The bridge reopened to traffic on Monday after six weeks of repairs, the council said.";
    private static final String NEWS_2 = "Drivers had faced a 20-minute detour through the town centre while it was shut.";

    /** The rule that removed the middle paragraph of news, news, {@code line}, news, news; "" when none did. */
    private static String ruleInTheMiddle(String line) {
        Article out = RULES.process(Articles.of(List.of(NEWS_1, NEWS_2, line, NEWS_1, NEWS_2)), ProcessContext.defaults());
        return out.removed().stream().filter(r -> r.position() == 2).map(r -> r.reason() + " " + r.rule()).findFirst().orElse("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "READ: Harbour ferry timetable changes from next week | related generic:related.prefix-line",
        "MORE: School bus contract goes back out to tender | related generic:related.prefix-line",
        "Text continues below advertisement | advert generic:advert.line",
        "Advert · Scroll to continue with the article | advert generic:advert.line",
        "Riverside Gazette Partner Content | advert generic:advert.line",
        "Sponsored content: five ways a heat pump changed one family's winter | advert generic:advert.label-prefix",
        "Prices quoted by our sportsbook partner may change. Gambling problem? Help is free and confidential. | advert generic:advert.betting",
        "Our flood reporting is supported by a regional trust; we keep full editorial control of what we publish. | advert generic:advert.funder-note",
        "To watch this clip, switch on functional cookies in your privacy settings. | cookie generic:cookie.blocked-embed",
        "This map is hidden because you declined analytics cookies. Change your choices to load it. | cookie generic:cookie.blocked-embed",
        "This story is the fourth in our series on the region's shrinking bus network. | promo generic:promo.series",
        "Stay with us for live updates as the count goes on through the night. | promo generic:promo.live",
        "Vote now for the Riverside Community Champion awards before Friday. | promo generic:promo.awards",
        "Like our local coverage? Buy our newsroom a pint now and then. | appeal generic:appeal.informal",
        "Tell your friends about the Gazette | social generic:social.line",
        "Advertorial | advert generic:advert.line",
        "WELCOME BONUS: stake £5 on the derby and we add free bets worth £20. | advert generic:advert.betting",
        "Paid partnership · Riverside Building Society and the Harbour Traders Guild | advert generic:advert.partner-line",
        "Produced in association with the Coastal Growers Cooperative of the Western Isles | advert generic:advert.partner-line",
        "Pass it along: Facebook · X · WhatsApp · Email | social generic:social.line",
        "Previously in the Courier: how the ferry lost its last crossing | related generic:related.prefix-line",
        "The chart below is served from an external provider and needs analytics cookies switched on. | cookie generic:cookie.blocked-embed",
        "Sponsored by | advert generic:advert.line",
        "PARTNER | advert generic:advert.line",
        "From the archive | related generic:related.line",
        "From our archives: the night the harbour wall gave way in 1953 | related generic:related.prefix-line",
        "Previously on this podcast: why the tram line stalled at the bridge | related generic:related.prefix-line",
        // strip12, by the eleventh set's misses' classes (our own lines)
        "Promotion | advert generic:advert.line",
        "PAID NOTICE | advert generic:advert.line",
        "Sponsored message | advert generic:advert.line",
        "Earlier: Ferry fares to rise by a fifth from April | related generic:related.teaser-label",
        "Also: Why the harbour wall keeps failing | related generic:related.teaser-label",
        "Read this story in Welsh | navigation generic:navigation.language",
        "Leer en español | navigation generic:navigation.language",
        "Lire la version en anglais | navigation generic:navigation.language",
        "Auf Deutsch lesen | navigation generic:navigation.language",
        "Also available in Māori and Samoan | navigation generic:navigation.language",
        "The clip of the launch plays from Vimeo, and you declined that kind of embed. | cookie generic:cookie.refused-embed",
        "[Video hidden: the player needs your consent first.] | cookie generic:cookie.blocked-embed",
        "Allow it through in your cookie choices, then reload the page. | cookie generic:cookie.blocked-embed",
        "Version française | navigation generic:navigation.language",
        "The tide-gauge video runs on YouTube and you said no to that, so it stays dark here. | cookie generic:cookie.refused-embed",
    })
    void removesItsClassInTheMiddleOfTheReporting(String line, String expected) {
        assertEquals(expected, ruleInTheMiddle(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The club's new betting partner will pay 12 million pounds a season, the chief executive said.",
        "Readers of the series will remember the first episode, which aired in March.",
        "The regulator said websites must let users refuse cookies as easily as they accept them.",
        "Volunteers chipped in to help fund the new playground, organisers said.",
        "More than 300 people attended the meeting in the town hall.",
        "The report is part of a series of audits the comptroller has published since 2023.",
        "A tenner a month from each member keeps the choir's hall heated, its treasurer said.",
        "The foundation said it had no say in the hospital's choice of surgeons.",
        "The broadcaster will stream the final live on its app, the league said.",
        "Next in line: the deputy mayor, who takes the chair until the by-election.",
        "The regulator said sites must let readers refuse cookies set by third-party providers.",
        "Contact: Email",
        "The council's partnership with the Harbour Trust ended in 2019 after a dispute over rents.",
        "New customer offers of free bets must now carry the full terms, the Gambling Commission ruled.",
        "In partnership with the Red Cross, volunteers delivered 400 food parcels on Sunday.",
        "In association with the university the hospital opened a stroke clinic on Monday.",
        "Paid promotion by influencers must now be labelled under the new rules.",
        "Partner at the firm, Ruth Ngata, said the merger would close by March.",
        "From our archives, the museum lent 40 photographs of the 1953 flood to the exhibition.",
        "Earlier on Monday: the minister told the chamber the ferry would run again by June.",
        "Earlier: the committee heard the ferry had been late 40 times this year.",
        "Also: The council will publish the full inspection report on Friday.",
        "Promotion to the top flight would be worth 90 million pounds to the club.",
        "Read in French, the letter strikes a far warmer tone than the English version.",
        "The video, which is hosted on YouTube, has been watched two million times.",
        "In our reader poll on the stadium plan, you said no by two votes to one.",
        "Video hidden in a loft for decades shows the mill at work in 1921.",
        "Parents can switch it on in the app's settings, the regulator advises.",
        "In English and maths, pass rates rose for the third year running.",
        "The clip plays on YouTube, where viewers said no to the new format by a wide margin.",
    })
    void leavesTheSameWordsUsedAsNews(String line) {
        assertEquals("", ruleInTheMiddle(line));
    }
}
