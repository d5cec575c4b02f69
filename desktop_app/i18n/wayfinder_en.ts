<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>CaseOverview</name>
    <message>
      <source>Profile</source>
      <translation>Profile</translation>
    </message>
    <message>
      <source>Languages and levels</source>
      <translation>Languages and levels</translation>
    </message>
    <message>
      <source>Basic skills</source>
      <translation>Basic skills</translation>
    </message>
    <message>
      <source>Previous jobs and skills</source>
      <translation>Previous jobs and skills</translation>
    </message>
    <message>
      <source>Data completeness</source>
      <translation>Data completeness</translation>
    </message>
    <message>
      <source>No case selected</source>
      <translation>No case selected</translation>
    </message>
    <message>
      <source>Search for a case and select it in the list.</source>
      <translation>Search for a case and select it in the list.</translation>
    </message>
    <message>
      <source>Case %1</source>
      <translation>Case %1</translation>
    </message>
    <message>
      <source>closed %1</source>
      <translation>closed %1</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>%1 (born %2)</source>
      <translation>%1 (born %2)</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message numerus="yes">
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message>
      <source>Unemployed since</source>
      <translation>Unemployed since</translation>
    </message>
    <message>
      <source>Years of school attended</source>
      <translation>Years of school attended</translation>
    </message>
    <message>
      <source>Highest education (ISCED)</source>
      <translation>Highest education (ISCED)</translation>
    </message>
    <message>
      <source>Health limitation</source>
      <translation>Health limitation</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Driving licence</source>
      <translation>Driving licence</translation>
    </message>
    <message>
      <source>Travel radius</source>
      <translation>Travel radius</translation>
    </message>
    <message>
      <source>%1 km</source>
      <translation>%1 km</translation>
    </message>
    <message>
      <source>Preferred language</source>
      <translation>Preferred language</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>partial</source>
      <translation>partial</translation>
    </message>
    <message>
      <source>significant</source>
      <translation>significant</translation>
    </message>
    <message>
      <source>No language levels recorded</source>
      <translation>No language levels recorded</translation>
    </message>
    <message>
      <source>level unknown</source>
      <translation>level unknown</translation>
    </message>
    <message>
      <source>native</source>
      <translation>native</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Numeracy</source>
      <translation>Numeracy</translation>
    </message>
    <message>
      <source>Digital</source>
      <translation>Digital</translation>
    </message>
    <message>
      <source>%1 of 5</source>
      <translation>%1 of 5</translation>
    </message>
    <message>
      <source>not assessed</source>
      <translation>not assessed</translation>
    </message>
    <message>
      <source>No previous jobs recorded</source>
      <translation>No previous jobs recorded</translation>
    </message>
    <message>
      <source>(no title)</source>
      <translation>(no title)</translation>
    </message>
    <message numerus="yes">
      <source>%n recorded skill(s)</source>
      <translation>
        <numerusform>%n recorded skill</numerusform>
        <numerusform>%n recorded skills</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 of %2 fields recorded</source>
      <translation>%1 of %2 fields recorded</translation>
    </message>
    <message>
      <source>Nothing is missing.</source>
      <translation>Nothing is missing.</translation>
    </message>
    <message>
      <source>Missing — ask the citizen if you can:</source>
      <translation>Missing — ask the citizen if you can:</translation>
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
      <translation>Name</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>Unemployed since</source>
      <translation>Unemployed since</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>This case is closed</source>
      <translation>This case is closed</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <source>Jobs</source>
      <translation>Jobs</translation>
    </message>
    <message>
      <source>Job matches are not available yet. When job matching is installed, this tab lists vacancies with matched and missing skills and the distance from home.</source>
      <translation>Job matches are not available yet. When job matching is installed, this tab lists vacancies with matched and missing skills and the distance from home.</translation>
    </message>
    <message>
      <source>Journey</source>
      <translation>Journey</translation>
    </message>
    <message>
      <source>The journey timeline is not available yet.</source>
      <translation>The journey timeline is not available yet.</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Recording a decision is not available yet. Record decisions in the case system for now.</source>
      <translation>Recording a decision is not available yet. Record decisions in the case system for now.</translation>
    </message>
    <message>
      <source>Explanation sheet</source>
      <translation>Explanation sheet</translation>
    </message>
    <message>
      <source>The explanation sheet for the citizen is not available yet.</source>
      <translation>The explanation sheet for the citizen is not available yet.</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>&amp;Overview</translation>
    </message>
    <message>
      <source>&amp;Programmes</source>
      <translation>&amp;Programmes</translation>
    </message>
    <message>
      <source>&amp;Jobs</source>
      <translation>&amp;Jobs</translation>
    </message>
    <message>
      <source>Jour&amp;ney</source>
      <translation>Jour&amp;ney</translation>
    </message>
    <message>
      <source>&amp;Decision</source>
      <translation>&amp;Decision</translation>
    </message>
    <message>
      <source>E&amp;xplanation sheet</source>
      <translation>E&amp;xplanation sheet</translation>
    </message>
    <message>
      <source>Case view</source>
      <translation>Case view</translation>
    </message>
  </context>
  <context>
    <name>FieldLabels</name>
    <message>
      <source>Year of birth</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <source>Address or postcode</source>
      <translation>Address or postcode</translation>
    </message>
    <message>
      <source>Language levels</source>
      <translation>Language levels</translation>
    </message>
    <message>
      <source>Years of school attended</source>
      <translation>Years of school attended</translation>
    </message>
    <message>
      <source>Highest education</source>
      <translation>Highest education</translation>
    </message>
    <message>
      <source>Reading skills assessment</source>
      <translation>Reading skills assessment</translation>
    </message>
    <message>
      <source>Numeracy assessment</source>
      <translation>Numeracy assessment</translation>
    </message>
    <message>
      <source>Digital skills assessment</source>
      <translation>Digital skills assessment</translation>
    </message>
    <message>
      <source>Health limitation</source>
      <translation>Health limitation</translation>
    </message>
    <message>
      <source>Unemployed since</source>
      <translation>Unemployed since</translation>
    </message>
    <message>
      <source>Previous jobs</source>
      <translation>Previous jobs</translation>
    </message>
    <message>
      <source>Recorded skills</source>
      <translation>Recorded skills</translation>
    </message>
    <message>
      <source>CV</source>
      <translation>CV</translation>
    </message>
    <message>
      <source>Travel radius</source>
      <translation>Travel radius</translation>
    </message>
    <message>
      <source>Driving licence</source>
      <translation>Driving licence</translation>
    </message>
    <message>
      <source>Preferred language</source>
      <translation>Preferred language</translation>
    </message>
    <message>
      <source>used for suggestions</source>
      <translation>used for suggestions</translation>
    </message>
    <message>
      <source>used for job matching</source>
      <translation>used for job matching</translation>
    </message>
    <message>
      <source>used for suggestions and job matching</source>
      <translation>used for suggestions and job matching</translation>
    </message>
    <message>
      <source>used for letters</source>
      <translation>used for letters</translation>
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
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;Open case cache…</source>
      <translation>&amp;Open case cache…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Find case</source>
      <translation>&amp;Find case</translation>
    </message>
    <message>
      <source>Go to case &amp;list</source>
      <translation>Go to case &amp;list</translation>
    </message>
    <message>
      <source>&amp;Meeting mode</source>
      <translation>&amp;Meeting mode</translation>
    </message>
    <message>
      <source>&amp;Dark theme</source>
      <translation>&amp;Dark theme</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <source>The case cache could not be opened, so no cases can be shown. Ask IT to import the latest bundle, or open another cache with File › Open case cache.</source>
      <translation>The case cache could not be opened, so no cases can be shown. Ask IT to import the latest bundle, or open another cache with File › Open case cache.</translation>
    </message>
    <message>
      <source>No case cache</source>
      <translation>No case cache</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
    <message>
      <source>Case cache: %1 · %2</source>
      <translation>Case cache: %1 · %2</translation>
    </message>
    <message>
      <source>Opening the case cache…</source>
      <translation>Opening the case cache…</translation>
    </message>
    <message>
      <source>First 200 matches — type more to narrow down</source>
      <translation>First 200 matches — type more to narrow down</translation>
    </message>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n match</numerusform>
        <numerusform>%n matches</numerusform>
      </translation>
    </message>
    <message>
      <source>Open case cache</source>
      <translation>Open case cache</translation>
    </message>
    <message>
      <source>Case cache (*.sqlite *.db);;All files (*)</source>
      <translation>Case cache (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Something went wrong: %1</source>
      <translation>Something went wrong: %1</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTableModel</name>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Weeks</source>
      <translation>Weeks</translation>
    </message>
    <message>
      <source>Waiting (weeks)</source>
      <translation>Waiting (weeks)</translation>
    </message>
    <message>
      <source>Places</source>
      <translation>Places</translation>
    </message>
  </context>
  <context>
    <name>ProgrammesTab</name>
    <message>
      <source>Suggestions for this citizen</source>
      <translation>Suggestions for this citizen</translation>
    </message>
    <message>
      <source>Suggestions are not available yet: no suggestion model is installed. Choose from the programmes below as you normally would.</source>
      <translation>Suggestions are not available yet: no suggestion model is installed. Choose from the programmes below as you normally would.</translation>
    </message>
    <message>
      <source>Programmes offered</source>
      <translation>Programmes offered</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Search by name, case id or CV text</source>
      <translation>Search by name, case id or CV text</translation>
    </message>
    <message>
      <source>Case search</source>
      <translation>Case search</translation>
    </message>
    <message>
      <source>Open cases only</source>
      <translation>Open cases only</translation>
    </message>
    <message>
      <source>Unemployed 12 months or more</source>
      <translation>Unemployed 12 months or more</translation>
    </message>
    <message>
      <source>Preferred language</source>
      <translation>Preferred language</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <source>Minimum age</source>
      <translation>Minimum age</translation>
    </message>
    <message>
      <source>Maximum age</source>
      <translation>Maximum age</translation>
    </message>
    <message>
      <source>any</source>
      <translation>any</translation>
    </message>
    <message>
      <source>Any language</source>
      <translation>Any language</translation>
    </message>
  </context>
</TS>