<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApplicationsPage</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodingChallengePage</name>
    <message numerus="yes">
        <source>%n sample case(s) shown</source>
        <translation>
            <numerusform>%n sample case shown</numerusform>
            <numerusform>%n sample cases shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <comment>cases</comment>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodingInvitations</name>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n invitation sent.</numerusform>
            <numerusform>%n invitations sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodingSubmissions</name>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n submission</numerusform>
            <numerusform>%n submissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message numerus="yes">
        <source>%1 %2, rated %3 of 5 by %n talent(s)</source>
        <translation>
            <numerusform>%1 %2, rated %3 of 5 by %n talent</numerusform>
            <numerusform>%1 %2, rated %3 of 5 by %n talents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyJobsPage</name>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n applicant</numerusform>
            <numerusform>%n applicants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyOffersPage</name>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n applicant</numerusform>
            <numerusform>%n applicants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%n intern</numerusform>
            <numerusform>%n interns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InternshipReportPage</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%n intern</numerusform>
            <numerusform>%n interns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InternshipScores</name>
    <message numerus="yes">
        <source>The programme&apos;s average score: %1 of each goal&apos;s scale, over %n score(s).</source>
        <translation>
            <numerusform>The programme&apos;s average score: %1 of each goal&apos;s scale, over %n score.</numerusform>
            <numerusform>The programme&apos;s average score: %1 of each goal&apos;s scale, over %n scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over %n score(s) · %2</source>
        <translation>
            <numerusform>Average %1 over %n score · %2</numerusform>
            <numerusform>Average %1 over %n scores · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobSearchPage</name>
    <message numerus="yes">
        <source>%n open role(s)</source>
        <translation>
            <numerusform>%n open role</numerusform>
            <numerusform>%n open roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LmsActivity</name>
    <message numerus="yes">
        <source>%n entry(s) archived</source>
        <translation>
            <numerusform>%n entry archived</numerusform>
            <numerusform>%n entries archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) archived: tick “Archived” to read them.</source>
        <translation>
            <numerusform>%n entry archived: tick “Archived” to read it.</numerusform>
            <numerusform>%n entries archived: tick “Archived” to read them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LmsCompanies</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LmsNysc</name>
    <message numerus="yes">
        <source>%n learner(s) updated</source>
        <translation>
            <numerusform>%n learner updated</numerusform>
            <numerusform>%n learners updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found: see the rows marked</source>
        <translation>
            <numerusform>%n not found: see the row marked</numerusform>
            <numerusform>%n not found: see the rows marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to send</source>
        <translation>
            <numerusform>%n row to send</numerusform>
            <numerusform>%n rows to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LmsReports</name>
    <message numerus="yes">
        <source>Ready: %n row(s).</source>
        <translation>
            <numerusform>Ready: %n row.</numerusform>
            <numerusform>Ready: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined</source>
        <translation>
            <numerusform>%n declined</numerusform>
            <numerusform>%n declined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LmsRequests</name>
    <message numerus="yes">
        <source>%n request(s) approved: the talents are enrolled and told.</source>
        <translation>
            <numerusform>%n request approved: the talent is enrolled and told.</numerusform>
            <numerusform>%n requests approved: the talents are enrolled and told.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>Decline %n request</numerusform>
            <numerusform>Decline %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined: the talents are told why.</source>
        <translation>
            <numerusform>%n request declined: the talent is told why.</numerusform>
            <numerusform>%n requests declined: the talents are told why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n ticked</source>
        <translation>
            <numerusform>Approve %n ticked</numerusform>
            <numerusform>Approve %n ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n ticked…</source>
        <translation>
            <numerusform>Decline %n ticked…</numerusform>
            <numerusform>Decline %n ticked…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LmsTalents</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LmsTools</name>
    <message numerus="yes">
        <source>The first %n row(s): the rest were cut off.</source>
        <translation>
            <numerusform>The first %n row: the rest were cut off.</numerusform>
            <numerusform>The first %n rows: the rest were cut off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message numerus="yes">
        <source>%n intern(s)</source>
        <translation>
            <numerusform>%n intern</numerusform>
            <numerusform>%n interns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to score</source>
        <translation>
            <numerusform>%n to score</numerusform>
            <numerusform>%n to score</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyCohortsPage</name>
    <message numerus="yes">
        <source>Rated %1 of 5 by %n talent(s)</source>
        <translation>
            <numerusform>Rated %1 of 5 by %n talent</numerusform>
            <numerusform>Rated %1 of 5 by %n talents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instructor(s)</source>
        <translation>
            <numerusform>%n instructor</numerusform>
            <numerusform>%n instructors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <translation>
            <numerusform>%n staff</numerusform>
            <numerusform>%n staff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinesPage</name>
    <message numerus="yes">
        <source>%1 · %n candidate(s)</source>
        <translation>
            <numerusform>%1 · %n candidate</numerusform>
            <numerusform>%1 · %n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n talent(s) found</source>
        <translation>
            <numerusform>%n talent found</numerusform>
            <numerusform>%n talents found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved searches (%n new)</source>
        <translation>
            <numerusform>Saved searches (%n new)</numerusform>
            <numerusform>Saved searches (%n new)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
</TS>
