<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AlternativeModel</name>
    <message>
        <source>%1 teaches: %2</source>
        <translation>%1 underviser i: %2</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Erhverv</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Til fælles</translation>
    </message>
    <message>
        <source>Skills to learn</source>
        <translation>Kompetencer at lære</translation>
    </message>
    <message>
        <source>Courses that teach them</source>
        <translation>Kurser der lærer dem</translation>
    </message>
    <message>
        <source>Not taught by any course</source>
        <translation>Ikke dækket af et kursus</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>Assign caseworkers</source>
        <translation>Tildel sagsbehandlere</translation>
    </message>
    <message>
        <source>Citizens no caseworker holds, each with a proposed caseworker and why. Accept the proposal or choose another caseworker; every choice is recorded in the audit log. Gender and origin are never used.</source>
        <translation>Borgere uden sagsbehandler, hver med en foreslået sagsbehandler og begrundelsen. Godkend forslaget eller vælg en anden sagsbehandler; hvert valg registreres i auditloggen. Køn og oprindelse bruges aldrig.</translation>
    </message>
    <message>
        <source>Weigh caseworkers&apos; own effect (team leads only)</source>
        <translation>Medtag sagsbehandlernes egen effekt (kun teamledere)</translation>
    </message>
    <message>
        <source>Off by default. An estimate of how much more often a caseworker&apos;s citizens find work than expected, shrunk towards the average, shown with its range and only where it rests on at least 100 cases.</source>
        <translation>Slået fra som standard. Et skøn over, hvor meget oftere en sagsbehandlers borgere kommer i job end forventet, trukket mod gennemsnittet, vist med sit interval og kun hvor det bygger på mindst 100 sager.</translation>
    </message>
    <message>
        <source>Citizens without a caseworker</source>
        <translation>Borgere uden sagsbehandler</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>&amp;Tildel til:</translation>
    </message>
    <message>
        <source>Caseworker to assign</source>
        <translation>Sagsbehandler, der skal tildeles</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>&amp;Godkend forslaget</translation>
    </message>
    <message>
        <source>Assign to &amp;chosen caseworker</source>
        <translation>Tildel den &amp;valgte sagsbehandler</translation>
    </message>
    <message>
        <source>Proposing caseworkers…</source>
        <translation>Foreslår sagsbehandlere…</translation>
    </message>
    <message>
        <source>%1 (%2): caseload %3 of %4</source>
        <translation>%1 (%2): sagsstamme %3 af %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) without a caseworker.</source>
        <translation>
            <numerusform>%Ln borger uden sagsbehandler.</numerusform>
            <numerusform>%Ln borgere uden sagsbehandler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln.</source>
        <translation>
            <numerusform>Viser den første.</numerusform>
            <numerusform>Viser de første %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case data has no caseworker roster (contract 1.1).</source>
        <translation>Sagsdataene har ingen liste over sagsbehandlere (kontrakt 1.1).</translation>
    </message>
    <message>
        <source>Choose a citizen in the list.</source>
        <translation>Vælg en borger på listen.</translation>
    </message>
    <message>
        <source>%1 (%2), preferred language %3</source>
        <translation>%1 (%2), foretrukket sprog %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2)</source>
        <translation>Foreslået: %1 (%2)</translation>
    </message>
    <message>
        <source>Alternative %3: %1 (%2)</source>
        <translation>Alternativ %3: %1 (%2)</translation>
    </message>
    <message>
        <source>Current or last caseworker: %1 (no longer on the roster)</source>
        <translation>Nuværende eller seneste sagsbehandler: %1 (ikke længere på listen)</translation>
    </message>
    <message>
        <source>Current or last caseworker: %1 (%2)</source>
        <translation>Nuværende eller seneste sagsbehandler: %1 (%2)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Saving… (the case cache is busy with an import; the choice is kept and saved next)</source>
        <translation>Gemmer… (sagsdatabasen er optaget af en import; valget gemmes bagefter)</translation>
    </message>
    <message>
        <source>%1 assigned to %2: proposal accepted. Recorded in the audit log.</source>
        <translation>%1 tildelt %2: forslaget er godkendt. Registreret i auditloggen.</translation>
    </message>
    <message>
        <source>%1 assigned to %2, instead of the proposed %3. Recorded in the audit log.</source>
        <translation>%1 tildelt %2 i stedet for den foreslåede %3. Registreret i auditloggen.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Det lykkedes ikke: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance stability</source>
        <translation>Stabilt fremmøde</translation>
    </message>
    <message>
        <source>for a meeting on %1 (none is booked)</source>
        <translation>for en samtale den %1 (ingen er booket)</translation>
    </message>
    <message>
        <source>for the %2 on %1</source>
        <translation>for %2 den %1</translation>
    </message>
    <message>
        <source>Attended %1 of %2 recorded appointments (%3).</source>
        <translation>Mødt op til %1 af %2 registrerede aftaler (%3).</translation>
    </message>
    <message>
        <source>Risk of a missed appointment: %1 (about %2) %3</source>
        <translation>Risiko for udeblivelse: %1 (ca. %2) %3</translation>
    </message>
    <message>
        <source>Main reasons: %1</source>
        <translation>Vigtigste årsager: %1</translation>
    </message>
    <message>
        <source>No single factor stands out.</source>
        <translation>Ingen enkelt faktor skiller sig ud.</translation>
    </message>
    <message>
        <source>An estimate from past attendance of people in similar situations (model version %1). Use it to offer support such as a reminder, never as a verdict.</source>
        <translation>Et skøn ud fra tidligere fremmøde hos personer i lignende situationer (modelversion %1). Brug det til at tilbyde støtte, fx en påmindelse, aldrig som en dom.</translation>
    </message>
    <message>
        <source>No attendance model is installed, so no attendance band is shown.</source>
        <translation>Der er ingen fremmødemodel installeret, så der vises intet fremmødeniveau.</translation>
    </message>
    <message>
        <source>The attendance model was withdrawn: %1</source>
        <translation>Fremmødemodellen er trukket tilbage: %1</translation>
    </message>
    <message>
        <source>The attendance model cannot be used: %1</source>
        <translation>Fremmødemodellen kan ikke bruges: %1</translation>
    </message>
    <message>
        <source>The case is closed, so no attendance band is shown.</source>
        <translation>Sagen er afsluttet, så der vises intet fremmødeniveau.</translation>
    </message>
    <message>
        <source>No attendance band: the citizen objects to profiling (GDPR Art. 21).</source>
        <translation>Intet fremmødeniveau: borgeren har gjort indsigelse mod profilering (GDPR art. 21).</translation>
    </message>
    <message>
        <source>No attendance band is available.</source>
        <translation>Der er intet fremmødeniveau.</translation>
    </message>
</context>
<context>
    <name>BalanceTableModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Proposed a programme</source>
        <translation>Foreslået et tilbud</translation>
    </message>
    <message>
        <source>Extra in work per 100</source>
        <translation>Flere i job pr. 100</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>for få til at vise</translation>
    </message>
</context>
<context>
    <name>CaseOverview</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Languages and levels</source>
        <translation>Sprog og niveauer</translation>
    </message>
    <message>
        <source>Basic skills</source>
        <translation>Basale færdigheder</translation>
    </message>
    <message>
        <source>Previous jobs and skills</source>
        <translation>Tidligere job og kompetencer</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Datafuldstændighed</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Ingen sag valgt</translation>
    </message>
    <message>
        <source>Search for a case and select it in the list.</source>
        <translation>Søg efter en sag, og vælg den på listen.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sag %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>afsluttet %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (født %2)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln måned</numerusform>
            <numerusform>%Ln måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Ledig siden</translation>
    </message>
    <message>
        <source>Years of school attended</source>
        <translation>År i skole</translation>
    </message>
    <message>
        <source>Highest education (ISCED)</source>
        <translation>Højeste uddannelse (ISCED)</translation>
    </message>
    <message>
        <source>Health limitation</source>
        <translation>Helbredsbegrænsning</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Kørekort</translation>
    </message>
    <message>
        <source>Travel radius</source>
        <translation>Rejseafstand</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket sprog</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>delvis</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>betydelig</translation>
    </message>
    <message>
        <source>No language levels recorded</source>
        <translation>Ingen sprogniveauer registreret</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>niveau ukendt</translation>
    </message>
    <message>
        <source>native</source>
        <translation>modersmål</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Læsning</translation>
    </message>
    <message>
        <source>Numeracy</source>
        <translation>Regning</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitale færdigheder</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 af 5</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurderet</translation>
    </message>
    <message>
        <source>No previous jobs recorded</source>
        <translation>Ingen tidligere job registreret</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen titel)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded skill(s)</source>
        <translation>
            <numerusform>%Ln registreret kompetence</numerusform>
            <numerusform>%Ln registrerede kompetencer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 fields recorded</source>
        <translation>%1 af %2 felter registreret</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Intet mangler.</translation>
    </message>
    <message>
        <source>Missing — ask the citizen if you can:</source>
        <translation>Mangler — spørg borgeren, hvis du kan:</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Id</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Ledig siden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>This case is closed</source>
        <translation>Sagen er afsluttet</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overblik</translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation>&amp;Tilbud</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>Jour&amp;ney</source>
        <translation>Forl&amp;øb</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Afgørelse</translation>
    </message>
    <message>
        <source>E&amp;xplanation sheet</source>
        <translation>Fork&amp;laring</translation>
    </message>
    <message>
        <source>Case view</source>
        <translation>Sagsvisning</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <source>the case selected in the list is not the one shown. Select the case again and check the decision.</source>
        <translation>sagen, der er valgt på listen, er ikke den, der vises. Vælg sagen igen, og kontrollér afgørelsen.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Recorded as caseworker: %1</source>
        <translation>Registreres som sagsbehandler: %1</translation>
    </message>
    <message>
        <source>Record my own assessment before I see the suggestions</source>
        <translation>Notér min egen vurdering, før jeg ser forslagene</translation>
    </message>
    <message>
        <source>The citizen objects to profiling (GDPR Art. 21): no suggestions for this case</source>
        <translation>Borgeren gør indsigelse mod profilering (GDPR art. 21): ingen forslag i denne sag</translation>
    </message>
    <message>
        <source>&amp;Your own assessment:</source>
        <translation>&amp;Din egen vurdering:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme chosen:</source>
        <translation>Valgt t&amp;ilbud:</translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation>&amp;Begrundelseskode:</translation>
    </message>
    <message>
        <source>Reason in &amp;words:</source>
        <translation>Begrundelse i fritek&amp;st:</translation>
    </message>
    <message>
        <source>Job r&amp;eferrals (one per line):</source>
        <translation>Jobh&amp;envisninger (én pr. linje):</translation>
    </message>
    <message>
        <source>Note &amp;my assessment and show the suggestions</source>
        <translation>&amp;Gem min vurdering og vis forslagene</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Registrér afgørelse</translation>
    </message>
    <message>
        <source>The citizen&apos;s own wish</source>
        <translation>Borgerens eget ønske</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <source>No free place</source>
        <translation>Ingen ledig plads</translation>
    </message>
    <message>
        <source>I know more about the case</source>
        <translation>Jeg ved mere om sagen</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>En anden grund</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— vælg en begrundelse —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— vælg —</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Intet tilbud</translation>
    </message>
    <message>
        <source>Last decision recorded %1 by %2.</source>
        <translation>Seneste afgørelse registreret %1 af %2.</translation>
    </message>
    <message>
        <source>No suggestion is shown for this case.</source>
        <translation>Der vises intet forslag i denne sag.</translation>
    </message>
    <message>
        <source>Suggestions are hidden until you have noted your own assessment.</source>
        <translation>Forslagene er skjult, indtil du har noteret din egen vurdering.</translation>
    </message>
    <message>
        <source>No suggestion — use your judgement.</source>
        <translation>Intet forslag — brug din egen vurdering.</translation>
    </message>
    <message>
        <source>Top suggestion: %1</source>
        <translation>Bedste forslag: %1</translation>
    </message>
    <message>
        <source>Your choice differs from the top suggestion: please give a reason code and a short explanation.</source>
        <translation>Dit valg afviger fra det bedste forslag: angiv en begrundelseskode og en kort forklaring.</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>intet tilbud</translation>
    </message>
    <message>
        <source>Write your own assessment first.</source>
        <translation>Skriv først din egen vurdering.</translation>
    </message>
    <message>
        <source>Choose a programme, or &quot;No programme&quot;.</source>
        <translation>Vælg et tilbud eller &quot;Intet tilbud&quot;.</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Endnu ikke registreret.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrerer…</translation>
    </message>
    <message>
        <source>Saving… The case cache is busy (an import is running); your decision is kept and saved as soon as it is free.</source>
        <translation>Gemmer… Sagsdatabasen er optaget (en import er i gang); din afgørelse er ikke tabt og gemmes, så snart databasen er ledig.</translation>
    </message>
    <message>
        <source>Decision recorded (number %1).</source>
        <translation>Afgørelsen er registreret (nummer %1).</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Ikke registreret: %1</translation>
    </message>
</context>
<context>
    <name>FailureWords</name>
    <message>
        <source>the case cache is not open</source>
        <translation>sagsdatabasen er ikke åben</translation>
    </message>
    <message>
        <source>an unexpected error (the details are in the IT log)</source>
        <translation>en uventet fejl (detaljerne står i IT-loggen)</translation>
    </message>
    <message>
        <source>the disk holding the case cache %1 is full; free some space and try again</source>
        <translation>disken med sagsdatabasen %1 er fuld; frigør noget plads, og prøv igen</translation>
    </message>
    <message>
        <source>the case cache %1 cannot be written: the file or its folder is read-only. Ask IT to check the permissions of both</source>
        <translation>der kan ikke skrives i sagsdatabasen %1: filen eller dens mappe er skrivebeskyttet. Bed IT om at kontrollere rettighederne til begge</translation>
    </message>
    <message>
        <source>the case cache %1 cannot be opened: the file or its folder is not accessible; check that the folder exists and its permissions</source>
        <translation>sagsdatabasen %1 kan ikke åbnes: der er ikke adgang til filen eller dens mappe; kontrollér, at mappen findes, og rettighederne til den</translation>
    </message>
    <message>
        <source>the case cache %1 is busy: another Wayfinder program (an import?) is writing to it; try again when it has finished</source>
        <translation>sagsdatabasen %1 er optaget: et andet Wayfinder-program (en import?) skriver i den; prøv igen, når det er færdigt</translation>
    </message>
    <message>
        <source>the case cache %1 is damaged. Ask IT to restore it from backup or to import the latest bundle again</source>
        <translation>sagsdatabasen %1 er beskadiget. Bed IT om at gendanne den fra en sikkerhedskopi eller om at importere den seneste pakke igen</translation>
    </message>
    <message>
        <source>reading or writing the case cache %1 failed; the disk may be failing, full or removed: check it, then try again</source>
        <translation>læsning af eller skrivning i sagsdatabasen %1 mislykkedes; disken kan være defekt, fuld eller fjernet: kontrollér den, og prøv igen</translation>
    </message>
    <message>
        <source>the case cache %1 could not be used (the details are in the IT log)</source>
        <translation>sagsdatabasen %1 kunne ikke bruges (detaljerne står i IT-loggen)</translation>
    </message>
</context>
<context>
    <name>FeatureWords</name>
    <message>
        <source>age</source>
        <translation>alder</translation>
    </message>
    <message>
        <source>years in the country</source>
        <translation>år i landet</translation>
    </message>
    <message>
        <source>years of school</source>
        <translation>år i skole</translation>
    </message>
    <message>
        <source>highest education</source>
        <translation>højeste uddannelse</translation>
    </message>
    <message>
        <source>reading skills</source>
        <translation>læsefærdigheder</translation>
    </message>
    <message>
        <source>numeracy skills</source>
        <translation>regnefærdigheder</translation>
    </message>
    <message>
        <source>digital skills</source>
        <translation>digitale færdigheder</translation>
    </message>
    <message>
        <source>level in the local language</source>
        <translation>niveau i landets sprog</translation>
    </message>
    <message>
        <source>number of languages</source>
        <translation>antal sprog</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>kørekort</translation>
    </message>
    <message>
        <source>travel radius</source>
        <translation>rejseafstand</translation>
    </message>
    <message>
        <source>time unemployed</source>
        <translation>tid som ledig</translation>
    </message>
    <message>
        <source>time in work (last 2 years)</source>
        <translation>tid i arbejde (seneste 2 år)</translation>
    </message>
    <message>
        <source>time in subsidised work (last 2 years)</source>
        <translation>tid i job med løntilskud (seneste 2 år)</translation>
    </message>
    <message>
        <source>time in education (last 2 years)</source>
        <translation>tid i uddannelse (seneste 2 år)</translation>
    </message>
    <message>
        <source>time on sick leave (last 2 years)</source>
        <translation>tid som sygemeldt (seneste 2 år)</translation>
    </message>
    <message>
        <source>number of previous jobs</source>
        <translation>antal tidligere job</translation>
    </message>
    <message>
        <source>work experience</source>
        <translation>erhvervserfaring</translation>
    </message>
    <message>
        <source>time since the last job</source>
        <translation>tid siden sidste job</translation>
    </message>
    <message>
        <source>earlier decisions</source>
        <translation>tidligere afgørelser</translation>
    </message>
    <message>
        <source>earlier decisions for a programme</source>
        <translation>tidligere afgørelser om et tilbud</translation>
    </message>
    <message>
        <source>time since the last decision</source>
        <translation>tid siden sidste afgørelse</translation>
    </message>
    <message>
        <source>programmes dropped or not started</source>
        <translation>tilbud afbrudt eller ikke påbegyndt</translation>
    </message>
    <message>
        <source>attendance in earlier programmes</source>
        <translation>fremmøde i tidligere tilbud</translation>
    </message>
    <message>
        <source>appointments (last 12 months)</source>
        <translation>aftaler (seneste 12 måneder)</translation>
    </message>
    <message>
        <source>appointments attended (last 12 months)</source>
        <translation>fremmøde til aftaler (seneste 12 måneder)</translation>
    </message>
    <message>
        <source>health limitation</source>
        <translation>helbredsbegrænsning</translation>
    </message>
    <message>
        <source>motivation (caseworker&apos;s rating)</source>
        <translation>motivation (sagsbehandlerens vurdering)</translation>
    </message>
    <message>
        <source>children under 6</source>
        <translation>børn under 6 år</translation>
    </message>
    <message>
        <source>has a car</source>
        <translation>har bil</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>bolig</translation>
    </message>
    <message>
        <source>earlier programmes: %1</source>
        <translation>tidligere tilbud: %1</translation>
    </message>
    <message>
        <source>earlier decisions for %1</source>
        <translation>tidligere afgørelser om %1</translation>
    </message>
    <message>
        <source>benefit: %1</source>
        <translation>ydelse: %1</translation>
    </message>
    <message>
        <source>case data: %1</source>
        <translation>sagsoplysning: %1</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Year of birth</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Address or postcode</source>
        <translation>Adresse eller postnummer</translation>
    </message>
    <message>
        <source>Language levels</source>
        <translation>Sprogniveauer</translation>
    </message>
    <message>
        <source>Years of school attended</source>
        <translation>År i skole</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Højeste uddannelse</translation>
    </message>
    <message>
        <source>Reading skills assessment</source>
        <translation>Vurdering af læsefærdigheder</translation>
    </message>
    <message>
        <source>Numeracy assessment</source>
        <translation>Vurdering af regnefærdigheder</translation>
    </message>
    <message>
        <source>Digital skills assessment</source>
        <translation>Vurdering af digitale færdigheder</translation>
    </message>
    <message>
        <source>Health limitation</source>
        <translation>Helbredsbegrænsning</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Ledig siden</translation>
    </message>
    <message>
        <source>Previous jobs</source>
        <translation>Tidligere job</translation>
    </message>
    <message>
        <source>Recorded skills</source>
        <translation>Registrerede kompetencer</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Travel radius</source>
        <translation>Rejseafstand</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Kørekort</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket sprog</translation>
    </message>
    <message>
        <source>used for suggestions</source>
        <translation>bruges til forslag</translation>
    </message>
    <message>
        <source>used for job matching</source>
        <translation>bruges til jobmatch</translation>
    </message>
    <message>
        <source>used for suggestions and job matching</source>
        <translation>bruges til forslag og jobmatch</translation>
    </message>
    <message>
        <source>used for letters</source>
        <translation>bruges til breve</translation>
    </message>
</context>
<context>
    <name>InsightRateModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Followed %1 weeks</source>
        <translation>Fulgt i %1 uger</translation>
    </message>
    <message>
        <source>In work or education</source>
        <translation>I job eller uddannelse</translation>
    </message>
    <message>
        <source>Rate (95% interval)</source>
        <translation>Andel (95 %-interval)</translation>
    </message>
</context>
<context>
    <name>InsightWindow</name>
    <message>
        <source>Computing from every case in the cache…</source>
        <translation>Beregner ud fra alle sager i sagsdatabasen…</translation>
    </message>
    <message>
        <source>Insight: outcomes by factor</source>
        <translation>Indsigt: resultater efter faktor</translation>
    </message>
    <message>
        <source>Outcomes by factor</source>
        <translation>Resultater efter faktor</translation>
    </message>
    <message>
        <source>Associations, not effects — see the suggestions model for effects. Citizens in different groups differ in many other ways, and counts such as programmes taken or appointments attended build up over a longer journey.</source>
        <translation>Sammenhænge, ikke effekter — se forslagsmodellen for effekter. Borgere i forskellige grupper adskiller sig på mange andre måder, og tal som antal tilbud eller fremmøder vokser med et længere forløb.</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>In work or education within 26 weeks</source>
        <translation>I job eller uddannelse inden for 26 uger</translation>
    </message>
    <message>
        <source>Share in work or education over time (95% bands)</source>
        <translation>Andel i job eller uddannelse over tid (95 %-bånd)</translation>
    </message>
    <message>
        <source>Outcome rates by group</source>
        <translation>Resultatandele efter gruppe</translation>
    </message>
    <message>
        <source>Time-to-work curves by group</source>
        <translation>Kurver for tid til job efter gruppe</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Tallene kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>%1 citizens with a known start of unemployment.</source>
        <translation>%1 borgere med kendt start på ledigheden.</translation>
    </message>
    <message>
        <source>Years of school</source>
        <translation>År i skole</translation>
    </message>
    <message>
        <source>Basic skills (mean of 1–5 scores)</source>
        <translation>Basale færdigheder (gennemsnit af 1–5-scorer)</translation>
    </message>
    <message>
        <source>Host-language level</source>
        <translation>Niveau i dansk</translation>
    </message>
    <message>
        <source>Programmes taken</source>
        <translation>Antal tilbud</translation>
    </message>
    <message>
        <source>Appointments attended</source>
        <translation>Fremmøde til aftaler</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>under 10</source>
        <translation>under 10</translation>
    </message>
    <message>
        <source>13 or more</source>
        <translation>13 eller flere</translation>
    </message>
    <message>
        <source>low (under 2.5)</source>
        <translation>lav (under 2,5)</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>high (3.5 or more)</source>
        <translation>høj (3,5 eller mere)</translation>
    </message>
    <message>
        <source>native</source>
        <translation>modersmål</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 eller flere</translation>
    </message>
    <message>
        <source>under 70%</source>
        <translation>under 70 %</translation>
    </message>
    <message>
        <source>90% or more</source>
        <translation>90 % eller mere</translation>
    </message>
</context>
<context>
    <name>JobMatchModel</name>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Also useful: %1</source>
        <translation>Også nyttigt: %1</translation>
    </message>
    <message>
        <source>Share of the vacancy&apos;s skills the citizen has: %1</source>
        <translation>Andel af stillingens kompetencer, som borgeren har: %1</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbejdsgiver</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Skills matched</source>
        <translation>Kompetencer der passer</translation>
    </message>
    <message>
        <source>Skills missing</source>
        <translation>Manglende kompetencer</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <source>Jobs</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Skill profile</source>
        <translation>Kompetenceprofil</translation>
    </message>
    <message>
        <source>&amp;Confirm skill</source>
        <translation>&amp;Bekræft kompetence</translation>
    </message>
    <message>
        <source>&amp;Remove skill</source>
        <translation>Fj&amp;ern kompetence</translation>
    </message>
    <message>
        <source>&amp;Undo choice</source>
        <translation>Fortr&amp;yd valg</translation>
    </message>
    <message>
        <source>&amp;Add a CV file...</source>
        <translation>T&amp;ilføj en CV-fil...</translation>
    </message>
    <message>
        <source>Vacancies that match</source>
        <translation>Stillinger der passer</translation>
    </message>
    <message>
        <source>Other occupations within reach</source>
        <translation>Andre erhverv inden for rækkevidde</translation>
    </message>
    <message>
        <source>Job matching is not available.</source>
        <translation>Jobmatch er ikke tilgængelig.</translation>
    </message>
    <message>
        <source>Job matching needs the list of occupations and skills, which is not installed on this computer yet. Ask IT to install it.</source>
        <translation>Jobmatch kræver listen over erhverv og kompetencer, som endnu ikke er installeret på denne computer. Bed IT om at installere den.</translation>
    </message>
    <message>
        <source>The list of occupations and skills on this computer cannot be used. Ask IT: the reason is in the IT log.</source>
        <translation>Listen over erhverv og kompetencer på denne computer kan ikke bruges. Spørg IT: årsagen står i IT-loggen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read as a CV. Use a text, Word (.docx) or PDF file that opens on this computer.</source>
        <translation>Filen %1 kunne ikke læses som et CV. Brug en tekst-, Word- (.docx) eller PDF-fil, der kan åbnes på denne computer.</translation>
    </message>
    <message>
        <source>That did not work. The details are in the IT log.</source>
        <translation>Det lykkedes ikke. Detaljerne står i IT-loggen.</translation>
    </message>
    <message>
        <source>CV files added: %1</source>
        <translation>Tilføjede CV-filer: %1</translation>
    </message>
    <message>
        <source>%1 of %2 vacancies shown.</source>
        <translation>%1 af %2 stillinger vist.</translation>
    </message>
    <message>
        <source>Within %1 km of home.</source>
        <translation>Inden for %1 km fra hjemmet.</translation>
    </message>
    <message>
        <source>No travel radius is recorded: vacancies at any distance.</source>
        <translation>Der er ikke registreret en rejseafstand: stillinger uanset afstand.</translation>
    </message>
    <message>
        <source>Home address unknown: distances cannot be shown.</source>
        <translation>Bopæl ukendt: afstande kan ikke vises.</translation>
    </message>
    <message>
        <source>Job titles also matched with the sentence encoder %1.</source>
        <translation>Jobtitler også matchet med sætningsmodellen %1.</translation>
    </message>
    <message>
        <source>Add a CV file</source>
        <translation>Tilføj en CV-fil</translation>
    </message>
    <message>
        <source>CV files (*.txt *.docx *.pdf)</source>
        <translation>CV-filer (*.txt *.docx *.pdf)</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <source>decision without a programme</source>
        <translation>afgørelse uden tilbud</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Show the timeline as a list</source>
        <translation>Vis tidslinjen som en liste</translation>
    </message>
    <message>
        <source>Journey timeline as a list</source>
        <translation>Forløbets tidslinje som liste</translation>
    </message>
    <message>
        <source>Open a case to see the citizen&apos;s journey.</source>
        <translation>Åbn en sag for at se borgerens forløb.</translation>
    </message>
    <message>
        <source>The journey could not be prepared for this case.</source>
        <translation>Forløbet kunne ikke klargøres for denne sag.</translation>
    </message>
    <message>
        <source>No programmes, appointments or outcomes are recorded.</source>
        <translation>Der er ikke registreret tilbud, aftaler eller resultater.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 · Programmes: %3 · Appointments: %4 · Periods without activity: %5 (%Ln day(s) in all)</source>
        <translation>
            <numerusform>Fra %1 til %2 · Tilbud: %3 · Aftaler: %4 · Perioder uden aktivitet: %5 (i alt %Ln dag)</numerusform>
            <numerusform>Fra %1 til %2 · Tilbud: %3 · Aftaler: %4 · Perioder uden aktivitet: %5 (i alt %Ln dage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyWords</name>
    <message>
        <source>employed</source>
        <translation>i job</translation>
    </message>
    <message>
        <source>employed (subsidised)</source>
        <translation>i job (med løntilskud)</translation>
    </message>
    <message>
        <source>education</source>
        <translation>uddannelse</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>syg</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <source>job search training</source>
        <translation>jobsøgningskursus</translation>
    </message>
    <message>
        <source>vocational course</source>
        <translation>erhvervsrettet kursus (fx AMU)</translation>
    </message>
    <message>
        <source>language course</source>
        <translation>sprogkursus</translation>
    </message>
    <message>
        <source>basic skills course</source>
        <translation>kursus i basale færdigheder</translation>
    </message>
    <message>
        <source>work trial</source>
        <translation>virksomhedspraktik</translation>
    </message>
    <message>
        <source>wage subsidy</source>
        <translation>løntilskud</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>health support</source>
        <translation>sundhedsfaglig støtte</translation>
    </message>
    <message>
        <source>active</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>afbrudt</translation>
    </message>
    <message>
        <source>did not start</source>
        <translation>startede ikke</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>samtale</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opfølgning</translation>
    </message>
    <message>
        <source>course session</source>
        <translation>kursusgang</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>aftale</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Perioder uden aktivitet</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <source>age</source>
        <translation>alder</translation>
    </message>
    <message>
        <source>time unemployed</source>
        <translation>ledighedens varighed</translation>
    </message>
    <message>
        <source>number of earlier appointments</source>
        <translation>antal tidligere aftaler</translation>
    </message>
    <message>
        <source>earlier missed appointments</source>
        <translation>tidligere udeblivelser</translation>
    </message>
    <message>
        <source>distance to the appointment</source>
        <translation>afstand til aftalen</translation>
    </message>
    <message>
        <source>host-language level</source>
        <translation>niveau i dansk</translation>
    </message>
    <message>
        <source>partial health limitation</source>
        <translation>delvis helbredsbegrænsning</translation>
    </message>
    <message>
        <source>significant health limitation</source>
        <translation>betydelig helbredsbegrænsning</translation>
    </message>
    <message>
        <source>appointment type: %1</source>
        <translation>aftaletype: %1</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Wayfinder — DEMO build</source>
        <translation>Wayfinder — DEMO-udgave</translation>
    </message>
    <message>
        <source>Wayfinder</source>
        <translation>Wayfinder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Open case cache…</source>
        <translation>Å&amp;bn sagsdatabase…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Find sag</translation>
    </message>
    <message>
        <source>Go to case &amp;list</source>
        <translation>Gå til sags&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Mødevisning</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Mørkt t&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Oversight: acceptance of suggestions…</source>
        <translation>&amp;Tilsyn: accept af forslag…</translation>
    </message>
    <message>
        <source>&amp;Insight: outcomes by factor…</source>
        <translation>&amp;Indsigt: resultater efter faktor…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>About the suggestion &amp;model…</source>
        <translation>Om forslags&amp;modellen…</translation>
    </message>
    <message>
        <source>Check for model &amp;updates…</source>
        <translation>Søg efter model&amp;opdateringer…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>The case cache could not be opened, so no cases can be shown. Ask IT to import the latest bundle, or open another cache with File › Open case cache.</source>
        <translation>Sagsdatabasen kunne ikke åbnes, så der kan ikke vises sager. Bed IT om at importere den seneste pakke, eller åbn en anden database med Filer › Åbn sagsdatabase.</translation>
    </message>
    <message>
        <source>No case cache</source>
        <translation>Ingen sagsdatabase</translation>
    </message>
    <message>
        <source>The case cache is damaged: what is shown may be incomplete, and saving may fail. Ask IT to restore it from a backup or to re-import the latest bundle.</source>
        <translation>Sagsdatabasen er beskadiget: det viste kan være ufuldstændigt, og det kan mislykkes at gemme. Bed IT om at gendanne den fra en sikkerhedskopi eller importere den seneste pakke igen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln sag</numerusform>
            <numerusform>%Ln sager</numerusform>
        </translation>
    </message>
    <message>
        <source>Case cache: %1 · %2</source>
        <translation>Sagsdatabase: %1 · %2</translation>
    </message>
    <message>
        <source>Opening the case cache…</source>
        <translation>Åbner sagsdatabasen…</translation>
    </message>
    <message>
        <source>First 200 matches — type more to narrow down</source>
        <translation>De første 200 resultater — skriv mere for at indsnævre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln resultat</numerusform>
            <numerusform>%Ln resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>Open case cache</source>
        <translation>Åbn sagsdatabase</translation>
    </message>
    <message>
        <source>Case cache (*.sqlite *.db);;All files (*)</source>
        <translation>Sagsdatabase (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the IT log.</source>
        <translation>Noget gik galt. Detaljerne står i IT-loggen.</translation>
    </message>
    <message>
        <source>Preparing suggestions, jobs and journeys in the background (%1 of %2)…</source>
        <translation>Forbereder forslag, job og forløb i baggrunden (%1 af %2)…</translation>
    </message>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;Teamleder</translation>
    </message>
    <message>
        <source>&amp;Planning of places…</source>
        <translation>&amp;Planlægning af pladser…</translation>
    </message>
    <message>
        <source>&amp;Assign caseworkers…</source>
        <translation>&amp;Tildel sagsbehandlere…</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <source>Checking the installed model…</source>
        <translation>Kontrollerer den installerede model…</translation>
    </message>
    <message>
        <source>The installed model could not be read: %1</source>
        <translation>Den installerede model kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Suggestion model</source>
        <translation>Forslagsmodel</translation>
    </message>
    <message>
        <source>The model behind the suggestions</source>
        <translation>Modellen bag forslagene</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Trained on data from:</source>
        <translation>Trænet på data fra:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Signeret:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signeringsnøgle:</translation>
    </message>
    <message>
        <source>Verified on this computer:</source>
        <translation>Verificeret på denne computer:</translation>
    </message>
    <message>
        <source>Last successful update check:</source>
        <translation>Seneste vellykkede opdateringstjek:</translation>
    </message>
    <message>
        <source>From the model card:</source>
        <translation>Fra modelkortet:</translation>
    </message>
    <message>
        <source>Model card summary</source>
        <translation>Resumé af modelkortet</translation>
    </message>
    <message>
        <source>Check for &amp;updates</source>
        <translation>Søg efter &amp;opdateringer</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Søg efter opdateringer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>%1 The app shows no suggestions; the rest of Wayfinder works as usual. IT finds the reason in the IT log.</source>
        <translation>%1 Programmet viser ingen forslag; resten af Wayfinder virker som normalt. IT kan finde årsagen i IT-loggen.</translation>
    </message>
    <message>
        <source>It gave no suggestion (abstained) for %1 of test decisions.</source>
        <translation>Den gav intet forslag (afstod) ved %1 af testafgørelserne.</translation>
    </message>
    <message>
        <source>No update was installed; the current model stays in use. The reason is in the IT log.</source>
        <translation>Der blev ikke installeret nogen opdatering; den nuværende model bruges fortsat. Årsagen står i IT-loggen.</translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation>Udgivet af:</translation>
    </message>
    <message>
        <source>a shared model (the national or regional publisher)</source>
        <translation>en fælles model (den nationale eller regionale udgiver)</translation>
    </message>
    <message>
        <source>%1 (this municipality&apos;s or region&apos;s own publisher)</source>
        <translation>%1 (kommunens eller regionens egen udgiver)</translation>
    </message>
    <message>
        <source>IT pinned this version on this computer: %1</source>
        <translation>IT har fastlåst denne version på denne computer: %1</translation>
    </message>
    <message>
        <source>IT withdrew this model on this computer, so the app shows no suggestions: %1</source>
        <translation>IT har trukket denne model tilbage på denne computer, så appen viser ingen forslag: %1</translation>
    </message>
    <message>
        <source>IT chose another model version for this computer, which is not installed yet, so the app shows no suggestions: %1</source>
        <translation>IT har valgt en anden modelversion til denne computer, som endnu ikke er installeret, så appen viser ingen forslag: %1</translation>
    </message>
    <message>
        <source>This model was withdrawn, so the app shows no suggestions: %1</source>
        <translation>Denne model er trukket tilbage, så appen viser ingen forslag: %1</translation>
    </message>
    <message>
        <source>The model&apos;s signature was verified, but its suggestions are not shown: it has not been shown to work on this municipality&apos;s own history (see below).</source>
        <translation>Modellens signatur er verificeret, men dens forslag vises ikke: det er ikke påvist, at den virker på kommunens egne data (se nedenfor).</translation>
    </message>
    <message>
        <source>The model&apos;s signature was verified; its suggestions are shown.</source>
        <translation>Modellens signatur er verificeret; dens forslag vises.</translation>
    </message>
    <message>
        <source>This model has not been checked on this municipality&apos;s own history yet (IT: &apos;wayfinder-admin models check-local&apos;).</source>
        <translation>Modellen er endnu ikke kontrolleret på kommunens egne data (IT: &apos;wayfinder-admin models check-local&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: shown to work here.</source>
        <translation>
            <numerusform>Kontrolleret på %Ln borger i kommunen den %1: påvist at virke her.</numerusform>
            <numerusform>Kontrolleret på %Ln borgere i kommunen den %1: påvist at virke her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: not shown to work here.</source>
        <translation>
            <numerusform>Kontrolleret på %Ln borger i kommunen den %1: ikke påvist at virke her.</numerusform>
            <numerusform>Kontrolleret på %Ln borgere i kommunen den %1: ikke påvist at virke her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: too little local history to tell whether it works here.</source>
        <translation>
            <numerusform>Kontrolleret på %Ln borger i kommunen den %1: for få lokale data til at afgøre, om den virker her.</numerusform>
            <numerusform>Kontrolleret på %Ln borgere i kommunen den %1: for få lokale data til at afgøre, om den virker her.</numerusform>
        </translation>
    </message>
    <message>
        <source>IT has allowed its suggestions anyway; this is recorded in the audit log.</source>
        <translation>IT har alligevel tilladt dens forslag; det er registreret i auditloggen.</translation>
    </message>
    <message>
        <source>Its suggestions are not shown until a check shows that it works here, or IT allows it.</source>
        <translation>Dens forslag vises ikke, før en kontrol viser, at den virker her, eller IT tillader det.</translation>
    </message>
    <message>
        <source>DEMO build: this copy of Wayfinder trusts the public demo keys, so its model is not protected by your organisation&apos;s signature. Use it to try the program, not for real cases.</source>
        <translation>DEMO-udgave: denne kopi af Wayfinder stoler på de offentlige demonøgler, så dens model er ikke beskyttet af jeres organisations signatur. Brug den til at prøve programmet, ikke til rigtige sager.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (for %Ln dag siden)</numerusform>
            <numerusform>%1 (for %Ln dage siden)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has never reached the update folder, so it would not know if this model had been withdrawn. Suggestions keep working; please tell IT.</source>
        <translation>Denne computer har aldrig nået opdateringsmappen, så den ville ikke vide det, hvis modellen var blevet trukket tilbage. Forslagene virker stadig; giv venligst IT besked.</translation>
    </message>
    <message numerus="yes">
        <source>This computer has not reached the update folder for %Ln day(s), so it would not know if this model had been withdrawn.</source>
        <translation>
            <numerusform>Denne computer har ikke nået opdateringsmappen i %Ln dag, så den ville ikke vide det, hvis modellen var blevet trukket tilbage.</numerusform>
            <numerusform>Denne computer har ikke nået opdateringsmappen i %Ln dage, så den ville ikke vide det, hvis modellen var blevet trukket tilbage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IT allows %Ln day(s).</source>
        <translation>
            <numerusform>IT tillader %Ln dag.</numerusform>
            <numerusform>IT tillader %Ln dage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions keep working; please tell IT.</source>
        <translation>Forslagene virker stadig; giv venligst IT besked.</translation>
    </message>
    <message>
        <source>Trained on %1 citizens of %2 (%3 more kept aside to test it).</source>
        <translation>Trænet på %1 borgere i %2 (yderligere %3 holdt til side til test).</translation>
    </message>
    <message>
        <source>Protected attributes used as inputs: %1</source>
        <translation>Beskyttede oplysninger brugt som input: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Following the suggestions did better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3).</source>
        <translation>At følge forslagene gav bedre resultater end at give alle det bedste tilbud: %1 ud af 100 (95 %-interval %2 til %3).</translation>
    </message>
    <message>
        <source>Following the suggestions did NOT do clearly better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3). Weigh them with care.</source>
        <translation>At følge forslagene gav IKKE tydeligt bedre resultater end at give alle det bedste tilbud: %1 ud af 100 (95 %-interval %2 til %3). Vej dem med omtanke.</translation>
    </message>
    <message>
        <source>Fairness audit: not in this model card.</source>
        <translation>Fairness-gennemgang: findes ikke i dette modelkort.</translation>
    </message>
    <message>
        <source>Fairness audit (test data, by group):</source>
        <translation>Fairness-gennemgang (testdata, pr. gruppe):</translation>
    </message>
    <message>
        <source>• %1: suggestion rates differ most for %2, by %3 percentage points between groups.</source>
        <translation>• %1: andelen forslag varierer mest for %2, med %3 procentpoint mellem grupperne.</translation>
    </message>
    <message>
        <source>  Predicted and observed outcomes differ beyond chance for: %1</source>
        <translation>  Forventede og faktiske resultater afviger mere end tilfældigt for: %1</translation>
    </message>
    <message>
        <source>  Too small to judge: %1</source>
        <translation>  For små til at vurdere: %1</translation>
    </message>
    <message>
        <source>Strongest stand-ins for origin among the inputs: %1</source>
        <translation>Input, der stærkest afspejler oprindelse: %1</translation>
    </message>
    <message>
        <source>Looking for a newer model…</source>
        <translation>Søger efter en nyere model…</translation>
    </message>
    <message>
        <source>No update folder is configured on this computer; IT installs new models.</source>
        <translation>Der er ikke sat en opdateringsmappe op på denne computer; IT installerer nye modeller.</translation>
    </message>
    <message>
        <source>Model version %1 was verified and installed; it is used from the next start of Wayfinder.</source>
        <translation>Modelversion %1 er verificeret og installeret; den bruges fra næste start af Wayfinder.</translation>
    </message>
    <message>
        <source>The installed model was withdrawn by its publisher: %1</source>
        <translation>Den installerede model er trukket tilbage af udgiveren: %1</translation>
    </message>
    <message>
        <source>The installed model is the newest one.</source>
        <translation>Den installerede model er den nyeste.</translation>
    </message>
    <message>
        <source>No model is available in the update folder.</source>
        <translation>Der er ingen model i opdateringsmappen.</translation>
    </message>
</context>
<context>
    <name>OversightDialog</name>
    <message>
        <source>Oversight: acceptance of suggestions</source>
        <translation>Tilsyn: accept af forslag</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s)</source>
        <translation>
            <numerusform>Sidste %Ln dag</numerusform>
            <numerusform>Sidste %Ln dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Counts only decisions where a suggestion was shown. Overriding is normal and healthy: the caseworker knows things the model does not.</source>
        <translation>Tæller kun afgørelser, hvor et forslag blev vist. At fravige er normalt og sundt: sagsbehandleren ved ting, som modellen ikke ved.</translation>
    </message>
    <message>
        <source>Acceptance and override rates</source>
        <translation>Andel accepterede og fravigede forslag</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The figures could not be computed. The reason is in the IT log.</source>
        <translation>Tallene kunne ikke beregnes. Årsagen står i IT-loggen.</translation>
    </message>
    <message>
        <source>all caseworkers together</source>
        <translation>alle sagsbehandlere samlet</translation>
    </message>
    <message>
        <source>Warning: more than 95% of suggestions were accepted in this period by: %1. Check that each decision is the caseworker&apos;s own (possible rubber-stamping).</source>
        <translation>Advarsel: mere end 95 % af forslagene blev accepteret i perioden af: %1. Tjek, at hver afgørelse er sagsbehandlerens egen (mulig blåstempling).</translation>
    </message>
</context>
<context>
    <name>OversightTableModel</name>
    <message>
        <source>All caseworkers</source>
        <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
        <source>Over 95% accepted: check</source>
        <translation>Over 95 % accepteret: tjek</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <source>With a suggestion</source>
        <translation>Med et forslag</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Fraveget</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
</context>
<context>
    <name>PlanningPanel</name>
    <message>
        <source>Programme places: planning</source>
        <translation>Pladser på tilbud: planlægning</translation>
    </message>
    <message>
        <source>Places per programme</source>
        <translation>Pladser pr. tilbud</translation>
    </message>
    <message>
        <source>Balance across groups</source>
        <translation>Balance mellem grupper</translation>
    </message>
    <message>
        <source>Balance across groups (audit only: gender, origin and age are never inputs to the plan)</source>
        <translation>Balance mellem grupper (kun til kontrol: køn, oprindelse og alder indgår aldrig i planen)</translation>
    </message>
    <message>
        <source>Proposed: the places the plan would use for the expected caseload of the period. Price per place: how many more people in 100 would be in work or education if the programme had one more place (0: places are not scarce). Ranges add up each citizen&apos;s 90% range. Groups under 10 citizens show no figures.</source>
        <translation>Foreslået: de pladser, planen ville bruge til periodens forventede borgere. Pris pr. plads: hvor mange flere ud af 100 der ville komme i job eller uddannelse, hvis tilbuddet havde én plads mere (0: pladserne er ikke knappe). Intervallerne lægger hver borgers 90 %-interval sammen. Grupper under 10 borgere vises uden tal.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportér &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Reading the places…</source>
        <translation>Læser pladserne…</translation>
    </message>
    <message>
        <source>Planning period %1 to %2</source>
        <translation>Planperiode %1 til %2</translation>
    </message>
    <message>
        <source>No plan computed yet: places are shown, proposals are not. Recompute the plan below; it is also computed on every import when a model is installed.</source>
        <translation>Ingen plan beregnet endnu: pladserne vises, forslagene ikke. Genberegn planen nedenfor; den beregnes også ved hver import, når en model er installeret.</translation>
    </message>
    <message>
        <source>Bookings or intakes changed since: the proposed places are older than the places shown. Recompute the plan to update them.</source>
        <translation>Bookinger eller optag er ændret siden: de foreslåede pladser er ældre end de viste pladser. Genberegn planen for at opdatere dem.</translation>
    </message>
    <message numerus="yes">
        <source>Plan computed %1 with model %2 over an expected caseload of %Ln citizen(s).</source>
        <translation>
            <numerusform>Plan beregnet %1 med model %2 for en forventet sagsstamme på %Ln borger.</numerusform>
            <numerusform>Plan beregnet %1 med model %2 for en forventet sagsstamme på %Ln borgere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected extra people in work or education from the proposed places: %1 (range %2 to %3).</source>
        <translation>Forventet flere i job eller uddannelse med de foreslåede pladser: %1 (interval %2 til %3).</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export the planning figures</source>
        <translation>Eksportér planlægningstallene</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>The planning figures could not be read or saved: %1</source>
        <translation>Planlægningstallene kunne ikke læses eller gemmes: %1</translation>
    </message>
</context>
<context>
    <name>PlanningTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Next intakes (places left)</source>
        <translation>Næste optag (ledige pladser)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ledige</translation>
    </message>
    <message>
        <source>Price per place</source>
        <translation>Pris pr. plads</translation>
    </message>
    <message>
        <source>Expected extra in work (range)</source>
        <translation>Forventet flere i job (interval)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>ikke begrænset</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 til %3)</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Uger</translation>
    </message>
    <message>
        <source>Waiting (weeks)</source>
        <translation>Ventetid (uger)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>Suggestions for this citizen</source>
        <translation>Forslag til denne borger</translation>
    </message>
    <message>
        <source>Open a case to see suggestions.</source>
        <translation>Åbn en sag for at se forslag.</translation>
    </message>
    <message>
        <source>No suggestions: the citizen objected to profiling (GDPR Art. 21). Choose from the programmes below as you normally would.</source>
        <translation>Ingen forslag: borgeren har gjort indsigelse mod profilering (GDPR art. 21). Vælg blandt tilbuddene nedenfor, som du plejer.</translation>
    </message>
    <message>
        <source>No suggestions are shown. %1 Choose from the programmes below as you normally would; IT can tell you more.</source>
        <translation>Der vises ingen forslag. %1 Vælg blandt tilbuddene nedenfor, som du plejer; IT kan fortælle mere.</translation>
    </message>
    <message>
        <source>Suggestions are hidden until you have noted your own assessment in the Decision tab.</source>
        <translation>Forslagene er skjult, indtil du har noteret din egen vurdering under fanen Afgørelse.</translation>
    </message>
    <message>
        <source>No suggestion — use your judgement.</source>
        <translation>Intet forslag — brug din egen vurdering.</translation>
    </message>
    <message>
        <source>The model suggests no programme for now.</source>
        <translation>Modellen foreslår ikke noget tilbud lige nu.</translation>
    </message>
    <message>
        <source>These are estimates to weigh, not a decision. You decide.</source>
        <translation>Det er skøn, der skal vejes, ikke en afgørelse. Det er dig, der afgør.</translation>
    </message>
    <message>
        <source>The model card does not say whether personal suggestions beat offering everyone the same programme.</source>
        <translation>Modelkortet siger ikke, om personlige forslag er bedre end at give alle det samme tilbud.</translation>
    </message>
    <message>
        <source>In evaluation, following these suggestions did better than offering everyone the same programme (about %1 more in 100).</source>
        <translation>I evalueringen gik det bedre at følge forslagene end at give alle det samme tilbud (omkring %1 flere ud af 100).</translation>
    </message>
    <message>
        <source>In evaluation, these personal suggestions did not do clearly better than offering everyone %1. Treat the order as a hint.</source>
        <translation>I evalueringen var disse personlige forslag ikke tydeligt bedre end at give alle %1. Brug rækkefølgen som et fingerpeg.</translation>
    </message>
    <message>
        <source>the same programme</source>
        <translation>det samme tilbud</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>intet tilbud</translation>
    </message>
    <message>
        <source>Programmes offered</source>
        <translation>Tilbud i kommunen</translation>
    </message>
    <message>
        <source>Counting the places there are, the suggestion is %1 rather than %2.</source>
        <translation>Når de ledige pladser tælles med, er forslaget %1 frem for %2.</translation>
    </message>
</context>
<context>
    <name>ReplanControl</name>
    <message>
        <source>Recompute p&amp;lan</source>
        <translation>Genberegn p&amp;lan</translation>
    </message>
    <message>
        <source>Score the expected caseload with the installed model and allocate it within the free places again. Cases stay usable meanwhile; new prices apply to the next case opened.</source>
        <translation>Beregn den forventede sagsstamme med den installerede model, og fordel den igen inden for de ledige pladser. Sagerne kan bruges imens; nye priser gælder fra den næste sag, der åbnes.</translation>
    </message>
    <message>
        <source>Recomputing the plan: reading the caseload…</source>
        <translation>Genberegner planen: læser sagsstammen…</translation>
    </message>
    <message numerus="yes">
        <source>Recomputing the plan: %1 of %Ln citizen(s) scored…</source>
        <translation>
            <numerusform>Genberegner planen: %1 af %Ln borger beregnet…</numerusform>
            <numerusform>Genberegner planen: %1 af %Ln borgere beregnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recomputing the plan: allocating the places for %Ln citizen(s)…</source>
        <translation>
            <numerusform>Genberegner planen: fordeler pladserne for %Ln borger…</numerusform>
            <numerusform>Genberegner planen: fordeler pladserne for %Ln borgere…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan recomputed for %Ln citizen(s) in %1 s. New prices apply to the next case opened.</source>
        <translation>
            <numerusform>Planen er genberegnet for %Ln borger på %1 s. Nye priser gælder fra den næste sag, der åbnes.</numerusform>
            <numerusform>Planen er genberegnet for %Ln borgere på %1 s. Nye priser gælder fra den næste sag, der åbnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be recomputed: %1. The previous plan is kept.</source>
        <translation>Planen kunne ikke genberegnes: %1. Den tidligere plan bevares.</translation>
    </message>
    <message>
        <source>No programme has intakes in the case data, so there are no places to plan.</source>
        <translation>Intet tilbud har optag i sagsdataene, så der er ingen pladser at planlægge.</translation>
    </message>
    <message>
        <source>The installed model was withdrawn: no plan can be computed until IT installs a newer one. The previous plan is kept.</source>
        <translation>Den installerede model er trukket tilbage: der kan ikke beregnes en plan, før IT installerer en nyere. Den tidligere plan bevares.</translation>
    </message>
    <message>
        <source>No usable model is installed: no plan can be computed. Ask IT to install the model. The previous plan is kept.</source>
        <translation>Der er ingen brugbar model installeret: der kan ikke beregnes en plan. Bed IT om at installere modellen. Den tidligere plan bevares.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search by name, case id or CV text</source>
        <translation>Søg på navn, sagsnummer eller CV-tekst</translation>
    </message>
    <message>
        <source>Case search</source>
        <translation>Sagssøgning</translation>
    </message>
    <message>
        <source>Open cases only</source>
        <translation>Kun åbne sager</translation>
    </message>
    <message>
        <source>Unemployed 12 months or more</source>
        <translation>Ledig i 12 måneder eller mere</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket sprog</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Mindste alder</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Højeste alder</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle sprog</translation>
    </message>
</context>
<context>
    <name>SheetTab</name>
    <message>
        <source>Explanation sheet for the citizen</source>
        <translation>Forklaringsark til borgeren</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>Arkets &amp;sprog:</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>Arkets sprog</translation>
    </message>
    <message>
        <source>Preview of the explanation sheet</source>
        <translation>Forhåndsvisning af forklaringsarket</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportér PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Forbereder visningen…</translation>
    </message>
    <message>
        <source>Proposal: no decision is recorded yet.</source>
        <translation>Forslag: der er endnu ikke registreret en afgørelse.</translation>
    </message>
    <message>
        <source>The sheet cannot be made right now. The reason is in the IT log.</source>
        <translation>Arket kan ikke laves lige nu. Årsagen står i IT-loggen.</translation>
    </message>
    <message>
        <source>The PDF was not written. The reason is in the IT log.</source>
        <translation>PDF-filen blev ikke skrevet. Årsagen står i IT-loggen.</translation>
    </message>
    <message>
        <source>This translation has been checked by a translator.</source>
        <translation>Denne oversættelse er tjekket af en oversætter.</translation>
    </message>
    <message>
        <source>This translation has NOT been checked by a translator. Go through it with the citizen before handing it over.</source>
        <translation>Denne oversættelse er IKKE tjekket af en oversætter. Gennemgå den med borgeren, før du giver den videre.</translation>
    </message>
    <message>
        <source>Export explanation sheet</source>
        <translation>Eksportér forklaringsark</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF&apos;en…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2, %Ln page(s)).</source>
        <translation>
            <numerusform>Gemt %1 (%2, %Ln side).</numerusform>
            <numerusform>Gemt %1 (%2, %Ln sider).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarCitizensView</name>
    <message>
        <source>Citizens like this one</source>
        <translation>Borgere som denne</translation>
    </message>
    <message>
        <source>Not a recommendation. This describes what happened to similar citizens in the past; it is not a prediction for this citizen.</source>
        <translation>Ikke en anbefaling. Dette beskriver, hvad der skete for lignende borgere tidligere; det er ikke en forudsigelse for denne borger.</translation>
    </message>
    <message>
        <source>How they ended (latest situation):</source>
        <translation>Hvordan det endte (seneste situation):</translation>
    </message>
    <message>
        <source>The journeys they took:</source>
        <translation>De forløb, de havde:</translation>
    </message>
    <message>
        <source>How similar citizens ended</source>
        <translation>Hvordan det endte for lignende borgere</translation>
    </message>
    <message>
        <source>Journeys of similar citizens</source>
        <translation>Forløb for lignende borgere</translation>
    </message>
    <message>
        <source>Not shown: the citizen objects to profiling (GDPR Art. 21).</source>
        <translation>Vises ikke: borgeren har gjort indsigelse mod profilering (GDPR art. 21).</translation>
    </message>
    <message>
        <source>Too little is recorded to find similar citizens.</source>
        <translation>Der er registreret for lidt til at finde lignende borgere.</translation>
    </message>
    <message>
        <source>The %1 past citizens most similar in %2 (out of %3 compared).</source>
        <translation>De %1 tidligere borgere, der ligner mest, hvad angår %2 (ud af %3 sammenlignede).</translation>
    </message>
    <message>
        <source>age</source>
        <translation>alder</translation>
    </message>
    <message>
        <source>years of school</source>
        <translation>års skolegang</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>uddannelsesniveau</translation>
    </message>
    <message>
        <source>basic skills</source>
        <translation>basale færdigheder</translation>
    </message>
    <message>
        <source>host-language level</source>
        <translation>niveau i dansk</translation>
    </message>
    <message>
        <source>years in the country</source>
        <translation>år i landet</translation>
    </message>
</context>
<context>
    <name>SimilarVariantsModel</name>
    <message>
        <source>Journey</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>How they ended</source>
        <translation>Hvordan det endte</translation>
    </message>
</context>
<context>
    <name>SkillProfileModel</name>
    <message>
        <source>Previous job: %1 (essential skill)</source>
        <translation>Tidligere job: %1 (væsentlig kompetence)</translation>
    </message>
    <message>
        <source>Previous job: %1 (optional skill)</source>
        <translation>Tidligere job: %1 (valgfri kompetence)</translation>
    </message>
    <message>
        <source>Recorded in the case system</source>
        <translation>Registreret i sagssystemet</translation>
    </message>
    <message>
        <source>CV text: “%1”</source>
        <translation>CV-tekst: “%1”</translation>
    </message>
    <message>
        <source>Added CV file %1</source>
        <translation>Tilføjet CV-fil %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetence</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Hvor den kommer fra</translation>
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
        <translation>Bedste forslag: %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Opfylder ikke kravene: %1</translation>
    </message>
    <message>
        <source>Eligibility unknown — check: %1</source>
        <translation>Ukendt om borgeren opfylder kravene — tjek: %1</translation>
    </message>
    <message>
        <source>Effect of %1</source>
        <translation>Effekt af %1</translation>
    </message>
    <message>
        <source>Few comparable people received this programme; the estimate is uncertain.</source>
        <translation>Få sammenlignelige personer fik dette tilbud; skønnet er usikkert.</translation>
    </message>
    <message>
        <source>Main reasons:</source>
        <translation>Vigtigste grunde:</translation>
    </message>
    <message>
        <source>No place left in the planned intakes.</source>
        <translation>Ingen ledige pladser på de planlagte hold.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left in the planned intakes.</source>
        <translation>
            <numerusform>%Ln ledig plads på de planlagte hold.</numerusform>
            <numerusform>%Ln ledige pladser på de planlagte hold.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next start with a place: %1.</source>
        <translation>Næste holdstart med ledig plads: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) waiting for a place.</source>
        <translation>
            <numerusform>%Ln borger venter på en plads.</numerusform>
            <numerusform>%Ln borgere venter på en plads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>%1 weeks: %2</source>
        <translation>%1 uger: %2</translation>
    </message>
    <message>
        <source>weeks since becoming unemployed</source>
        <translation>uger siden ledighedens start</translation>
    </message>
</context>
<context>
    <name>TeamLeadWindow</name>
    <message>
        <source>Team lead: places and caseworkers</source>
        <translation>Teamleder: pladser og sagsbehandlere</translation>
    </message>
    <message>
        <source>&amp;Planning of places</source>
        <translation>&amp;Planlægning af pladser</translation>
    </message>
    <message>
        <source>&amp;Assign caseworkers</source>
        <translation>&amp;Tildel sagsbehandlere</translation>
    </message>
</context>
<context>
    <name>TeamLeadWords</name>
    <message>
        <source>young people</source>
        <translation>unge</translation>
    </message>
    <message>
        <source>newcomers</source>
        <translation>nyankomne</translation>
    </message>
    <message>
        <source>health limitations</source>
        <translation>helbredsbegrænsninger</translation>
    </message>
    <message>
        <source>long-term unemployment</source>
        <translation>langtidsledighed</translation>
    </message>
    <message>
        <source>employer contact</source>
        <translation>virksomhedskontakt</translation>
    </message>
    <message>
        <source>Speaks the citizen&apos;s preferred language, %1</source>
        <translation>Taler borgerens foretrukne sprog, %1</translation>
    </message>
    <message>
        <source>Shares a language the citizen speaks well, %1</source>
        <translation>Deler et sprog, borgeren taler godt, %1</translation>
    </message>
    <message>
        <source>No shared meeting language: an interpreter for %1</source>
        <translation>Intet fælles mødesprog: tolk til %1</translation>
    </message>
    <message>
        <source>No shared meeting language known</source>
        <translation>Intet kendt fælles mødesprog</translation>
    </message>
    <message>
        <source>Specialism that fits the citizen&apos;s situation: %1</source>
        <translation>Speciale, der passer til borgerens situation: %1</translation>
    </message>
    <message numerus="yes">
        <source>Caseload %1 of at most %Ln citizen(s)</source>
        <translation>
            <numerusform>Sagsstamme %1 af højst %Ln borger</numerusform>
            <numerusform>Sagsstamme %1 af højst %Ln borgere</numerusform>
        </translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>(fuld)</translation>
    </message>
    <message>
        <source>The citizen&apos;s current or last caseworker (continuity)</source>
        <translation>Borgerens nuværende eller seneste sagsbehandler (kontinuitet)</translation>
    </message>
    <message numerus="yes">
        <source>Own effect (team leads only): %1 in 100 (range %2 to %3), from %Ln case(s)</source>
        <translation>
            <numerusform>Egen effekt (kun teamledere): %1 ud af 100 (interval %2 til %3), ud fra %Ln sag</numerusform>
            <numerusform>Egen effekt (kun teamledere): %1 ud af 100 (interval %2 til %3), ud fra %Ln sager</numerusform>
        </translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Oprindelse</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>women</source>
        <translation>kvinder</translation>
    </message>
    <message>
        <source>men</source>
        <translation>mænd</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <source>born in the country</source>
        <translation>født i landet</translation>
    </message>
    <message>
        <source>born abroad</source>
        <translation>født i udlandet</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30</translation>
    </message>
    <message>
        <source>30 to 49</source>
        <translation>30 til 49</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 og derover</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>ongoing</source>
        <translation>igangværende</translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>fremmøde %1</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>mødt op</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>udeblevet</translation>
    </message>
    <message>
        <source>result not recorded</source>
        <translation>resultat ikke registreret</translation>
    </message>
    <message>
        <source>subsidised</source>
        <translation>med løntilskud</translation>
    </message>
    <message>
        <source>Journey timeline</source>
        <translation>Forløbets tidslinje</translation>
    </message>
    <message>
        <source>No journey is recorded for this citizen.</source>
        <translation>Der er ikke registreret noget forløb for denne borger.</translation>
    </message>
    <message>
        <source>From %1 to %2. %3. The list below the chart gives every item.</source>
        <translation>Fra %1 til %2. %3. Listen under diagrammet viser alle punkter.</translation>
    </message>
    <message>
        <source>No journey is recorded.</source>
        <translation>Der er ikke registreret noget forløb.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>gennemført</translation>
    </message>
    <message>
        <source>active</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>afbrudt</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>periode uden aktivitet</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no programme, work or education for %Ln day(s)</source>
        <translation>
            <numerusform>intet tilbud, job eller uddannelse i %Ln dag</numerusform>
            <numerusform>intet tilbud, job eller uddannelse i %Ln dage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingTableModel</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Proposed caseworker</source>
        <translation>Foreslået sagsbehandler</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>About %1 of 100 people like this citizen were in work or education within %Ln week(s) without a programme; with this programme about %2.</source>
        <translation>
            <numerusform>Omkring %1 ud af 100 personer som denne borger var i arbejde eller uddannelse inden for %Ln uge uden et tilbud; med dette tilbud omkring %2.</numerusform>
            <numerusform>Omkring %1 ud af 100 personer som denne borger var i arbejde eller uddannelse inden for %Ln uger uden et tilbud; med dette tilbud omkring %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertainty range (90%): between %1 and %2 of 100.</source>
        <translation>Usikkerhedsinterval (90 %): mellem %1 og %2 ud af 100.</translation>
    </message>
    <message>
        <source>Waiting time not known.</source>
        <translation>Ventetiden kendes ikke.</translation>
    </message>
    <message>
        <source>No waiting time.</source>
        <translation>Ingen ventetid.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting time: about %Ln week(s).</source>
        <translation>
            <numerusform>Ventetid: omkring %Ln uge.</numerusform>
            <numerusform>Ventetid: omkring %Ln uger.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: raises the estimate by about %2 in 100</source>
        <translation>%1: hæver skønnet med omkring %2 ud af 100</translation>
    </message>
    <message>
        <source>%1: raises the estimate a little (less than 1 in 100)</source>
        <translation>%1: hæver skønnet lidt (mindre end 1 ud af 100)</translation>
    </message>
    <message>
        <source>%1: lowers the estimate by about %2 in 100</source>
        <translation>%1: sænker skønnet med omkring %2 ud af 100</translation>
    </message>
    <message>
        <source>%1: lowers the estimate a little (less than 1 in 100)</source>
        <translation>%1: sænker skønnet lidt (mindre end 1 ud af 100)</translation>
    </message>
    <message>
        <source>Not recorded (recording it may change the estimate): %1</source>
        <translation>Ikke registreret (skønnet kan ændre sig, når det registreres): %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Important data are not recorded: %1. Ask the citizen if you can.</source>
        <translation>Vigtige oplysninger er ikke registreret: %1. Spørg borgeren, hvis du kan.</translation>
    </message>
    <message>
        <source>The citizen&apos;s situation is unlike the cases the model learnt from (%1).</source>
        <translation>Borgerens situation ligner ikke de sager, modellen har lært af (%1).</translation>
    </message>
    <message>
        <source>People in this situation almost always got a programme, so the model cannot compare with no programme.</source>
        <translation>Personer i denne situation fik næsten altid et tilbud, så modellen kan ikke sammenligne med intet tilbud.</translation>
    </message>
    <message>
        <source>The model gave no reason.</source>
        <translation>Modellen gav ingen begrundelse.</translation>
    </message>
    <message>
        <source>No suggestion model is installed on this computer yet.</source>
        <translation>Der er endnu ikke installeret en forslagsmodel på denne computer.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer is older than one it had before, so it is not used.</source>
        <translation>Forslagsmodellen på denne computer er ældre end en, den har haft før, så den bruges ikke.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer failed its safety check, so it is not used.</source>
        <translation>Forslagsmodellen på denne computer bestod ikke sikkerhedskontrollen, så den bruges ikke.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer was withdrawn by its publisher.</source>
        <translation>Forslagsmodellen på denne computer er trukket tilbage af udgiveren.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer cannot be used.</source>
        <translation>Forslagsmodellen på denne computer kan ikke bruges.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer has not been shown to work on this municipality&apos;s own history, so it is not used.</source>
        <translation>Det er ikke påvist, at forslagsmodellen på denne computer virker på kommunens egne data, så den bruges ikke.</translation>
    </message>
    <message>
        <source>There is no usable suggestion model on this computer.</source>
        <translation>Der er ingen brugbar forslagsmodel på denne computer.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>at least %1 years of school</source>
        <translation>mindst %1 års skolegang</translation>
    </message>
    <message>
        <source>education at least at ISCED level %1</source>
        <translation>uddannelse mindst på ISCED-niveau %1</translation>
    </message>
    <message>
        <source>a health limitation no greater than: %1</source>
        <translation>en helbredsbegrænsning, der højst er: %1</translation>
    </message>
    <message>
        <source>%1 at least %2 of 5</source>
        <translation>%1 mindst %2 ud af 5</translation>
    </message>
    <message>
        <source>%1 at least at level %2</source>
        <translation>%1 mindst på niveau %2</translation>
    </message>
    <message>
        <source>a rule this version cannot check (%1)</source>
        <translation>en regel, som denne version ikke kan kontrollere (%1)</translation>
    </message>
    <message>
        <source>%1 (recorded: %2)</source>
        <translation>%1 (registreret: %2)</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>køn</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>oprindelse</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>aldersgruppe</translation>
    </message>
    <message>
        <source>women</source>
        <translation>kvinder</translation>
    </message>
    <message>
        <source>men</source>
        <translation>mænd</translation>
    </message>
    <message>
        <source>gender not given</source>
        <translation>køn ikke oplyst</translation>
    </message>
    <message>
        <source>born abroad</source>
        <translation>født i udlandet</translation>
    </message>
    <message>
        <source>born in the country</source>
        <translation>født i landet</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30 år</translation>
    </message>
    <message>
        <source>30 to 49</source>
        <translation>30-49 år</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 år og derover</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>intet forslag</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>intet tilbud</translation>
    </message>
</context>
</TS>
