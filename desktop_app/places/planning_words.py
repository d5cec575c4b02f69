"""Words of the planning exports in the team lead's languages (Danish, Norwegian Bokmål,
Dutch, English); `%1` … are filled in by the export."""

from __future__ import annotations

LANGUAGES = ("en", "da", "nb", "nl")

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Programme places: planning", "period": "Planning period %1 to %2",
        "plan": "Plan computed %1 with model %2.", "no_plan": "No plan computed yet: run "
        "'wayfinder-admin places plan'.", "plan_stale": "Bookings changed since: recompute.",
        "programme": "Programme", "places": "Places", "booked": "Booked", "queue": "Waiting",
        "proposed": "Proposed", "left": "Left", "price": "Price per place",
        "gain": "Expected extra in work (interval)", "unknown": "unknown", "to": "to",
        "total": "Expected extra people in work or education: %1 (%2 to %3), "
                 "from a caseload of %4.",
        "balance": "Balance across groups (audit only, never an input)", "group": "Group",
        "citizens": "Citizens", "proposed_share": "Proposed a programme",
        "gain_per_100": "Extra in work per 100",
        "gender": "Gender", "origin": "Origin", "age": "Age",
        "gender.f": "women", "gender.m": "men", "gender.x": "other", "gender.unknown":
        "unknown", "origin.born_here": "born in the country", "origin.born_abroad":
        "born abroad", "origin.unknown": "unknown", "age.under_30": "under 30",
        "age.30_49": "30-49", "age.50_plus": "50 and over", "age.unknown": "unknown",
        "note_price": "Price per place: how many more people in 100 the period's caseload "
                      "would gain from one more place (0: places are not scarce).",
        "note_interval": "Intervals add up each citizen's 90% interval: as wide as if the "
                         "model erred the same way for everyone.",
        "note_audit": "Gender, origin and age are shown to check the balance; the allocation "
                      "never uses them. Groups under 10 citizens show no figures.",
    },
    "da": {
        "title": "Pladser på tilbud: planlægning", "period": "Planperiode %1 til %2",
        "plan": "Plan beregnet %1 med model %2.", "no_plan": "Ingen plan beregnet endnu: kør "
        "'wayfinder-admin places plan'.", "plan_stale": "Bookinger er ændret siden: beregn "
        "igen.", "programme": "Tilbud", "places": "Pladser", "booked": "Booket",
        "queue": "Venter", "proposed": "Foreslået", "left": "Ledige",
        "price": "Pris pr. plads", "gain": "Forventet flere i job (interval)",
        "unknown": "ukendt", "to": "til",
        "total": "Forventet flere i job eller uddannelse: %1 (%2 til %3) ud af en "
                 "sagsstamme på %4.",
        "balance": "Balance mellem grupper (kun til kontrol, aldrig et input)",
        "group": "Gruppe", "citizens": "Borgere", "proposed_share": "Foreslået et tilbud",
        "gain_per_100": "Flere i job pr. 100", "gender": "Køn", "origin": "Oprindelse",
        "age": "Alder", "gender.f": "kvinder", "gender.m": "mænd", "gender.x": "andet",
        "gender.unknown": "ukendt", "origin.born_here": "født i landet",
        "origin.born_abroad": "født i udlandet", "origin.unknown": "ukendt",
        "age.under_30": "under 30", "age.30_49": "30-49", "age.50_plus": "50 og derover",
        "age.unknown": "ukendt",
        "note_price": "Pris pr. plads: hvor mange flere ud af 100 periodens borgere ville "
                      "få ud af én plads mere (0: pladserne er ikke knappe).",
        "note_interval": "Intervallerne lægger hver borgers 90 %-interval sammen: så bredt "
                         "som hvis modellen tog fejl på samme måde for alle.",
        "note_audit": "Køn, oprindelse og alder vises for at kontrollere balancen; "
                      "fordelingen bruger dem aldrig. Grupper under 10 borgere vises ikke.",
    },
    "nb": {
        "title": "Plasser på tiltak: planlegging", "period": "Planperiode %1 til %2",
        "plan": "Plan beregnet %1 med modell %2.", "no_plan": "Ingen plan beregnet ennå: "
        "kjør 'wayfinder-admin places plan'.", "plan_stale": "Bookinger er endret siden: "
        "beregn på nytt.", "programme": "Tiltak", "places": "Plasser", "booked": "Booket",
        "queue": "Venter", "proposed": "Foreslått", "left": "Ledige",
        "price": "Pris per plass", "gain": "Forventet flere i jobb (intervall)",
        "unknown": "ukjent", "to": "til",
        "total": "Forventet flere i jobb eller utdanning: %1 (%2 til %3) av en "
                 "saksmengde på %4.",
        "balance": "Balanse mellom grupper (kun til kontroll, aldri et input)",
        "group": "Gruppe", "citizens": "Innbyggere", "proposed_share": "Foreslått et tiltak",
        "gain_per_100": "Flere i jobb per 100", "gender": "Kjønn", "origin": "Opprinnelse",
        "age": "Alder", "gender.f": "kvinner", "gender.m": "menn", "gender.x": "annet",
        "gender.unknown": "ukjent", "origin.born_here": "født i landet",
        "origin.born_abroad": "født i utlandet", "origin.unknown": "ukjent",
        "age.under_30": "under 30", "age.30_49": "30-49", "age.50_plus": "50 og over",
        "age.unknown": "ukjent",
        "note_price": "Pris per plass: hvor mange flere av 100 i periodens saksmengde én "
                      "plass til ville gitt (0: plassene er ikke knappe).",
        "note_interval": "Intervallene legger sammen hver innbyggers 90 %-intervall: så "
                         "bredt som om modellen tok feil på samme måte for alle.",
        "note_audit": "Kjønn, opprinnelse og alder vises for å kontrollere balansen; "
                      "fordelingen bruker dem aldri. Grupper under 10 innbyggere vises ikke.",
    },
    "nl": {
        "title": "Plaatsen in trajecten: planning", "period": "Planperiode %1 tot %2",
        "plan": "Plan berekend op %1 met model %2.", "no_plan": "Nog geen plan berekend: "
        "voer 'wayfinder-admin places plan' uit.", "plan_stale": "Boekingen zijn sindsdien "
        "gewijzigd: opnieuw berekenen.", "programme": "Traject", "places": "Plaatsen",
        "booked": "Geboekt", "queue": "Wachtend", "proposed": "Voorgesteld", "left": "Vrij",
        "price": "Prijs per plaats", "gain": "Verwacht extra aan het werk (interval)",
        "unknown": "onbekend", "to": "tot",
        "total": "Verwacht extra mensen aan het werk of in opleiding: %1 (%2 tot %3), uit "
                 "een caseload van %4.",
        "balance": "Balans tussen groepen (alleen ter controle, nooit een invoer)",
        "group": "Groep", "citizens": "Inwoners", "proposed_share": "Traject voorgesteld",
        "gain_per_100": "Extra aan het werk per 100", "gender": "Geslacht",
        "origin": "Herkomst", "age": "Leeftijd", "gender.f": "vrouwen", "gender.m": "mannen",
        "gender.x": "anders", "gender.unknown": "onbekend",
        "origin.born_here": "geboren in het land", "origin.born_abroad": "geboren in het "
        "buitenland", "origin.unknown": "onbekend", "age.under_30": "onder 30",
        "age.30_49": "30-49", "age.50_plus": "50 en ouder", "age.unknown": "onbekend",
        "note_price": "Prijs per plaats: hoeveel meer mensen per 100 in de caseload van de "
                      "periode één plaats extra zou opleveren (0: plaatsen zijn niet schaars).",
        "note_interval": "De intervallen tellen ieders 90%-interval op: zo breed als wanneer "
                         "het model zich voor iedereen op dezelfde manier vergist.",
        "note_audit": "Geslacht, herkomst en leeftijd staan hier om de balans te controleren; "
                      "de verdeling gebruikt ze nooit. Groepen onder 10 inwoners: geen cijfers.",
    },
}


def words(language: str) -> dict[str, str]:
    return _WORDS[language]
