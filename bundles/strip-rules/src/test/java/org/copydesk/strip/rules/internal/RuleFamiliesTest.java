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
        // strip13, by the twelfth set's misses' classes (our own lines)
        "Promo | advert generic:advert.line",
        "Paid material | advert generic:advert.line",
        "Partner feature | advert generic:advert.line",
        "Reklame | advert multilingual:advert.line",
        "Sponset innhold | advert multilingual:advert.line",
        "Contenu sponsorisé | advert multilingual:advert.line",
        "→ Analysis: why the ferry company keeps missing its own timetable | related generic:related.arrow-teaser",
        "» The Long Read: inside the last working tin mine | related generic:related.arrow-teaser",
        "Further up the valley: the chapel that became a climbing wall | related generic:related.place-teaser",
        "Also along the river: Where the otters came back | related generic:related.place-teaser",
        "EN · FR · NL · DE | navigation generic:navigation.language-bar",
        "en / cy (this page is in English) | navigation generic:navigation.language-bar",
        "Printed by Harbour Print Ltd, Wick. Published by the Caithness Crier Company. | legal generic:legal.colophon",
        "The Riverside Crier is printed on recycled paper. | legal generic:legal.colophon",
        "To get this bulletin in large print or another language, ring the town hall on 01632 960555. | legal generic:legal.colophon",
        "Have we got something wrong? Email the night editor at fixes@crier.example and we will put it right. | promo generic:promo.correction-ask",
        "If you spot an error in a story, tell us at standards@crier.example and we will correct it. | promo generic:promo.correction-ask",
        "A couple of quid in the tin at the library would go a long way towards next month's printing. | appeal generic:appeal.collection-box",
        "Prefer to get the Crier by email? Send your address to the clerk and we will add you. | newsletter generic:newsletter.by-email",
        "Drop a note to the office and we'll put you on the mailing list for the next issue. | newsletter generic:newsletter.by-email",
        // strip14, by the thirteenth set's misses' classes (our own lines)
        "Funded content · Harbour Ferries Ltd | advert generic:advert.partner-line",
        "Partner story: Tidewater Credit Union | advert generic:advert.partner-line",
        "Cet article est aussi disponible en français. | navigation multilingual:navigation.language-notice",
        "Ten artykuł jest dostępny również po polsku tutaj. | navigation multilingual:navigation.language-notice",
        "Dieser Artikel ist auch auf Deutsch verfügbar. | navigation multilingual:navigation.language-notice",
        // strip15, by the fourteenth set's misses' classes (our own lines)
        "Lees het verslag in het Nederlands | navigation generic:navigation.language",
        "Read the interview in the Irish | navigation generic:navigation.language",
        "Lesa á íslensku / Read in English | navigation generic:navigation.language",
        "Read this in English / Lesa á íslensku | navigation generic:navigation.language",
        "Publicidad pagada / Paid content | advert generic:advert.line",
        "Reklama / Advertisement | advert generic:advert.line",
        "Featured listing | advert generic:advert.line",
        "Classified listings | advert generic:advert.line",
        "Think I got something wrong? Reply to this email and I will fix it in Friday's letter. | promo generic:promo.correction-ask",
        "Spot a mistake in the figures? Hit reply and tell me. | promo generic:promo.correction-ask",
        "Flood alerts for your street: turn them on in the Riverside Crier app. | promo generic:promo.app",
        "Turn on breaking-news alerts in the Crier app. | promo generic:promo.app",
        // strip16: a line wholly in another language inside an English story (LanguageSwitch)
        "Preberite ta članek v slovenščini | navigation structure:language-switch",
        "Читать эту статью по-русски | navigation structure:language-switch",
        "Olvassa el a cikket magyarul ↗ | navigation structure:language-switch",
        "Lees dit verslag in het Fries | navigation structure:language-switch",
        // strip19: a line of languages' own names (LanguageNames), in any case or script
        "Ελληνικά · Türkçe · English | navigation structure:language-switch",
        "Rumantsch, Deutsch, Italiano | navigation structure:language-switch",
        "Русский / Татарча / English | navigation structure:language-switch",
        "Versi Bahasa Melayu | navigation structure:language-switch",
        "தமிழ் · සිංහල · English | navigation structure:language-switch",
        "→ Frysk – Nederlands | navigation structure:language-switch",
        // rules20: notes about the article itself, feed notes, counters and members' walls, tip lines, a read sentence
        "Correction: A previous version of this article misspelt the harbour master's name. | correction generic:correction.note",
        "This obituary was amended on 12 March to give the correct year of Mrs Okafor's marriage. | correction generic:correction.note",
        "Clarification: we reported on Monday that the levy applies to every shop; it applies only to larger ones. | correction generic:correction.note",
        "Update, 9.05am: this post has been changed to remove a reference to the wrong school. | correction generic:correction.note",
        "An earlier version of this feature misidentified the building in the third photograph. | correction generic:correction.note",
        "Updated at 6pm to include the ferry operator's statement. | correction generic:correction.note",
        "This report comes unedited from a partner feed; only the headline was written here. | legal generic:legal.wire-feed",
        "The text below has not been edited by our newsroom and appears as the agency filed it. | legal generic:legal.wire-feed",
        "Published verbatim, as received from our partner agency's wire. | legal generic:legal.wire-feed",
        "Two of your four free reads this month are gone. | paywall generic:paywall.counter",
        "You've now opened 2 out of 3 free stories. | paywall generic:paywall.counter",
        "That was your final free read until the 1st. | paywall generic:paywall.counter",
        "Subscribers can read the whole report after signing in; others see the first two pages. | paywall generic:paywall.members-login",
        "Patrons who sign in see the full minutes of every parish meeting. | paywall generic:paywall.members-login",
        "The archive is reserved for association members. Sign in to open it. | paywall generic:paywall.members-login",
        "Heard something at the depot we ought to know about? The newsroom takes messages on Signal. | promo generic:promo.tip-line",
        "Know anything about the quarry sale? Email our investigations team; we keep sources confidential. | promo generic:promo.tip-line",
        "Our business desk reads every tip sent to the address at the foot of this page. | promo generic:promo.tip-line",
        "Flooded out of the caravan park last night? Ring our newsroom on 01632 960 300 and tell us what happened. | promo generic:promo.tip-line",
        "Llegiu en català | navigation structure:language-switch",
        // strip21: a correction that says what is not so, or what our last issue gave, or thanks the readers who
        // pointed it out; an ad marker in brackets, or naming a paid slot
        "Clarification: the trust does not own the harbour wall; it leases it from the council. | correction generic:correction.note",
        "Correction: the festival is run by a volunteer trust, not by the council. | correction generic:correction.note",
        "Editor's note: our spring bulletin listed the wrong treasurer, and we are sorry. | correction generic:correction.note",
        "A note on the tide tables: the times were an hour out; thanks to the listeners who rang to tell us. | correction generic:correction.note",
        "[ Sponsored placement ] | advert generic:advert.line",
        "(Advertising space) | advert generic:advert.line",
        "【 Ad slot 】 | advert generic:advert.line",
        "[ Publicidad ] | advert multilingual:advert.line",
        // strip21: a pointing mark between a short label and another story's headline, or before the label
        "From the archive ▸ The lighthouse keeper who counted every ship | related generic:related.pointer-line",
        "Also on the coast ➝ why the oyster beds closed early | related generic:related.pointer-line",
        "← Earlier this month: the ferry that ran aground twice | related generic:related.pointer-line",
        "Legissètz aquel article en occitan | navigation structure:language-switch",
        "Léigh i nGaeilge | navigation structure:language-switch",
        "Darllenwch y stori hon yn Gymraeg | navigation structure:language-switch",
        "Irakurri hau euskaraz | navigation structure:language-switch",
        "Pānuihia tēnei i te reo Māori · English | navigation structure:language-switch",
        // the reader's own offer at a price still goes, after the guard for reported launches
        "The digital edition on any device is yours for only $3 a week. | subscription generic:subscription.start",
        "From £1 a week, with unlimited reading on the app and the puzzles. | subscription generic:subscription.start",
        "→ Take a free trial of the app edition this week. | subscription generic:subscription.start",
        "You can get a free month's subscription with the code below. | subscription generic:subscription.start",
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
        "Promo codes for the ferry were shared more than 4,000 times before the operator withdrew them.",
        "Partner feature films at the festival were cut from twelve to eight this year.",
        "→ The council will meet again on Thursday to set the budget.",
        "Further down the coast: the lifeboat was called out twice on Sunday.",
        "Also in the chamber, the minister confirmed the bridge would reopen by June.",
        "EN and FR versions of the treaty differ on one clause, the lawyers said.",
        "Printed by hand, each of the festival posters took a week to make.",
        "The council's magazine, which is printed on recycled paper, costs £40,000 a year to produce.",
        "Did we expect the vote to go this way? Nobody in the chamber did, the mayor told us.",
        "Worshippers put a few pounds in the box by the door for the roof fund every Sunday.",
        "Some members would rather have the minutes by email, the clerk said.",
        "Half the parish asked to be put on the list for the new allotments.",
        "Funded content · loans to councils for flood schemes rose by a third last year.",
        "Supported content on the platform must carry the advertiser's name from June, the regulator said.",
        "The article is available to read free of charge until Friday, the publisher said.",
        "L'article 12 de la loi sur l'eau n'est plus disponible pour les communes rurales depuis janvier, selon le ministère.",
        "In the Irish and Welsh versions, the clause differs.",
        "Read in the original Dutch, the letter is far blunter.",
        "Tax / Advertising revenue fell 4% in March.",
        "Trade listings fell by a fifth.",
        "Caught out by the wrong forecast? Ferry passengers can reply to the operator's texts for a refund.",
        "Did we get the bypass wrong? Yes, the council's own review found, and it will reply to objectors by June.",
        "Flood alerts reach 4,000 homes; residents can turn them on in the council's app, officials said.",
        "Turn on the radio and the alerts are everywhere, but the app stayed silent, residents said.",
        // strip16: what a language switch is not: a name in another script, a quoted phrase, a place name,
        // a bilingual headline, English with accented words
        "Володимир Зеленський",
        "„Wir schaffen das“",
        "Plaza de la Constitución",
        "Élection à Montréal / The city votes on Sunday",
        "Café owners in São Paulo protest rent rises",
        "Kia ora koutou: welcome to the hui, the kaumātua said.",
        "Marco Della Rosa curated Turin's new exhibition",
        // strip19: languages named in news: joined by words, a headline about one, a quote, one name alone
        "English and Deutsch are taught side by side",
        "Ladin · the language of three valleys fights for airtime",
        "Furlan, Ladin and Rumantsch: three tongues, one budget",
        "Deutsch",
        "English edition",
        "“Türkçe · English”, the sign read.",
        // rules20: corrections others made, a live page's entry, a report updated by its authors
        "The ministry issued a correction to its figures on Tuesday after a clerk counted one shipment twice.",
        "An earlier version of the bill would have capped rents at 3% a year.",
        "Update, 4pm: Police say the road has reopened and the diversion has been lifted.",
        "The report was updated in 2021 to include the new flood maps, the agency said.",
        "Correction officers at the prison voted to strike on Friday over staffing.",
        "Update, 4pm: The council says the first version of the plan has been withdrawn.",
        "Updated guidance to include children was published on Monday.",
        "The report was revised in 2019 after the audit found gaps in the flood maps.",
        // feeds, wires and checks in their news sense
        "The minutes have not been checked by council staff, the clerk warned.",
        "The agency's feed went dark for six hours after the cyber attack.",
        "The syndicated column, carried by 40 papers, was dropped after the row over its sources.",
        // free things counted, and people who log in, as news
        "Two of the five free places at the nursery went to children from the estate.",
        "Libraries said borrowers had used up their free reads on the e-book app within a week.",
        "The paper will let readers see five free articles a month from March.",
        "Members of staff who log in from home can see the full patient record, the audit found.",
        "Members of the public can see the full plans after signing in at the library's front desk.",
        "Members who log in to the union's site can vote on the deal until Friday.",
        // tips and things seen, as news
        "Know something about the fire? Police want to hear from anyone who was on the quay.",
        "Seen something like it before? Few on the island had, and the coastguard called it a freak wave.",
        "Tips about the escaped wallaby go to the police, who say it is harmless.",
        "Our reporters read every page of the 400-page report before publishing it.",
        "Saw the crash on the ring road? Call the police on 101 with any dashcam footage.",
        "Stuck at the border? The ministry's line is open all night for drivers.",
        // a subscription's price in a report of someone else's launch, or attributed: news (set 28's one false removal)
        "A bakery in the old town has launched a bread subscription: for £12 a month, regulars collect a loaf each morning.",
        "The streaming service introduced an ad-supported plan from $6.99 a month in the autumn.",
        "Digital access costs from €9 a month under the new scheme, the ministry said.",
        // a free subscription that others get, as news (set 30's one false removal)
        "Volunteers who staff the polling station get a free year's membership of the leisure centre as thanks.",
        "Every pupil will take a free trial subscription home from the library's stand, the head said.",
        // reading and languages' names as news
        "Darllen, a Welsh reading charity, marks 50 years in Cardiff.",
        "Leugh, Sgrìobh: the Gaelic literacy drive reaches Barra",
        "Irakurri, the Basque book club, meets in Bilbao on Thursdays.",
        "Gàidhlig",
        // strip21: labels and thanks in news, a bracketed stage note, slots and spaces that are not ads
        "Note: the park is not open on Mondays.",
        "Clarification: the levy does not apply to charities, the minister's office said.",
        "Thanks to the readers who wrote in, the lifeboat fund reached its target in a week.",
        "Clarification was not what the committee got from the minister on Tuesday.",
        "Commercial space",
        "Paid position",
        "[Promoted to the first team]",
        "(Applause)",
        "Ad space on the buses is sold out until June.",
        "→ 3 eggs",
        "London → Paris → Berlin in eleven hours",
        "\"Turn left → then right at the mill,\" the guide said.",
        "The price rose from £5 → £7 a kilo.",
    })
    void leavesTheSameWordsUsedAsNews(String line) {
        assertEquals("", ruleInTheMiddle(line));
    }
}
