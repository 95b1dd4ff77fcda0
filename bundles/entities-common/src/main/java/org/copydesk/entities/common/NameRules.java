package org.copydesk.entities.common;

import java.util.List;

/**
 * The rules every finder's names go through before linking, for what no training text or list
 * alone teaches: acronyms a text defines by common words dropped ({@link DefinedTerms}), capitalised
 * phrases the text also writes in lower case no organisations ({@link LowerCasePhrases}),
 * authors cited by year persons ({@link Citations}), names joined across particles ({@link ParticleNames}) and joiners
 * ({@link OrganisationRuns}), a coordination of places read as one name split
 * ({@link CoordinatedPlaces}), a listed place opening a sentence ({@link SentenceOpenings}), places read as persons with no person cue ({@link PlacesNotPersons}),
 * places read as organisations after a place preposition ({@link PlacesNotOrganisations}),
 * organisations read as persons after the noun of their kind ({@link OrganisationsByKind}),
 * possessives inside a person's name ({@link Possessives}), score lines ({@link ScoreLines}) and
 * sports pages ({@link SportsPages}), and datelines last ({@link Datelines}), whose place stays a place.
 */
public final class NameRules {
    private NameRules() {
    }

    /** Edits the finder's names; the score lines are looked for on all cores from {@code parallelFrom} sentences. */
    public static void apply(Document doc, Gazetteer gazetteer, List<NameSpan> spans, int parallelFrom) {
        NameLists lists = NameLists.get();
        DefinedTerms.drop(doc, spans);
        LowerCasePhrases.retype(doc, gazetteer, lists, spans);
        Citations.mark(doc, lists, spans);
        ParticleNames.join(doc, gazetteer, spans);
        OrganisationRuns.join(doc, gazetteer, spans);
        CoordinatedPlaces.split(doc, gazetteer, lists, spans);
        SentenceOpenings.mark(doc, gazetteer, lists, spans);
        PlacesNotPersons.retype(doc, gazetteer, lists, spans);
        PlacesNotOrganisations.retype(doc, lists, spans);
        OrganisationsByKind.retype(doc, gazetteer, spans);
        Possessives.split(doc, lists, spans);
        boolean[] scoreLines = ScoreLines.retype(doc, lists, spans, parallelFrom);
        SportsPages.retype(doc, lists, spans, scoreLines);
        Datelines.mark(doc, lists, spans);
    }
}
