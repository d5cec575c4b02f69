<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AlternativeModel</name>
    <message>
        <source>%1 teaches: %2</source>
        <translation>%1 teaches: %2</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>In common</source>
        <translation>In common</translation>
    </message>
    <message>
        <source>Skills to learn</source>
        <translation>Skills to learn</translation>
    </message>
    <message>
        <source>Courses that teach them</source>
        <translation>Courses that teach them</translation>
    </message>
    <message>
        <source>Not taught by any course</source>
        <translation>Not taught by any course</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <source>Assign caseworkers</source>
        <translation>Assign caseworkers</translation>
    </message>
    <message>
        <source>Citizens no caseworker holds, each with a proposed caseworker and why. Accept the proposal or choose another caseworker; every choice is recorded in the audit log. Gender and origin are never used.</source>
        <translation>Citizens no caseworker holds, each with a proposed caseworker and why. Accept the proposal or choose another caseworker; every choice is recorded in the audit log. Gender and origin are never used.</translation>
    </message>
    <message>
        <source>Weigh caseworkers&apos; own effect (team leads only)</source>
        <translation>Weigh caseworkers&apos; own effect (team leads only)</translation>
    </message>
    <message>
        <source>Off by default. An estimate of how much more often a caseworker&apos;s citizens find work than expected, shrunk towards the average, shown with its range and only where it rests on at least 100 cases.</source>
        <translation>Off by default. An estimate of how much more often a caseworker&apos;s citizens find work than expected, shrunk towards the average, shown with its range and only where it rests on at least 100 cases.</translation>
    </message>
    <message>
        <source>Citizens without a caseworker</source>
        <translation>Citizens without a caseworker</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Assign &amp;to:</translation>
    </message>
    <message>
        <source>Caseworker to assign</source>
        <translation>Caseworker to assign</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>&amp;Accept proposal</translation>
    </message>
    <message>
        <source>Assign to &amp;chosen caseworker</source>
        <translation>Assign to &amp;chosen caseworker</translation>
    </message>
    <message>
        <source>Proposing caseworkers…</source>
        <translation>Proposing caseworkers…</translation>
    </message>
    <message>
        <source>%1 (%2): caseload %3 of %4</source>
        <translation>%1 (%2): caseload %3 of %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) without a caseworker.</source>
        <translation>
            <numerusform>%Ln citizen without a caseworker.</numerusform>
            <numerusform>%Ln citizens without a caseworker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln.</source>
        <translation>
            <numerusform>Showing the first one.</numerusform>
            <numerusform>Showing the first %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case data has no caseworker roster (contract 1.1).</source>
        <translation>The case data has no caseworker roster (contract 1.1).</translation>
    </message>
    <message>
        <source>Choose a citizen in the list.</source>
        <translation>Choose a citizen in the list.</translation>
    </message>
    <message>
        <source>%1 (%2), preferred language %3</source>
        <translation>%1 (%2), preferred language %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2)</source>
        <translation>Proposed: %1 (%2)</translation>
    </message>
    <message>
        <source>Alternative %3: %1 (%2)</source>
        <translation>Alternative %3: %1 (%2)</translation>
    </message>
    <message>
        <source>Current or last caseworker: %1 (no longer on the roster)</source>
        <translation>Current or last caseworker: %1 (no longer on the roster)</translation>
    </message>
    <message>
        <source>Current or last caseworker: %1 (%2)</source>
        <translation>Current or last caseworker: %1 (%2)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saving… (the case cache is busy with an import; the choice is kept and saved next)</source>
        <translation>Saving… (the case cache is busy with an import; the choice is kept and saved next)</translation>
    </message>
    <message>
        <source>%1 assigned to %2: proposal accepted. Recorded in the audit log.</source>
        <translation>%1 assigned to %2: proposal accepted. Recorded in the audit log.</translation>
    </message>
    <message>
        <source>%1 assigned to %2, instead of the proposed %3. Recorded in the audit log.</source>
        <translation>%1 assigned to %2, instead of the proposed %3. Recorded in the audit log.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>That did not work: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Attendance stability</source>
        <translation>Attendance stability</translation>
    </message>
    <message>
        <source>for a meeting on %1 (none is booked)</source>
        <translation>for a meeting on %1 (none is booked)</translation>
    </message>
    <message>
        <source>for the %2 on %1</source>
        <translation>for the %2 on %1</translation>
    </message>
    <message>
        <source>Attended %1 of %2 recorded appointments (%3).</source>
        <translation>Attended %1 of %2 recorded appointments (%3).</translation>
    </message>
    <message>
        <source>Risk of a missed appointment: %1 (about %2) %3</source>
        <translation>Risk of a missed appointment: %1 (about %2) %3</translation>
    </message>
    <message>
        <source>Main reasons: %1</source>
        <translation>Main reasons: %1</translation>
    </message>
    <message>
        <source>No single factor stands out.</source>
        <translation>No single factor stands out.</translation>
    </message>
    <message>
        <source>An estimate from past attendance of people in similar situations (model version %1). Use it to offer support such as a reminder, never as a verdict.</source>
        <translation>An estimate from past attendance of people in similar situations (model version %1). Use it to offer support such as a reminder, never as a verdict.</translation>
    </message>
    <message>
        <source>No attendance model is installed, so no attendance band is shown.</source>
        <translation>No attendance model is installed, so no attendance band is shown.</translation>
    </message>
    <message>
        <source>The attendance model was withdrawn: %1</source>
        <translation>The attendance model was withdrawn: %1</translation>
    </message>
    <message>
        <source>The attendance model cannot be used: %1</source>
        <translation>The attendance model cannot be used: %1</translation>
    </message>
    <message>
        <source>The case is closed, so no attendance band is shown.</source>
        <translation>The case is closed, so no attendance band is shown.</translation>
    </message>
    <message>
        <source>No attendance band: the citizen objects to profiling (GDPR Art. 21).</source>
        <translation>No attendance band: the citizen objects to profiling (GDPR Art. 21).</translation>
    </message>
    <message>
        <source>No attendance band is available.</source>
        <translation>No attendance band is available.</translation>
    </message>
</context>
<context>
    <name>BalanceTableModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Proposed a programme</source>
        <translation>Proposed a programme</translation>
    </message>
    <message>
        <source>Extra in work per 100</source>
        <translation>Extra in work per 100</translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation>too few to show</translation>
    </message>
</context>
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
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
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
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded skill(s)</source>
        <translation>
            <numerusform>%Ln recorded skill</numerusform>
            <numerusform>%Ln recorded skills</numerusform>
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
    <name>DecisionTab</name>
    <message>
        <source>the case selected in the list is not the one shown. Select the case again and check the decision.</source>
        <translation>the case selected in the list is not the one shown. Select the case again and check the decision.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Recorded as caseworker: %1</source>
        <translation>Recorded as caseworker: %1</translation>
    </message>
    <message>
        <source>Record my own assessment before I see the suggestions</source>
        <translation>Record my own assessment before I see the suggestions</translation>
    </message>
    <message>
        <source>The citizen objects to profiling (GDPR Art. 21): no suggestions for this case</source>
        <translation>The citizen objects to profiling (GDPR Art. 21): no suggestions for this case</translation>
    </message>
    <message>
        <source>&amp;Your own assessment:</source>
        <translation>&amp;Your own assessment:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme chosen:</source>
        <translation>Pro&amp;gramme chosen:</translation>
    </message>
    <message>
        <source>Reason &amp;code:</source>
        <translation>Reason &amp;code:</translation>
    </message>
    <message>
        <source>Reason in &amp;words:</source>
        <translation>Reason in &amp;words:</translation>
    </message>
    <message>
        <source>Job r&amp;eferrals (one per line):</source>
        <translation>Job r&amp;eferrals (one per line):</translation>
    </message>
    <message>
        <source>Note &amp;my assessment and show the suggestions</source>
        <translation>Note &amp;my assessment and show the suggestions</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Record decision</translation>
    </message>
    <message>
        <source>The citizen&apos;s own wish</source>
        <translation>The citizen&apos;s own wish</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>No free place</source>
        <translation>No free place</translation>
    </message>
    <message>
        <source>I know more about the case</source>
        <translation>I know more about the case</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <source>Last decision recorded %1 by %2.</source>
        <translation>Last decision recorded %1 by %2.</translation>
    </message>
    <message>
        <source>No suggestion is shown for this case.</source>
        <translation>No suggestion is shown for this case.</translation>
    </message>
    <message>
        <source>Suggestions are hidden until you have noted your own assessment.</source>
        <translation>Suggestions are hidden until you have noted your own assessment.</translation>
    </message>
    <message>
        <source>No suggestion — use your judgement.</source>
        <translation>No suggestion — use your judgement.</translation>
    </message>
    <message>
        <source>Top suggestion: %1</source>
        <translation>Top suggestion: %1</translation>
    </message>
    <message>
        <source>Your choice differs from the top suggestion: please give a reason code and a short explanation.</source>
        <translation>Your choice differs from the top suggestion: please give a reason code and a short explanation.</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>no programme</translation>
    </message>
    <message>
        <source>Write your own assessment first.</source>
        <translation>Write your own assessment first.</translation>
    </message>
    <message>
        <source>Choose a programme, or &quot;No programme&quot;.</source>
        <translation>Choose a programme, or &quot;No programme&quot;.</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>Saving… The case cache is busy (an import is running); your decision is kept and saved as soon as it is free.</source>
        <translation>Saving… The case cache is busy (an import is running); your decision is kept and saved as soon as it is free.</translation>
    </message>
    <message>
        <source>Decision recorded (number %1).</source>
        <translation>Decision recorded (number %1).</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>FailureWords</name>
    <message>
        <source>the case cache is not open</source>
        <translation>the case cache is not open</translation>
    </message>
    <message>
        <source>an unexpected error (the details are in the IT log)</source>
        <translation>an unexpected error (the details are in the IT log)</translation>
    </message>
    <message>
        <source>the disk holding the case cache %1 is full; free some space and try again</source>
        <translation>the disk holding the case cache %1 is full; free some space and try again</translation>
    </message>
    <message>
        <source>the case cache %1 cannot be written: the file or its folder is read-only. Ask IT to check the permissions of both</source>
        <translation>the case cache %1 cannot be written: the file or its folder is read-only. Ask IT to check the permissions of both</translation>
    </message>
    <message>
        <source>the case cache %1 cannot be opened: the file or its folder is not accessible; check that the folder exists and its permissions</source>
        <translation>the case cache %1 cannot be opened: the file or its folder is not accessible; check that the folder exists and its permissions</translation>
    </message>
    <message>
        <source>the case cache %1 is busy: another Wayfinder program (an import?) is writing to it; try again when it has finished</source>
        <translation>the case cache %1 is busy: another Wayfinder program (an import?) is writing to it; try again when it has finished</translation>
    </message>
    <message>
        <source>the case cache %1 is damaged. Ask IT to restore it from backup or to import the latest bundle again</source>
        <translation>the case cache %1 is damaged. Ask IT to restore it from backup or to import the latest bundle again</translation>
    </message>
    <message>
        <source>reading or writing the case cache %1 failed; the disk may be failing, full or removed: check it, then try again</source>
        <translation>reading or writing the case cache %1 failed; the disk may be failing, full or removed: check it, then try again</translation>
    </message>
    <message>
        <source>the case cache %1 could not be used (the details are in the IT log)</source>
        <translation>the case cache %1 could not be used (the details are in the IT log)</translation>
    </message>
</context>
<context>
    <name>FeatureWords</name>
    <message>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <source>years in the country</source>
        <translation>years in the country</translation>
    </message>
    <message>
        <source>years of school</source>
        <translation>years of school</translation>
    </message>
    <message>
        <source>highest education</source>
        <translation>highest education</translation>
    </message>
    <message>
        <source>reading skills</source>
        <translation>reading skills</translation>
    </message>
    <message>
        <source>numeracy skills</source>
        <translation>numeracy skills</translation>
    </message>
    <message>
        <source>digital skills</source>
        <translation>digital skills</translation>
    </message>
    <message>
        <source>level in the local language</source>
        <translation>level in the local language</translation>
    </message>
    <message>
        <source>number of languages</source>
        <translation>number of languages</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <source>travel radius</source>
        <translation>travel radius</translation>
    </message>
    <message>
        <source>time unemployed</source>
        <translation>time unemployed</translation>
    </message>
    <message>
        <source>time in work (last 2 years)</source>
        <translation>time in work (last 2 years)</translation>
    </message>
    <message>
        <source>time in subsidised work (last 2 years)</source>
        <translation>time in subsidised work (last 2 years)</translation>
    </message>
    <message>
        <source>time in education (last 2 years)</source>
        <translation>time in education (last 2 years)</translation>
    </message>
    <message>
        <source>time on sick leave (last 2 years)</source>
        <translation>time on sick leave (last 2 years)</translation>
    </message>
    <message>
        <source>number of previous jobs</source>
        <translation>number of previous jobs</translation>
    </message>
    <message>
        <source>work experience</source>
        <translation>work experience</translation>
    </message>
    <message>
        <source>time since the last job</source>
        <translation>time since the last job</translation>
    </message>
    <message>
        <source>earlier decisions</source>
        <translation>earlier decisions</translation>
    </message>
    <message>
        <source>earlier decisions for a programme</source>
        <translation>earlier decisions for a programme</translation>
    </message>
    <message>
        <source>time since the last decision</source>
        <translation>time since the last decision</translation>
    </message>
    <message>
        <source>programmes dropped or not started</source>
        <translation>programmes dropped or not started</translation>
    </message>
    <message>
        <source>attendance in earlier programmes</source>
        <translation>attendance in earlier programmes</translation>
    </message>
    <message>
        <source>appointments (last 12 months)</source>
        <translation>appointments (last 12 months)</translation>
    </message>
    <message>
        <source>appointments attended (last 12 months)</source>
        <translation>appointments attended (last 12 months)</translation>
    </message>
    <message>
        <source>health limitation</source>
        <translation>health limitation</translation>
    </message>
    <message>
        <source>motivation (caseworker&apos;s rating)</source>
        <translation>motivation (caseworker&apos;s rating)</translation>
    </message>
    <message>
        <source>children under 6</source>
        <translation>children under 6</translation>
    </message>
    <message>
        <source>has a car</source>
        <translation>has a car</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>housing</translation>
    </message>
    <message>
        <source>earlier programmes: %1</source>
        <translation>earlier programmes: %1</translation>
    </message>
    <message>
        <source>earlier decisions for %1</source>
        <translation>earlier decisions for %1</translation>
    </message>
    <message>
        <source>benefit: %1</source>
        <translation>benefit: %1</translation>
    </message>
    <message>
        <source>case data: %1</source>
        <translation>case data: %1</translation>
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
    <name>InsightRateModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Followed %1 weeks</source>
        <translation>Followed %1 weeks</translation>
    </message>
    <message>
        <source>In work or education</source>
        <translation>In work or education</translation>
    </message>
    <message>
        <source>Rate (95% interval)</source>
        <translation>Rate (95% interval)</translation>
    </message>
</context>
<context>
    <name>InsightWindow</name>
    <message>
        <source>Computing from every case in the cache…</source>
        <translation>Computing from every case in the cache…</translation>
    </message>
    <message>
        <source>Insight: outcomes by factor</source>
        <translation>Insight: outcomes by factor</translation>
    </message>
    <message>
        <source>Outcomes by factor</source>
        <translation>Outcomes by factor</translation>
    </message>
    <message>
        <source>Associations, not effects — see the suggestions model for effects. Citizens in different groups differ in many other ways, and counts such as programmes taken or appointments attended build up over a longer journey.</source>
        <translation>Associations, not effects — see the suggestions model for effects. Citizens in different groups differ in many other ways, and counts such as programmes taken or appointments attended build up over a longer journey.</translation>
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
        <translation>In work or education within 26 weeks</translation>
    </message>
    <message>
        <source>Share in work or education over time (95% bands)</source>
        <translation>Share in work or education over time (95% bands)</translation>
    </message>
    <message>
        <source>Outcome rates by group</source>
        <translation>Outcome rates by group</translation>
    </message>
    <message>
        <source>Time-to-work curves by group</source>
        <translation>Time-to-work curves by group</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <source>%1 citizens with a known start of unemployment.</source>
        <translation>%1 citizens with a known start of unemployment.</translation>
    </message>
    <message>
        <source>Years of school</source>
        <translation>Years of school</translation>
    </message>
    <message>
        <source>Basic skills (mean of 1–5 scores)</source>
        <translation>Basic skills (mean of 1–5 scores)</translation>
    </message>
    <message>
        <source>Host-language level</source>
        <translation>Host-language level</translation>
    </message>
    <message>
        <source>Programmes taken</source>
        <translation>Programmes taken</translation>
    </message>
    <message>
        <source>Appointments attended</source>
        <translation>Appointments attended</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>under 10</source>
        <translation>under 10</translation>
    </message>
    <message>
        <source>13 or more</source>
        <translation>13 or more</translation>
    </message>
    <message>
        <source>low (under 2.5)</source>
        <translation>low (under 2.5)</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>middle</translation>
    </message>
    <message>
        <source>high (3.5 or more)</source>
        <translation>high (3.5 or more)</translation>
    </message>
    <message>
        <source>native</source>
        <translation>native</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation>3 or more</translation>
    </message>
    <message>
        <source>under 70%</source>
        <translation>under 70%</translation>
    </message>
    <message>
        <source>90% or more</source>
        <translation>90% or more</translation>
    </message>
</context>
<context>
    <name>JobMatchModel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Also useful: %1</source>
        <translation>Also useful: %1</translation>
    </message>
    <message>
        <source>Share of the vacancy&apos;s skills the citizen has: %1</source>
        <translation>Share of the vacancy&apos;s skills the citizen has: %1</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacancy</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Skills matched</source>
        <translation>Skills matched</translation>
    </message>
    <message>
        <source>Skills missing</source>
        <translation>Skills missing</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Skill profile</source>
        <translation>Skill profile</translation>
    </message>
    <message>
        <source>&amp;Confirm skill</source>
        <translation>&amp;Confirm skill</translation>
    </message>
    <message>
        <source>&amp;Remove skill</source>
        <translation>&amp;Remove skill</translation>
    </message>
    <message>
        <source>&amp;Undo choice</source>
        <translation>&amp;Undo choice</translation>
    </message>
    <message>
        <source>&amp;Add a CV file...</source>
        <translation>&amp;Add a CV file...</translation>
    </message>
    <message>
        <source>Vacancies that match</source>
        <translation>Vacancies that match</translation>
    </message>
    <message>
        <source>Other occupations within reach</source>
        <translation>Other occupations within reach</translation>
    </message>
    <message>
        <source>Job matching is not available.</source>
        <translation>Job matching is not available.</translation>
    </message>
    <message>
        <source>Job matching needs the list of occupations and skills, which is not installed on this computer yet. Ask IT to install it.</source>
        <translation>Job matching needs the list of occupations and skills, which is not installed on this computer yet. Ask IT to install it.</translation>
    </message>
    <message>
        <source>The list of occupations and skills on this computer cannot be used. Ask IT: the reason is in the IT log.</source>
        <translation>The list of occupations and skills on this computer cannot be used. Ask IT: the reason is in the IT log.</translation>
    </message>
    <message>
        <source>The file %1 could not be read as a CV. Use a text, Word (.docx) or PDF file that opens on this computer.</source>
        <translation>The file %1 could not be read as a CV. Use a text, Word (.docx) or PDF file that opens on this computer.</translation>
    </message>
    <message>
        <source>That did not work. The details are in the IT log.</source>
        <translation>That did not work. The details are in the IT log.</translation>
    </message>
    <message>
        <source>CV files added: %1</source>
        <translation>CV files added: %1</translation>
    </message>
    <message>
        <source>%1 of %2 vacancies shown.</source>
        <translation>%1 of %2 vacancies shown.</translation>
    </message>
    <message>
        <source>Within %1 km of home.</source>
        <translation>Within %1 km of home.</translation>
    </message>
    <message>
        <source>No travel radius is recorded: vacancies at any distance.</source>
        <translation>No travel radius is recorded: vacancies at any distance.</translation>
    </message>
    <message>
        <source>Home address unknown: distances cannot be shown.</source>
        <translation>Home address unknown: distances cannot be shown.</translation>
    </message>
    <message>
        <source>Job titles also matched with the sentence encoder %1.</source>
        <translation>Job titles also matched with the sentence encoder %1.</translation>
    </message>
    <message>
        <source>Add a CV file</source>
        <translation>Add a CV file</translation>
    </message>
    <message>
        <source>CV files (*.txt *.docx *.pdf)</source>
        <translation>CV files (*.txt *.docx *.pdf)</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <source>decision without a programme</source>
        <translation>decision without a programme</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Show the timeline as a list</source>
        <translation>Show the timeline as a list</translation>
    </message>
    <message>
        <source>Journey timeline as a list</source>
        <translation>Journey timeline as a list</translation>
    </message>
    <message>
        <source>Open a case to see the citizen&apos;s journey.</source>
        <translation>Open a case to see the citizen&apos;s journey.</translation>
    </message>
    <message>
        <source>The journey could not be prepared for this case.</source>
        <translation>The journey could not be prepared for this case.</translation>
    </message>
    <message>
        <source>No programmes, appointments or outcomes are recorded.</source>
        <translation>No programmes, appointments or outcomes are recorded.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 · Programmes: %3 · Appointments: %4 · Periods without activity: %5 (%Ln day(s) in all)</source>
        <translation>
            <numerusform>From %1 to %2 · Programmes: %3 · Appointments: %4 · Periods without activity: %5 (%Ln day in all)</numerusform>
            <numerusform>From %1 to %2 · Programmes: %3 · Appointments: %4 · Periods without activity: %5 (%Ln days in all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyWords</name>
    <message>
        <source>employed</source>
        <translation>employed</translation>
    </message>
    <message>
        <source>employed (subsidised)</source>
        <translation>employed (subsidised)</translation>
    </message>
    <message>
        <source>education</source>
        <translation>education</translation>
    </message>
    <message>
        <source>unemployed</source>
        <translation>unemployed</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>sick</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>job search training</source>
        <translation>job search training</translation>
    </message>
    <message>
        <source>vocational course</source>
        <translation>vocational course</translation>
    </message>
    <message>
        <source>language course</source>
        <translation>language course</translation>
    </message>
    <message>
        <source>basic skills course</source>
        <translation>basic skills course</translation>
    </message>
    <message>
        <source>work trial</source>
        <translation>work trial</translation>
    </message>
    <message>
        <source>wage subsidy</source>
        <translation>wage subsidy</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>health support</source>
        <translation>health support</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>dropped out</translation>
    </message>
    <message>
        <source>did not start</source>
        <translation>did not start</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>course session</source>
        <translation>course session</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <source>time unemployed</source>
        <translation>time unemployed</translation>
    </message>
    <message>
        <source>number of earlier appointments</source>
        <translation>number of earlier appointments</translation>
    </message>
    <message>
        <source>earlier missed appointments</source>
        <translation>earlier missed appointments</translation>
    </message>
    <message>
        <source>distance to the appointment</source>
        <translation>distance to the appointment</translation>
    </message>
    <message>
        <source>host-language level</source>
        <translation>host-language level</translation>
    </message>
    <message>
        <source>partial health limitation</source>
        <translation>partial health limitation</translation>
    </message>
    <message>
        <source>significant health limitation</source>
        <translation>significant health limitation</translation>
    </message>
    <message>
        <source>appointment type: %1</source>
        <translation>appointment type: %1</translation>
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
        <translation>Wayfinder — DEMO build</translation>
    </message>
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
        <translation>Lan&amp;guage</translation>
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
        <source>&amp;Oversight: acceptance of suggestions…</source>
        <translation>&amp;Oversight: acceptance of suggestions…</translation>
    </message>
    <message>
        <source>&amp;Insight: outcomes by factor…</source>
        <translation>&amp;Insight: outcomes by factor…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About the suggestion &amp;model…</source>
        <translation>About the suggestion &amp;model…</translation>
    </message>
    <message>
        <source>Check for model &amp;updates…</source>
        <translation>Check for model &amp;updates…</translation>
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
    <message>
        <source>The case cache is damaged: what is shown may be incomplete, and saving may fail. Ask IT to restore it from a backup or to re-import the latest bundle.</source>
        <translation>The case cache is damaged: what is shown may be incomplete, and saving may fail. Ask IT to restore it from a backup or to re-import the latest bundle.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
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
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
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
        <source>Something went wrong. The details are in the IT log.</source>
        <translation>Something went wrong. The details are in the IT log.</translation>
    </message>
    <message>
        <source>Preparing suggestions, jobs and journeys in the background (%1 of %2)…</source>
        <translation>Preparing suggestions, jobs and journeys in the background (%1 of %2)…</translation>
    </message>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;Team lead</translation>
    </message>
    <message>
        <source>&amp;Planning of places…</source>
        <translation>&amp;Planning of places…</translation>
    </message>
    <message>
        <source>&amp;Assign caseworkers…</source>
        <translation>&amp;Assign caseworkers…</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <source>Checking the installed model…</source>
        <translation>Checking the installed model…</translation>
    </message>
    <message>
        <source>The installed model could not be read: %1</source>
        <translation>The installed model could not be read: %1</translation>
    </message>
    <message>
        <source>Suggestion model</source>
        <translation>Suggestion model</translation>
    </message>
    <message>
        <source>The model behind the suggestions</source>
        <translation>The model behind the suggestions</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Trained on data from:</source>
        <translation>Trained on data from:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Signed:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <source>Verified on this computer:</source>
        <translation>Verified on this computer:</translation>
    </message>
    <message>
        <source>Last successful update check:</source>
        <translation>Last successful update check:</translation>
    </message>
    <message>
        <source>From the model card:</source>
        <translation>From the model card:</translation>
    </message>
    <message>
        <source>Model card summary</source>
        <translation>Model card summary</translation>
    </message>
    <message>
        <source>Check for &amp;updates</source>
        <translation>Check for &amp;updates</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Check for updates</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 The app shows no suggestions; the rest of Wayfinder works as usual. IT finds the reason in the IT log.</source>
        <translation>%1 The app shows no suggestions; the rest of Wayfinder works as usual. IT finds the reason in the IT log.</translation>
    </message>
    <message>
        <source>It gave no suggestion (abstained) for %1 of test decisions.</source>
        <translation>It gave no suggestion (abstained) for %1 of test decisions.</translation>
    </message>
    <message>
        <source>No update was installed; the current model stays in use. The reason is in the IT log.</source>
        <translation>No update was installed; the current model stays in use. The reason is in the IT log.</translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation>Published by:</translation>
    </message>
    <message>
        <source>a shared model (the national or regional publisher)</source>
        <translation>a shared model (the national or regional publisher)</translation>
    </message>
    <message>
        <source>%1 (this municipality&apos;s or region&apos;s own publisher)</source>
        <translation>%1 (this municipality&apos;s or region&apos;s own publisher)</translation>
    </message>
    <message>
        <source>IT pinned this version on this computer: %1</source>
        <translation>IT pinned this version on this computer: %1</translation>
    </message>
    <message>
        <source>IT withdrew this model on this computer, so the app shows no suggestions: %1</source>
        <translation>IT withdrew this model on this computer, so the app shows no suggestions: %1</translation>
    </message>
    <message>
        <source>IT chose another model version for this computer, which is not installed yet, so the app shows no suggestions: %1</source>
        <translation>IT chose another model version for this computer, which is not installed yet, so the app shows no suggestions: %1</translation>
    </message>
    <message>
        <source>This model was withdrawn, so the app shows no suggestions: %1</source>
        <translation>This model was withdrawn, so the app shows no suggestions: %1</translation>
    </message>
    <message>
        <source>The model&apos;s signature was verified, but its suggestions are not shown: it has not been shown to work on this municipality&apos;s own history (see below).</source>
        <translation>The model&apos;s signature was verified, but its suggestions are not shown: it has not been shown to work on this municipality&apos;s own history (see below).</translation>
    </message>
    <message>
        <source>The model&apos;s signature was verified; its suggestions are shown.</source>
        <translation>The model&apos;s signature was verified; its suggestions are shown.</translation>
    </message>
    <message>
        <source>This model has not been checked on this municipality&apos;s own history yet (IT: &apos;wayfinder-admin models check-local&apos;).</source>
        <translation>This model has not been checked on this municipality&apos;s own history yet (IT: &apos;wayfinder-admin models check-local&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: shown to work here.</source>
        <translation>
            <numerusform>Checked on %Ln citizen of this municipality on %1: shown to work here.</numerusform>
            <numerusform>Checked on %Ln citizens of this municipality on %1: shown to work here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: not shown to work here.</source>
        <translation>
            <numerusform>Checked on %Ln citizen of this municipality on %1: not shown to work here.</numerusform>
            <numerusform>Checked on %Ln citizens of this municipality on %1: not shown to work here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked on %Ln citizen(s) of this municipality on %1: too little local history to tell whether it works here.</source>
        <translation>
            <numerusform>Checked on %Ln citizen of this municipality on %1: too little local history to tell whether it works here.</numerusform>
            <numerusform>Checked on %Ln citizens of this municipality on %1: too little local history to tell whether it works here.</numerusform>
        </translation>
    </message>
    <message>
        <source>IT has allowed its suggestions anyway; this is recorded in the audit log.</source>
        <translation>IT has allowed its suggestions anyway; this is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Its suggestions are not shown until a check shows that it works here, or IT allows it.</source>
        <translation>Its suggestions are not shown until a check shows that it works here, or IT allows it.</translation>
    </message>
    <message>
        <source>DEMO build: this copy of Wayfinder trusts the public demo keys, so its model is not protected by your organisation&apos;s signature. Use it to try the program, not for real cases.</source>
        <translation>DEMO build: this copy of Wayfinder trusts the public demo keys, so its model is not protected by your organisation&apos;s signature. Use it to try the program, not for real cases.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln day ago)</numerusform>
            <numerusform>%1 (%Ln days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has never reached the update folder, so it would not know if this model had been withdrawn. Suggestions keep working; please tell IT.</source>
        <translation>This computer has never reached the update folder, so it would not know if this model had been withdrawn. Suggestions keep working; please tell IT.</translation>
    </message>
    <message numerus="yes">
        <source>This computer has not reached the update folder for %Ln day(s), so it would not know if this model had been withdrawn.</source>
        <translation>
            <numerusform>This computer has not reached the update folder for %Ln day, so it would not know if this model had been withdrawn.</numerusform>
            <numerusform>This computer has not reached the update folder for %Ln days, so it would not know if this model had been withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IT allows %Ln day(s).</source>
        <translation>
            <numerusform>IT allows %Ln day.</numerusform>
            <numerusform>IT allows %Ln days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions keep working; please tell IT.</source>
        <translation>Suggestions keep working; please tell IT.</translation>
    </message>
    <message>
        <source>Trained on %1 citizens of %2 (%3 more kept aside to test it).</source>
        <translation>Trained on %1 citizens of %2 (%3 more kept aside to test it).</translation>
    </message>
    <message>
        <source>Protected attributes used as inputs: %1</source>
        <translation>Protected attributes used as inputs: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Following the suggestions did better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3).</source>
        <translation>Following the suggestions did better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3).</translation>
    </message>
    <message>
        <source>Following the suggestions did NOT do clearly better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3). Weigh them with care.</source>
        <translation>Following the suggestions did NOT do clearly better than giving everyone the best single programme: %1 in 100 (95% interval %2 to %3). Weigh them with care.</translation>
    </message>
    <message>
        <source>Fairness audit: not in this model card.</source>
        <translation>Fairness audit: not in this model card.</translation>
    </message>
    <message>
        <source>Fairness audit (test data, by group):</source>
        <translation>Fairness audit (test data, by group):</translation>
    </message>
    <message>
        <source>• %1: suggestion rates differ most for %2, by %3 percentage points between groups.</source>
        <translation>• %1: suggestion rates differ most for %2, by %3 percentage points between groups.</translation>
    </message>
    <message>
        <source>  Predicted and observed outcomes differ beyond chance for: %1</source>
        <translation>  Predicted and observed outcomes differ beyond chance for: %1</translation>
    </message>
    <message>
        <source>  Too small to judge: %1</source>
        <translation>  Too small to judge: %1</translation>
    </message>
    <message>
        <source>Strongest stand-ins for origin among the inputs: %1</source>
        <translation>Strongest stand-ins for origin among the inputs: %1</translation>
    </message>
    <message>
        <source>Looking for a newer model…</source>
        <translation>Looking for a newer model…</translation>
    </message>
    <message>
        <source>No update folder is configured on this computer; IT installs new models.</source>
        <translation>No update folder is configured on this computer; IT installs new models.</translation>
    </message>
    <message>
        <source>Model version %1 was verified and installed; it is used from the next start of Wayfinder.</source>
        <translation>Model version %1 was verified and installed; it is used from the next start of Wayfinder.</translation>
    </message>
    <message>
        <source>The installed model was withdrawn by its publisher: %1</source>
        <translation>The installed model was withdrawn by its publisher: %1</translation>
    </message>
    <message>
        <source>The installed model is the newest one.</source>
        <translation>The installed model is the newest one.</translation>
    </message>
    <message>
        <source>No model is available in the update folder.</source>
        <translation>No model is available in the update folder.</translation>
    </message>
</context>
<context>
    <name>OversightDialog</name>
    <message>
        <source>Oversight: acceptance of suggestions</source>
        <translation>Oversight: acceptance of suggestions</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s)</source>
        <translation>
            <numerusform>Last %Ln day</numerusform>
            <numerusform>Last %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Counts only decisions where a suggestion was shown. Overriding is normal and healthy: the caseworker knows things the model does not.</source>
        <translation>Counts only decisions where a suggestion was shown. Overriding is normal and healthy: the caseworker knows things the model does not.</translation>
    </message>
    <message>
        <source>Acceptance and override rates</source>
        <translation>Acceptance and override rates</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The figures could not be computed. The reason is in the IT log.</source>
        <translation>The figures could not be computed. The reason is in the IT log.</translation>
    </message>
    <message>
        <source>all caseworkers together</source>
        <translation>all caseworkers together</translation>
    </message>
    <message>
        <source>Warning: more than 95% of suggestions were accepted in this period by: %1. Check that each decision is the caseworker&apos;s own (possible rubber-stamping).</source>
        <translation>Warning: more than 95% of suggestions were accepted in this period by: %1. Check that each decision is the caseworker&apos;s own (possible rubber-stamping).</translation>
    </message>
</context>
<context>
    <name>OversightTableModel</name>
    <message>
        <source>All caseworkers</source>
        <translation>All caseworkers</translation>
    </message>
    <message>
        <source>Over 95% accepted: check</source>
        <translation>Over 95% accepted: check</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>With a suggestion</source>
        <translation>With a suggestion</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>PlanningPanel</name>
    <message>
        <source>Programme places: planning</source>
        <translation>Programme places: planning</translation>
    </message>
    <message>
        <source>Places per programme</source>
        <translation>Places per programme</translation>
    </message>
    <message>
        <source>Balance across groups</source>
        <translation>Balance across groups</translation>
    </message>
    <message>
        <source>Balance across groups (audit only: gender, origin and age are never inputs to the plan)</source>
        <translation>Balance across groups (audit only: gender, origin and age are never inputs to the plan)</translation>
    </message>
    <message>
        <source>Proposed: the places the plan would use for the expected caseload of the period. Price per place: how many more people in 100 would be in work or education if the programme had one more place (0: places are not scarce). Ranges add up each citizen&apos;s 90% range. Groups under 10 citizens show no figures.</source>
        <translation>Proposed: the places the plan would use for the expected caseload of the period. Price per place: how many more people in 100 would be in work or education if the programme had one more place (0: places are not scarce). Ranges add up each citizen&apos;s 90% range. Groups under 10 citizens show no figures.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reading the places…</source>
        <translation>Reading the places…</translation>
    </message>
    <message>
        <source>Planning period %1 to %2</source>
        <translation>Planning period %1 to %2</translation>
    </message>
    <message>
        <source>No plan computed yet: places are shown, proposals are not. Recompute the plan below; it is also computed on every import when a model is installed.</source>
        <translation>No plan computed yet: places are shown, proposals are not. Recompute the plan below; it is also computed on every import when a model is installed.</translation>
    </message>
    <message>
        <source>Bookings or intakes changed since: the proposed places are older than the places shown. Recompute the plan to update them.</source>
        <translation>Bookings or intakes changed since: the proposed places are older than the places shown. Recompute the plan to update them.</translation>
    </message>
    <message numerus="yes">
        <source>Plan computed %1 with model %2 over an expected caseload of %Ln citizen(s).</source>
        <translation>
            <numerusform>Plan computed %1 with model %2 over an expected caseload of %Ln citizen.</numerusform>
            <numerusform>Plan computed %1 with model %2 over an expected caseload of %Ln citizens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected extra people in work or education from the proposed places: %1 (range %2 to %3).</source>
        <translation>Expected extra people in work or education from the proposed places: %1 (range %2 to %3).</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export the planning figures</source>
        <translation>Export the planning figures</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>The planning figures could not be read or saved: %1</source>
        <translation>The planning figures could not be read or saved: %1</translation>
    </message>
</context>
<context>
    <name>PlanningTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Next intakes (places left)</source>
        <translation>Next intakes (places left)</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Price per place</source>
        <translation>Price per place</translation>
    </message>
    <message>
        <source>Expected extra in work (range)</source>
        <translation>Expected extra in work (range)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>not limited</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
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
        <source>Open a case to see suggestions.</source>
        <translation>Open a case to see suggestions.</translation>
    </message>
    <message>
        <source>No suggestions: the citizen objected to profiling (GDPR Art. 21). Choose from the programmes below as you normally would.</source>
        <translation>No suggestions: the citizen objected to profiling (GDPR Art. 21). Choose from the programmes below as you normally would.</translation>
    </message>
    <message>
        <source>No suggestions are shown. %1 Choose from the programmes below as you normally would; IT can tell you more.</source>
        <translation>No suggestions are shown. %1 Choose from the programmes below as you normally would; IT can tell you more.</translation>
    </message>
    <message>
        <source>Suggestions are hidden until you have noted your own assessment in the Decision tab.</source>
        <translation>Suggestions are hidden until you have noted your own assessment in the Decision tab.</translation>
    </message>
    <message>
        <source>No suggestion — use your judgement.</source>
        <translation>No suggestion — use your judgement.</translation>
    </message>
    <message>
        <source>The model suggests no programme for now.</source>
        <translation>The model suggests no programme for now.</translation>
    </message>
    <message>
        <source>These are estimates to weigh, not a decision. You decide.</source>
        <translation>These are estimates to weigh, not a decision. You decide.</translation>
    </message>
    <message>
        <source>The model card does not say whether personal suggestions beat offering everyone the same programme.</source>
        <translation>The model card does not say whether personal suggestions beat offering everyone the same programme.</translation>
    </message>
    <message>
        <source>In evaluation, following these suggestions did better than offering everyone the same programme (about %1 more in 100).</source>
        <translation>In evaluation, following these suggestions did better than offering everyone the same programme (about %1 more in 100).</translation>
    </message>
    <message>
        <source>In evaluation, these personal suggestions did not do clearly better than offering everyone %1. Treat the order as a hint.</source>
        <translation>In evaluation, these personal suggestions did not do clearly better than offering everyone %1. Treat the order as a hint.</translation>
    </message>
    <message>
        <source>the same programme</source>
        <translation>the same programme</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>no programme</translation>
    </message>
    <message>
        <source>Programmes offered</source>
        <translation>Programmes offered</translation>
    </message>
    <message>
        <source>Counting the places there are, the suggestion is %1 rather than %2.</source>
        <translation>Counting the places there are, the suggestion is %1 rather than %2.</translation>
    </message>
</context>
<context>
    <name>ReplanControl</name>
    <message>
        <source>Recompute p&amp;lan</source>
        <translation>Recompute p&amp;lan</translation>
    </message>
    <message>
        <source>Score the expected caseload with the installed model and allocate it within the free places again. Cases stay usable meanwhile; new prices apply to the next case opened.</source>
        <translation>Score the expected caseload with the installed model and allocate it within the free places again. Cases stay usable meanwhile; new prices apply to the next case opened.</translation>
    </message>
    <message>
        <source>Recomputing the plan: reading the caseload…</source>
        <translation>Recomputing the plan: reading the caseload…</translation>
    </message>
    <message numerus="yes">
        <source>Recomputing the plan: %1 of %Ln citizen(s) scored…</source>
        <translation>
            <numerusform>Recomputing the plan: %1 of %Ln citizen scored…</numerusform>
            <numerusform>Recomputing the plan: %1 of %Ln citizens scored…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recomputing the plan: allocating the places for %Ln citizen(s)…</source>
        <translation>
            <numerusform>Recomputing the plan: allocating the places for %Ln citizen…</numerusform>
            <numerusform>Recomputing the plan: allocating the places for %Ln citizens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan recomputed for %Ln citizen(s) in %1 s. New prices apply to the next case opened.</source>
        <translation>
            <numerusform>Plan recomputed for %Ln citizen in %1 s. New prices apply to the next case opened.</numerusform>
            <numerusform>Plan recomputed for %Ln citizens in %1 s. New prices apply to the next case opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be recomputed: %1. The previous plan is kept.</source>
        <translation>The plan could not be recomputed: %1. The previous plan is kept.</translation>
    </message>
    <message>
        <source>No programme has intakes in the case data, so there are no places to plan.</source>
        <translation>No programme has intakes in the case data, so there are no places to plan.</translation>
    </message>
    <message>
        <source>The installed model was withdrawn: no plan can be computed until IT installs a newer one. The previous plan is kept.</source>
        <translation>The installed model was withdrawn: no plan can be computed until IT installs a newer one. The previous plan is kept.</translation>
    </message>
    <message>
        <source>No usable model is installed: no plan can be computed. Ask IT to install the model. The previous plan is kept.</source>
        <translation>No usable model is installed: no plan can be computed. Ask IT to install the model. The previous plan is kept.</translation>
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
<context>
    <name>SheetTab</name>
    <message>
        <source>Explanation sheet for the citizen</source>
        <translation>Explanation sheet for the citizen</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>Sheet &amp;language:</translation>
    </message>
    <message>
        <source>Sheet language</source>
        <translation>Sheet language</translation>
    </message>
    <message>
        <source>Preview of the explanation sheet</source>
        <translation>Preview of the explanation sheet</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Proposal: no decision is recorded yet.</source>
        <translation>Proposal: no decision is recorded yet.</translation>
    </message>
    <message>
        <source>The sheet cannot be made right now. The reason is in the IT log.</source>
        <translation>The sheet cannot be made right now. The reason is in the IT log.</translation>
    </message>
    <message>
        <source>The PDF was not written. The reason is in the IT log.</source>
        <translation>The PDF was not written. The reason is in the IT log.</translation>
    </message>
    <message>
        <source>This translation has been checked by a translator.</source>
        <translation>This translation has been checked by a translator.</translation>
    </message>
    <message>
        <source>This translation has NOT been checked by a translator. Go through it with the citizen before handing it over.</source>
        <translation>This translation has NOT been checked by a translator. Go through it with the citizen before handing it over.</translation>
    </message>
    <message>
        <source>Export explanation sheet</source>
        <translation>Export explanation sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2, %Ln page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%2, %Ln page).</numerusform>
            <numerusform>Saved %1 (%2, %Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarCitizensView</name>
    <message>
        <source>Citizens like this one</source>
        <translation>Citizens like this one</translation>
    </message>
    <message>
        <source>Not a recommendation. This describes what happened to similar citizens in the past; it is not a prediction for this citizen.</source>
        <translation>Not a recommendation. This describes what happened to similar citizens in the past; it is not a prediction for this citizen.</translation>
    </message>
    <message>
        <source>How they ended (latest situation):</source>
        <translation>How they ended (latest situation):</translation>
    </message>
    <message>
        <source>The journeys they took:</source>
        <translation>The journeys they took:</translation>
    </message>
    <message>
        <source>How similar citizens ended</source>
        <translation>How similar citizens ended</translation>
    </message>
    <message>
        <source>Journeys of similar citizens</source>
        <translation>Journeys of similar citizens</translation>
    </message>
    <message>
        <source>Not shown: the citizen objects to profiling (GDPR Art. 21).</source>
        <translation>Not shown: the citizen objects to profiling (GDPR Art. 21).</translation>
    </message>
    <message>
        <source>Too little is recorded to find similar citizens.</source>
        <translation>Too little is recorded to find similar citizens.</translation>
    </message>
    <message>
        <source>The %1 past citizens most similar in %2 (out of %3 compared).</source>
        <translation>The %1 past citizens most similar in %2 (out of %3 compared).</translation>
    </message>
    <message>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <source>years of school</source>
        <translation>years of school</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>education level</translation>
    </message>
    <message>
        <source>basic skills</source>
        <translation>basic skills</translation>
    </message>
    <message>
        <source>host-language level</source>
        <translation>host-language level</translation>
    </message>
    <message>
        <source>years in the country</source>
        <translation>years in the country</translation>
    </message>
</context>
<context>
    <name>SimilarVariantsModel</name>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>How they ended</source>
        <translation>How they ended</translation>
    </message>
</context>
<context>
    <name>SkillProfileModel</name>
    <message>
        <source>Previous job: %1 (essential skill)</source>
        <translation>Previous job: %1 (essential skill)</translation>
    </message>
    <message>
        <source>Previous job: %1 (optional skill)</source>
        <translation>Previous job: %1 (optional skill)</translation>
    </message>
    <message>
        <source>Recorded in the case system</source>
        <translation>Recorded in the case system</translation>
    </message>
    <message>
        <source>CV text: “%1”</source>
        <translation>CV text: “%1”</translation>
    </message>
    <message>
        <source>Added CV file %1</source>
        <translation>Added CV file %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Where it comes from</translation>
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
        <translation>Top suggestion: %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Not eligible: %1</translation>
    </message>
    <message>
        <source>Eligibility unknown — check: %1</source>
        <translation>Eligibility unknown — check: %1</translation>
    </message>
    <message>
        <source>Effect of %1</source>
        <translation>Effect of %1</translation>
    </message>
    <message>
        <source>Few comparable people received this programme; the estimate is uncertain.</source>
        <translation>Few comparable people received this programme; the estimate is uncertain.</translation>
    </message>
    <message>
        <source>Main reasons:</source>
        <translation>Main reasons:</translation>
    </message>
    <message>
        <source>No place left in the planned intakes.</source>
        <translation>No place left in the planned intakes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left in the planned intakes.</source>
        <translation>
            <numerusform>%Ln place left in the planned intakes.</numerusform>
            <numerusform>%Ln places left in the planned intakes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next start with a place: %1.</source>
        <translation>Next start with a place: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) waiting for a place.</source>
        <translation>
            <numerusform>%Ln citizen waiting for a place.</numerusform>
            <numerusform>%Ln citizens waiting for a place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>%1 weeks: %2</source>
        <translation>%1 weeks: %2</translation>
    </message>
    <message>
        <source>weeks since becoming unemployed</source>
        <translation>weeks since becoming unemployed</translation>
    </message>
</context>
<context>
    <name>TeamLeadWindow</name>
    <message>
        <source>Team lead: places and caseworkers</source>
        <translation>Team lead: places and caseworkers</translation>
    </message>
    <message>
        <source>&amp;Planning of places</source>
        <translation>&amp;Planning of places</translation>
    </message>
    <message>
        <source>&amp;Assign caseworkers</source>
        <translation>&amp;Assign caseworkers</translation>
    </message>
</context>
<context>
    <name>TeamLeadWords</name>
    <message>
        <source>young people</source>
        <translation>young people</translation>
    </message>
    <message>
        <source>newcomers</source>
        <translation>newcomers</translation>
    </message>
    <message>
        <source>health limitations</source>
        <translation>health limitations</translation>
    </message>
    <message>
        <source>long-term unemployment</source>
        <translation>long-term unemployment</translation>
    </message>
    <message>
        <source>employer contact</source>
        <translation>employer contact</translation>
    </message>
    <message>
        <source>Speaks the citizen&apos;s preferred language, %1</source>
        <translation>Speaks the citizen&apos;s preferred language, %1</translation>
    </message>
    <message>
        <source>Shares a language the citizen speaks well, %1</source>
        <translation>Shares a language the citizen speaks well, %1</translation>
    </message>
    <message>
        <source>No shared meeting language: an interpreter for %1</source>
        <translation>No shared meeting language: an interpreter for %1</translation>
    </message>
    <message>
        <source>No shared meeting language known</source>
        <translation>No shared meeting language known</translation>
    </message>
    <message>
        <source>Specialism that fits the citizen&apos;s situation: %1</source>
        <translation>Specialism that fits the citizen&apos;s situation: %1</translation>
    </message>
    <message numerus="yes">
        <source>Caseload %1 of at most %Ln citizen(s)</source>
        <translation>
            <numerusform>Caseload %1 of at most %Ln citizen</numerusform>
            <numerusform>Caseload %1 of at most %Ln citizens</numerusform>
        </translation>
    </message>
    <message>
        <source>(full)</source>
        <translation>(full)</translation>
    </message>
    <message>
        <source>The citizen&apos;s current or last caseworker (continuity)</source>
        <translation>The citizen&apos;s current or last caseworker (continuity)</translation>
    </message>
    <message numerus="yes">
        <source>Own effect (team leads only): %1 in 100 (range %2 to %3), from %Ln case(s)</source>
        <translation>
            <numerusform>Own effect (team leads only): %1 in 100 (range %2 to %3), from %Ln case</numerusform>
            <numerusform>Own effect (team leads only): %1 in 100 (range %2 to %3), from %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>born in the country</source>
        <translation>born in the country</translation>
    </message>
    <message>
        <source>born abroad</source>
        <translation>born abroad</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30</translation>
    </message>
    <message>
        <source>30 to 49</source>
        <translation>30 to 49</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 and over</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>attendance %1</source>
        <translation>attendance %1</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>result not recorded</source>
        <translation>result not recorded</translation>
    </message>
    <message>
        <source>subsidised</source>
        <translation>subsidised</translation>
    </message>
    <message>
        <source>Journey timeline</source>
        <translation>Journey timeline</translation>
    </message>
    <message>
        <source>No journey is recorded for this citizen.</source>
        <translation>No journey is recorded for this citizen.</translation>
    </message>
    <message>
        <source>From %1 to %2. %3. The list below the chart gives every item.</source>
        <translation>From %1 to %2. %3. The list below the chart gives every item.</translation>
    </message>
    <message>
        <source>No journey is recorded.</source>
        <translation>No journey is recorded.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>dropped out</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>gap</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no programme, work or education for %Ln day(s)</source>
        <translation>
            <numerusform>no programme, work or education for %Ln day</numerusform>
            <numerusform>no programme, work or education for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingTableModel</name>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Proposed caseworker</source>
        <translation>Proposed caseworker</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>About %1 of 100 people like this citizen were in work or education within %Ln week(s) without a programme; with this programme about %2.</source>
        <translation>
            <numerusform>About %1 of 100 people like this citizen were in work or education within %Ln week without a programme; with this programme about %2.</numerusform>
            <numerusform>About %1 of 100 people like this citizen were in work or education within %Ln weeks without a programme; with this programme about %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertainty range (90%): between %1 and %2 of 100.</source>
        <translation>Uncertainty range (90%): between %1 and %2 of 100.</translation>
    </message>
    <message>
        <source>Waiting time not known.</source>
        <translation>Waiting time not known.</translation>
    </message>
    <message>
        <source>No waiting time.</source>
        <translation>No waiting time.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting time: about %Ln week(s).</source>
        <translation>
            <numerusform>Waiting time: about %Ln week.</numerusform>
            <numerusform>Waiting time: about %Ln weeks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: raises the estimate by about %2 in 100</source>
        <translation>%1: raises the estimate by about %2 in 100</translation>
    </message>
    <message>
        <source>%1: raises the estimate a little (less than 1 in 100)</source>
        <translation>%1: raises the estimate a little (less than 1 in 100)</translation>
    </message>
    <message>
        <source>%1: lowers the estimate by about %2 in 100</source>
        <translation>%1: lowers the estimate by about %2 in 100</translation>
    </message>
    <message>
        <source>%1: lowers the estimate a little (less than 1 in 100)</source>
        <translation>%1: lowers the estimate a little (less than 1 in 100)</translation>
    </message>
    <message>
        <source>Not recorded (recording it may change the estimate): %1</source>
        <translation>Not recorded (recording it may change the estimate): %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Important data are not recorded: %1. Ask the citizen if you can.</source>
        <translation>Important data are not recorded: %1. Ask the citizen if you can.</translation>
    </message>
    <message>
        <source>The citizen&apos;s situation is unlike the cases the model learnt from (%1).</source>
        <translation>The citizen&apos;s situation is unlike the cases the model learnt from (%1).</translation>
    </message>
    <message>
        <source>People in this situation almost always got a programme, so the model cannot compare with no programme.</source>
        <translation>People in this situation almost always got a programme, so the model cannot compare with no programme.</translation>
    </message>
    <message>
        <source>The model gave no reason.</source>
        <translation>The model gave no reason.</translation>
    </message>
    <message>
        <source>No suggestion model is installed on this computer yet.</source>
        <translation>No suggestion model is installed on this computer yet.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer is older than one it had before, so it is not used.</source>
        <translation>The suggestion model on this computer is older than one it had before, so it is not used.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer failed its safety check, so it is not used.</source>
        <translation>The suggestion model on this computer failed its safety check, so it is not used.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer was withdrawn by its publisher.</source>
        <translation>The suggestion model on this computer was withdrawn by its publisher.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer cannot be used.</source>
        <translation>The suggestion model on this computer cannot be used.</translation>
    </message>
    <message>
        <source>The suggestion model on this computer has not been shown to work on this municipality&apos;s own history, so it is not used.</source>
        <translation>The suggestion model on this computer has not been shown to work on this municipality&apos;s own history, so it is not used.</translation>
    </message>
    <message>
        <source>There is no usable suggestion model on this computer.</source>
        <translation>There is no usable suggestion model on this computer.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>at least %1 years of school</source>
        <translation>at least %1 years of school</translation>
    </message>
    <message>
        <source>education at least at ISCED level %1</source>
        <translation>education at least at ISCED level %1</translation>
    </message>
    <message>
        <source>a health limitation no greater than: %1</source>
        <translation>a health limitation no greater than: %1</translation>
    </message>
    <message>
        <source>%1 at least %2 of 5</source>
        <translation>%1 at least %2 of 5</translation>
    </message>
    <message>
        <source>%1 at least at level %2</source>
        <translation>%1 at least at level %2</translation>
    </message>
    <message>
        <source>a rule this version cannot check (%1)</source>
        <translation>a rule this version cannot check (%1)</translation>
    </message>
    <message>
        <source>%1 (recorded: %2)</source>
        <translation>%1 (recorded: %2)</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>age group</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>gender not given</source>
        <translation>gender not given</translation>
    </message>
    <message>
        <source>born abroad</source>
        <translation>born abroad</translation>
    </message>
    <message>
        <source>born in the country</source>
        <translation>born in the country</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30</translation>
    </message>
    <message>
        <source>30 to 49</source>
        <translation>30 to 49</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 and over</translation>
    </message>
    <message>
        <source>no suggestion</source>
        <translation>no suggestion</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>no programme</translation>
    </message>
</context>
</TS>
