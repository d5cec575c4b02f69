<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
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
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n måned</numerusform>
        <numerusform>%n måneder</numerusform>
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
    <message numerus="yes">
      <source>%n recorded skill(s)</source>
      <translation>
        <numerusform>%n registrert ferdighet</numerusform>
        <numerusform>%n registrerte ferdigheter</numerusform>
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
      <translation>Id</translation>
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
      <source>Jobs</source>
      <translation>Jobber</translation>
    </message>
    <message>
      <source>Job matches are not available yet. When job matching is installed, this tab lists vacancies with matched and missing skills and the distance from home.</source>
      <translation>Jobbmatching er ikke tilgjengelig ennå. Når jobbmatching er installert, viser fanen stillinger med ferdigheter som passer og mangler, og avstanden hjemmefra.</translation>
    </message>
    <message>
      <source>Journey</source>
      <translation>Forløp</translation>
    </message>
    <message>
      <source>The journey timeline is not available yet.</source>
      <translation>Tidslinjen for forløpet er ikke tilgjengelig ennå.</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Vedtak</translation>
    </message>
    <message>
      <source>Recording a decision is not available yet. Record decisions in the case system for now.</source>
      <translation>Det er ennå ikke mulig å registrere et vedtak her. Registrer vedtak i saksbehandlingssystemet inntil videre.</translation>
    </message>
    <message>
      <source>Explanation sheet</source>
      <translation>Forklaring</translation>
    </message>
    <message>
      <source>The explanation sheet for the citizen is not available yet.</source>
      <translation>Forklaringen til brukeren er ikke tilgjengelig ennå.</translation>
    </message>
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
      <translation>&amp;Forløp</translation>
    </message>
    <message>
      <source>&amp;Decision</source>
      <translation>&amp;Vedtak</translation>
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
    <name>MainWindow</name>
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
      <translation>Mørkt &amp;tema</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Hurtigtaster</translation>
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
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n sak</numerusform>
        <numerusform>%n saker</numerusform>
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
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n treff</numerusform>
        <numerusform>%n treff</numerusform>
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
      <source>Something went wrong: %1</source>
      <translation>Noe gikk galt: %1</translation>
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
      <source>Suggestions are not available yet: no suggestion model is installed. Choose from the programmes below as you normally would.</source>
      <translation>Forslag er ikke tilgjengelige ennå: ingen forslagsmodell er installert. Velg blant tiltakene nedenfor slik du pleier.</translation>
    </message>
    <message>
      <source>Programmes offered</source>
      <translation>Tiltak som tilbys</translation>
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
      <translation>Saksøk</translation>
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
</TS>