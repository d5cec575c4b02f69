<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
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
      <translation>lukket %1</translation>
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
      <translation>Transportradius</translation>
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
    <message numerus="yes">
      <source>%n recorded skill(s)</source>
      <translation>
        <numerusform>%n registreret kompetence</numerusform>
        <numerusform>%n registrerede kompetencer</numerusform>
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
      <translation>Sprog</translation>
    </message>
    <message>
      <source>This case is closed</source>
      <translation>Sagen er lukket</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <source>Jobs</source>
      <translation>Job</translation>
    </message>
    <message>
      <source>Job matches are not available yet. When job matching is installed, this tab lists vacancies with matched and missing skills and the distance from home.</source>
      <translation>Jobmatch er ikke tilgængelig endnu. Når jobmatch er installeret, viser fanen stillinger med matchende og manglende kompetencer og afstanden hjemmefra.</translation>
    </message>
    <message>
      <source>Journey</source>
      <translation>Forløb</translation>
    </message>
    <message>
      <source>The journey timeline is not available yet.</source>
      <translation>Tidslinjen for forløbet er ikke tilgængelig endnu.</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Beslutning</translation>
    </message>
    <message>
      <source>Recording a decision is not available yet. Record decisions in the case system for now.</source>
      <translation>Det er endnu ikke muligt at registrere en beslutning her. Registrer indtil videre beslutninger i sagssystemet.</translation>
    </message>
    <message>
      <source>Explanation sheet</source>
      <translation>Forklaring</translation>
    </message>
    <message>
      <source>The explanation sheet for the citizen is not available yet.</source>
      <translation>Forklaringen til borgeren er ikke tilgængelig endnu.</translation>
    </message>
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
      <translation>&amp;Forløb</translation>
    </message>
    <message>
      <source>&amp;Decision</source>
      <translation>&amp;Beslutning</translation>
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
      <translation>Transportradius</translation>
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
    <name>MainWindow</name>
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
      <translation>Find &amp;sag</translation>
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
      <translation>Mørkt &amp;tema</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastaturgenveje</translation>
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
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n sag</numerusform>
        <numerusform>%n sager</numerusform>
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
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n resultat</numerusform>
        <numerusform>%n resultater</numerusform>
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
      <source>Something went wrong: %1</source>
      <translation>Noget gik galt: %1</translation>
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
      <source>Suggestions are not available yet: no suggestion model is installed. Choose from the programmes below as you normally would.</source>
      <translation>Forslag er ikke tilgængelige endnu: der er ikke installeret en forslagsmodel. Vælg blandt tilbuddene nedenfor, som du plejer.</translation>
    </message>
    <message>
      <source>Programmes offered</source>
      <translation>Tilbud i kommunen</translation>
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
</TS>