<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
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
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n maand</numerusform>
        <numerusform>%n maanden</numerusform>
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
    <message numerus="yes">
      <source>%n recorded skill(s)</source>
      <translation>
        <numerusform>%n vastgelegde vaardigheid</numerusform>
        <numerusform>%n vastgelegde vaardigheden</numerusform>
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
      <translation>Id</translation>
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
      <source>Jobs</source>
      <translation>Vacatures</translation>
    </message>
    <message>
      <source>Job matches are not available yet. When job matching is installed, this tab lists vacancies with matched and missing skills and the distance from home.</source>
      <translation>Vacaturematching is nog niet beschikbaar. Zodra die is geïnstalleerd, toont dit tabblad vacatures met passende en ontbrekende vaardigheden en de afstand vanaf huis.</translation>
    </message>
    <message>
      <source>Journey</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>The journey timeline is not available yet.</source>
      <translation>De tijdlijn van de route is nog niet beschikbaar.</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <source>Recording a decision is not available yet. Record decisions in the case system for now.</source>
      <translation>Een besluit vastleggen is hier nog niet mogelijk. Leg besluiten voorlopig vast in het zaaksysteem.</translation>
    </message>
    <message>
      <source>Explanation sheet</source>
      <translation>Uitleg</translation>
    </message>
    <message>
      <source>The explanation sheet for the citizen is not available yet.</source>
      <translation>De uitleg voor de inwoner is nog niet beschikbaar.</translation>
    </message>
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
      <translation>&amp;Besluit</translation>
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
    <name>MainWindow</name>
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
      <translation>&amp;Taal</translation>
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
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Sneltoetsen</translation>
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
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n dossier</numerusform>
        <numerusform>%n dossiers</numerusform>
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
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n resultaat</numerusform>
        <numerusform>%n resultaten</numerusform>
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
      <source>Something went wrong: %1</source>
      <translation>Er ging iets mis: %1</translation>
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
      <source>Suggestions are not available yet: no suggestion model is installed. Choose from the programmes below as you normally would.</source>
      <translation>Suggesties zijn nog niet beschikbaar: er is geen suggestiemodel geïnstalleerd. Kies zoals gewoonlijk uit de trajecten hieronder.</translation>
    </message>
    <message>
      <source>Programmes offered</source>
      <translation>Aangeboden trajecten</translation>
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
</TS>