<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AlternativeModel</name>
    <message>
        <source>%1 teaches: %2</source>
        <translation>%1 lærer bort: %2</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>Til felles</translation>
    </message>
    <message>
        <source>Skills to learn</source>
        <translation>Ferdigheter å lære</translation>
    </message>
    <message>
        <source>Courses that teach them</source>
        <translation>Kurs som lærer dem bort</translation>
    </message>
    <message>
        <source>Not taught by any course</source>
        <translation>Ikke dekket av noe kurs</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>Assign caseworkers</source>
        <translation>Tildel veiledere</translation>
    </message>
    <message>
        <source>Citizens no caseworker holds, each with a proposed caseworker and why. Accept the proposal or choose another caseworker; every choice is recorded in the audit log. Gender and origin are never used.</source>
        <translation>Brukere uten veileder, hver med en foreslått veileder og begrunnelsen. Godta forslaget eller velg en annen veileder; hvert valg registreres i revisjonsloggen. Kjønn og opprinnelse brukes aldri.</translation>
    </message>
    <message>
        <source>Weigh caseworkers&apos; own effect (team leads only)</source>
        <translation>Ta med veiledernes egen effekt (kun teamledere)</translation>
    </message>
    <message>
        <source>Off by default. An estimate of how much more often a caseworker&apos;s citizens find work than expected, shrunk towards the average, shown with its range and only where it rests on at least 100 cases.</source>
        <translation>Slått av som standard. Et anslag over hvor mye oftere en veileders brukere kommer i arbeid enn forventet, trukket mot gjennomsnittet, vist med sitt intervall og bare der det bygger på minst 100 saker.</translation>
    </message>
    <message>
        <source>Citizens without a caseworker</source>
        <translation>Brukere uten veileder</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>&amp;Tildel til:</translation>
    </message>
    <message>
        <source>Caseworker to assign</source>
        <translation>Veileder som skal tildeles</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>&amp;Godta forslaget</translation>
    </message>
    <message>
        <source>Assign to &amp;chosen caseworker</source>
        <translation>Tildel &amp;valgt veileder</translation>
    </message>
    <message>
        <source>Proposing caseworkers…</source>
        <translation>Foreslår veiledere…</translation>
    </message>
    <message>
        <source>%1 (%2): caseload %3 of %4</source>
        <translation>%1 (%2): saksmengde %3 av %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) without a caseworker.</source>
        <translation>
            <numerusform>%Ln bruker uten veileder.</numerusform>
            <numerusform>%Ln brukere uten veileder.</numerusform>
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
        <translation>Saksdataene har ingen liste over veiledere (kontrakt 1.1).</translation>
    </message>
    <message>
        <source>Choose a citizen in the list.</source>
        <translation>Velg en bruker i listen.</translation>
    </message>
    <message>
        <source>%1 (%2), preferred language %3</source>
        <translation>%1 (%2), foretrukket språk %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2)</source>
        <translation>Foreslått: %1 (%2)</translation>
    </message>
    <message>
        <source>Alternative %3: %1 (%2)</source>
        <translation>Alternativ %3: %1 (%2)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Saving… (the case cache is busy with an import; the choice is kept and saved next)</source>
        <translation>Lagrer… (saksdatabasen er opptatt med en import; valget lagres etterpå)</translation>
    </message>
    <message>
        <source>%1 assigned to %2: proposal accepted. Recorded in the audit log.</source>
        <translation>%1 tildelt %2: forslaget er godtatt. Registrert i revisjonsloggen.</translation>
    </message>
    <message>
        <source>%1 assigned to %2, instead of the proposed %3. Recorded in the audit log.</source>
        <translation>%1 tildelt %2 i stedet for den foreslåtte %3. Registrert i revisjonsloggen.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Det lyktes ikke: %1</translation>
    </message>
    <message>
        <source>Current or last caseworker: %1 (no longer on the roster)</source>
        <translation>Nåværende eller siste veileder: %1 (ikke lenger på listen)</translation>
    </message>
    <message>
        <source>Current or last caseworker: %1 (%2)</source>
        <translation>Nåværende eller siste veileder: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance stability</source>
        <translation>Oppmøtestabilitet</translation>
    </message>
    <message>
        <source>for a meeting on %1 (none is booked)</source>
        <translation>for et møte %1 (ingen er avtalt)</translation>
    </message>
    <message>
        <source>for the %2 on %1</source>
        <translation>for %2 %1</translation>
    </message>
    <message>
        <source>Attended %1 of %2 recorded appointments (%3).</source>
        <translation>Møtt til %1 av %2 registrerte avtaler (%3).</translation>
    </message>
    <message>
        <source>Risk of a missed appointment: %1 (about %2) %3</source>
        <translation>Risiko for at brukeren ikke møter: %1 (omtrent %2) %3</translation>
    </message>
    <message>
        <source>Main reasons: %1</source>
        <translation>Viktigste årsaker: %1</translation>
    </message>
    <message>
        <source>No single factor stands out.</source>
        <translation>Ingen enkeltfaktor skiller seg ut.</translation>
    </message>
    <message>
        <source>An estimate from past attendance of people in similar situations (model version %1). Use it to offer support such as a reminder, never as a verdict.</source>
        <translation>Et anslag basert på tidligere oppmøte hos personer i lignende situasjoner (modellversjon %1). Bruk det til å tilby støtte, for eksempel en påminnelse, aldri som en dom.</translation>
    </message>
    <message>
        <source>No attendance model is installed, so no attendance band is shown.</source>
        <translation>Ingen oppmøtemodell er installert, så ingen oppmøtenivå vises.</translation>
    </message>
    <message>
        <source>The attendance model was withdrawn: %1</source>
        <translation>Oppmøtemodellen er trukket tilbake: %1</translation>
    </message>
    <message>
        <source>The attendance model cannot be used: %1</source>
        <translation>Oppmøtemodellen kan ikke brukes: %1</translation>
    </message>
    <message>
        <source>The case is closed, so no attendance band is shown.</source>
        <translation>Saken er avsluttet, så ingen oppmøtenivå vises.</translation>
    </message>
    <message>
        <source>No attendance band: the citizen objects to profiling (GDPR Art. 21).</source>
        <translation>Ikke noe oppmøtenivå: brukeren protesterer mot profilering (GDPR art. 21).</translation>
    </message>
    <message>
        <source>No attendance band is available.</source>
        <translation>Ingen oppmøtenivå er tilgjengelig.</translation>
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
        <translation>Brukere</translation>
    </message>
    <message>
        <source>Proposed a programme</source>
        <translation>Foreslått et tiltak</translation>
    </message>
    <message>
        <source>Extra in work per 100</source>
        <translation>Flere i arbeid per 100</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>for få til å vises</translation>
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
        <translation>Språk og nivåer</translation>
    </message>
    <message>
        <source>Basic skills</source>
        <translation>Grunnleggende ferdigheter</translation>
    </message>
    <message>
        <source>Previous jobs and skills</source>
        <translation>Tidligere jobber og ferdigheter</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Datafullstendighet</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Ingen sak valgt</translation>
    </message>
    <message>
        <source>Search for a case and select it in the list.</source>
        <translation>Søk etter en sak og velg den i listen.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sak %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>avsluttet %1</translation>
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
        <translation>År på skole</translation>
    </message>
    <message>
        <source>Highest education (ISCED)</source>
        <translation>Høyeste utdanning (ISCED)</translation>
    </message>
    <message>
        <source>Health limitation</source>
        <translation>Helsebegrensning</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Førerkort</translation>
    </message>
    <message>
        <source>Travel radius</source>
        <translation>Reiseavstand</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket språk</translation>
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
        <translation>Ingen språknivåer registrert</translation>
    </message>
    <message>
        <source>level unknown</source>
        <translation>nivå ukjent</translation>
    </message>
    <message>
        <source>native</source>
        <translation>morsmål</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesing</translation>
    </message>
    <message>
        <source>Numeracy</source>
        <translation>Regning</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitale ferdigheter</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 av 5</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <source>No previous jobs recorded</source>
        <translation>Ingen tidligere jobber registrert</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen tittel)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded skill(s)</source>
        <translation>
            <numerusform>%Ln registrert ferdighet</numerusform>
            <numerusform>%Ln registrerte ferdigheter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 fields recorded</source>
        <translation>%1 av %2 felt registrert</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Ingenting mangler.</translation>
    </message>
    <message>
        <source>Missing — ask the citizen if you can:</source>
        <translation>Mangler — spør brukeren hvis du kan:</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Id</source>
        <translation>Saksnr.</translation>
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
        <translation>Språk</translation>
    </message>
    <message>
        <source>This case is closed</source>
        <translation>Saken er avsluttet</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <source>&amp;Programmes</source>
        <translation>&amp;Tiltak</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobber</translation>
    </message>
    <message>
        <source>Jour&amp;ney</source>
        <translation>Forl&amp;øp</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Vedta&amp;k</translation>
    </message>
    <message>
        <source>E&amp;xplanation sheet</source>
        <translation>Fork&amp;laring</translation>
    </message>
    <message>
        <source>Case view</source>
        <translation>Saksvisning</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <source>the case selected in the list is not the one shown. Select the case again and check the decision.</source>
        <translation>saken som er valgt i listen, er ikke den som vises. Velg saken på nytt og kontroller vedtaket.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Recorded as caseworker: %1</source>
        <translation>Registreres som veileder: %1</translation>
    </message>
    <message>
        <source>Record my own assessment before I see the suggestions</source>
        <translation>Noter min egen vurdering før jeg ser forslagene</translation>
    </message>
    <message>
        <source>The citizen objects to profiling (GDPR Art. 21): no suggestions for this case</source>
        <translation>Brukeren protesterer mot profilering (GDPR art. 21): ingen forslag i denne saken</translation>
    </message>
    <message>
        <source>&amp;Your own assessment:</source>
        <translation>&amp;Din egen vurdering:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme chosen:</source>
        <translation>Valgt t&amp;iltak:</translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation>&amp;Begrunnelseskode:</translation>
    </message>
    <message>
        <source>Reason in &amp;words:</source>
        <translation>Begrunnelse i fritek&amp;st:</translation>
    </message>
    <message>
        <source>Job r&amp;eferrals (one per line):</source>
        <translation>Jobbh&amp;envisninger (én per linje):</translation>
    </message>
    <message>
        <source>Note &amp;my assessment and show the suggestions</source>
        <translation>Lagre &amp;min vurdering og vis forslagene</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Registrer vedtak</translation>
    </message>
    <message>
        <source>The citizen&apos;s own wish</source>
        <translation>Brukerens eget ønske</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Helse</translation>
    </message>
    <message>
        <source>No free place</source>
        <translation>Ingen ledig plass</translation>
    </message>
    <message>
        <source>I know more about the case</source>
        <translation>Jeg vet mer om saken</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>En annen grunn</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— velg en begrunnelse —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— velg —</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Ingen tiltak</translation>
    </message>
    <message>
        <source>Last decision recorded %1 by %2.</source>
        <translation>Siste vedtak registrert %1 av %2.</translation>
    </message>
    <message>
        <source>No suggestion is shown for this case.</source>
        <translation>Det vises ikke noe forslag i denne saken.</translation>
    </message>
    <message>
        <source>Suggestions are hidden until you have noted your own assessment.</source>
        <translation>Forslagene er skjult til du har notert din egen vurdering.</translation>
    </message>
    <message>
        <source>No suggestion — use your judgement.</source>
        <translation>Ikke noe forslag — bruk ditt eget skjønn.</translation>
    </message>
    <message>
        <source>Top suggestion: %1</source>
        <translation>Beste forslag: %1</translation>
    </message>
    <message>
        <source>Your choice differs from the top suggestion: please give a reason code and a short explanation.</source>
        <translation>Valget ditt avviker fra det beste forslaget: oppgi en begrunnelseskode og en kort forklaring.</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>ingen tiltak</translation>
    </message>
    <message>
        <source>Write your own assessment first.</source>
        <translation>Skriv din egen vurdering først.</translation>
    </message>
    <message>
        <source>Choose a programme, or &quot;No programme&quot;.</source>
        <translation>Velg et tiltak eller &quot;Ingen tiltak&quot;.</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Ikke registrert ennå.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrerer…</translation>
    </message>
    <message>
        <source>Saving… The case cache is busy (an import is running); your decision is kept and saved as soon as it is free.</source>
        <translation>Lagrer… Saksdatabasen er opptatt (en import pågår); vedtaket ditt er tatt vare på og lagres så snart databasen er ledig.</translation>
    </message>
    <message>
        <source>Decision recorded (number %1).</source>
        <translation>Vedtaket er registrert (nummer %1).</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Ikke registrert: %1</translation>
    </message>
</context>
<context>
    <name>FailureWords</name>
    <message>
        <source>the case cache is not open</source>
        <translation>saksdatabasen er ikke åpen</translation>
    </message>
    <message>
        <source>an unexpected error (the details are in the IT log)</source>
        <translation>en uventet feil (detaljene står i IT-loggen)</translation>
    </message>
    <message>
        <source>the disk holding the case cache %1 is full; free some space and try again</source>
        <translation>disken med saksdatabasen %1 er full; frigjør litt plass og prøv igjen</translation>
    </message>
    <message>
        <source>the case cache %1 cannot be written: the file or its folder is read-only. Ask IT to check the permissions of both</source>
        <translation>saksdatabasen %1 kan ikke skrives til: filen eller mappen er skrivebeskyttet. Be IT om å kontrollere tillatelsene for begge</translation>
    </message>
    <message>
        <source>the case cache %1 cannot be opened: the file or its folder is not accessible; check that the folder exists and its permissions</source>
        <translation>saksdatabasen %1 kan ikke åpnes: filen eller mappen er ikke tilgjengelig; kontroller at mappen finnes, og tillatelsene til den</translation>
    </message>
    <message>
        <source>the case cache %1 is busy: another Wayfinder program (an import?) is writing to it; try again when it has finished</source>
        <translation>saksdatabasen %1 er opptatt: et annet Wayfinder-program (en import?) skriver til den; prøv igjen når det er ferdig</translation>
    </message>
    <message>
        <source>the case cache %1 is damaged. Ask IT to restore it from backup or to import the latest bundle again</source>
        <translation>saksdatabasen %1 er skadet. Be IT om å gjenopprette den fra sikkerhetskopi eller om å importere den nyeste pakken på nytt</translation>
    </message>
    <message>
        <source>reading or writing the case cache %1 failed; the disk may be failing, full or removed: check it, then try again</source>
        <translation>lesing fra eller skriving til saksdatabasen %1 mislyktes; disken kan være defekt, full eller fjernet: kontroller den og prøv igjen</translation>
    </message>
    <message>
        <source>the case cache %1 could not be used (the details are in the IT log)</source>
        <translation>saksdatabasen %1 kunne ikke brukes (detaljene står i IT-loggen)</translation>
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
        <translation>år på skole</translation>
    </message>
    <message>
        <source>highest education</source>
        <translation>høyeste utdanning</translation>
    </message>
    <message>
        <source>reading skills</source>
        <translation>leseferdigheter</translation>
    </message>
    <message>
        <source>numeracy skills</source>
        <translation>regneferdigheter</translation>
    </message>
    <message>
        <source>digital skills</source>
        <translation>digitale ferdigheter</translation>
    </message>
    <message>
        <source>level in the local language</source>
        <translation>nivå i landets språk</translation>
    </message>
    <message>
        <source>number of languages</source>
        <translation>antall språk</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>førerkort</translation>
    </message>
    <message>
        <source>travel radius</source>
        <translation>reiseavstand</translation>
    </message>
    <message>
        <source>time unemployed</source>
        <translation>tid som ledig</translation>
    </message>
    <message>
        <source>time in work (last 2 years)</source>
        <translation>tid i arbeid (siste 2 år)</translation>
    </message>
    <message>
        <source>time in subsidised work (last 2 years)</source>
        <translation>tid i arbeid med lønnstilskudd (siste 2 år)</translation>
    </message>
    <message>
        <source>time in education (last 2 years)</source>
        <translation>tid i utdanning (siste 2 år)</translation>
    </message>
    <message>
        <source>time on sick leave (last 2 years)</source>
        <translation>tid som sykmeldt (siste 2 år)</translation>
    </message>
    <message>
        <source>number of previous jobs</source>
        <translation>antall tidligere jobber</translation>
    </message>
    <message>
        <source>work experience</source>
        <translation>arbeidserfaring</translation>
    </message>
    <message>
        <source>time since the last job</source>
        <translation>tid siden siste jobb</translation>
    </message>
    <message>
        <source>earlier decisions</source>
        <translation>tidligere vedtak</translation>
    </message>
    <message>
        <source>earlier decisions for a programme</source>
        <translation>tidligere vedtak om et tiltak</translation>
    </message>
    <message>
        <source>time since the last decision</source>
        <translation>tid siden siste vedtak</translation>
    </message>
    <message>
        <source>programmes dropped or not started</source>
        <translation>tiltak avbrutt eller ikke påbegynt</translation>
    </message>
    <message>
        <source>attendance in earlier programmes</source>
        <translation>oppmøte i tidligere tiltak</translation>
    </message>
    <message>
        <source>appointments (last 12 months)</source>
        <translation>avtaler (siste 12 måneder)</translation>
    </message>
    <message>
        <source>appointments attended (last 12 months)</source>
        <translation>oppmøte til avtaler (siste 12 måneder)</translation>
    </message>
    <message>
        <source>health limitation</source>
        <translation>helsebegrensning</translation>
    </message>
    <message>
        <source>motivation (caseworker&apos;s rating)</source>
        <translation>motivasjon (veileders vurdering)</translation>
    </message>
    <message>
        <source>children under 6</source>
        <translation>barn under 6 år</translation>
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
        <translation>tidligere tiltak: %1</translation>
    </message>
    <message>
        <source>earlier decisions for %1</source>
        <translation>tidligere vedtak om %1</translation>
    </message>
    <message>
        <source>benefit: %1</source>
        <translation>ytelse: %1</translation>
    </message>
    <message>
        <source>case data: %1</source>
        <translation>saksopplysning: %1</translation>
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
        <translation>Språknivåer</translation>
    </message>
    <message>
        <source>Years of school attended</source>
        <translation>År på skole</translation>
    </message>
    <message>
        <source>Highest education</source>
        <translation>Høyeste utdanning</translation>
    </message>
    <message>
        <source>Reading skills assessment</source>
        <translation>Vurdering av leseferdigheter</translation>
    </message>
    <message>
        <source>Numeracy assessment</source>
        <translation>Vurdering av regneferdigheter</translation>
    </message>
    <message>
        <source>Digital skills assessment</source>
        <translation>Vurdering av digitale ferdigheter</translation>
    </message>
    <message>
        <source>Health limitation</source>
        <translation>Helsebegrensning</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Ledig siden</translation>
    </message>
    <message>
        <source>Previous jobs</source>
        <translation>Tidligere jobber</translation>
    </message>
    <message>
        <source>Recorded skills</source>
        <translation>Registrerte ferdigheter</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Travel radius</source>
        <translation>Reiseavstand</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Førerkort</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket språk</translation>
    </message>
    <message>
        <source>used for suggestions</source>
        <translation>brukes til forslag</translation>
    </message>
    <message>
        <source>used for job matching</source>
        <translation>brukes til jobbmatching</translation>
    </message>
    <message>
        <source>used for suggestions and job matching</source>
        <translation>brukes til forslag og jobbmatching</translation>
    </message>
    <message>
        <source>used for letters</source>
        <translation>brukes til brev</translation>
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
        <translation>Brukere</translation>
    </message>
    <message>
        <source>Followed %1 weeks</source>
        <translation>Fulgt i %1 uker</translation>
    </message>
    <message>
        <source>In work or education</source>
        <translation>I arbeid eller utdanning</translation>
    </message>
    <message>
        <source>Rate (95% interval)</source>
        <translation>Andel (95 %-intervall)</translation>
    </message>
</context>
<context>
    <name>InsightWindow</name>
    <message>
        <source>Computing from every case in the cache…</source>
        <translation>Beregner fra alle saker i saksdatabasen…</translation>
    </message>
    <message>
        <source>Insight: outcomes by factor</source>
        <translation>Innsikt: resultater etter faktor</translation>
    </message>
    <message>
        <source>Outcomes by factor</source>
        <translation>Resultater etter faktor</translation>
    </message>
    <message>
        <source>Associations, not effects — see the suggestions model for effects. Citizens in different groups differ in many other ways, and counts such as programmes taken or appointments attended build up over a longer journey.</source>
        <translation>Sammenhenger, ikke effekter — se forslagsmodellen for effekter. Brukere i ulike grupper skiller seg fra hverandre på mange andre måter, og tall som antall tiltak eller antall møter brukeren har kommet på vokser med et lengre forløp.</translation>
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
        <translation>I arbeid eller utdanning innen 26 uker</translation>
    </message>
    <message>
        <source>Share in work or education over time (95% bands)</source>
        <translation>Andel i arbeid eller utdanning over tid (95 %-bånd)</translation>
    </message>
    <message>
        <source>Outcome rates by group</source>
        <translation>Resultatandeler etter gruppe</translation>
    </message>
    <message>
        <source>Time-to-work curves by group</source>
        <translation>Kurver for tid til arbeid etter gruppe</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Tallene kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>%1 citizens with a known start of unemployment.</source>
        <translation>%1 brukere med kjent start på ledigheten.</translation>
    </message>
    <message>
        <source>Years of school</source>
        <translation>År med skolegang</translation>
    </message>
    <message>
        <source>Basic skills (mean of 1–5 scores)</source>
        <translation>Grunnleggende ferdigheter (snitt av 1–5-skårer)</translation>
    </message>
    <message>
        <source>Host-language level</source>
        <translation>Nivå i norsk</translation>
    </message>
    <message>
        <source>Programmes taken</source>
        <translation>Antall tiltak</translation>
    </message>
    <message>
        <source>Appointments attended</source>
        <translation>Oppmøte til avtaler</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
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
        <translation>middels</translation>
    </message>
    <message>
        <source>high (3.5 or more)</source>
        <translation>høy (3,5 eller mer)</translation>
    </message>
    <message>
        <source>native</source>
        <translation>morsmål</translation>
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
        <translation>90 % eller mer</translation>
    </message>
</context>
<context>
    <name>JobMatchModel</name>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Also useful: %1</source>
        <translation>Også nyttig: %1</translation>
    </message>
    <message>
        <source>Share of the vacancy&apos;s skills the citizen has: %1</source>
        <translation>Andel av stillingens ferdigheter som brukeren har: %1</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Samsvar</translation>
    </message>
    <message>
        <source>Skills matched</source>
        <translation>Ferdigheter som passer</translation>
    </message>
    <message>
        <source>Skills missing</source>
        <translation>Manglende ferdigheter</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Avstand</translation>
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
        <translation>Jobber</translation>
    </message>
    <message>
        <source>Skill profile</source>
        <translation>Ferdighetsprofil</translation>
    </message>
    <message>
        <source>&amp;Confirm skill</source>
        <translation>&amp;Bekreft ferdighet</translation>
    </message>
    <message>
        <source>&amp;Remove skill</source>
        <translation>Fj&amp;ern ferdighet</translation>
    </message>
    <message>
        <source>&amp;Undo choice</source>
        <translation>&amp;Angre valg</translation>
    </message>
    <message>
        <source>&amp;Add a CV file...</source>
        <translation>Legg t&amp;il en CV-fil...</translation>
    </message>
    <message>
        <source>Vacancies that match</source>
        <translation>Stillinger som passer</translation>
    </message>
    <message>
        <source>Other occupations within reach</source>
        <translation>Andre yrker innen rekkevidde</translation>
    </message>
    <message>
        <source>Job matching is not available.</source>
        <translation>Jobbmatching er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Job matching needs the list of occupations and skills, which is not installed on this computer yet. Ask IT to install it.</source>
        <translation>Jobbmatching trenger listen over yrker og ferdigheter, som ennå ikke er installert på denne datamaskinen. Be IT om å installere den.</translation>
    </message>
    <message>
        <source>The list of occupations and skills on this computer cannot be used. Ask IT: the reason is in the IT log.</source>
        <translation>Listen over yrker og ferdigheter på denne datamaskinen kan ikke brukes. Spør IT: årsaken står i IT-loggen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read as a CV. Use a text, Word (.docx) or PDF file that opens on this computer.</source>
        <translation>Filen %1 kunne ikke leses som en CV. Bruk en tekst-, Word- (.docx) eller PDF-fil som kan åpnes på denne datamaskinen.</translation>
    </message>
    <message>
        <source>That did not work. The details are in the IT log.</source>
        <translation>Det gikk ikke. Detaljene står i IT-loggen.</translation>
    </message>
    <message>
        <source>CV files added: %1</source>
        <translation>CV-filer lagt til: %1</translation>
    </message>
    <message>
        <source>%1 of %2 vacancies shown.</source>
        <translation>%1 av %2 stillinger vist.</translation>
    </message>
    <message>
        <source>Within %1 km of home.</source>
        <translation>Innen %1 km fra hjemmet.</translation>
    </message>
    <message>
        <source>No travel radius is recorded: vacancies at any distance.</source>
        <translation>Ingen reiseavstand er registrert: stillinger i alle avstander.</translation>
    </message>
    <message>
        <source>Home address unknown: distances cannot be shown.</source>
        <translation>Bosted ukjent: avstander kan ikke vises.</translation>
    </message>
    <message>
        <source>Job titles also matched with the sentence encoder %1.</source>
        <translation>Jobbtitler også matchet med setningsmodellen %1.</translation>
    </message>
    <message>
        <source>Add a CV file</source>
        <translation>Legg til en CV-fil</translation>
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
        <translation>vedtak uten tiltak</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Forløp</translation>
    </message>
    <message>
        <source>Show the timeline as a list</source>
        <translation>Vis tidslinjen som en liste</translation>
    </message>
    <message>
        <source>Journey timeline as a list</source>
        <translation>Tidslinjen for forløpet som liste</translation>
    </message>
    <message>
        <source>Open a case to see the citizen&apos;s journey.</source>
        <translation>Åpne en sak for å se brukerens forløp.</translation>
    </message>
    <message>
        <source>The journey could not be prepared for this case.</source>
        <translation>Forløpet kunne ikke klargjøres for denne saken.</translation>
    </message>
    <message>
        <source>No programmes, appointments or outcomes are recorded.</source>
        <translation>Ingen tiltak, avtaler eller resultater er registrert.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 · Programmes: %3 · Appointments: %4 · Periods without activity: %5 (%Ln day(s) in all)</source>
        <translation>
            <numerusform>Fra %1 til %2 · Tiltak: %3 · Avtaler: %4 · Perioder uten aktivitet: %5 (til sammen %Ln dag)</numerusform>
            <numerusform>Fra %1 til %2 · Tiltak: %3 · Avtaler: %4 · Perioder uten aktivitet: %5 (til sammen %Ln dager)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyWords</name>
    <message>
        <source>employed</source>
        <translation>i arbeid</translation>
    </message>
    <message>
        <source>employed (subsidised)</source>
        <translation>i arbeid (med lønnstilskudd)</translation>
    </message>
    <message>
        <source>education</source>
        <translation>utdanning</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>syk</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>job search training</source>
        <translation>jobbsøkerkurs</translation>
    </message>
    <message>
        <source>vocational course</source>
        <translation>arbeidsmarkedskurs (AMO)</translation>
    </message>
    <message>
        <source>language course</source>
        <translation>språkkurs</translation>
    </message>
    <message>
        <source>basic skills course</source>
        <translation>kurs i grunnleggende ferdigheter</translation>
    </message>
    <message>
        <source>work trial</source>
        <translation>arbeidstrening</translation>
    </message>
    <message>
        <source>wage subsidy</source>
        <translation>lønnstilskudd</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>health support</source>
        <translation>helsestøtte</translation>
    </message>
    <message>
        <source>active</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>did not start</source>
        <translation>startet ikke</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>oppfølging</translation>
    </message>
    <message>
        <source>course session</source>
        <translation>kursdag</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>avtale</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situasjon</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Opphold</translation>
    </message>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høy</translation>
    </message>
    <message>
        <source>age</source>
        <translation>alder</translation>
    </message>
    <message>
        <source>time unemployed</source>
        <translation>tid som ledig</translation>
    </message>
    <message>
        <source>number of earlier appointments</source>
        <translation>antall tidligere avtaler</translation>
    </message>
    <message>
        <source>earlier missed appointments</source>
        <translation>tidligere uteblivelser</translation>
    </message>
    <message>
        <source>distance to the appointment</source>
        <translation>avstand til avtalen</translation>
    </message>
    <message>
        <source>host-language level</source>
        <translation>nivå i norsk</translation>
    </message>
    <message>
        <source>partial health limitation</source>
        <translation>delvis helsebegrensning</translation>
    </message>
    <message>
        <source>significant health limitation</source>
        <translation>betydelig helsebegrensning</translation>
    </message>
    <message>
        <source>appointment type: %1</source>
        <translation>avtaletype: %1</translation>
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
        <translation>Wayfinder — DEMO-utgave</translation>
    </message>
    <message>
        <source>Wayfinder</source>
        <translation>Wayfinder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Open case cache…</source>
        <translation>Å&amp;pne saksdatabase…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>Finn &amp;sak</translation>
    </message>
    <message>
        <source>Go to case &amp;list</source>
        <translation>Gå til saks&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Møtevisning</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Mørkt t&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Oversight: acceptance of suggestions…</source>
        <translation>&amp;Tilsyn: aksept av forslag…</translation>
    </message>
    <message>
        <source>&amp;Insight: outcomes by factor…</source>
        <translation>&amp;Innsikt: resultater etter faktor…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>About the suggestion &amp;model…</source>
        <translation>Om forslags&amp;modellen…</translation>
    </message>
    <message>
        <source>Check for model &amp;updates…</source>
        <translation>Se etter model&amp;oppdateringer…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>The case cache could not be opened, so no cases can be shown. Ask IT to import the latest bundle, or open another cache with File › Open case cache.</source>
        <translation>Saksdatabasen kunne ikke åpnes, så ingen saker kan vises. Be IT om å importere den nyeste pakken, eller åpne en annen database med Fil › Åpne saksdatabase.</translation>
    </message>
    <message>
        <source>No case cache</source>
        <translation>Ingen saksdatabase</translation>
    </message>
    <message>
        <source>The case cache is damaged: what is shown may be incomplete, and saving may fail. Ask IT to restore it from a backup or to re-import the latest bundle.</source>
        <translation>Saksdatabasen er skadet: det som vises kan være ufullstendig, og lagring kan mislykkes. Be IT om å gjenopprette den fra en sikkerhetskopi eller importere den nyeste pakken på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln sak</numerusform>
            <numerusform>%Ln saker</numerusform>
        </translation>
    </message>
    <message>
        <source>Case cache: %1 · %2</source>
        <translation>Saksdatabase: %1 · %2</translation>
    </message>
    <message>
        <source>Opening the case cache…</source>
        <translation>Åpner saksdatabasen…</translation>
    </message>
    <message>
        <source>First 200 matches — type more to narrow down</source>
        <translation>De første 200 treffene — skriv mer for å snevre inn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln treff</numerusform>
            <numerusform>%Ln treff</numerusform>
        </translation>
    </message>
    <message>
        <source>Open case cache</source>
        <translation>Åpne saksdatabase</translation>
    </message>
    <message>
        <source>Case cache (*.sqlite *.db);;All files (*)</source>
        <translation>Saksdatabase (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the IT log.</source>
        <translation>Noe gikk galt. Detaljene står i IT-loggen.</translation>
    </message>
    <message>
        <source>Preparing suggestions, jobs and journeys in the background (%1 of %2)…</source>
        <translation>Forbereder forslag, jobber og forløp i bakgrunnen (%1 av %2)…</translation>
    </message>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;Teamleder</translation>
    </message>
    <message>
        <source>&amp;Planning of places…</source>
        <translation>&amp;Planlegging av plasser…</translation>
    </message>
    <message>
        <source>&amp;Assign caseworkers…</source>
        <translation>&amp;Tildel veiledere…</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <source>Checking the installed model…</source>
        <translation>Kontrollerer den installerte modellen…</translation>
    </message>
    <message>
        <source>The installed model could not be read: %1</source>
        <translation>Den installerte modellen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Suggestion model</source>
        <translation>Forslagsmodell</translation>
    </message>
    <message>
        <source>The model behind the suggestions</source>
        <translation>Modellen bak forslagene</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versjon:</translation>
    </message>
    <message>
        <source>Trained on data from:</source>
        <translation>Trent på data fra:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Signert:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signeringsnøkkel:</translation>
    </message>
    <message>
        <source>Verified on this computer:</source>
        <translation>Verifisert på denne datamaskinen:</translation>
    </message>
    <message>
        <source>Last successful update check:</source>
        <translation>Siste vellykkede oppdateringssjekk:</translation>
    </message>
    <message>
        <source>From the model card:</source>
        <translation>Fra modellkortet:</translation>
    </message>
    <message>
        <source>Model card summary</source>
        <translation>Sammendrag av modellkortet</translation>
    </message>
    <message>
        <source>Check for &amp;updates</source>
        <translation>Se etter &amp;oppdateringer</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Se etter oppdateringer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>%1 The app shows no suggestions; the rest of Wayfinder works as usual. IT finds the reason in the IT log.</source>
        <translation>%1 Programmet viser ingen forslag; resten av Wayfinder virker som vanlig. IT finner årsaken i IT-loggen.</translation>
    </message>
    <message>
        <source>It gave no suggestion (abstained) for %1 of test decisions.</source>
        <translation>Den ga ikke noe forslag (avsto) for %1 av testvedtakene.</translation>
    </message>
    <message>
        <source>No update was installed; the current model stays in use. The reason is in the IT log.</source>
        <translation>Ingen oppdatering ble installert; den nåværende modellen brukes fortsatt. Årsaken står i IT-loggen.</translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation>Publisert av:</translation>
    </message>
    <message>
        <source>a shared model (the national or regional publisher)</source>
        <translation>en felles modell (den nasjonale eller regionale utgiveren)</translation>
    </message>
    <message>
        <source>%1 (this municipality&apos;s or region&apos;s own publisher)</source>
        <translation>%1 (kommunens eller regionens egen utgiver)</translation>
    </message>
    <message>
        <source>IT pinned this version on this computer: %1</source>
        <translation>IT har låst denne versjonen på denne datamaskinen: %1</translation>
    </message>
    <message>
        <source>IT withdrew this model on this computer, so the app shows no suggestions: %1</source>
        <translation>IT har trukket tilbake denne modellen på denne datamaskinen, så appen viser ingen forslag: %1</translation>
    </message>
    <message>
        <source>IT chose another model version for this computer, which is not installed yet, so the app shows no suggestions: %1</source>
        <translation>IT har valgt en annen modellversjon for denne datamaskinen, som ikke er installert ennå, så appen viser ingen forslag: %1</translation>
    </message>
    <message>
        <source>This model was withdrawn, so the app shows no suggestions: %1</source>
        <translation>Denne modellen er trukket tilbake, så appen viser ingen forslag: %1</translation>
    </message>
    <message>
        <source>The model&apos;s signature was verified, but its suggestions are not shown: it has not been shown to work on this municipality&apos;s own history (see below).</source>
        <translation>Modellens signatur er verifisert, men forslagene vises ikke: det er ikke vist at den virker på kommunens egne data (se nedenfor).</translation>
    </message>
    <message>
        <source>The model&apos;s signature was verified; its suggestions are shown.</source>
        <translation>Modellens signatur er verifisert; forslagene vises.</translation>
    </message>
    <message>
        <source>This model has not been checked on this municipality&apos;s own history yet (IT: &apos;wayfinder-admin models check-local&apos;).</source>
        <translation>Modellen er ennå ikke kontrollert på kommunens egne data (IT: &apos;wayfinder-admin models check-local&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: shown to work here.</source>
        <translation>
            <numerusform>Kontrollert på %Ln bruker i kommunen %1: vist å virke her.</numerusform>
            <numerusform>Kontrollert på %Ln brukere i kommunen %1: vist å virke her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: not shown to work here.</source>
        <translation>
            <numerusform>Kontrollert på %Ln bruker i kommunen %1: ikke vist å virke her.</numerusform>
            <numerusform>Kontrollert på %Ln brukere i kommunen %1: ikke vist å virke her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: too little local history to tell whether it works here.</source>
        <translation>
            <numerusform>Kontrollert på %Ln bruker i kommunen %1: for lite lokale data til å avgjøre om den virker her.</numerusform>
            <numerusform>Kontrollert på %Ln brukere i kommunen %1: for lite lokale data til å avgjøre om den virker her.</numerusform>
        </translation>
    </message>
    <message>
        <source>IT has allowed its suggestions anyway; this is recorded in the audit log.</source>
        <translation>IT har likevel tillatt forslagene; det er registrert i revisjonsloggen.</translation>
    </message>
    <message>
        <source>Its suggestions are not shown until a check shows that it works here, or IT allows it.</source>
        <translation>Forslagene vises ikke før en kontroll viser at den virker her, eller IT tillater det.</translation>
    </message>
    <message>
        <source>DEMO build: this copy of Wayfinder trusts the public demo keys, so its model is not protected by your organisation&apos;s signature. Use it to try the program, not for real cases.</source>
        <translation>DEMO-utgave: denne kopien av Wayfinder stoler på de offentlige demonøklene, så modellen er ikke beskyttet av organisasjonens signatur. Bruk den til å prøve programmet, ikke til ekte saker.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (for %Ln dag siden)</numerusform>
            <numerusform>%1 (for %Ln dager siden)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has never reached the update folder, so it would not know if this model had been withdrawn. Suggestions keep working; please tell IT.</source>
        <translation>Denne datamaskinen har aldri nådd oppdateringsmappen, så den ville ikke vite det om modellen var trukket tilbake. Forslagene virker fortsatt; si fra til IT.</translation>
    </message>
    <message numerus="yes">
        <source>This computer has not reached the update folder for %Ln day(s), so it would not know if this model had been withdrawn.</source>
        <translation>
            <numerusform>Denne datamaskinen har ikke nådd oppdateringsmappen på %Ln dag, så den ville ikke vite det om modellen var trukket tilbake.</numerusform>
            <numerusform>Denne datamaskinen har ikke nådd oppdateringsmappen på %Ln dager, så den ville ikke vite det om modellen var trukket tilbake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IT allows %Ln day(s).</source>
        <translation>
            <numerusform>IT tillater %Ln dag.</numerusform>
            <numerusform>IT tillater %Ln dager.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions keep working; please tell IT.</source>
        <translation>Forslagene virker fortsatt; si fra til IT.</translation>
    </message>
    <message>
        <source>Trained on %1 citizens of %2 (%3 more kept aside to test it).</source>
        <translation>Trent på %1 brukere i %2 (ytterligere %3 holdt av til testing).</translation>
    </message>
    <message>
        <source>Protected attributes used as inputs: %1</source>
        <translation>Beskyttede opplysninger brukt som input: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Following the suggestions did better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3).</source>
        <translation>Å følge forslagene ga bedre resultater enn å gi alle det beste enkelttiltaket: %1 av 100 (95 %-intervall %2 til %3).</translation>
    </message>
    <message>
        <source>Following the suggestions did NOT do clearly better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3). Weigh them with care.</source>
        <translation>Å følge forslagene ga IKKE tydelig bedre resultater enn å gi alle det beste enkelttiltaket: %1 av 100 (95 %-intervall %2 til %3). Vurder dem med omhu.</translation>
    </message>
    <message>
        <source>Fairness audit: not in this model card.</source>
        <translation>Rettferdighetsgjennomgang: finnes ikke i dette modellkortet.</translation>
    </message>
    <message>
        <source>Fairness audit (test data, by group):</source>
        <translation>Rettferdighetsgjennomgang (testdata, per gruppe):</translation>
    </message>
    <message>
        <source>• %1: suggestion rates differ most for %2, by %3 percentage points between groups.</source>
        <translation>• %1: andelen forslag varierer mest for %2, med %3 prosentpoeng mellom gruppene.</translation>
    </message>
    <message>
        <source>  Predicted and observed outcomes differ beyond chance for: %1</source>
        <translation>  Forventede og faktiske resultater avviker mer enn tilfeldig for: %1</translation>
    </message>
    <message>
        <source>  Too small to judge: %1</source>
        <translation>  For små til å vurdere: %1</translation>
    </message>
    <message>
        <source>Strongest stand-ins for origin among the inputs: %1</source>
        <translation>Input som sterkest gjenspeiler opprinnelse: %1</translation>
    </message>
    <message>
        <source>Looking for a newer model…</source>
        <translation>Ser etter en nyere modell…</translation>
    </message>
    <message>
        <source>No update folder is configured on this computer; IT installs new models.</source>
        <translation>Ingen oppdateringsmappe er satt opp på denne datamaskinen; IT installerer nye modeller.</translation>
    </message>
    <message>
        <source>Model version %1 was verified and installed; it is used from the next start of Wayfinder.</source>
        <translation>Modellversjon %1 er verifisert og installert; den brukes fra neste start av Wayfinder.</translation>
    </message>
    <message>
        <source>The installed model was withdrawn by its publisher: %1</source>
        <translation>Den installerte modellen er trukket tilbake av utgiveren: %1</translation>
    </message>
    <message>
        <source>The installed model is the newest one.</source>
        <translation>Den installerte modellen er den nyeste.</translation>
    </message>
    <message>
        <source>No model is available in the update folder.</source>
        <translation>Det finnes ingen modell i oppdateringsmappen.</translation>
    </message>
</context>
<context>
    <name>OversightDialog</name>
    <message>
        <source>Oversight: acceptance of suggestions</source>
        <translation>Tilsyn: aksept av forslag</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s)</source>
        <translation>
            <numerusform>Siste %Ln dag</numerusform>
            <numerusform>Siste %Ln dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Counts only decisions where a suggestion was shown. Overriding is normal and healthy: the caseworker knows things the model does not.</source>
        <translation>Teller bare vedtak der et forslag ble vist. Å fravike er normalt og sunt: veilederen vet ting modellen ikke vet.</translation>
    </message>
    <message>
        <source>Acceptance and override rates</source>
        <translation>Andel forslag som ble fulgt og fraveket</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The figures could not be computed. The reason is in the IT log.</source>
        <translation>Tallene kunne ikke beregnes. Årsaken står i IT-loggen.</translation>
    </message>
    <message>
        <source>all caseworkers together</source>
        <translation>alle veiledere samlet</translation>
    </message>
    <message>
        <source>Warning: more than 95% of suggestions were accepted in this period by: %1. Check that each decision is the caseworker&apos;s own (possible rubber-stamping).</source>
        <translation>Advarsel: mer enn 95 % av forslagene ble akseptert i perioden av: %1. Sjekk at hvert vedtak er veilederens eget (mulig ukritisk godkjenning).</translation>
    </message>
</context>
<context>
    <name>OversightTableModel</name>
    <message>
        <source>All caseworkers</source>
        <translation>Alle veiledere</translation>
    </message>
    <message>
        <source>Over 95% accepted: check</source>
        <translation>Over 95 % akseptert: sjekk</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>With a suggestion</source>
        <translation>Med et forslag</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Fraveket</translation>
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
        <translation>Plasser på tiltak: planlegging</translation>
    </message>
    <message>
        <source>Places per programme</source>
        <translation>Plasser per tiltak</translation>
    </message>
    <message>
        <source>Balance across groups</source>
        <translation>Balanse mellom grupper</translation>
    </message>
    <message>
        <source>Balance across groups (audit only: gender, origin and age are never inputs to the plan)</source>
        <translation>Balanse mellom grupper (bare til kontroll: kjønn, opprinnelse og alder inngår aldri i planen)</translation>
    </message>
    <message>
        <source>Proposed: the places the plan would use for the expected caseload of the period. Price per place: how many more people in 100 would be in work or education if the programme had one more place (0: places are not scarce). Ranges add up each citizen&apos;s 90% range. Groups under 10 citizens show no figures.</source>
        <translation>Foreslått: plassene planen ville bruke til periodens forventede brukere. Pris per plass: hvor mange flere av 100 som ville komme i arbeid eller utdanning om tiltaket hadde én plass til (0: plassene er ikke knappe). Intervallene legger sammen hver brukers 90 %-intervall. Grupper under 10 brukere vises uten tall.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Reading the places…</source>
        <translation>Leser plassene…</translation>
    </message>
    <message>
        <source>Planning period %1 to %2</source>
        <translation>Planperiode %1 til %2</translation>
    </message>
    <message>
        <source>No plan computed yet: places are shown, proposals are not. Recompute the plan below; it is also computed on every import when a model is installed.</source>
        <translation>Ingen plan beregnet ennå: plassene vises, forslagene ikke. Beregn planen på nytt nedenfor; den beregnes også ved hver import når en modell er installert.</translation>
    </message>
    <message>
        <source>Bookings or intakes changed since: the proposed places are older than the places shown. Recompute the plan to update them.</source>
        <translation>Bestillinger eller opptak er endret siden: de foreslåtte plassene er eldre enn plassene som vises. Beregn planen på nytt for å oppdatere dem.</translation>
    </message>
    <message numerus="yes">
        <source>Plan computed %1 with model %2 over an expected caseload of %Ln citizen(s).</source>
        <translation>
            <numerusform>Plan beregnet %1 med modell %2 for en forventet saksmengde på %Ln bruker.</numerusform>
            <numerusform>Plan beregnet %1 med modell %2 for en forventet saksmengde på %Ln brukere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected extra people in work or education from the proposed places: %1 (range %2 to %3).</source>
        <translation>Forventet flere i arbeid eller utdanning med de foreslåtte plassene: %1 (intervall %2 til %3).</translation>
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
        <translation>Eksporter planleggingstallene</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
    <message>
        <source>The planning figures could not be read or saved: %1</source>
        <translation>Planleggingstallene kunne ikke leses eller lagres: %1</translation>
    </message>
</context>
<context>
    <name>PlanningTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Next intakes (places left)</source>
        <translation>Neste opptak (ledige plasser)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plasser</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ledige</translation>
    </message>
    <message>
        <source>Price per place</source>
        <translation>Pris per plass</translation>
    </message>
    <message>
        <source>Expected extra in work (range)</source>
        <translation>Forventet flere i arbeid (intervall)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>ikke begrenset</translation>
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
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Uker</translation>
    </message>
    <message>
        <source>Waiting (weeks)</source>
        <translation>Ventetid (uker)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plasser</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>Suggestions for this citizen</source>
        <translation>Forslag for denne brukeren</translation>
    </message>
    <message>
        <source>Open a case to see suggestions.</source>
        <translation>Åpne en sak for å se forslag.</translation>
    </message>
    <message>
        <source>No suggestions: the citizen objected to profiling (GDPR Art. 21). Choose from the programmes below as you normally would.</source>
        <translation>Ingen forslag: brukeren har protestert mot profilering (GDPR art. 21). Velg blant tiltakene nedenfor slik du pleier.</translation>
    </message>
    <message>
        <source>No suggestions are shown. %1 Choose from the programmes below as you normally would; IT can tell you more.</source>
        <translation>Det vises ingen forslag. %1 Velg blant tiltakene nedenfor slik du pleier; IT kan fortelle mer.</translation>
    </message>
    <message>
        <source>Suggestions are hidden until you have noted your own assessment in the Decision tab.</source>
        <translation>Forslagene er skjult til du har notert din egen vurdering i fanen Vedtak.</translation>
    </message>
    <message>
        <source>No suggestion — use your judgement.</source>
        <translation>Ikke noe forslag — bruk ditt eget skjønn.</translation>
    </message>
    <message>
        <source>The model suggests no programme for now.</source>
        <translation>Modellen foreslår ikke noe tiltak nå.</translation>
    </message>
    <message>
        <source>These are estimates to weigh, not a decision. You decide.</source>
        <translation>Dette er anslag som skal veies, ikke et vedtak. Det er du som bestemmer.</translation>
    </message>
    <message>
        <source>The model card does not say whether personal suggestions beat offering everyone the same programme.</source>
        <translation>Modellkortet sier ikke om personlige forslag er bedre enn å gi alle det samme tiltaket.</translation>
    </message>
    <message>
        <source>In evaluation, following these suggestions did better than offering everyone the same programme (about %1 more in 100).</source>
        <translation>I evalueringen gikk det bedre å følge forslagene enn å gi alle det samme tiltaket (omtrent %1 flere av 100).</translation>
    </message>
    <message>
        <source>In evaluation, these personal suggestions did not do clearly better than offering everyone %1. Treat the order as a hint.</source>
        <translation>I evalueringen var disse personlige forslagene ikke tydelig bedre enn å gi alle %1. Bruk rekkefølgen som et hint.</translation>
    </message>
    <message>
        <source>the same programme</source>
        <translation>det samme tiltaket</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>ingen tiltak</translation>
    </message>
    <message>
        <source>Programmes offered</source>
        <translation>Tiltak som tilbys</translation>
    </message>
    <message>
        <source>Counting the places there are, the suggestion is %1 rather than %2.</source>
        <translation>Når de ledige plassene regnes med, er forslaget %1 i stedet for %2.</translation>
    </message>
</context>
<context>
    <name>ReplanControl</name>
    <message>
        <source>Recompute p&amp;lan</source>
        <translation>Beregn p&amp;lanen på nytt</translation>
    </message>
    <message>
        <source>Score the expected caseload with the installed model and allocate it within the free places again. Cases stay usable meanwhile; new prices apply to the next case opened.</source>
        <translation>Beregn den forventede saksmengden med den installerte modellen, og fordel den på nytt innenfor de ledige plassene. Sakene kan brukes imens; nye priser gjelder fra neste sak som åpnes.</translation>
    </message>
    <message>
        <source>Recomputing the plan: reading the caseload…</source>
        <translation>Beregner planen på nytt: leser saksmengden…</translation>
    </message>
    <message numerus="yes">
        <source>Recomputing the plan: %1 of %Ln citizen(s) scored…</source>
        <translation>
            <numerusform>Beregner planen på nytt: %1 av %Ln bruker beregnet…</numerusform>
            <numerusform>Beregner planen på nytt: %1 av %Ln brukere beregnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recomputing the plan: allocating the places for %Ln citizen(s)…</source>
        <translation>
            <numerusform>Beregner planen på nytt: fordeler plassene for %Ln bruker…</numerusform>
            <numerusform>Beregner planen på nytt: fordeler plassene for %Ln brukere…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan recomputed for %Ln citizen(s) in %1 s. New prices apply to the next case opened.</source>
        <translation>
            <numerusform>Planen er beregnet på nytt for %Ln bruker på %1 s. Nye priser gjelder fra neste sak som åpnes.</numerusform>
            <numerusform>Planen er beregnet på nytt for %Ln brukere på %1 s. Nye priser gjelder fra neste sak som åpnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be recomputed: %1. The previous plan is kept.</source>
        <translation>Planen kunne ikke beregnes på nytt: %1. Den forrige planen beholdes.</translation>
    </message>
    <message>
        <source>No programme has intakes in the case data, so there are no places to plan.</source>
        <translation>Ingen tiltak har opptak i saksdataene, så det er ingen plasser å planlegge.</translation>
    </message>
    <message>
        <source>The installed model was withdrawn: no plan can be computed until IT installs a newer one. The previous plan is kept.</source>
        <translation>Den installerte modellen er trukket tilbake: ingen plan kan beregnes før IT installerer en nyere. Den forrige planen beholdes.</translation>
    </message>
    <message>
        <source>No usable model is installed: no plan can be computed. Ask IT to install the model. The previous plan is kept.</source>
        <translation>Ingen brukbar modell er installert: ingen plan kan beregnes. Be IT om å installere modellen. Den forrige planen beholdes.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search by name, case id or CV text</source>
        <translation>Søk på navn, saksnummer eller CV-tekst</translation>
    </message>
    <message>
        <source>Case search</source>
        <translation>Søk etter sak</translation>
    </message>
    <message>
        <source>Open cases only</source>
        <translation>Bare åpne saker</translation>
    </message>
    <message>
        <source>Unemployed 12 months or more</source>
        <translation>Ledig i 12 måneder eller mer</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Foretrukket språk</translation>
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
        <translation>Laveste alder</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Høyeste alder</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle språk</translation>
    </message>
</context>
<context>
    <name>SheetTab</name>
    <message>
        <source>Explanation sheet for the citizen</source>
        <translation>Forklaringsark til brukeren</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>Arkets &amp;språk:</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>Arkets språk</translation>
    </message>
    <message>
        <source>Preview of the explanation sheet</source>
        <translation>Forhåndsvisning av forklaringsarket</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksporter PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Forbereder forhåndsvisningen…</translation>
    </message>
    <message>
        <source>Proposal: no decision is recorded yet.</source>
        <translation>Forslag: det er ennå ikke registrert et vedtak.</translation>
    </message>
    <message>
        <source>The sheet cannot be made right now. The reason is in the IT log.</source>
        <translation>Arket kan ikke lages akkurat nå. Årsaken står i IT-loggen.</translation>
    </message>
    <message>
        <source>The PDF was not written. The reason is in the IT log.</source>
        <translation>PDF-filen ble ikke skrevet. Årsaken står i IT-loggen.</translation>
    </message>
    <message>
        <source>This translation has been checked by a translator.</source>
        <translation>Denne oversettelsen er sjekket av en oversetter.</translation>
    </message>
    <message>
        <source>This translation has NOT been checked by a translator. Go through it with the citizen before handing it over.</source>
        <translation>Denne oversettelsen er IKKE sjekket av en oversetter. Gå gjennom den med brukeren før du gir den fra deg.</translation>
    </message>
    <message>
        <source>Export explanation sheet</source>
        <translation>Eksporter forklaringsark</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-en…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2, %Ln page(s)).</source>
        <translation>
            <numerusform>Lagret %1 (%2, %Ln side).</numerusform>
            <numerusform>Lagret %1 (%2, %Ln sider).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarCitizensView</name>
    <message>
        <source>Citizens like this one</source>
        <translation>Brukere som denne</translation>
    </message>
    <message>
        <source>Not a recommendation. This describes what happened to similar citizens in the past; it is not a prediction for this citizen.</source>
        <translation>Ikke en anbefaling. Dette beskriver hva som skjedde med lignende brukere tidligere; det er ikke en prognose for denne brukeren.</translation>
    </message>
    <message>
        <source>How they ended (latest situation):</source>
        <translation>Hvordan det endte (siste situasjon):</translation>
    </message>
    <message>
        <source>The journeys they took:</source>
        <translation>Forløpene de hadde:</translation>
    </message>
    <message>
        <source>How similar citizens ended</source>
        <translation>Hvordan det endte for lignende brukere</translation>
    </message>
    <message>
        <source>Journeys of similar citizens</source>
        <translation>Forløp for lignende brukere</translation>
    </message>
    <message>
        <source>Not shown: the citizen objects to profiling (GDPR Art. 21).</source>
        <translation>Vises ikke: brukeren protesterer mot profilering (GDPR art. 21).</translation>
    </message>
    <message>
        <source>Too little is recorded to find similar citizens.</source>
        <translation>For lite er registrert til å finne lignende brukere.</translation>
    </message>
    <message>
        <source>The %1 past citizens most similar in %2 (out of %3 compared).</source>
        <translation>De %1 tidligere brukerne som ligner mest når det gjelder %2 (av %3 sammenlignet).</translation>
    </message>
    <message>
        <source>age</source>
        <translation>alder</translation>
    </message>
    <message>
        <source>years of school</source>
        <translation>år med skolegang</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>utdanningsnivå</translation>
    </message>
    <message>
        <source>basic skills</source>
        <translation>grunnleggende ferdigheter</translation>
    </message>
    <message>
        <source>host-language level</source>
        <translation>nivå i norsk</translation>
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
        <translation>Forløp</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Brukere</translation>
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
        <translation>Tidligere jobb: %1 (vesentlig ferdighet)</translation>
    </message>
    <message>
        <source>Previous job: %1 (optional skill)</source>
        <translation>Tidligere jobb: %1 (valgfri ferdighet)</translation>
    </message>
    <message>
        <source>Recorded in the case system</source>
        <translation>Registrert i saksbehandlingssystemet</translation>
    </message>
    <message>
        <source>CV text: “%1”</source>
        <translation>CV-tekst: “%1”</translation>
    </message>
    <message>
        <source>Added CV file %1</source>
        <translation>CV-fil lagt til %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Ferdighet</translation>
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
        <translation>Beste forslag: %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Fyller ikke kravene: %1</translation>
    </message>
    <message>
        <source>Eligibility unknown — check: %1</source>
        <translation>Ukjent om brukeren fyller kravene — sjekk: %1</translation>
    </message>
    <message>
        <source>Effect of %1</source>
        <translation>Effekt av %1</translation>
    </message>
    <message>
        <source>Few comparable people received this programme; the estimate is uncertain.</source>
        <translation>Få sammenlignbare personer fikk dette tiltaket; anslaget er usikkert.</translation>
    </message>
    <message>
        <source>Main reasons:</source>
        <translation>Viktigste grunner:</translation>
    </message>
    <message>
        <source>No place left in the planned intakes.</source>
        <translation>Ingen ledige plasser på de planlagte oppstartene.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left in the planned intakes.</source>
        <translation>
            <numerusform>%Ln ledig plass på de planlagte oppstartene.</numerusform>
            <numerusform>%Ln ledige plasser på de planlagte oppstartene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next start with a place: %1.</source>
        <translation>Neste oppstart med ledig plass: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) waiting for a place.</source>
        <translation>
            <numerusform>%Ln bruker venter på plass.</numerusform>
            <numerusform>%Ln brukere venter på plass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>%1 weeks: %2</source>
        <translation>%1 uker: %2</translation>
    </message>
    <message>
        <source>weeks since becoming unemployed</source>
        <translation>uker siden ledigheten startet</translation>
    </message>
</context>
<context>
    <name>TeamLeadWindow</name>
    <message>
        <source>Team lead: places and caseworkers</source>
        <translation>Teamleder: plasser og veiledere</translation>
    </message>
    <message>
        <source>&amp;Planning of places</source>
        <translation>&amp;Planlegging av plasser</translation>
    </message>
    <message>
        <source>&amp;Assign caseworkers</source>
        <translation>&amp;Tildel veiledere</translation>
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
        <translation>helsebegrensninger</translation>
    </message>
    <message>
        <source>long-term unemployment</source>
        <translation>langtidsledighet</translation>
    </message>
    <message>
        <source>employer contact</source>
        <translation>arbeidsgiverkontakt</translation>
    </message>
    <message>
        <source>Speaks the citizen&apos;s preferred language, %1</source>
        <translation>Snakker brukerens foretrukne språk, %1</translation>
    </message>
    <message>
        <source>Shares a language the citizen speaks well, %1</source>
        <translation>Deler et språk brukeren snakker godt, %1</translation>
    </message>
    <message>
        <source>No shared meeting language: an interpreter for %1</source>
        <translation>Ikke noe felles møtespråk: tolk for %1</translation>
    </message>
    <message>
        <source>No shared meeting language known</source>
        <translation>Ikke noe kjent felles møtespråk</translation>
    </message>
    <message>
        <source>Specialism that fits the citizen&apos;s situation: %1</source>
        <translation>Spesialfelt som passer til brukerens situasjon: %1</translation>
    </message>
    <message numerus="yes">
        <source>Caseload %1 of at most %Ln citizen(s)</source>
        <translation>
            <numerusform>Saksmengde %1 av høyst %Ln bruker</numerusform>
            <numerusform>Saksmengde %1 av høyst %Ln brukere</numerusform>
        </translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>(full)</translation>
    </message>
    <message>
        <source>The citizen&apos;s current or last caseworker (continuity)</source>
        <translation>Brukerens nåværende eller siste veileder (kontinuitet)</translation>
    </message>
    <message numerus="yes">
        <source>Own effect (team leads only): %1 in 100 (range %2 to %3), from %Ln case(s)</source>
        <translation>
            <numerusform>Egen effekt (kun teamledere): %1 av 100 (intervall %2 til %3), ut fra %Ln sak</numerusform>
            <numerusform>Egen effekt (kun teamledere): %1 av 100 (intervall %2 til %3), ut fra %Ln saker</numerusform>
        </translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Opprinnelse</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>women</source>
        <translation>kvinner</translation>
    </message>
    <message>
        <source>men</source>
        <translation>menn</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <source>born in the country</source>
        <translation>født i landet</translation>
    </message>
    <message>
        <source>born abroad</source>
        <translation>født i utlandet</translation>
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
        <translation>50 og over</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>oppmøte %1</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>møtt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>ikke møtt</translation>
    </message>
    <message>
        <source>result not recorded</source>
        <translation>resultat ikke registrert</translation>
    </message>
    <message>
        <source>subsidised</source>
        <translation>med lønnstilskudd</translation>
    </message>
    <message>
        <source>Journey timeline</source>
        <translation>Tidslinje for forløpet</translation>
    </message>
    <message>
        <source>No journey is recorded for this citizen.</source>
        <translation>Ingen forløp er registrert for denne brukeren.</translation>
    </message>
    <message>
        <source>From %1 to %2. %3. The list below the chart gives every item.</source>
        <translation>Fra %1 til %2. %3. Listen under diagrammet viser alle punktene.</translation>
    </message>
    <message>
        <source>No journey is recorded.</source>
        <translation>Ingen forløp er registrert.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>active</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>opphold</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no programme, work or education for %Ln day(s)</source>
        <translation>
            <numerusform>ingen tiltak, arbeid eller utdanning i %Ln dag</numerusform>
            <numerusform>ingen tiltak, arbeid eller utdanning i %Ln dager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingTableModel</name>
    <message>
        <source>Citizen</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Proposed caseworker</source>
        <translation>Foreslått veileder</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>About %1 of 100 people like this citizen were in work or education within %Ln week(s) without a programme; with this programme about %2.</source>
        <translation>
            <numerusform>Omtrent %1 av 100 personer som denne brukeren var i arbeid eller utdanning innen %Ln uke uten et tiltak; med dette tiltaket omtrent %2.</numerusform>
            <numerusform>Omtrent %1 av 100 personer som denne brukeren var i arbeid eller utdanning innen %Ln uker uten et tiltak; med dette tiltaket omtrent %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertainty range (90%): between %1 and %2 of 100.</source>
        <translation>Usikkerhetsintervall (90 %): mellom %1 og %2 av 100.</translation>
    </message>
    <message>
        <source>Waiting time not known.</source>
        <translation>Ventetiden er ukjent.</translation>
    </message>
    <message>
        <source>No waiting time.</source>
        <translation>Ingen ventetid.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting time: about %Ln week(s).</source>
        <translation>
            <numerusform>Ventetid: omtrent %Ln uke.</numerusform>
            <numerusform>Ventetid: omtrent %Ln uker.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: raises the estimate by about %2 in 100</source>
        <translation>%1: øker anslaget med omtrent %2 av 100</translation>
    </message>
    <message>
        <source>%1: raises the estimate a little (less than 1 in 100)</source>
        <translation>%1: øker anslaget litt (mindre enn 1 av 100)</translation>
    </message>
    <message>
        <source>%1: lowers the estimate by about %2 in 100</source>
        <translation>%1: senker anslaget med omtrent %2 av 100</translation>
    </message>
    <message>
        <source>%1: lowers the estimate a little (less than 1 in 100)</source>
        <translation>%1: senker anslaget litt (mindre enn 1 av 100)</translation>
    </message>
    <message>
        <source>Not recorded (recording it may change the estimate): %1</source>
        <translation>Ikke registrert (anslaget kan endre seg når det registreres): %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Important data are not recorded: %1. Ask the citizen if you can.</source>
        <translation>Viktige opplysninger er ikke registrert: %1. Spør brukeren hvis du kan.</translation>
    </message>
    <message>
        <source>The citizen&apos;s situation is unlike the cases the model learnt from (%1).</source>
        <translation>Brukerens situasjon ligner ikke sakene modellen har lært av (%1).</translation>
    </message>
    <message>
        <source>People in this situation almost always got a programme, so the model cannot compare with no programme.</source>
        <translation>Personer i denne situasjonen fikk nesten alltid et tiltak, så modellen kan ikke sammenligne med ingen tiltak.</translation>
    </message>
    <message>
        <source>The model gave no reason.</source>
        <translation>Modellen oppga ingen grunn.</translation>
    </message>
    <message>
        <source>No suggestion model is installed on this computer yet.</source>
        <translation>Det er ennå ikke installert en forslagsmodell på denne datamaskinen.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer is older than one it had before, so it is not used.</source>
        <translation>Forslagsmodellen på denne datamaskinen er eldre enn en den har hatt før, så den brukes ikke.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer failed its safety check, so it is not used.</source>
        <translation>Forslagsmodellen på denne datamaskinen besto ikke sikkerhetskontrollen, så den brukes ikke.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer was withdrawn by its publisher.</source>
        <translation>Forslagsmodellen på denne datamaskinen er trukket tilbake av utgiveren.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer cannot be used.</source>
        <translation>Forslagsmodellen på denne datamaskinen kan ikke brukes.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer has not been shown to work on this municipality&apos;s own history, so it is not used.</source>
        <translation>Det er ikke vist at forslagsmodellen på denne datamaskinen virker på kommunens egne data, så den brukes ikke.</translation>
    </message>
    <message>
        <source>There is no usable suggestion model on this computer.</source>
        <translation>Det finnes ingen brukbar forslagsmodell på denne datamaskinen.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>at least %1 years of school</source>
        <translation>minst %1 års skolegang</translation>
    </message>
    <message>
        <source>education at least at ISCED level %1</source>
        <translation>utdanning minst på ISCED-nivå %1</translation>
    </message>
    <message>
        <source>a health limitation no greater than: %1</source>
        <translation>en helsebegrensning som høyst er: %1</translation>
    </message>
    <message>
        <source>%1 at least %2 of 5</source>
        <translation>%1 minst %2 av 5</translation>
    </message>
    <message>
        <source>%1 at least at level %2</source>
        <translation>%1 minst på nivå %2</translation>
    </message>
    <message>
        <source>a rule this version cannot check (%1)</source>
        <translation>en regel denne versjonen ikke kan kontrollere (%1)</translation>
    </message>
    <message>
        <source>%1 (recorded: %2)</source>
        <translation>%1 (registrert: %2)</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>kjønn</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>opprinnelse</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>aldersgruppe</translation>
    </message>
    <message>
        <source>women</source>
        <translation>kvinner</translation>
    </message>
    <message>
        <source>men</source>
        <translation>menn</translation>
    </message>
    <message>
        <source>gender not given</source>
        <translation>kjønn ikke oppgitt</translation>
    </message>
    <message>
        <source>born abroad</source>
        <translation>født i utlandet</translation>
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
        <translation>30–49 år</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 år og over</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>ikke noe forslag</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>ingen tiltak</translation>
    </message>
</context>
</TS>
