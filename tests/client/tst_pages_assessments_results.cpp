// SPDX-License-Identifier: Apache-2.0
// The results of assessments driven as a person would against the real server: an applicant's
// result read by the company and by an admin, a culture-fit target and applicants ranked by it,
// applicants and candidates found by a score, a talent's home, and the reports with their
// percentiles of an admin and of a company over its own applicants.
#include "assessmentpagetest.h"

#include "session.h"

#include <QQmlEngineExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestAssessmentResultPages : public AssessmentPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
    void cleanup()
    {
        m_window.reset();
        client::Session::instance()->logout();
    }
    void cleanupTestCase() { m_server.reset(); }

    void aCompanyWithNoResultsIsToldSoAndShownNoEmptyResult()
    {
        // First of the suite: the results the others make may be shared with every company.
        // Beside "No result to show yet" stood a result of nobody: ":" and "no score overall ·
        // submitted".
        const TestUser owner = m_server->createUser(Role::Employer);
        logInAs(owner, u"employer"_s);
        show(u"AssessmentResultsPage { anchors.fill: parent }"_s);
        QTRY_VERIFY(shownTexts().join(u' ').contains(u"No result to show yet"_s));
        QVERIFY(!shownNow(u"resultTitle"_s, "visible").toBool());
        QVERIFY(!shownNow(u"resultHeadline"_s, "visible").toBool());
        const QString shown = shownTexts().join(u'\n');
        QVERIFY2(!shown.contains(u"overall"_s), qPrintable(shown));
        snapshot(u"employer-assessment-results-none"_s);
    }

    void aCompanyReadsAnApplicantsResultWithTheWrittenAnswer()
    {
        // The company's bank: two agreement items under Calm, and a written answer.
        const Reply created = m_server->post(
                u"/api/v1/assessments"_s,
                QJsonObject {
                        { u"title"_s, u"Cashier screening"_s },
                        { u"retake_days"_s, 0 },
                        { u"categories"_s,
                          QJsonArray { QJsonObject { { u"code"_s, u"CALM"_s },
                                                     { u"name"_s, u"Calm"_s } } } },
                        { u"questions"_s,
                          QJsonArray { QJsonObject { { u"type"_s, u"likert"_s },
                                                     { u"category"_s, u"CALM"_s },
                                                     { u"text"_s, u"I stay calm in a queue."_s } },
                                       QJsonObject { { u"type"_s, u"likert"_s },
                                                     { u"category"_s, u"CALM"_s },
                                                     { u"text"_s, u"A long queue unsettles me."_s },
                                                     { u"reverse_keyed"_s, true } },
                                       QJsonObject { { u"type"_s, u"free_text"_s },
                                                     { u"text"_s,
                                                       u"Why do you want this job?"_s } } } } },
                m_owner.token);
        QCOMPARE(created.status, 201);
        const qint64 bank = created.json().value(u"id"_s).toInteger();
        const qint64 job = publishJob(*m_server, m_owner, u"Cashier"_s);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject(),
                                m_talent.token)
                         .status,
                 201);

        // The talent rates 5 and (reverse keyed) 2: 5 + 4 = 9 of 2..10 = 87.5 %.
        const Reply attempt = m_server->post(u"/api/v1/assessments/%1/attempts"_s.arg(bank),
                                             QJsonObject(), m_talent.token);
        QCOMPARE(attempt.status, 201);
        QJsonArray answers;
        for (const QJsonValue &value : attempt.json().value(u"questions"_s).toArray()) {
            const QJsonObject question = value.toObject();
            QJsonObject answer { { u"question_id"_s, question.value(u"id"_s) } };
            const QString text = question.value(u"text"_s).toString();
            if (question.value(u"type"_s) == u"free_text"_s)
                answer.insert(u"text"_s, u"I like helping people find what they need."_s);
            else
                answer.insert(u"rating"_s, text.contains(u"unsettles"_s) ? 2 : 5);
            answers.append(answer);
        }
        const Reply submitted
                = m_server->post(u"/api/v1/assessments/%1/submissions"_s.arg(bank),
                                 QJsonObject { { u"answers"_s, answers } }, m_talent.token);
        QCOMPARE(submitted.status, 200);
        const qint64 resultId = submitted.json().value(u"id"_s).toInteger();
        QCOMPARE(submitted.json().value(u"percent"_s).toDouble(), 87.5);

        logInAs(m_owner, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"assessmentResults\" }"_s);
        click(find(u"result_%1"_s.arg(resultId)));
        QQuickItem *title = find(u"resultTitle"_s);
        QVERIFY(title);
        QTRY_VERIFY2(title->property("text").toString().endsWith(u": Cashier screening"_s),
                     qPrintable(title->property("text").toString()));
        QTRY_VERIFY(shownNow(u"resultHeadline"_s).toString().startsWith(u"87.5 % overall"_s));
        QTRY_COMPARE(shownNow(u"domainScore_CALM"_s).toString(), u"87.5 % · High"_s);
        QCOMPARE(find(u"writtenAnswer_%1"_s.arg(freeTextOf(bank)))->property("text").toString(),
                 u"I like helping people find what they need."_s);
        snapshot(u"employer-assessment-result"_s);

        // An admin reads the same result, filtered to the bank.
        m_window.reset();
        client::Session::instance()->logout();
        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { anchors.fill: parent; startSection: \"assessmentResults\" }"_s);
        pick(u"resultsInstrument"_s, u"Cashier screening"_s);
        QTRY_VERIFY(shownNow(u"result_%1"_s.arg(resultId), "title").isValid());
        QTRY_COMPARE(shownNow(u"domainScore_CALM"_s).toString(), u"87.5 % · High"_s);
        QVERIFY(find(u"writtenAnswer_%1"_s.arg(freeTextOf(bank))));
        snapshot(u"admin-assessment-results"_s);
    }

    void anEmployerSetsItsCultureFitTargetAndSeesApplicantsRankedByIt()
    {
        // Two applicants to the company's job: one whose means are the target exactly, one who
        // answered 3 throughout (fit 64.64, docs/assessments.md). A third applied elsewhere.
        const TestUser owner = m_server->createUser(Role::Employer);
        const TestUser elsewhere = m_server->createUser(Role::Employer);
        const qint64 job = publishJob(*m_server, owner, u"Store assistant"_s);
        const qint64 otherJob = publishJob(*m_server, elsewhere, u"Driver"_s);
        const QHash<QString, int> profile { { u"PACE"_s, 5 },
                                            { u"STRUCT"_s, 1 },
                                            { u"COLLAB"_s, 3 },
                                            { u"RISK"_s, 4 },
                                            { u"FEEDBACK"_s, 2 } };
        QHash<QString, QJsonObject> keys;
        for (const QJsonValue &value : questionsOf(u"culture-fit"_s))
            keys.insert(value.toObject().value(u"text"_s).toString(), value.toObject());
        const TestUser close = m_server->createUser(Role::Talent);
        const TestUser middle = m_server->createUser(Role::Talent);
        const TestUser outsider = m_server->createUser(Role::Talent);
        QVERIFY(apply(close, job) && apply(middle, job) && apply(outsider, otherJob));
        QVERIFY(takeTest(close, u"culture-fit"_s,
                         [&](const QJsonObject &question) {
                             const QJsonObject key
                                     = keys.value(question.value(u"text"_s).toString());
                             const int mean = profile.value(key.value(u"category"_s).toString());
                             return key.value(u"reverse_keyed"_s).toBool() ? 6 - mean : mean;
                         })
                > 0);
        QVERIFY(takeTest(middle, u"culture-fit"_s, [](const QJsonObject &) { return 3; }) > 0);
        QVERIFY(takeTest(outsider, u"culture-fit"_s, [](const QJsonObject &) { return 3; }) > 0);

        logInAs(owner, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"cultureFit\" }"_s);
        // No target yet: listed by score, with no fit; the other company's applicant is not.
        QVERIFY(find(u"ranked_%1"_s.arg(middle.id)));
        QVERIFY(find(u"ranked_%1"_s.arg(close.id)));
        QVERIFY(shownNow(u"ranked_%1"_s.arg(close.id), "subtitle")
                        .toString()
                        .startsWith(u"no fit without a target"_s));
        QVERIFY(!shownNow(u"ranked_%1"_s.arg(outsider.id), "title").isValid());
        QVERIFY(!find(u"saveTarget"_s)->isEnabled());

        // One choice per dimension the server lists; the target is saved as chosen.
        pick(u"target_PACE"_s, u"5 · high"_s);
        pick(u"target_STRUCT"_s, u"1 · low"_s);
        pick(u"target_COLLAB"_s, u"3"_s);
        pick(u"target_RISK"_s, u"4"_s);
        pick(u"target_FEEDBACK"_s, u"2"_s);
        click(find(u"saveTarget"_s));
        QTRY_COMPARE(targetOf(owner),
                     (QHash<QString, QVariant> { { u"PACE"_s, 5.0 },
                                                 { u"STRUCT"_s, 1.0 },
                                                 { u"COLLAB"_s, 3.0 },
                                                 { u"RISK"_s, 4.0 },
                                                 { u"FEEDBACK"_s, 2.0 } }));
        QTRY_VERIFY(shownNow(u"ranked_%1"_s.arg(close.id), "title").toString().startsWith(u"1. "_s));
        QVERIFY(shownNow(u"ranked_%1"_s.arg(close.id), "subtitle")
                        .toString()
                        .startsWith(u"fit 100 %"_s));
        QTRY_VERIFY(shownNow(u"ranked_%1"_s.arg(middle.id), "subtitle")
                            .toString()
                            .startsWith(u"fit 64.64 %"_s));
        QVERIFY(shownNow(u"ranked_%1"_s.arg(middle.id), "title").toString().startsWith(u"2. "_s));
        QVERIFY(!shownNow(u"ranked_%1"_s.arg(outsider.id), "title").isValid());
        snapshot(u"employer-culture-fit"_s);

        // A dimension taken out of the target is not sent; the others stay as they were.
        pick(u"target_FEEDBACK"_s, u"No target"_s);
        click(find(u"saveTarget"_s));
        QTRY_COMPARE(targetOf(owner).value(u"FEEDBACK"_s), QVariant());
        QCOMPARE(targetOf(owner).value(u"PACE"_s), QVariant(5.0));
        QCOMPARE(targetOf(owner).value(u"RISK"_s), QVariant(4.0));

        // The job's applicants show the fit beside each.
        m_window.reset();
        show(u"Applicants { anchors.fill: parent; subjectId: %1 }"_s.arg(job));
        QQuickItem *row = find(u"applicant_%1"_s.arg(close.id));
        QVERIFY(row);
        QTRY_VERIFY2(row->property("subtitle").toString().contains(u"culture fit 100 %"_s),
                     qPrintable(row->property("subtitle").toString()));
    }

    void anEmployerFindsApplicantsAndCandidatesByAScore()
    {
        // A platform bank of two statements keyed forward: a rating r scores (r − 1) × 25 %.
        QJsonArray statements;
        for (const QString &text : { u"I arrive before the shift starts"_s,
                                     u"I tell the team early when I will be late"_s })
            statements.append(QJsonObject {
                    { u"type"_s, u"likert"_s }, { u"text"_s, text }, { u"category"_s, u"P"_s } });
        const Reply bank = m_server->post(
                u"/api/v1/assessments"_s,
                QJsonObject { { u"title"_s, u"Punctuality"_s },
                              { u"categories"_s,
                                QJsonArray { QJsonObject { { u"code"_s, u"P"_s },
                                                           { u"name"_s, u"Punctuality"_s } } } },
                              { u"questions"_s, statements } },
                m_admin.token);
        QCOMPARE(bank.status, 201);
        const QString slug = QString::number(bank.json().value(u"id"_s).toInteger());
        const TestUser owner = m_server->createUser(Role::Employer);
        const qint64 job = publishJob(*m_server, owner, u"Shift supervisor"_s);
        const TestUser steady = m_server->createUser(Role::Talent);
        const TestUser late = m_server->createUser(Role::Talent);
        QVERIFY(apply(steady, job) && apply(late, job));
        QVERIFY(takeTest(steady, slug, [](const QJsonObject &) { return 5; }) > 0);
        QVERIFY(takeTest(late, slug, [](const QJsonObject &) { return 3; }) > 0);

        logInAs(owner, u"employer"_s);
        show(u"Applicants { anchors.fill: parent; subjectId: %1 }"_s.arg(job));
        QVERIFY(find(u"applicant_%1"_s.arg(late.id)));
        QVERIFY(find(u"applicant_%1"_s.arg(steady.id)));
        // By the score: both, each with it; then only those at 75 % or more.
        pick(u"scoreAssessment"_s, u"Punctuality"_s);
        QTRY_VERIFY(shownNow(u"applicant_%1"_s.arg(late.id), "subtitle")
                            .toString()
                            .contains(u"Punctuality: 50 %"_s));
        QQuickItem *minimum = find(u"scoreMinimum"_s);
        QVERIFY(minimum && minimum->isEnabled());
        minimum->setProperty("value", 75);
        QMetaObject::invokeMethod(minimum, "valueModified");
        QTRY_VERIFY(!shownNow(u"applicant_%1"_s.arg(late.id), "subtitle").isValid());
        QTRY_VERIFY(shownNow(u"applicant_%1"_s.arg(steady.id), "subtitle")
                            .toString()
                            .contains(u"Punctuality: 100 %"_s));
        snapshot(u"employer-applicants-by-score"_s);

        // Outside its applicants, the company finds only a talent who shows results to every
        // employer.
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"assessment_visibility"_s, u"employers"_s } },
                                 steady.token)
                         .status,
                 200);
        const TestUser rival = m_server->createUser(Role::Employer);
        QCOMPARE(m_server->post(u"/api/v1/pipelines"_s,
                                QJsonObject { { u"name"_s, u"Supervisors, 2027"_s },
                                              { u"project"_s, u"Night shifts"_s } },
                                rival.token)
                         .status,
                 201);
        m_window.reset();
        logInAs(rival, u"employer"_s);
        show(u"PipelinesPage { anchors.fill: parent }"_s);
        click(find(u"pipelineRow"_s));
        QTRY_COMPARE(find(u"pipelineTitle"_s)->property("text").toString(), u"Supervisors, 2027"_s);
        find(u"pipelineTabs"_s)->setProperty("currentIndex", 1);
        pick(u"scoreAssessment"_s, u"Punctuality"_s);
        QQuickItem *total = find(u"candidateTotal"_s);
        QVERIFY(total);
        QTRY_COMPARE(total->property("text").toString(), u"1 talent found"_s);
        QVERIFY(shownTexts().join(u'\n').contains(u"Punctuality: 100 %"_s));
        snapshot(u"employer-candidates-by-score"_s);

        // Added to the pipeline, the candidate's card shows the scores they share.
        click(find(u"addCandidate"_s));
        QTRY_COMPARE(shownNow(u"addCandidate"_s).toString(), u"In this pipeline"_s);
        find(u"pipelineTabs"_s)->setProperty("currentIndex", 0);
        click(find(u"candidateCard"_s));
        QTRY_COMPARE(shownNow(u"candidateScores"_s).toString(), u"Punctuality: 100 %"_s);
    }

    void aTalentsHomeCountsTheAssessmentsTaken()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        const TestUser owner = m_server->createUser(Role::Employer);
        QVERIFY(apply(talent, publishJob(*m_server, owner, u"Stock controller"_s)));
        logInAs(talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent }"_s);
        // Home comes first: the application sent, no assessment yet.
        QTRY_COMPARE(shownNow(u"figureApplications"_s, "value").toString(), u"1"_s);
        QCOMPARE(shownNow(u"figureAssessments"_s, "value").toString(), u"0"_s);
        QVERIFY(shownNow(u"profileCompletion"_s).toString().contains(u"% complete"_s));
        QVERIFY(!shownNow(u"nextProfileStep"_s).toString().isEmpty());

        // An assessment taken meanwhile counts when Home is shown again.
        QVERIFY(takeTest(talent, u"culture-fit"_s, [](const QJsonObject &) { return 4; }) > 0);
        QCOMPARE(shownNow(u"figureAssessments"_s, "value").toString(), u"0"_s);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier); // Jobs
        QTRY_VERIFY(!shownNow(u"figureAssessments"_s, "value").isValid());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // Home
        QTRY_COMPARE(shownNow(u"figureAssessments"_s, "value").toString(), u"1"_s);
        snapshot(u"talent-home"_s);
    }

    void aStaffMemberWhoOnlyReadsApplicantsSeesTheTargetButCannotChangeIt()
    {
        const TestUser reader = invitedEmployee(
                *m_server, m_owner,
                addCompanyRole(*m_server, m_owner, u"Reader"_s, { u"applications.read"_s }),
                u"fit-reader@example.com"_s);
        QVERIFY(!reader.token.isEmpty());
        logInAs(reader, u"staff"_s);
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"cultureFit"_s));
        QVERIFY(!sectionNames().contains(u"assessments"_s));
        find(u"sections"_s)->setProperty("currentIndex", sectionNames().indexOf(u"cultureFit"_s));
        QQuickItem *pace = find(u"target_PACE"_s);
        QVERIFY(pace);
        QVERIFY(!pace->isEnabled());
        QVERIFY(!shownNow(u"saveTarget"_s).isValid());
    }

    void reportsCountTheSeededAttemptsForAdminsAndEachCompanyItsOwnApplicants()
    {
        // A platform bank of an agreement item in Poise and one in Focus. Three takers rate Poise
        // 5, 3 and 1 (100 %, 50 %, 0 %: a mean of 50 %, one taker in the first, middle and last
        // fifth) and Focus 4, 4 and 2 (75 %, 75 %, 25 %: 58.33 %); overall 87.5 %, 62.5 % and
        // 12.5 %: 54.17 %. The first two applied to one company, the third to another. Percentiles
        // lie between the nearest ranks at (n - 1) × p: Poise's 25th, 50th, 75th and 90th are 25,
        // 50, 75 and 90 %; Focus's 50, 75, 75 and 75 %; the overall score's 37.5, 62.5, 75 and
        // 82.5 %.
        const auto likertIn = [](const QString &code, const QString &text) {
            return QJsonObject { { u"type"_s, u"likert"_s },
                                 { u"category"_s, code },
                                 { u"text"_s, text } };
        };
        const Reply created = m_server->post(
                u"/api/v1/assessments"_s,
                QJsonObject { { u"title"_s, u"Poise check"_s },
                              { u"retake_days"_s, 0 },
                              { u"categories"_s,
                                QJsonArray { QJsonObject { { u"code"_s, u"POISE"_s },
                                                           { u"name"_s, u"Poise"_s } },
                                             QJsonObject { { u"code"_s, u"FOCUS"_s },
                                                           { u"name"_s, u"Focus"_s } } } },
                              { u"questions"_s,
                                QJsonArray { likertIn(u"POISE"_s, u"I keep my poise."_s),
                                             likertIn(u"FOCUS"_s, u"I keep my focus."_s) } } },
                m_admin.token);
        QCOMPARE(created.status, 201);
        const QString bank = QString::number(created.json().value(u"id"_s).toInteger());
        const TestUser company = m_server->createUser(Role::Employer);
        const TestUser other = m_server->createUser(Role::Employer);
        const qint64 job = publishJob(*m_server, company, u"Cook"_s);
        const qint64 otherJob = publishJob(*m_server, other, u"Baker"_s);
        const QList<QPair<int, int>> ratings { { 5, 4 }, { 3, 4 }, { 1, 2 } };
        for (int i = 0; i < ratings.size(); ++i) {
            const TestUser taker = m_server->createUser(Role::Talent);
            QVERIFY(apply(taker, i < 2 ? job : otherJob));
            const QPair<int, int> rating = ratings.at(i);
            QVERIFY(takeTest(taker, bank,
                             [rating](const QJsonObject &question) {
                                 return question.value(u"text"_s).toString().contains(u"poise"_s)
                                         ? rating.first
                                         : rating.second;
                             })
                    > 0);
        }
        const QJsonObject platform
                = m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(bank), m_admin.token).json();
        QCOMPARE(platform.value(u"takers"_s).toInt(), 3);
        const QJsonArray categories = platform.value(u"categories"_s).toArray();
        const QJsonObject poise = findBy(categories, u"code"_s, u"POISE"_s);
        QCOMPARE(poise.value(u"mean_percent"_s).toDouble(), 50.0);
        QCOMPARE(countsOf(poise), (QVariantList { 1, 0, 1, 0, 1 }));
        QCOMPARE(findBy(categories, u"code"_s, u"FOCUS"_s).value(u"mean_percent"_s).toDouble(),
                 58.33);

        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { anchors.fill: parent; startSection: \"assessmentReports\" }"_s);
        pick(u"reportInstrument"_s, u"Poise check"_s);
        QQuickItem *takers = find(u"reportTakers"_s);
        QVERIFY(takers);
        QTRY_VERIFY2(takers->property("text").toString().startsWith(u"3 takers on Poise check"_s),
                     qPrintable(takers->property("text").toString()));
        QCOMPARE(find(u"mean_POISE"_s)->property("text").toString(), u"50 % · 3 takers"_s);
        QCOMPARE(find(u"spreadChart"_s)->property("values").toList(),
                 (QVariantList { 1, 0, 1, 0, 1 }));
        QCOMPARE(find(u"monthTakers"_s)->property("values").toList(), QVariantList { 3 });
        QCOMPARE(find(u"mean_FOCUS"_s)->property("text").toString(), u"58.3 % · 3 takers"_s);
        QCOMPARE(find(u"monthMeans"_s)->property("values").toList(), QVariantList { 54.17 });
        QCOMPARE(percentilesShown(u"POISE"_s),
                 (QStringList { u"25 %"_s, u"50 %"_s, u"75 %"_s, u"90 %"_s }));
        QCOMPARE(percentilesShown(u"FOCUS"_s),
                 (QStringList { u"50 %"_s, u"75 %"_s, u"75 %"_s, u"75 %"_s }));
        QCOMPARE(percentilesShown(u"overall"_s),
                 (QStringList { u"37.5 %"_s, u"62.5 %"_s, u"75 %"_s, u"82.5 %"_s }));
        snapshot(u"admin-assessment-report"_s);
        reveal(u"reportPercentiles"_s);
        snapshot(u"admin-assessment-report-percentiles"_s);

        // A period: a day that is not one is refused beside its field; a later period is empty.
        type(u"reportFrom"_s, u"2026-13-01"_s);
        click(find(u"showReport"_s));
        QQuickItem *problem = find(u"reportFromError"_s);
        QVERIFY(problem);
        QVERIFY2(!problem->property("text").toString().isEmpty(),
                 qPrintable(problem->property("text").toString()));
        type(u"reportFrom"_s,
             QDate::currentDate().addDays(2).toString(Qt::ISODate)); // beyond any time zone
        click(find(u"showReport"_s));
        QTRY_VERIFY(shownNow(u"reportTakers"_s).toString().startsWith(u"0 takers"_s));
        QVERIFY(find(u"reportEmpty"_s));
        QVERIFY(!shownNow(u"reportFromError"_s).isValid());

        // The company counts its own two applicants only: 5 and 3, a mean of 75 %.
        m_window.reset();
        client::Session::instance()->logout();
        logInAs(company, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"assessmentReports\" }"_s);
        pick(u"reportInstrument"_s, u"Poise check"_s);
        takers = find(u"reportTakers"_s);
        QVERIFY(takers);
        QTRY_VERIFY2(
                takers->property("text").toString().startsWith(u"2 takers among your applicants"_s),
                qPrintable(takers->property("text").toString()));
        QCOMPARE(find(u"mean_POISE"_s)->property("text").toString(), u"75 % · 2 takers"_s);
        QCOMPARE(find(u"spreadChart"_s)->property("values").toList(),
                 (QVariantList { 0, 0, 1, 0, 1 }));
        // Its own two: Poise 50 and 100 %.
        QCOMPARE(percentilesShown(u"POISE"_s),
                 (QStringList { u"62.5 %"_s, u"75 %"_s, u"87.5 %"_s, u"95 %"_s }));
        QCOMPARE(m_server->get(u"/api/v1/assessments/%1/reports"_s.arg(bank), company.token)
                         .json()
                         .value(u"takers"_s)
                         .toInt(),
                 2);
        snapshot(u"employer-assessment-report"_s);
    }

    void everyAssessmentIsOfferedPastTheFirstHundred()
    {
        // The choices were the first page of a hundred: a bank past it could not be chosen.
        // Last of the suite: the banks it adds would push others out of the lists above.
        const auto total = [this] {
            return m_server->get(u"/api/v1/assessments?limit=1"_s, m_admin.token)
                    .json()
                    .value(u"meta"_s)
                    .toObject()
                    .value(u"total"_s)
                    .toInt();
        };
        for (int made = total(); made <= 100; ++made)
            QCOMPARE(m_server->post(u"/api/v1/assessments"_s,
                                    QJsonObject { { u"title"_s, u"Filler bank %1"_s.arg(made) } },
                                    m_admin.token)
                             .status,
                     201);
        QVERIFY(total() > 100);
        logInAs(m_admin, u"admin"_s);
        show(u"AssessmentResultsPage { anchors.fill: parent }"_s);
        QQuickItem *box = find(u"resultsInstrument"_s);
        QVERIFY(box);
        // Every assessment, after "Every assessment".
        QTRY_COMPARE(box->property("count").toInt(), total() + 1);
    }

private:
    /** Applies @p talent to @p job; whether the server took it. */
    bool apply(const TestUser &talent, qint64 job)
    {
        return m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject(),
                              talent.token)
                       .status
                == 201;
    }

    /** The company's culture-fit target as the server keeps it: code → target (null: none). */
    QHash<QString, QVariant> targetOf(const TestUser &owner)
    {
        QHash<QString, QVariant> targets;
        const QJsonArray rows
                = m_server->get(u"/api/v1/assessments/culture-fit/target"_s, owner.token)
                          .json()
                          .value(u"targets"_s)
                          .toArray();
        for (const QJsonValue &value : rows) {
            const QJsonValue target = value.toObject().value(u"target"_s);
            targets.insert(value.toObject().value(u"category"_s).toString(),
                           target.isNull() ? QVariant() : QVariant(target.toDouble()));
        }
        return targets;
    }

    /** The report's 25th, 50th, 75th and 90th percentiles of @p code ("overall") as shown. */
    QStringList percentilesShown(const QString &code)
    {
        QStringList shown;
        for (const QString &key : { u"p25"_s, u"p50"_s, u"p75"_s, u"p90"_s }) {
            QQuickItem *cell = find(key + u'_' + code);
            shown.append(cell ? cell->property("text").toString() : QString());
        }
        return shown;
    }

    /** A report category's distribution: the count in each fifth. */
    static QVariantList countsOf(const QJsonObject &category)
    {
        QVariantList counts;
        for (const QJsonValue &value : category.value(u"distribution"_s).toArray())
            counts.append(value.toObject().value(u"count"_s).toInt());
        return counts;
    }

    qint64 freeTextOf(qint64 bank)
    {
        return findBy(questionsOf(QString::number(bank)), u"type"_s, u"free_text"_s)
                .value(u"id"_s)
                .toInteger();
    }
};

QTEST_MAIN(TestAssessmentResultPages)
#include "tst_pages_assessments_results.moc"
