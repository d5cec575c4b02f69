<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AlternativeModel</name>
    <message>
        <source>%1 teaches: %2</source>
        <translation>%1 leert: %2</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Gemeenschappelijk</translation>
    </message>
    <message>
        <source>Skills to learn</source>
        <translation>Te leren vaardigheden</translation>
    </message>
    <message>
        <source>Courses that teach them</source>
        <translation>Cursussen die ze leren</translation>
    </message>
    <message>
        <source>Not taught by any course</source>
        <translation>Door geen cursus geleerd</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>Assign caseworkers</source>
        <translation>Consulenten toewijzen</translation>
    </message>
    <message>
        <source>Citizens no caseworker holds, each with a proposed caseworker and why. Accept the proposal or choose another caseworker; every choice is recorded in the audit log. Gender and origin are never used.</source>
        <translation>Inwoners zonder consulent, elk met een voorgestelde consulent en de reden. Neem het voorstel over of kies een andere consulent; elke keuze wordt vastgelegd in het auditlogboek. Geslacht en herkomst worden nooit gebruikt.</translation>
    </message>
    <message>
        <source>Weigh caseworkers&apos; own effect (team leads only)</source>
        <translation>Eigen effect van consulenten meewegen (alleen teamleiders)</translation>
    </message>
    <message>
        <source>Off by default. An estimate of how much more often a caseworker&apos;s citizens find work than expected, shrunk towards the average, shown with its range and only where it rests on at least 100 cases.</source>
        <translation>Standaard uit. Een schatting van hoeveel vaker de inwoners van een consulent werk vinden dan verwacht, naar het gemiddelde toe getrokken, getoond met de marge en alleen waar die op minstens 100 dossiers berust.</translation>
    </message>
    <message>
        <source>Citizens without a caseworker</source>
        <translation>Inwoners zonder consulent</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>&amp;Toewijzen aan:</translation>
    </message>
    <message>
        <source>Caseworker to assign</source>
        <translation>Toe te wijzen consulent</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>Voorstel &amp;overnemen</translation>
    </message>
    <message>
        <source>Assign to &amp;chosen caseworker</source>
        <translation>Aan &amp;gekozen consulent toewijzen</translation>
    </message>
    <message>
        <source>Proposing caseworkers…</source>
        <translation>Consulenten worden voorgesteld…</translation>
    </message>
    <message>
        <source>%1 (%2): caseload %3 of %4</source>
        <translation>%1 (%2): caseload %3 van %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) without a caseworker.</source>
        <translation>
            <numerusform>%Ln inwoner zonder consulent.</numerusform>
            <numerusform>%Ln inwoners zonder consulent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln.</source>
        <translation>
            <numerusform>De eerste wordt getoond.</numerusform>
            <numerusform>De eerste %Ln worden getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case data has no caseworker roster (contract 1.1).</source>
        <translation>De dossiergegevens bevatten geen lijst van consulenten (contract 1.1).</translation>
    </message>
    <message>
        <source>Choose a citizen in the list.</source>
        <translation>Kies een inwoner in de lijst.</translation>
    </message>
    <message>
        <source>%1 (%2), preferred language %3</source>
        <translation>%1 (%2), voorkeurstaal %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2)</source>
        <translation>Voorgesteld: %1 (%2)</translation>
    </message>
    <message>
        <source>Alternative %3: %1 (%2)</source>
        <translation>Alternatief %3: %1 (%2)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saving… (the case cache is busy with an import; the choice is kept and saved next)</source>
        <translation>Opslaan… (de dossierdatabase is bezig met een import; de keuze wordt daarna opgeslagen)</translation>
    </message>
    <message>
        <source>%1 assigned to %2: proposal accepted. Recorded in the audit log.</source>
        <translation>%1 toegewezen aan %2: voorstel overgenomen. Vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <source>%1 assigned to %2, instead of the proposed %3. Recorded in the audit log.</source>
        <translation>%1 toegewezen aan %2 in plaats van de voorgestelde %3. Vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Dat is niet gelukt: %1</translation>
    </message>
    <message>
        <source>Current or last caseworker: %1 (no longer on the roster)</source>
        <translation>Huidige of laatste consulent: %1 (niet meer op de lijst)</translation>
    </message>
    <message>
        <source>Current or last caseworker: %1 (%2)</source>
        <translation>Huidige of laatste consulent: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance stability</source>
        <translation>Aanwezigheidsstabiliteit</translation>
    </message>
    <message>
        <source>for a meeting on %1 (none is booked)</source>
        <translation>voor een gesprek op %1 (er is er geen gepland)</translation>
    </message>
    <message>
        <source>for the %2 on %1</source>
        <translation>voor de %2 op %1</translation>
    </message>
    <message>
        <source>Attended %1 of %2 recorded appointments (%3).</source>
        <translation>Aanwezig bij %1 van %2 vastgelegde afspraken (%3).</translation>
    </message>
    <message>
        <source>Risk of a missed appointment: %1 (about %2) %3</source>
        <translation>Kans op een gemiste afspraak: %1 (ongeveer %2) %3</translation>
    </message>
    <message>
        <source>Main reasons: %1</source>
        <translation>Belangrijkste redenen: %1</translation>
    </message>
    <message>
        <source>No single factor stands out.</source>
        <translation>Geen enkele factor springt eruit.</translation>
    </message>
    <message>
        <source>An estimate from past attendance of people in similar situations (model version %1). Use it to offer support such as a reminder, never as a verdict.</source>
        <translation>Een schatting op basis van eerdere aanwezigheid van mensen in vergelijkbare situaties (modelversie %1). Gebruik het om steun te bieden, zoals een herinnering, nooit als oordeel.</translation>
    </message>
    <message>
        <source>No attendance model is installed, so no attendance band is shown.</source>
        <translation>Er is geen aanwezigheidsmodel geïnstalleerd, dus er wordt geen risiconiveau getoond.</translation>
    </message>
    <message>
        <source>The attendance model was withdrawn: %1</source>
        <translation>Het aanwezigheidsmodel is ingetrokken: %1</translation>
    </message>
    <message>
        <source>The attendance model cannot be used: %1</source>
        <translation>Het aanwezigheidsmodel kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <source>The case is closed, so no attendance band is shown.</source>
        <translation>Het dossier is gesloten, dus er wordt geen risiconiveau getoond.</translation>
    </message>
    <message>
        <source>No attendance band: the citizen objects to profiling (GDPR Art. 21).</source>
        <translation>Geen aanwezigheidsniveau: de inwoner maakt bezwaar tegen profilering (AVG art. 21).</translation>
    </message>
    <message>
        <source>No attendance band is available.</source>
        <translation>Er is geen risiconiveau beschikbaar.</translation>
    </message>
</context>
<context>
    <name>BalanceTableModel</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Proposed a programme</source>
        <translation>Traject voorgesteld</translation>
    </message>
    <message>
        <source>Extra in work per 100</source>
        <translation>Extra aan het werk per 100</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>te weinig om te tonen</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Languages and levels</source>
        <translation>Talen en niveaus</translation>
    </message>
    <message>
        <source>Basic skills</source>
        <translation>Basisvaardigheden</translation>
    </message>
    <message>
        <source>Previous jobs and skills</source>
        <translation>Eerdere banen en vaardigheden</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Volledigheid van de gegevens</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Geen dossier gekozen</translation>
    </message>
    <message>
        <source>Search for a case and select it in the list.</source>
        <translation>Zoek een dossier en kies het in de lijst.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>gesloten %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (geboren %2)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln maand</numerusform>
            <numerusform>%Ln maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Werkloos sinds</translation>
    </message>
    <message>
        <source>Years of school attended</source>
        <translation>Jaren naar school</translation>
    </message>
    <message>
        <source>Highest education (ISCED)</source>
        <translation>Hoogste opleiding (ISCED)</translation>
    </message>
    <message>
        <source>Health limitation</source>
        <translation>Gezondheidsbeperking</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Travel radius</source>
        <translation>Reisafstand</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>gedeeltelijk</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>aanzienlijk</translation>
    </message>
    <message>
        <source>No language levels recorded</source>
        <translation>Geen taalniveaus vastgelegd</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>niveau onbekend</translation>
    </message>
    <message>
        <source>native</source>
        <translation>moedertaal</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Numeracy</source>
        <translation>Rekenen</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitale vaardigheden</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>No previous jobs recorded</source>
        <translation>Geen eerdere banen vastgelegd</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded skill(s)</source>
        <translation>
            <numerusform>%Ln vastgelegde vaardigheid</numerusform>
            <numerusform>%Ln vastgelegde vaardigheden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 fields recorded</source>
        <translation>%1 van %2 velden vastgelegd</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Er ontbreekt niets.</translation>
    </message>
    <message>
        <source>Missing — ask the citizen if you can:</source>
        <translation>Ontbreekt — vraag het de inwoner als dat kan:</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Id</source>
        <translation>Dossiernr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Werkloos sinds</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>This case is closed</source>
        <translation>Dit dossier is gesloten</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation>&amp;Trajecten</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Vacatures</translation>
    </message>
    <message>
        <source>Jour&amp;ney</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Be&amp;sluit</translation>
    </message>
    <message>
        <source>E&amp;xplanation sheet</source>
        <translation>&amp;Uitleg</translation>
    </message>
    <message>
        <source>Case view</source>
        <translation>Dossierweergave</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <source>the case selected in the list is not the one shown. Select the case again and check the decision.</source>
        <translation>het dossier dat in de lijst is gekozen, is niet het dossier dat wordt getoond. Kies het dossier opnieuw en controleer het besluit.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Recorded as caseworker: %1</source>
        <translation>Wordt vastgelegd als consulent: %1</translation>
    </message>
    <message>
        <source>Record my own assessment before I see the suggestions</source>
        <translation>Mijn eigen beoordeling noteren voordat ik de suggesties zie</translation>
    </message>
    <message>
        <source>The citizen objects to profiling (GDPR Art. 21): no suggestions for this case</source>
        <translation>De inwoner maakt bezwaar tegen profilering (AVG art. 21): geen suggesties voor dit dossier</translation>
    </message>
    <message>
        <source>&amp;Your own assessment:</source>
        <translation>Uw &amp;eigen beoordeling:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme chosen:</source>
        <translation>&amp;Gekozen traject:</translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation>Reden&amp;code:</translation>
    </message>
    <message>
        <source>Reason in &amp;words:</source>
        <translation>Reden in &amp;woorden:</translation>
    </message>
    <message>
        <source>Job r&amp;eferrals (one per line):</source>
        <translation>Verw&amp;ijzingen naar vacatures (één per regel):</translation>
    </message>
    <message>
        <source>Note &amp;my assessment and show the suggestions</source>
        <translation>Mijn beoordeling &amp;noteren en de suggesties tonen</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>Besluit v&amp;astleggen</translation>
    </message>
    <message>
        <source>The citizen&apos;s own wish</source>
        <translation>Wens van de inwoner zelf</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>No free place</source>
        <translation>Geen vrije plaats</translation>
    </message>
    <message>
        <source>I know more about the case</source>
        <translation>Ik weet meer over het dossier</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Een andere reden</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— kies een reden —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Geen traject</translation>
    </message>
    <message>
        <source>Last decision recorded %1 by %2.</source>
        <translation>Laatste besluit vastgelegd op %1 door %2.</translation>
    </message>
    <message>
        <source>No suggestion is shown for this case.</source>
        <translation>Voor dit dossier wordt geen suggestie getoond.</translation>
    </message>
    <message>
        <source>Suggestions are hidden until you have noted your own assessment.</source>
        <translation>De suggesties zijn verborgen tot u uw eigen beoordeling hebt genoteerd.</translation>
    </message>
    <message>
        <source>No suggestion — use your judgement.</source>
        <translation>Geen suggestie — gebruik uw eigen oordeel.</translation>
    </message>
    <message>
        <source>Top suggestion: %1</source>
        <translation>Beste suggestie: %1</translation>
    </message>
    <message>
        <source>Your choice differs from the top suggestion: please give a reason code and a short explanation.</source>
        <translation>Uw keuze wijkt af van de beste suggestie: geef een redencode en een korte uitleg.</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>geen traject</translation>
    </message>
    <message>
        <source>Write your own assessment first.</source>
        <translation>Schrijf eerst uw eigen beoordeling.</translation>
    </message>
    <message>
        <source>Choose a programme, or &quot;No programme&quot;.</source>
        <translation>Kies een traject of &quot;Geen traject&quot;.</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Bezig met vastleggen…</translation>
    </message>
    <message>
        <source>Saving… The case cache is busy (an import is running); your decision is kept and saved as soon as it is free.</source>
        <translation>Bezig met opslaan… De dossierdatabase is bezet (er loopt een import); uw besluit blijft bewaard en wordt opgeslagen zodra de database vrij is.</translation>
    </message>
    <message>
        <source>Decision recorded (number %1).</source>
        <translation>Besluit vastgelegd (nummer %1).</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Niet vastgelegd: %1</translation>
    </message>
</context>
<context>
    <name>FailureWords</name>
    <message>
        <source>the case cache is not open</source>
        <translation>de dossierdatabase is niet geopend</translation>
    </message>
    <message>
        <source>an unexpected error (the details are in the IT log)</source>
        <translation>een onverwachte fout (de details staan in het IT-logboek)</translation>
    </message>
    <message>
        <source>the disk holding the case cache %1 is full; free some space and try again</source>
        <translation>de schijf met de dossierdatabase %1 is vol; maak wat ruimte vrij en probeer het opnieuw</translation>
    </message>
    <message>
        <source>the case cache %1 cannot be written: the file or its folder is read-only. Ask IT to check the permissions of both</source>
        <translation>er kan niet in de dossierdatabase %1 worden geschreven: het bestand of de map is alleen-lezen. Vraag IT om de rechten van beide te controleren</translation>
    </message>
    <message>
        <source>the case cache %1 cannot be opened: the file or its folder is not accessible; check that the folder exists and its permissions</source>
        <translation>de dossierdatabase %1 kan niet worden geopend: het bestand of de map is niet toegankelijk; controleer of de map bestaat en wat de rechten zijn</translation>
    </message>
    <message>
        <source>the case cache %1 is busy: another Wayfinder program (an import?) is writing to it; try again when it has finished</source>
        <translation>de dossierdatabase %1 is bezet: een ander Wayfinder-programma (een import?) schrijft erin; probeer het opnieuw als dat klaar is</translation>
    </message>
    <message>
        <source>the case cache %1 is damaged. Ask IT to restore it from backup or to import the latest bundle again</source>
        <translation>de dossierdatabase %1 is beschadigd. Vraag IT om hem terug te zetten vanuit een back-up of de nieuwste bundel opnieuw te importeren</translation>
    </message>
    <message>
        <source>reading or writing the case cache %1 failed; the disk may be failing, full or removed: check it, then try again</source>
        <translation>lezen uit of schrijven naar de dossierdatabase %1 is mislukt; de schijf is misschien defect, vol of verwijderd: controleer hem en probeer het opnieuw</translation>
    </message>
    <message>
        <source>the case cache %1 could not be used (the details are in the IT log)</source>
        <translation>de dossierdatabase %1 kon niet worden gebruikt (de details staan in het IT-logboek)</translation>
    </message>
</context>
<context>
    <name>FeatureWords</name>
    <message>
        <source>age</source>
        <translation>leeftijd</translation>
    </message>
    <message>
        <source>years in the country</source>
        <translation>jaren in het land</translation>
    </message>
    <message>
        <source>years of school</source>
        <translation>jaren op school</translation>
    </message>
    <message>
        <source>highest education</source>
        <translation>hoogste opleiding</translation>
    </message>
    <message>
        <source>reading skills</source>
        <translation>leesvaardigheid</translation>
    </message>
    <message>
        <source>numeracy skills</source>
        <translation>rekenvaardigheid</translation>
    </message>
    <message>
        <source>digital skills</source>
        <translation>digitale vaardigheden</translation>
    </message>
    <message>
        <source>level in the local language</source>
        <translation>niveau in de landstaal</translation>
    </message>
    <message>
        <source>number of languages</source>
        <translation>aantal talen</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>rijbewijs</translation>
    </message>
    <message>
        <source>travel radius</source>
        <translation>reisafstand</translation>
    </message>
    <message>
        <source>time unemployed</source>
        <translation>duur van de werkloosheid</translation>
    </message>
    <message>
        <source>time in work (last 2 years)</source>
        <translation>tijd aan het werk (afgelopen 2 jaar)</translation>
    </message>
    <message>
        <source>time in subsidised work (last 2 years)</source>
        <translation>tijd in werk met loonkostensubsidie (afgelopen 2 jaar)</translation>
    </message>
    <message>
        <source>time in education (last 2 years)</source>
        <translation>tijd in opleiding (afgelopen 2 jaar)</translation>
    </message>
    <message>
        <source>time on sick leave (last 2 years)</source>
        <translation>tijd ziekgemeld (afgelopen 2 jaar)</translation>
    </message>
    <message>
        <source>number of previous jobs</source>
        <translation>aantal eerdere banen</translation>
    </message>
    <message>
        <source>work experience</source>
        <translation>werkervaring</translation>
    </message>
    <message>
        <source>time since the last job</source>
        <translation>tijd sinds de laatste baan</translation>
    </message>
    <message>
        <source>earlier decisions</source>
        <translation>eerdere besluiten</translation>
    </message>
    <message>
        <source>earlier decisions for a programme</source>
        <translation>eerdere besluiten over een traject</translation>
    </message>
    <message>
        <source>time since the last decision</source>
        <translation>tijd sinds het laatste besluit</translation>
    </message>
    <message>
        <source>programmes dropped or not started</source>
        <translation>trajecten afgebroken of niet begonnen</translation>
    </message>
    <message>
        <source>attendance in earlier programmes</source>
        <translation>aanwezigheid in eerdere trajecten</translation>
    </message>
    <message>
        <source>appointments (last 12 months)</source>
        <translation>afspraken (afgelopen 12 maanden)</translation>
    </message>
    <message>
        <source>appointments attended (last 12 months)</source>
        <translation>aanwezigheid bij afspraken (afgelopen 12 maanden)</translation>
    </message>
    <message>
        <source>health limitation</source>
        <translation>gezondheidsbeperking</translation>
    </message>
    <message>
        <source>motivation (caseworker&apos;s rating)</source>
        <translation>motivatie (beoordeling van de consulent)</translation>
    </message>
    <message>
        <source>children under 6</source>
        <translation>kinderen onder 6 jaar</translation>
    </message>
    <message>
        <source>has a car</source>
        <translation>heeft een auto</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>woonsituatie</translation>
    </message>
    <message>
        <source>earlier programmes: %1</source>
        <translation>eerdere trajecten: %1</translation>
    </message>
    <message>
        <source>earlier decisions for %1</source>
        <translation>eerdere besluiten over %1</translation>
    </message>
    <message>
        <source>benefit: %1</source>
        <translation>uitkering: %1</translation>
    </message>
    <message>
        <source>case data: %1</source>
        <translation>dossiergegeven: %1</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Address or postcode</source>
        <translation>Adres of postcode</translation>
    </message>
    <message>
        <source>Language levels</source>
        <translation>Taalniveaus</translation>
    </message>
    <message>
        <source>Years of school attended</source>
        <translation>Jaren naar school</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Hoogste opleiding</translation>
    </message>
    <message>
        <source>Reading skills assessment</source>
        <translation>Beoordeling leesvaardigheid</translation>
    </message>
    <message>
        <source>Numeracy assessment</source>
        <translation>Beoordeling rekenvaardigheid</translation>
    </message>
    <message>
        <source>Digital skills assessment</source>
        <translation>Beoordeling digitale vaardigheden</translation>
    </message>
    <message>
        <source>Health limitation</source>
        <translation>Gezondheidsbeperking</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Werkloos sinds</translation>
    </message>
    <message>
        <source>Previous jobs</source>
        <translation>Eerdere banen</translation>
    </message>
    <message>
        <source>Recorded skills</source>
        <translation>Vastgelegde vaardigheden</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Travel radius</source>
        <translation>Reisafstand</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>used for suggestions</source>
        <translation>gebruikt voor suggesties</translation>
    </message>
    <message>
        <source>used for job matching</source>
        <translation>gebruikt voor vacaturematching</translation>
    </message>
    <message>
        <source>used for suggestions and job matching</source>
        <translation>gebruikt voor suggesties en vacaturematching</translation>
    </message>
    <message>
        <source>used for letters</source>
        <translation>gebruikt voor brieven</translation>
    </message>
</context>
<context>
    <name>InsightRateModel</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Followed %1 weeks</source>
        <translation>%1 weken gevolgd</translation>
    </message>
    <message>
        <source>In work or education</source>
        <translation>Aan het werk of in opleiding</translation>
    </message>
    <message>
        <source>Rate (95% interval)</source>
        <translation>Aandeel (95%-interval)</translation>
    </message>
</context>
<context>
    <name>InsightWindow</name>
    <message>
        <source>Computing from every case in the cache…</source>
        <translation>Berekenen op basis van alle dossiers in de dossierdatabase…</translation>
    </message>
    <message>
        <source>Insight: outcomes by factor</source>
        <translation>Inzicht: uitkomsten per factor</translation>
    </message>
    <message>
        <source>Outcomes by factor</source>
        <translation>Uitkomsten per factor</translation>
    </message>
    <message>
        <source>Associations, not effects — see the suggestions model for effects. Citizens in different groups differ in many other ways, and counts such as programmes taken or appointments attended build up over a longer journey.</source>
        <translation>Verbanden, geen effecten — zie het suggestiemodel voor effecten. Inwoners in verschillende groepen verschillen op veel andere punten, en aantallen zoals gevolgde trajecten of bijgewoonde afspraken groeien met een langere route.</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>In work or education within 26 weeks</source>
        <translation>Aan het werk of in opleiding binnen 26 weken</translation>
    </message>
    <message>
        <source>Share in work or education over time (95% bands)</source>
        <translation>Aandeel aan het werk of in opleiding in de tijd (95%-banden)</translation>
    </message>
    <message>
        <source>Outcome rates by group</source>
        <translation>Uitkomstpercentages per groep</translation>
    </message>
    <message>
        <source>Time-to-work curves by group</source>
        <translation>Curven van tijd tot werk per groep</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>De cijfers konden niet worden berekend: %1</translation>
    </message>
    <message>
        <source>%1 citizens with a known start of unemployment.</source>
        <translation>%1 inwoners met een bekende start van de werkloosheid.</translation>
    </message>
    <message>
        <source>Years of school</source>
        <translation>Jaren school</translation>
    </message>
    <message>
        <source>Basic skills (mean of 1–5 scores)</source>
        <translation>Basisvaardigheden (gemiddelde van scores 1–5)</translation>
    </message>
    <message>
        <source>Host-language level</source>
        <translation>Niveau Nederlands</translation>
    </message>
    <message>
        <source>Programmes taken</source>
        <translation>Gevolgde trajecten</translation>
    </message>
    <message>
        <source>Appointments attended</source>
        <translation>Aanwezigheid bij afspraken</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>under 10</source>
        <translation>minder dan 10</translation>
    </message>
    <message>
        <source>13 or more</source>
        <translation>13 of meer</translation>
    </message>
    <message>
        <source>low (under 2.5)</source>
        <translation>laag (onder 2,5)</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>high (3.5 or more)</source>
        <translation>hoog (3,5 of meer)</translation>
    </message>
    <message>
        <source>native</source>
        <translation>moedertaal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 of meer</translation>
    </message>
    <message>
        <source>under 70%</source>
        <translation>minder dan 70%</translation>
    </message>
    <message>
        <source>90% or more</source>
        <translation>90% of meer</translation>
    </message>
</context>
<context>
    <name>JobMatchModel</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Also useful: %1</source>
        <translation>Ook nuttig: %1</translation>
    </message>
    <message>
        <source>Share of the vacancy&apos;s skills the citizen has: %1</source>
        <translation>Deel van de vaardigheden uit de vacature die de inwoner heeft: %1</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Skills matched</source>
        <translation>Passende vaardigheden</translation>
    </message>
    <message>
        <source>Skills missing</source>
        <translation>Ontbrekende vaardigheden</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <source>Jobs</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>Skill profile</source>
        <translation>Vaardighedenprofiel</translation>
    </message>
    <message>
        <source>&amp;Confirm skill</source>
        <translation>V&amp;aardigheid bevestigen</translation>
    </message>
    <message>
        <source>&amp;Remove skill</source>
        <translation>Vaardigheid ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;Undo choice</source>
        <translation>&amp;Keuze ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Add a CV file...</source>
        <translation>&amp;Cv-bestand toevoegen...</translation>
    </message>
    <message>
        <source>Vacancies that match</source>
        <translation>Passende vacatures</translation>
    </message>
    <message>
        <source>Other occupations within reach</source>
        <translation>Andere beroepen binnen bereik</translation>
    </message>
    <message>
        <source>Job matching is not available.</source>
        <translation>Vacaturematching is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Job matching needs the list of occupations and skills, which is not installed on this computer yet. Ask IT to install it.</source>
        <translation>Voor het matchen van vacatures is de lijst met beroepen en vaardigheden nodig; die is nog niet op deze computer geïnstalleerd. Vraag IT om die te installeren.</translation>
    </message>
    <message>
        <source>The list of occupations and skills on this computer cannot be used. Ask IT: the reason is in the IT log.</source>
        <translation>De lijst met beroepen en vaardigheden op deze computer kan niet worden gebruikt. Vraag het IT: de reden staat in het IT-logboek.</translation>
    </message>
    <message>
        <source>The file %1 could not be read as a CV. Use a text, Word (.docx) or PDF file that opens on this computer.</source>
        <translation>Het bestand %1 kon niet als cv worden gelezen. Gebruik een tekst-, Word- (.docx) of pdf-bestand dat op deze computer opent.</translation>
    </message>
    <message>
        <source>That did not work. The details are in the IT log.</source>
        <translation>Dat is niet gelukt. De details staan in het IT-logboek.</translation>
    </message>
    <message>
        <source>CV files added: %1</source>
        <translation>Toegevoegde cv-bestanden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 vacancies shown.</source>
        <translation>%1 van %2 vacatures getoond.</translation>
    </message>
    <message>
        <source>Within %1 km of home.</source>
        <translation>Binnen %1 km van huis.</translation>
    </message>
    <message>
        <source>No travel radius is recorded: vacancies at any distance.</source>
        <translation>Geen reisafstand vastgelegd: vacatures op elke afstand.</translation>
    </message>
    <message>
        <source>Home address unknown: distances cannot be shown.</source>
        <translation>Woonadres onbekend: afstanden kunnen niet worden getoond.</translation>
    </message>
    <message>
        <source>Job titles also matched with the sentence encoder %1.</source>
        <translation>Functietitels ook gematcht met het zinsmodel %1.</translation>
    </message>
    <message>
        <source>Add a CV file</source>
        <translation>Cv-bestand toevoegen</translation>
    </message>
    <message>
        <source>CV files (*.txt *.docx *.pdf)</source>
        <translation>Cv-bestanden (*.txt *.docx *.pdf)</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <source>decision without a programme</source>
        <translation>besluit zonder traject</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Show the timeline as a list</source>
        <translation>Toon de tijdlijn als lijst</translation>
    </message>
    <message>
        <source>Journey timeline as a list</source>
        <translation>Tijdlijn van de route als lijst</translation>
    </message>
    <message>
        <source>Open a case to see the citizen&apos;s journey.</source>
        <translation>Open een dossier om de route van de inwoner te zien.</translation>
    </message>
    <message>
        <source>The journey could not be prepared for this case.</source>
        <translation>De route kon voor dit dossier niet worden voorbereid.</translation>
    </message>
    <message>
        <source>No programmes, appointments or outcomes are recorded.</source>
        <translation>Er zijn geen trajecten, afspraken of uitkomsten geregistreerd.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 · Programmes: %3 · Appointments: %4 · Periods without activity: %5 (%Ln day(s) in all)</source>
        <translation>
            <numerusform>Van %1 tot %2 · Trajecten: %3 · Afspraken: %4 · Periodes zonder activiteit: %5 (samen %Ln dag)</numerusform>
            <numerusform>Van %1 tot %2 · Trajecten: %3 · Afspraken: %4 · Periodes zonder activiteit: %5 (samen %Ln dagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyWords</name>
    <message>
        <source>employed</source>
        <translation>aan het werk</translation>
    </message>
    <message>
        <source>employed (subsidised)</source>
        <translation>aan het werk (gesubsidieerd)</translation>
    </message>
    <message>
        <source>education</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>werkloos</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>ziek</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>job search training</source>
        <translation>sollicitatietraining</translation>
    </message>
    <message>
        <source>vocational course</source>
        <translation>beroepscursus</translation>
    </message>
    <message>
        <source>language course</source>
        <translation>taalcursus</translation>
    </message>
    <message>
        <source>basic skills course</source>
        <translation>cursus basisvaardigheden</translation>
    </message>
    <message>
        <source>work trial</source>
        <translation>werkervaringsplaats</translation>
    </message>
    <message>
        <source>wage subsidy</source>
        <translation>loonkostensubsidie</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>health support</source>
        <translation>gezondheidsondersteuning</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>voortijdig gestopt</translation>
    </message>
    <message>
        <source>did not start</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>vervolggesprek</translation>
    </message>
    <message>
        <source>course session</source>
        <translation>cursusbijeenkomst</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Onderbrekingen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>age</source>
        <translation>leeftijd</translation>
    </message>
    <message>
        <source>time unemployed</source>
        <translation>duur van de werkloosheid</translation>
    </message>
    <message>
        <source>number of earlier appointments</source>
        <translation>aantal eerdere afspraken</translation>
    </message>
    <message>
        <source>earlier missed appointments</source>
        <translation>eerder gemiste afspraken</translation>
    </message>
    <message>
        <source>distance to the appointment</source>
        <translation>afstand tot de afspraak</translation>
    </message>
    <message>
        <source>host-language level</source>
        <translation>niveau Nederlands</translation>
    </message>
    <message>
        <source>partial health limitation</source>
        <translation>gedeeltelijke gezondheidsbeperking</translation>
    </message>
    <message>
        <source>significant health limitation</source>
        <translation>aanzienlijke gezondheidsbeperking</translation>
    </message>
    <message>
        <source>appointment type: %1</source>
        <translation>soort afspraak: %1</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Wayfinder — DEMO build</source>
        <translation>Wayfinder — DEMO-versie</translation>
    </message>
    <message>
        <source>Wayfinder</source>
        <translation>Wayfinder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ta&amp;al</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open case cache…</source>
        <translation>Dossierdatabase &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>Dossier &amp;zoeken</translation>
    </message>
    <message>
        <source>Go to case &amp;list</source>
        <translation>Naar de dossier&amp;lijst</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Gespreksweergave</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Donker thema</translation>
    </message>
    <message>
        <source>&amp;Oversight: acceptance of suggestions…</source>
        <translation>&amp;Toezicht: overname van suggesties…</translation>
    </message>
    <message>
        <source>&amp;Insight: outcomes by factor…</source>
        <translation>&amp;Inzicht: uitkomsten per factor…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>About the suggestion &amp;model…</source>
        <translation>Over het suggestie&amp;model…</translation>
    </message>
    <message>
        <source>Check for model &amp;updates…</source>
        <translation>Zoeken naar model&amp;updates…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>The case cache could not be opened, so no cases can be shown. Ask IT to import the latest bundle, or open another cache with File › Open case cache.</source>
        <translation>De dossierdatabase kon niet worden geopend, dus er kunnen geen dossiers worden getoond. Vraag IT om de nieuwste bundel te importeren, of open een andere database via Bestand › Dossierdatabase openen.</translation>
    </message>
    <message>
        <source>No case cache</source>
        <translation>Geen dossierdatabase</translation>
    </message>
    <message>
        <source>The case cache is damaged: what is shown may be incomplete, and saving may fail. Ask IT to restore it from a backup or to re-import the latest bundle.</source>
        <translation>De dossierdatabase is beschadigd: wat wordt getoond kan onvolledig zijn en opslaan kan mislukken. Vraag IT om de database terug te zetten uit een back-up of de nieuwste bundel opnieuw te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Case cache: %1 · %2</source>
        <translation>Dossierdatabase: %1 · %2</translation>
    </message>
    <message>
        <source>Opening the case cache…</source>
        <translation>Dossierdatabase wordt geopend…</translation>
    </message>
    <message>
        <source>First 200 matches — type more to narrow down</source>
        <translation>Eerste 200 resultaten — typ meer om te verfijnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln resultaat</numerusform>
            <numerusform>%Ln resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open case cache</source>
        <translation>Dossierdatabase openen</translation>
    </message>
    <message>
        <source>Case cache (*.sqlite *.db);;All files (*)</source>
        <translation>Dossierdatabase (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the IT log.</source>
        <translation>Er ging iets mis. De details staan in het IT-logboek.</translation>
    </message>
    <message>
        <source>Preparing suggestions, jobs and journeys in the background (%1 of %2)…</source>
        <translation>Suggesties, vacatures en routes worden op de achtergrond voorbereid (%1 van %2)…</translation>
    </message>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;Teamleider</translation>
    </message>
    <message>
        <source>&amp;Planning of places…</source>
        <translation>&amp;Planning van plaatsen…</translation>
    </message>
    <message>
        <source>&amp;Assign caseworkers…</source>
        <translation>Consulenten &amp;toewijzen…</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <source>Checking the installed model…</source>
        <translation>Het geïnstalleerde model wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The installed model could not be read: %1</source>
        <translation>Het geïnstalleerde model kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Suggestion model</source>
        <translation>Suggestiemodel</translation>
    </message>
    <message>
        <source>The model behind the suggestions</source>
        <translation>Het model achter de suggesties</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Trained on data from:</source>
        <translation>Getraind op gegevens van:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Ondertekend:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ondertekeningssleutel:</translation>
    </message>
    <message>
        <source>Verified on this computer:</source>
        <translation>Geverifieerd op deze computer:</translation>
    </message>
    <message>
        <source>Last successful update check:</source>
        <translation>Laatste geslaagde updatecontrole:</translation>
    </message>
    <message>
        <source>From the model card:</source>
        <translation>Uit de modelkaart:</translation>
    </message>
    <message>
        <source>Model card summary</source>
        <translation>Samenvatting van de modelkaart</translation>
    </message>
    <message>
        <source>Check for &amp;updates</source>
        <translation>Zoeken naar &amp;updates</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Zoeken naar updates</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>%1 The app shows no suggestions; the rest of Wayfinder works as usual. IT finds the reason in the IT log.</source>
        <translation>%1 Het programma toont geen suggesties; de rest van Wayfinder werkt zoals gewoonlijk. IT vindt de reden in het IT-logboek.</translation>
    </message>
    <message>
        <source>It gave no suggestion (abstained) for %1 of test decisions.</source>
        <translation>Bij %1 van de testbesluiten gaf het model geen suggestie (onthouden).</translation>
    </message>
    <message>
        <source>No update was installed; the current model stays in use. The reason is in the IT log.</source>
        <translation>Er is geen update geïnstalleerd; het huidige model blijft in gebruik. De reden staat in het IT-logboek.</translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation>Gepubliceerd door:</translation>
    </message>
    <message>
        <source>a shared model (the national or regional publisher)</source>
        <translation>een gedeeld model (de landelijke of regionale uitgever)</translation>
    </message>
    <message>
        <source>%1 (this municipality&apos;s or region&apos;s own publisher)</source>
        <translation>%1 (de eigen uitgever van de gemeente of regio)</translation>
    </message>
    <message>
        <source>IT pinned this version on this computer: %1</source>
        <translation>IT heeft deze versie op deze computer vastgezet: %1</translation>
    </message>
    <message>
        <source>IT withdrew this model on this computer, so the app shows no suggestions: %1</source>
        <translation>IT heeft dit model op deze computer ingetrokken, dus de app toont geen suggesties: %1</translation>
    </message>
    <message>
        <source>IT chose another model version for this computer, which is not installed yet, so the app shows no suggestions: %1</source>
        <translation>IT heeft een andere modelversie voor deze computer gekozen, die nog niet is geïnstalleerd, dus de app toont geen suggesties: %1</translation>
    </message>
    <message>
        <source>This model was withdrawn, so the app shows no suggestions: %1</source>
        <translation>Dit model is ingetrokken, dus de app toont geen suggesties: %1</translation>
    </message>
    <message>
        <source>The model&apos;s signature was verified, but its suggestions are not shown: it has not been shown to work on this municipality&apos;s own history (see below).</source>
        <translation>De handtekening van het model is geverifieerd, maar de suggesties worden niet getoond: niet aangetoond is dat het werkt op de eigen gegevens van deze gemeente (zie hieronder).</translation>
    </message>
    <message>
        <source>The model&apos;s signature was verified; its suggestions are shown.</source>
        <translation>De handtekening van het model is geverifieerd; de suggesties worden getoond.</translation>
    </message>
    <message>
        <source>This model has not been checked on this municipality&apos;s own history yet (IT: &apos;wayfinder-admin models check-local&apos;).</source>
        <translation>Dit model is nog niet gecontroleerd op de eigen gegevens van deze gemeente (IT: &apos;wayfinder-admin models check-local&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: shown to work here.</source>
        <translation>
            <numerusform>Op %1 gecontroleerd bij %Ln inwoner van deze gemeente: werkt hier aantoonbaar.</numerusform>
            <numerusform>Op %1 gecontroleerd bij %Ln inwoners van deze gemeente: werkt hier aantoonbaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: not shown to work here.</source>
        <translation>
            <numerusform>Op %1 gecontroleerd bij %Ln inwoner van deze gemeente: niet aangetoond dat het hier werkt.</numerusform>
            <numerusform>Op %1 gecontroleerd bij %Ln inwoners van deze gemeente: niet aangetoond dat het hier werkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: too little local history to tell whether it works here.</source>
        <translation>
            <numerusform>Op %1 gecontroleerd bij %Ln inwoner van deze gemeente: te weinig eigen gegevens om te beoordelen of het hier werkt.</numerusform>
            <numerusform>Op %1 gecontroleerd bij %Ln inwoners van deze gemeente: te weinig eigen gegevens om te beoordelen of het hier werkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>IT has allowed its suggestions anyway; this is recorded in the audit log.</source>
        <translation>IT heeft de suggesties toch toegestaan; dit is vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <source>Its suggestions are not shown until a check shows that it works here, or IT allows it.</source>
        <translation>De suggesties worden niet getoond totdat een controle laat zien dat het hier werkt, of IT het toestaat.</translation>
    </message>
    <message>
        <source>DEMO build: this copy of Wayfinder trusts the public demo keys, so its model is not protected by your organisation&apos;s signature. Use it to try the program, not for real cases.</source>
        <translation>DEMO-versie: deze kopie van Wayfinder vertrouwt de openbare demosleutels, dus het model is niet beschermd door de handtekening van uw organisatie. Gebruik haar om het programma uit te proberen, niet voor echte dossiers.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln dag geleden)</numerusform>
            <numerusform>%1 (%Ln dagen geleden)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has never reached the update folder, so it would not know if this model had been withdrawn. Suggestions keep working; please tell IT.</source>
        <translation>Deze computer heeft de updatemap nog nooit bereikt en zou dus niet weten of dit model is ingetrokken. De suggesties blijven werken; laat het IT weten.</translation>
    </message>
    <message numerus="yes">
        <source>This computer has not reached the update folder for %Ln day(s), so it would not know if this model had been withdrawn.</source>
        <translation>
            <numerusform>Deze computer heeft de updatemap %Ln dag niet bereikt en zou dus niet weten of dit model is ingetrokken.</numerusform>
            <numerusform>Deze computer heeft de updatemap %Ln dagen niet bereikt en zou dus niet weten of dit model is ingetrokken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IT allows %Ln day(s).</source>
        <translation>
            <numerusform>IT staat %Ln dag toe.</numerusform>
            <numerusform>IT staat %Ln dagen toe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions keep working; please tell IT.</source>
        <translation>De suggesties blijven werken; laat het IT weten.</translation>
    </message>
    <message>
        <source>Trained on %1 citizens of %2 (%3 more kept aside to test it).</source>
        <translation>Getraind op %1 inwoners van %2 (nog %3 apart gehouden om te testen).</translation>
    </message>
    <message>
        <source>Protected attributes used as inputs: %1</source>
        <translation>Beschermde kenmerken gebruikt als invoer: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Following the suggestions did better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3).</source>
        <translation>Het volgen van de suggesties deed het beter dan iedereen het beste traject te geven: %1 op 100 (95%-interval %2 tot %3).</translation>
    </message>
    <message>
        <source>Following the suggestions did NOT do clearly better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3). Weigh them with care.</source>
        <translation>Het volgen van de suggesties deed het NIET duidelijk beter dan iedereen het beste traject te geven: %1 op 100 (95%-interval %2 tot %3). Weeg ze zorgvuldig af.</translation>
    </message>
    <message>
        <source>Fairness audit: not in this model card.</source>
        <translation>Eerlijkheidsaudit: staat niet in deze modelkaart.</translation>
    </message>
    <message>
        <source>Fairness audit (test data, by group):</source>
        <translation>Eerlijkheidsaudit (testgegevens, per groep):</translation>
    </message>
    <message>
        <source>• %1: suggestion rates differ most for %2, by %3 percentage points between groups.</source>
        <translation>• %1: het aandeel suggesties verschilt het meest voor %2, met %3 procentpunt tussen de groepen.</translation>
    </message>
    <message>
        <source>  Predicted and observed outcomes differ beyond chance for: %1</source>
        <translation>  Voorspelde en waargenomen uitkomsten verschillen meer dan toeval voor: %1</translation>
    </message>
    <message>
        <source>  Too small to judge: %1</source>
        <translation>  Te klein om te beoordelen: %1</translation>
    </message>
    <message>
        <source>Strongest stand-ins for origin among the inputs: %1</source>
        <translation>Invoer die herkomst het sterkst weerspiegelt: %1</translation>
    </message>
    <message>
        <source>Looking for a newer model…</source>
        <translation>Er wordt gezocht naar een nieuwer model…</translation>
    </message>
    <message>
        <source>No update folder is configured on this computer; IT installs new models.</source>
        <translation>Op deze computer is geen updatemap ingesteld; IT installeert nieuwe modellen.</translation>
    </message>
    <message>
        <source>Model version %1 was verified and installed; it is used from the next start of Wayfinder.</source>
        <translation>Modelversie %1 is geverifieerd en geïnstalleerd; die wordt gebruikt vanaf de volgende start van Wayfinder.</translation>
    </message>
    <message>
        <source>The installed model was withdrawn by its publisher: %1</source>
        <translation>Het geïnstalleerde model is ingetrokken door de uitgever: %1</translation>
    </message>
    <message>
        <source>The installed model is the newest one.</source>
        <translation>Het geïnstalleerde model is het nieuwste.</translation>
    </message>
    <message>
        <source>No model is available in the update folder.</source>
        <translation>Er staat geen model in de updatemap.</translation>
    </message>
</context>
<context>
    <name>OversightDialog</name>
    <message>
        <source>Oversight: acceptance of suggestions</source>
        <translation>Toezicht: overname van suggesties</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s)</source>
        <translation>
            <numerusform>Laatste %Ln dag</numerusform>
            <numerusform>Laatste %Ln dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Counts only decisions where a suggestion was shown. Overriding is normal and healthy: the caseworker knows things the model does not.</source>
        <translation>Telt alleen besluiten waarbij een suggestie werd getoond. Afwijken is normaal en gezond: de consulent weet dingen die het model niet weet.</translation>
    </message>
    <message>
        <source>Acceptance and override rates</source>
        <translation>Aandeel overgenomen en niet-gevolgde suggesties</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The figures could not be computed. The reason is in the IT log.</source>
        <translation>De cijfers konden niet worden berekend. De reden staat in het IT-logboek.</translation>
    </message>
    <message>
        <source>all caseworkers together</source>
        <translation>alle consulenten samen</translation>
    </message>
    <message>
        <source>Warning: more than 95% of suggestions were accepted in this period by: %1. Check that each decision is the caseworker&apos;s own (possible rubber-stamping).</source>
        <translation>Waarschuwing: meer dan 95% van de suggesties werd in deze periode overgenomen door: %1. Controleer of elk besluit echt van de consulent zelf is (mogelijk blind afstempelen).</translation>
    </message>
</context>
<context>
    <name>OversightTableModel</name>
    <message>
        <source>All caseworkers</source>
        <translation>Alle consulenten</translation>
    </message>
    <message>
        <source>Over 95% accepted: check</source>
        <translation>Meer dan 95% overgenomen: controleer</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>With a suggestion</source>
        <translation>Met een suggestie</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Afgeweken</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>PlanningPanel</name>
    <message>
        <source>Programme places: planning</source>
        <translation>Plaatsen in trajecten: planning</translation>
    </message>
    <message>
        <source>Places per programme</source>
        <translation>Plaatsen per traject</translation>
    </message>
    <message>
        <source>Balance across groups</source>
        <translation>Evenwicht tussen groepen</translation>
    </message>
    <message>
        <source>Balance across groups (audit only: gender, origin and age are never inputs to the plan)</source>
        <translation>Evenwicht tussen groepen (alleen ter controle: geslacht, herkomst en leeftijd zijn nooit invoer voor het plan)</translation>
    </message>
    <message>
        <source>Proposed: the places the plan would use for the expected caseload of the period. Price per place: how many more people in 100 would be in work or education if the programme had one more place (0: places are not scarce). Ranges add up each citizen&apos;s 90% range. Groups under 10 citizens show no figures.</source>
        <translation>Voorgesteld: de plaatsen die het plan zou gebruiken voor de verwachte inwoners van de periode. Prijs per plaats: hoeveel meer mensen op de 100 aan het werk of in opleiding zouden zijn als het traject één plaats meer had (0: plaatsen zijn niet schaars). Marges tellen de 90%-marge van elke inwoner op. Groepen onder 10 inwoners tonen geen cijfers.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Reading the places…</source>
        <translation>Plaatsen worden gelezen…</translation>
    </message>
    <message>
        <source>Planning period %1 to %2</source>
        <translation>Planperiode %1 tot %2</translation>
    </message>
    <message>
        <source>No plan computed yet: places are shown, proposals are not. Recompute the plan below; it is also computed on every import when a model is installed.</source>
        <translation>Nog geen plan berekend: de plaatsen worden getoond, de voorstellen niet. Bereken het plan hieronder opnieuw; het wordt ook bij elke import berekend als er een model is geïnstalleerd.</translation>
    </message>
    <message>
        <source>Bookings or intakes changed since: the proposed places are older than the places shown. Recompute the plan to update them.</source>
        <translation>Boekingen of instroommomenten zijn sindsdien gewijzigd: de voorgestelde plaatsen zijn ouder dan de getoonde plaatsen. Bereken het plan opnieuw om ze bij te werken.</translation>
    </message>
    <message numerus="yes">
        <source>Plan computed %1 with model %2 over an expected caseload of %Ln citizen(s).</source>
        <translation>
            <numerusform>Plan berekend %1 met model %2 voor een verwachte caseload van %Ln inwoner.</numerusform>
            <numerusform>Plan berekend %1 met model %2 voor een verwachte caseload van %Ln inwoners.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected extra people in work or education from the proposed places: %1 (range %2 to %3).</source>
        <translation>Verwacht extra mensen aan het werk of in opleiding door de voorgestelde plaatsen: %1 (marge %2 tot %3).</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Export the planning figures</source>
        <translation>Planningscijfers exporteren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>The planning figures could not be read or saved: %1</source>
        <translation>De planningscijfers konden niet worden gelezen of opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>PlanningTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Next intakes (places left)</source>
        <translation>Volgende instroom (vrije plaatsen)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Price per place</source>
        <translation>Prijs per plaats</translation>
    </message>
    <message>
        <source>Expected extra in work (range)</source>
        <translation>Verwacht extra aan het werk (marge)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>niet beperkt</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 tot %3)</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Waiting (weeks)</source>
        <translation>Wachttijd (weken)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>Suggestions for this citizen</source>
        <translation>Suggesties voor deze inwoner</translation>
    </message>
    <message>
        <source>Open a case to see suggestions.</source>
        <translation>Open een dossier om suggesties te zien.</translation>
    </message>
    <message>
        <source>No suggestions: the citizen objected to profiling (GDPR Art. 21). Choose from the programmes below as you normally would.</source>
        <translation>Geen suggesties: de inwoner maakte bezwaar tegen profilering (AVG art. 21). Kies zoals gewoonlijk uit de trajecten hieronder.</translation>
    </message>
    <message>
        <source>No suggestions are shown. %1 Choose from the programmes below as you normally would; IT can tell you more.</source>
        <translation>Er worden geen suggesties getoond. %1 Kies zoals gewoonlijk uit de trajecten hieronder; IT kan u meer vertellen.</translation>
    </message>
    <message>
        <source>Suggestions are hidden until you have noted your own assessment in the Decision tab.</source>
        <translation>De suggesties zijn verborgen tot u uw eigen beoordeling hebt genoteerd op het tabblad Besluit.</translation>
    </message>
    <message>
        <source>No suggestion — use your judgement.</source>
        <translation>Geen suggestie — gebruik uw eigen oordeel.</translation>
    </message>
    <message>
        <source>The model suggests no programme for now.</source>
        <translation>Het model stelt nu geen traject voor.</translation>
    </message>
    <message>
        <source>These are estimates to weigh, not a decision. You decide.</source>
        <translation>Dit zijn schattingen om af te wegen, geen besluit. U beslist.</translation>
    </message>
    <message>
        <source>The model card does not say whether personal suggestions beat offering everyone the same programme.</source>
        <translation>De modelkaart zegt niet of persoonlijke suggesties beter zijn dan iedereen hetzelfde traject te geven.</translation>
    </message>
    <message>
        <source>In evaluation, following these suggestions did better than offering everyone the same programme (about %1 more in 100).</source>
        <translation>In de evaluatie werkte het volgen van deze suggesties beter dan iedereen hetzelfde traject te geven (ongeveer %1 meer op 100).</translation>
    </message>
    <message>
        <source>In evaluation, these personal suggestions did not do clearly better than offering everyone %1. Treat the order as a hint.</source>
        <translation>In de evaluatie waren deze persoonlijke suggesties niet duidelijk beter dan iedereen %1 te geven. Zie de volgorde als een aanwijzing.</translation>
    </message>
    <message>
        <source>the same programme</source>
        <translation>hetzelfde traject</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>geen traject</translation>
    </message>
    <message>
        <source>Programmes offered</source>
        <translation>Aangeboden trajecten</translation>
    </message>
    <message>
        <source>Counting the places there are, the suggestion is %1 rather than %2.</source>
        <translation>Met de beschikbare plaatsen meegeteld is het voorstel %1 in plaats van %2.</translation>
    </message>
</context>
<context>
    <name>ReplanControl</name>
    <message>
        <source>Recompute p&amp;lan</source>
        <translation>P&amp;lan opnieuw berekenen</translation>
    </message>
    <message>
        <source>Score the expected caseload with the installed model and allocate it within the free places again. Cases stay usable meanwhile; new prices apply to the next case opened.</source>
        <translation>De verwachte caseload opnieuw doorrekenen met het geïnstalleerde model en binnen de vrije plaatsen verdelen. De dossiers blijven intussen bruikbaar; nieuwe prijzen gelden vanaf het volgende dossier dat wordt geopend.</translation>
    </message>
    <message>
        <source>Recomputing the plan: reading the caseload…</source>
        <translation>Plan wordt opnieuw berekend: de caseload wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>Recomputing the plan: %1 of %Ln citizen(s) scored…</source>
        <translation>
            <numerusform>Plan wordt opnieuw berekend: %1 van %Ln inwoner doorgerekend…</numerusform>
            <numerusform>Plan wordt opnieuw berekend: %1 van %Ln inwoners doorgerekend…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recomputing the plan: allocating the places for %Ln citizen(s)…</source>
        <translation>
            <numerusform>Plan wordt opnieuw berekend: de plaatsen worden verdeeld voor %Ln inwoner…</numerusform>
            <numerusform>Plan wordt opnieuw berekend: de plaatsen worden verdeeld voor %Ln inwoners…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan recomputed for %Ln citizen(s) in %1 s. New prices apply to the next case opened.</source>
        <translation>
            <numerusform>Plan opnieuw berekend voor %Ln inwoner in %1 s. Nieuwe prijzen gelden vanaf het volgende dossier dat wordt geopend.</numerusform>
            <numerusform>Plan opnieuw berekend voor %Ln inwoners in %1 s. Nieuwe prijzen gelden vanaf het volgende dossier dat wordt geopend.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be recomputed: %1. The previous plan is kept.</source>
        <translation>Het plan kon niet opnieuw worden berekend: %1. Het vorige plan blijft staan.</translation>
    </message>
    <message>
        <source>No programme has intakes in the case data, so there are no places to plan.</source>
        <translation>Geen enkel traject heeft instroommomenten in de dossiergegevens, dus er zijn geen plaatsen om te plannen.</translation>
    </message>
    <message>
        <source>The installed model was withdrawn: no plan can be computed until IT installs a newer one. The previous plan is kept.</source>
        <translation>Het geïnstalleerde model is ingetrokken: er kan geen plan worden berekend tot IT een nieuwer model installeert. Het vorige plan blijft staan.</translation>
    </message>
    <message>
        <source>No usable model is installed: no plan can be computed. Ask IT to install the model. The previous plan is kept.</source>
        <translation>Er is geen bruikbaar model geïnstalleerd: er kan geen plan worden berekend. Vraag IT het model te installeren. Het vorige plan blijft staan.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search by name, case id or CV text</source>
        <translation>Zoek op naam, dossiernummer of cv-tekst</translation>
    </message>
    <message>
        <source>Case search</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <source>Open cases only</source>
        <translation>Alleen open dossiers</translation>
    </message>
    <message>
        <source>Unemployed 12 months or more</source>
        <translation>12 maanden of langer werkloos</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Minimumleeftijd</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Maximumleeftijd</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle talen</translation>
    </message>
</context>
<context>
    <name>SheetTab</name>
    <message>
        <source>Explanation sheet for the citizen</source>
        <translation>Toelichting voor de inwoner</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>T&amp;aal van de toelichting:</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>Taal van de toelichting</translation>
    </message>
    <message>
        <source>Preview of the explanation sheet</source>
        <translation>Voorbeeld van de toelichting</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld wordt voorbereid…</translation>
    </message>
    <message>
        <source>Proposal: no decision is recorded yet.</source>
        <translation>Voorstel: er is nog geen besluit vastgelegd.</translation>
    </message>
    <message>
        <source>The sheet cannot be made right now. The reason is in the IT log.</source>
        <translation>Het uitlegblad kan nu niet worden gemaakt. De reden staat in het IT-logboek.</translation>
    </message>
    <message>
        <source>The PDF was not written. The reason is in the IT log.</source>
        <translation>De pdf is niet geschreven. De reden staat in het IT-logboek.</translation>
    </message>
    <message>
        <source>This translation has been checked by a translator.</source>
        <translation>Deze vertaling is nagekeken door een vertaler.</translation>
    </message>
    <message>
        <source>This translation has NOT been checked by a translator. Go through it with the citizen before handing it over.</source>
        <translation>Deze vertaling is NIET nagekeken door een vertaler. Neem haar met de inwoner door voordat u haar meegeeft.</translation>
    </message>
    <message>
        <source>Export explanation sheet</source>
        <translation>Toelichting exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>De pdf wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2, %Ln page(s)).</source>
        <translation>
            <numerusform>Opgeslagen %1 (%2, %Ln pagina).</numerusform>
            <numerusform>Opgeslagen %1 (%2, %Ln pagina&apos;s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarCitizensView</name>
    <message>
        <source>Citizens like this one</source>
        <translation>Inwoners zoals deze</translation>
    </message>
    <message>
        <source>Not a recommendation. This describes what happened to similar citizens in the past; it is not a prediction for this citizen.</source>
        <translation>Geen aanbeveling. Dit beschrijft wat er in het verleden met vergelijkbare inwoners gebeurde; het is geen voorspelling voor deze inwoner.</translation>
    </message>
    <message>
        <source>How they ended (latest situation):</source>
        <translation>Hoe het afliep (laatste situatie):</translation>
    </message>
    <message>
        <source>The journeys they took:</source>
        <translation>De routes die zij volgden:</translation>
    </message>
    <message>
        <source>How similar citizens ended</source>
        <translation>Hoe het afliep voor vergelijkbare inwoners</translation>
    </message>
    <message>
        <source>Journeys of similar citizens</source>
        <translation>Routes van vergelijkbare inwoners</translation>
    </message>
    <message>
        <source>Not shown: the citizen objects to profiling (GDPR Art. 21).</source>
        <translation>Niet getoond: de inwoner maakt bezwaar tegen profilering (AVG art. 21).</translation>
    </message>
    <message>
        <source>Too little is recorded to find similar citizens.</source>
        <translation>Er is te weinig geregistreerd om vergelijkbare inwoners te vinden.</translation>
    </message>
    <message>
        <source>The %1 past citizens most similar in %2 (out of %3 compared).</source>
        <translation>De %1 eerdere inwoners die qua %2 het meest op deze inwoner lijken (van %3 vergeleken inwoners).</translation>
    </message>
    <message>
        <source>age</source>
        <translation>leeftijd</translation>
    </message>
    <message>
        <source>years of school</source>
        <translation>jaren school</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>opleidingsniveau</translation>
    </message>
    <message>
        <source>basic skills</source>
        <translation>basisvaardigheden</translation>
    </message>
    <message>
        <source>host-language level</source>
        <translation>niveau Nederlands</translation>
    </message>
    <message>
        <source>years in the country</source>
        <translation>jaren in het land</translation>
    </message>
</context>
<context>
    <name>SimilarVariantsModel</name>
    <message>
        <source>Journey</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>How they ended</source>
        <translation>Hoe het afliep</translation>
    </message>
</context>
<context>
    <name>SkillProfileModel</name>
    <message>
        <source>Previous job: %1 (essential skill)</source>
        <translation>Eerdere baan: %1 (essentiële vaardigheid)</translation>
    </message>
    <message>
        <source>Previous job: %1 (optional skill)</source>
        <translation>Eerdere baan: %1 (optionele vaardigheid)</translation>
    </message>
    <message>
        <source>Recorded in the case system</source>
        <translation>Vastgelegd in het zaaksysteem</translation>
    </message>
    <message>
        <source>CV text: “%1”</source>
        <translation>Cv-tekst: “%1”</translation>
    </message>
    <message>
        <source>Added CV file %1</source>
        <translation>Toegevoegd cv-bestand %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Waar het vandaan komt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Top suggestion: %1</source>
        <translation>Beste suggestie: %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Komt niet in aanmerking: %1</translation>
    </message>
    <message>
        <source>Eligibility unknown — check: %1</source>
        <translation>Onbekend of de inwoner in aanmerking komt — controleer: %1</translation>
    </message>
    <message>
        <source>Effect of %1</source>
        <translation>Effect van %1</translation>
    </message>
    <message>
        <source>Few comparable people received this programme; the estimate is uncertain.</source>
        <translation>Weinig vergelijkbare mensen volgden dit traject; de schatting is onzeker.</translation>
    </message>
    <message>
        <source>Main reasons:</source>
        <translation>Belangrijkste redenen:</translation>
    </message>
    <message>
        <source>No place left in the planned intakes.</source>
        <translation>Geen vrije plaatsen meer bij de geplande starts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left in the planned intakes.</source>
        <translation>
            <numerusform>Nog %Ln vrije plaats bij de geplande starts.</numerusform>
            <numerusform>Nog %Ln vrije plaatsen bij de geplande starts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next start with a place: %1.</source>
        <translation>Eerstvolgende start met een vrije plaats: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) waiting for a place.</source>
        <translation>
            <numerusform>%Ln inwoner wacht op een plaats.</numerusform>
            <numerusform>%Ln inwoners wachten op een plaats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>%1 weeks: %2</source>
        <translation>%1 weken: %2</translation>
    </message>
    <message>
        <source>weeks since becoming unemployed</source>
        <translation>weken sinds het begin van de werkloosheid</translation>
    </message>
</context>
<context>
    <name>TeamLeadWindow</name>
    <message>
        <source>Team lead: places and caseworkers</source>
        <translation>Teamleider: plaatsen en consulenten</translation>
    </message>
    <message>
        <source>&amp;Planning of places</source>
        <translation>&amp;Planning van plaatsen</translation>
    </message>
    <message>
        <source>&amp;Assign caseworkers</source>
        <translation>Consulenten &amp;toewijzen</translation>
    </message>
</context>
<context>
    <name>TeamLeadWords</name>
    <message>
        <source>young people</source>
        <translation>jongeren</translation>
    </message>
    <message>
        <source>newcomers</source>
        <translation>nieuwkomers</translation>
    </message>
    <message>
        <source>health limitations</source>
        <translation>gezondheidsbeperkingen</translation>
    </message>
    <message>
        <source>long-term unemployment</source>
        <translation>langdurige werkloosheid</translation>
    </message>
    <message>
        <source>employer contact</source>
        <translation>werkgeverscontact</translation>
    </message>
    <message>
        <source>Speaks the citizen&apos;s preferred language, %1</source>
        <translation>Spreekt de voorkeurstaal van de inwoner, %1</translation>
    </message>
    <message>
        <source>Shares a language the citizen speaks well, %1</source>
        <translation>Spreekt een taal die de inwoner goed spreekt, %1</translation>
    </message>
    <message>
        <source>No shared meeting language: an interpreter for %1</source>
        <translation>Geen gedeelde gesprekstaal: een tolk voor %1</translation>
    </message>
    <message>
        <source>No shared meeting language known</source>
        <translation>Geen gedeelde gesprekstaal bekend</translation>
    </message>
    <message>
        <source>Specialism that fits the citizen&apos;s situation: %1</source>
        <translation>Specialisme dat past bij de situatie van de inwoner: %1</translation>
    </message>
    <message numerus="yes">
        <source>Caseload %1 of at most %Ln citizen(s)</source>
        <translation>
            <numerusform>Caseload %1 van hoogstens %Ln inwoner</numerusform>
            <numerusform>Caseload %1 van hoogstens %Ln inwoners</numerusform>
        </translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>(vol)</translation>
    </message>
    <message>
        <source>The citizen&apos;s current or last caseworker (continuity)</source>
        <translation>De huidige of laatste consulent van de inwoner (continuïteit)</translation>
    </message>
    <message numerus="yes">
        <source>Own effect (team leads only): %1 in 100 (range %2 to %3), from %Ln case(s)</source>
        <translation>
            <numerusform>Eigen effect (alleen teamleiders): %1 op 100 (marge %2 tot %3), uit %Ln dossier</numerusform>
            <numerusform>Eigen effect (alleen teamleiders): %1 op 100 (marge %2 tot %3), uit %Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>women</source>
        <translation>vrouwen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>mannen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>born in the country</source>
        <translation>geboren in het land</translation>
    </message>
    <message>
        <source>born abroad</source>
        <translation>geboren in het buitenland</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>jonger dan 30</translation>
    </message>
    <message>
        <source>30 to 49</source>
        <translation>30 tot 49</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 en ouder</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>aanwezigheid %1</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>result not recorded</source>
        <translation>resultaat niet geregistreerd</translation>
    </message>
    <message>
        <source>subsidised</source>
        <translation>gesubsidieerd</translation>
    </message>
    <message>
        <source>Journey timeline</source>
        <translation>Tijdlijn van de route</translation>
    </message>
    <message>
        <source>No journey is recorded for this citizen.</source>
        <translation>Voor deze inwoner is geen route vastgelegd.</translation>
    </message>
    <message>
        <source>From %1 to %2. %3. The list below the chart gives every item.</source>
        <translation>Van %1 tot %2. %3. De lijst onder de grafiek geeft elk onderdeel.</translation>
    </message>
    <message>
        <source>No journey is recorded.</source>
        <translation>Er is geen route vastgelegd.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>voortijdig gestopt</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>onderbreking</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no programme, work or education for %Ln day(s)</source>
        <translation>
            <numerusform>geen traject, werk of opleiding gedurende %Ln dag</numerusform>
            <numerusform>geen traject, werk of opleiding gedurende %Ln dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingTableModel</name>
    <message>
        <source>Citizen</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Proposed caseworker</source>
        <translation>Voorgestelde consulent</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>About %1 of 100 people like this citizen were in work or education within %Ln week(s) without a programme; with this programme about %2.</source>
        <translation>
            <numerusform>Ongeveer %1 van de 100 mensen zoals deze inwoner hadden binnen %Ln week werk of een opleiding zonder traject; met dit traject ongeveer %2.</numerusform>
            <numerusform>Ongeveer %1 van de 100 mensen zoals deze inwoner hadden binnen %Ln weken werk of een opleiding zonder traject; met dit traject ongeveer %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertainty range (90%): between %1 and %2 of 100.</source>
        <translation>Onzekerheidsmarge (90%): tussen %1 en %2 van de 100.</translation>
    </message>
    <message>
        <source>Waiting time not known.</source>
        <translation>Wachttijd onbekend.</translation>
    </message>
    <message>
        <source>No waiting time.</source>
        <translation>Geen wachttijd.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting time: about %Ln week(s).</source>
        <translation>
            <numerusform>Wachttijd: ongeveer %Ln week.</numerusform>
            <numerusform>Wachttijd: ongeveer %Ln weken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: raises the estimate by about %2 in 100</source>
        <translation>%1: verhoogt de schatting met ongeveer %2 op 100</translation>
    </message>
    <message>
        <source>%1: raises the estimate a little (less than 1 in 100)</source>
        <translation>%1: verhoogt de schatting een beetje (minder dan 1 op 100)</translation>
    </message>
    <message>
        <source>%1: lowers the estimate by about %2 in 100</source>
        <translation>%1: verlaagt de schatting met ongeveer %2 op 100</translation>
    </message>
    <message>
        <source>%1: lowers the estimate a little (less than 1 in 100)</source>
        <translation>%1: verlaagt de schatting een beetje (minder dan 1 op 100)</translation>
    </message>
    <message>
        <source>Not recorded (recording it may change the estimate): %1</source>
        <translation>Niet vastgelegd (de schatting kan veranderen als dit wordt vastgelegd): %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Important data are not recorded: %1. Ask the citizen if you can.</source>
        <translation>Belangrijke gegevens zijn niet vastgelegd: %1. Vraag het de inwoner als dat kan.</translation>
    </message>
    <message>
        <source>The citizen&apos;s situation is unlike the cases the model learnt from (%1).</source>
        <translation>De situatie van de inwoner lijkt niet op de dossiers waarvan het model heeft geleerd (%1).</translation>
    </message>
    <message>
        <source>People in this situation almost always got a programme, so the model cannot compare with no programme.</source>
        <translation>Mensen in deze situatie kregen bijna altijd een traject, dus het model kan niet vergelijken met geen traject.</translation>
    </message>
    <message>
        <source>The model gave no reason.</source>
        <translation>Het model gaf geen reden.</translation>
    </message>
    <message>
        <source>No suggestion model is installed on this computer yet.</source>
        <translation>Er is nog geen suggestiemodel op deze computer geïnstalleerd.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer is older than one it had before, so it is not used.</source>
        <translation>Het suggestiemodel op deze computer is ouder dan een model dat er eerder was, dus het wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer failed its safety check, so it is not used.</source>
        <translation>Het suggestiemodel op deze computer is niet door de veiligheidscontrole gekomen en wordt dus niet gebruikt.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer was withdrawn by its publisher.</source>
        <translation>Het suggestiemodel op deze computer is door de uitgever ingetrokken.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer cannot be used.</source>
        <translation>Het suggestiemodel op deze computer kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer has not been shown to work on this municipality&apos;s own history, so it is not used.</source>
        <translation>Niet aangetoond is dat het suggestiemodel op deze computer werkt op de eigen gegevens van deze gemeente, dus het wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>There is no usable suggestion model on this computer.</source>
        <translation>Er is geen bruikbaar suggestiemodel op deze computer.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>at least %1 years of school</source>
        <translation>minstens %1 jaar onderwijs</translation>
    </message>
    <message>
        <source>education at least at ISCED level %1</source>
        <translation>opleiding minstens op ISCED-niveau %1</translation>
    </message>
    <message>
        <source>a health limitation no greater than: %1</source>
        <translation>een gezondheidsbeperking van hoogstens: %1</translation>
    </message>
    <message>
        <source>%1 at least %2 of 5</source>
        <translation>%1 minstens %2 van 5</translation>
    </message>
    <message>
        <source>%1 at least at level %2</source>
        <translation>%1 minstens op niveau %2</translation>
    </message>
    <message>
        <source>a rule this version cannot check (%1)</source>
        <translation>een regel die deze versie niet kan controleren (%1)</translation>
    </message>
    <message>
        <source>%1 (recorded: %2)</source>
        <translation>%1 (vastgelegd: %2)</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>geslacht</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>herkomst</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>leeftijdsgroep</translation>
    </message>
    <message>
        <source>women</source>
        <translation>vrouwen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>mannen</translation>
    </message>
    <message>
        <source>gender not given</source>
        <translation>geslacht niet opgegeven</translation>
    </message>
    <message>
        <source>born abroad</source>
        <translation>in het buitenland geboren</translation>
    </message>
    <message>
        <source>born in the country</source>
        <translation>in het land geboren</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>jonger dan 30</translation>
    </message>
    <message>
        <source>30 to 49</source>
        <translation>30 tot 49</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 en ouder</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>geen suggestie</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>geen traject</translation>
    </message>
</context>
</TS>
