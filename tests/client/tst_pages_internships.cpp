// SPDX-License-Identifier: Apache-2.0
// Internships and cohorts beyond the first steps, driven as people would against the real server:
// a company growing a complete set of goals and inviting a mentor, a mentor reading their interns'
// standings and how their scores compare, the company's report and its CSV, an intern sending a
// document with their evidence, and an instructor running their cohort's sessions.
#include "fixtures.h"
#include "pagetest.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "session.h"

#include <QFile>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestInternshipPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_employer = m_server->createUser(Role::Employer);
        m_admin = m_server->createUser(Role::Admin);
        connectClient();
    }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void anEmployerDraftsAnInternshipWithItsDaysPlacesAndPay()
    {
        const auto ours = [&] {
            return m_server->get(u"/api/v1/employers/me/internships?q=Tax"_s, m_employer.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };
        const QJsonObject category = m_server->get(u"/api/v1/internship-categories"_s)
                                             .json()
                                             .value(u"data"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject();
        QVERIFY(!category.value(u"name"_s).toString().isEmpty());

        logInAs(m_employer, u"employer"_s);
        show(u"CompanyInternshipsPage { anchors.fill: parent }"_s);
        click(find(u"newInternship"_s));
        type(u"internshipTitle"_s, u"Tax internship"_s);
        type(u"internshipDescription"_s, u"Ten weeks of returns with our tax team."_s);
        choose(u"internshipMode"_s, u"Online"_s);
        type(u"internshipStarts"_s, u"2026-09-01"_s);
        type(u"internshipEnds"_s, u"2026-08-01"_s);
        type(u"internshipDeadline"_s, u"15 August"_s);
        type(u"internshipPlaces"_s, u"3"_s);
        type(u"internshipStipend"_s, u"60000"_s);
        choose(u"internshipCategory"_s, category.value(u"name"_s).toString());
        QObject *editor = m_window->findChild<QObject *>(u"internshipEditor"_s);
        QVERIFY(editor);

        // A day not written as one: said beside it, and nothing sent.
        QMetaObject::invokeMethod(editor, "accept");
        QQuickItem *deadlineError = find(u"internshipDeadlineError"_s);
        QVERIFY(deadlineError);
        QCOMPARE(deadlineError->property("text").toString(), u"Write a day as 2026-09-01"_s);
        QVERIFY(ours().isEmpty());

        // The server's refusal of an end before the start: beside the end, the rest kept.
        type(u"internshipDeadline"_s, u"2026-08-15"_s);
        QMetaObject::invokeMethod(editor, "accept");
        QQuickItem *endsError = find(u"internshipEndsError"_s);
        QVERIFY(endsError);
        QTRY_VERIFY2(endsError->property("text").toString().contains(u"before start_date"_s),
                     qPrintable(endsError->property("text").toString()));
        QVERIFY(!shownNow(u"internshipDeadlineError"_s).isValid());
        QCOMPARE(find(u"internshipTitle"_s)->property("text").toString(), u"Tax internship"_s);
        QCOMPARE(find(u"internshipStipend"_s)->property("text").toString(), u"60000"_s);
        QVERIFY(ours().isEmpty());
        snapshot(u"employer-internship-editor-problems"_s);

        type(u"internshipEnds"_s, u"2026-11-30"_s);
        QMetaObject::invokeMethod(editor, "accept");
        QTRY_COMPARE(ours().size(), 1);
        const QJsonObject drafted = ours().at(0).toObject();
        QCOMPARE(drafted.value(u"start_date"_s).toString(), u"2026-09-01"_s);
        QCOMPARE(drafted.value(u"end_date"_s).toString(), u"2026-11-30"_s);
        QVERIFY2(drafted.value(u"application_deadline"_s).toString().startsWith(u"2026-08-1"_s),
                 qPrintable(drafted.value(u"application_deadline"_s).toString()));
        QCOMPARE(drafted.value(u"places"_s).toInt(), 3);
        QCOMPARE(drafted.value(u"stipend"_s).toInteger(), 60000);
        QCOMPARE(drafted.value(u"category"_s).toObject().value(u"id"_s).toInteger(),
                 category.value(u"id"_s).toInteger());
        QCOMPARE(drafted.value(u"mode"_s).toString(), u"online"_s);
        QTRY_VERIFY(!editor->property("visible").toBool());
    }

    void anEmployerEditsAnInternshipAndOnlyTheChangeIsSent()
    {
        const qint64 internship = newInternship(u"Audit internship"_s, false);
        QVERIFY(internship > 0);
        QCOMPARE(m_server->patch(u"/api/v1/internships/%1"_s.arg(internship),
                                 QJsonObject { { u"places"_s, 4 },
                                               { u"stipend"_s, 50000 },
                                               { u"start_date"_s, u"2027-01-11"_s } },
                                 m_employer.token)
                         .status,
                 200);
        const auto onServer = [&] {
            return m_server->get(u"/api/v1/internships/%1"_s.arg(internship), m_employer.token)
                    .json();
        };
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyInternshipsPage { anchors.fill: parent }"_s);
        // The newest programme is chosen first: this one.
        QTRY_COMPARE(shownNow(u"pageTitle"_s).toString(), u"Internships"_s);
        click(find(u"editInternship"_s));
        QObject *editor = m_window->findChild<QObject *>(u"internshipEditor"_s);
        QVERIFY(editor);
        QTRY_COMPARE(find(u"internshipTitle"_s)->property("text").toString(), u"Audit internship"_s);
        QCOMPARE(find(u"internshipPlaces"_s)->property("text").toString(), u"4"_s);
        QCOMPARE(find(u"internshipStipend"_s)->property("text").toString(), u"50000"_s);
        QCOMPARE(find(u"internshipStarts"_s)->property("text").toString(), u"2027-01-11"_s);
        QCOMPARE(find(u"internshipDescription"_s)->property("text").toString(),
                 u"Twelve weeks with our auditors."_s);

        // Meanwhile someone else changes the stipend: the edit must not put the old one back.
        QCOMPARE(m_server->patch(u"/api/v1/internships/%1"_s.arg(internship),
                                 QJsonObject { { u"stipend"_s, 55000 } }, m_employer.token)
                         .status,
                 200);
        retype(u"internshipPlaces"_s, u"6"_s);
        type(u"internshipEnds"_s, u"2027-03-31"_s);
        snapshot(u"employer-internship-edit"_s);

        // The server drops as Save is pressed: the editor comes back with what was typed and why.
        const quint16 port = m_server->port();
        m_server->stop();
        QMetaObject::invokeMethod(editor, "accept");
        QTRY_VERIFY(editor->property("visible").toBool());
        QTRY_VERIFY(!shownNow(u"internshipProblem"_s).toString().isEmpty());
        QCOMPARE(find(u"internshipPlaces"_s)->property("text").toString(), u"6"_s);
        QCOMPARE(find(u"internshipEnds"_s)->property("text").toString(), u"2027-03-31"_s);
        QCOMPARE(find(u"internshipTitle"_s)->property("text").toString(), u"Audit internship"_s);
        m_server->startOn(port);
        QCOMPARE(onServer().value(u"places"_s).toInt(), 4); // nothing arrived

        // Back: the same Save sends the change.
        QMetaObject::invokeMethod(editor, "accept");
        QTRY_COMPARE(onServer().value(u"places"_s).toInt(), 6);
        const QJsonObject saved = onServer();
        QCOMPARE(saved.value(u"end_date"_s).toString(), u"2027-03-31"_s);
        QCOMPARE(saved.value(u"stipend"_s).toInteger(), 55000);
        QCOMPARE(saved.value(u"title"_s).toString(), u"Audit internship"_s);
        QCOMPARE(saved.value(u"description"_s).toString(), u"Twelve weeks with our auditors."_s);
        QCOMPARE(saved.value(u"start_date"_s).toString(), u"2027-01-11"_s);

        // A new one after an edit starts empty.
        QTRY_VERIFY(!editor->property("visible").toBool());
        click(find(u"newInternship"_s));
        QTRY_VERIFY(editor->property("visible").toBool());
        QCOMPARE(find(u"internshipTitle"_s)->property("text").toString(), QString());
        QCOMPARE(find(u"internshipPlaces"_s)->property("text").toString(), QString());
        QMetaObject::invokeMethod(editor, "reject");
    }

    void anEmployerStopsSomeoneMentoringAfterAskingFirst()
    {
        const qint64 internship = newInternship(u"Payroll internship"_s, false);
        QVERIFY(internship > 0);
        const TestUser mentor = mentorOf(internship, u"Bisi"_s, u"Lawal"_s);
        const auto mentorRow = [&] {
            const QJsonArray rows
                    = m_server->get(u"/api/v1/employers/me/internship-mentors?limit=100"_s,
                                    m_employer.token)
                              .json()
                              .value(u"data"_s)
                              .toArray();
            for (const QJsonValue &row : rows) {
                if (row[u"person"_s][u"id"_s].toInteger() == mentor.id)
                    return row.toObject();
            }
            return QJsonObject();
        };
        const qint64 id = mentorRow().value(u"id"_s).toInteger();
        QVERIFY(id > 0);

        logInAs(m_employer, u"employer"_s);
        show(u"CompanyInternshipsPage { anchors.fill: parent }"_s);
        find(u"internshipDetailTabs"_s)->setProperty("currentIndex", 1);
        click(find(u"removeMentor_%1"_s.arg(id)));
        QObject *dialog = m_window->findChild<QObject *>(u"stopMentoring"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        // Cancelled: nothing changes.
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(!mentorRow().isEmpty());
        click(find(u"removeMentor_%1"_s.arg(id)));
        QTRY_VERIFY(dialog->property("visible").toBool());
        QCOMPARE(dialog->property("title").toString(), u"Stop Bisi Lawal mentoring?"_s);
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_VERIFY(mentorRow().isEmpty());
        QTRY_COMPARE(shownNow(u"mentorNotice"_s).toString(),
                     u"Bisi Lawal no longer mentors for your company."_s);
    }

    void anEmployerGrowsACompleteSetOfGoalsAndInvitesAMentor()
    {
        const qint64 internship = newInternship(u"Finance internship"_s, false);
        QVERIFY(internship > 0);
        QCOMPARE(addGoals(internship,
                          { { u"Clean the ledger"_s, 60, 5 }, { u"Monthly report"_s, 40, 5 } }),
                 2);
        const auto weights = [&] {
            QMap<QString, int> byTitle;
            const QJsonArray kpis = m_server->get(u"/api/v1/internships/%1/kpis"_s.arg(internship),
                                                  m_employer.token)
                                            .json()
                                            .value(u"data"_s)
                                            .toArray();
            for (const QJsonValue &kpi : kpis)
                byTitle.insert(kpi[u"title"_s].toString(), kpi[u"weight"_s].toInt());
            return byTitle;
        };

        logInAs(m_employer, u"employer"_s);
        show(u"CompanyInternshipsPage { anchors.fill: parent }"_s);
        QQuickItem *tabs = find(u"internshipDetailTabs"_s);
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 1);
        QQuickItem *total = find(u"goalsTotal"_s);
        QVERIFY(total);
        QTRY_VERIFY(total->property("text").toString().contains(u"100 of 100"_s));

        // A third goal on a complete set: refused while the weights would make 120, and kept.
        type(u"goalTitle"_s, u"Present to the board"_s);
        type(u"goalWeight"_s, u"20"_s);
        click(find(u"addGoal"_s));
        QTRY_VERIFY(total->property("text").toString().contains(u"120 with the changes"_s));
        click(find(u"saveGoals"_s));
        QQuickItem *problem = find(u"goalProblem"_s);
        QVERIFY(problem);
        QTRY_VERIFY(problem->property("text").toString().contains(u"100"_s));
        QVERIFY(shownTexts().contains(u"New: Present to the board — weight 20, scored out of 5"_s));
        QCOMPARE(weights().size(), 2);

        // The goals it has take new weights in the same request: 50 + 30 + 20.
        retype(u"weightOf_Clean the ledger"_s, u"50"_s);
        retype(u"weightOf_Monthly report"_s, u"30"_s);
        QTRY_COMPARE(total->property("text").toString(), u"Goals: 100 of 100 weight set"_s);
        click(find(u"saveGoals"_s));
        const QMap<QString, int> expected { { u"Clean the ledger"_s, 50 },
                                            { u"Monthly report"_s, 30 },
                                            { u"Present to the board"_s, 20 } };
        QTRY_COMPARE(weights(), expected);
        QTRY_VERIFY(!shownNow(u"goalProblem"_s).isValid());
        QTRY_COMPARE(shownNow(u"weightOf_Present to the board"_s).toString(), u"20"_s);

        // The weights alone, later: 40 + 40 + 20.
        retype(u"weightOf_Clean the ledger"_s, u"40"_s);
        retype(u"weightOf_Monthly report"_s, u"40"_s);
        QTRY_COMPARE(find(u"saveGoals"_s)->property("text").toString(), u"Save weights"_s);
        click(find(u"saveGoals"_s));
        QTRY_COMPARE(weights().value(u"Monthly report"_s), 40);
        QCOMPARE(weights().value(u"Clean the ledger"_s), 40);
        snapshot(u"employer-internship-goal-weights"_s);

        // A mentor invited without a first name: told beside the field before anything is sent,
        // nothing typed lost.
        const auto mentors = [&] {
            return m_server->get(u"/api/v1/employers/me/internship-mentors"_s, m_employer.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };
        type(u"mentorEmail"_s, u"amaka.okafor@"_s);
        type(u"mentorLastName"_s, u"Okafor"_s);
        click(find(u"inviteMentor"_s));
        QQuickItem *firstNameError = find(u"mentorFirstNameError"_s);
        QVERIFY(firstNameError);
        QCOMPARE(firstNameError->property("text").toString(), u"Fill this in"_s);
        QVERIFY(!shownNow(u"mentorLastNameError"_s).isValid());
        QCOMPARE(find(u"mentorLastName"_s)->property("text").toString(), u"Okafor"_s);
        // The server refuses the address: its words beside the email.
        type(u"mentorFirstName"_s, u"Amaka"_s);
        click(find(u"inviteMentor"_s));
        QQuickItem *emailError = find(u"mentorEmailError"_s);
        QVERIFY(emailError);
        QTRY_VERIFY2(emailError->property("text").toString().contains(u"email"_s),
                     qPrintable(emailError->property("text").toString()));
        QVERIFY(!shownNow(u"mentorFirstNameError"_s).isValid());
        QCOMPARE(find(u"mentorFirstName"_s)->property("text").toString(), u"Amaka"_s);
        QVERIFY(mentors().isEmpty());
        snapshot(u"employer-internship-mentor-problems"_s);
        type(u"mentorEmail"_s, u"amaka.okafor@mentors.test"_s);
        type(u"mentorExpertise"_s, u"Audit"_s);
        click(find(u"inviteMentor"_s));
        QQuickItem *notice = find(u"mentorNotice"_s);
        QVERIFY(notice);
        QTRY_VERIFY(notice->property("text").toString().contains(u"Amaka Okafor is invited"_s));
        QCOMPARE(mentors().size(), 1);
        QCOMPARE(mentors().at(0)[u"person"_s][u"email"_s].toString(),
                 u"amaka.okafor@mentors.test"_s);
        QCOMPARE(mentors().at(0)[u"expertise"_s].toString(), u"Audit"_s);
        QVERIFY(!shownNow(u"mentorFirstNameError"_s).isValid());
        QTRY_VERIFY(shownTexts().contains(u"Amaka Okafor"_s));
        snapshot(u"employer-internship-mentor-invited"_s);
    }

    void goalsBeingWrittenOutliveALookAtTheApplicants()
    {
        const qint64 internship = newInternship(u"Payroll internship"_s, false);
        QVERIFY(internship > 0);
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyInternshipsPage { anchors.fill: parent }"_s);
        QQuickItem *tabs = find(u"internshipDetailTabs"_s);
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 1);
        type(u"goalTitle"_s, u"Run the monthly payroll"_s);
        type(u"goalWeight"_s, u"70"_s);
        click(find(u"addGoal"_s));
        QTRY_VERIFY(shownTexts().contains(
                u"New: Run the monthly payroll — weight 70, scored out of 5"_s));
        type(u"mentorFirstName"_s, u"Bola"_s);

        // A look at the applicants and back: what was written is still there, unsent.
        tabs->setProperty("currentIndex", 0);
        QTRY_VERIFY(!shownNow(u"goalsTotal"_s).isValid());
        tabs->setProperty("currentIndex", 1);
        QTRY_VERIFY(shownNow(u"goalsTotal"_s).isValid());
        QVERIFY(shownTexts().contains(
                u"New: Run the monthly payroll — weight 70, scored out of 5"_s));
        QCOMPARE(shownNow(u"mentorFirstName"_s).toString(), u"Bola"_s);
    }

    void evidenceBeingWrittenOutlivesALookAtTheOtherTabs()
    {
        // A programme of its own: the audit's interns are counted by the tests of its reports.
        const qint64 tax = newInternship(u"Tax internship"_s, true);
        QVERIFY(tax > 0);
        QCOMPARE(addGoals(tax, { { u"File the returns"_s, 50, 5 }, { u"Check the VAT"_s, 50, 5 } }),
                 2);
        const TestUser intern = person(Role::Talent, u"Kemi"_s, u"Lawal"_s);
        admit(tax, intern);
        logInAs(intern, u"talent"_s);
        show(u"InternshipsPage { anchors.fill: parent }"_s);
        QQuickItem *tabs = find(u"internshipTabs"_s);
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 2);
        QTRY_COMPARE(allShown(u"evidence"_s).size(), 2);
        allShown(u"evidence"_s).at(0)->setProperty("text", u"Reconciled May, one gap found"_s);
        allShown(u"evidenceLinks"_s).at(0)->setProperty("text", u"https://sheets.test/may"_s);

        tabs->setProperty("currentIndex", 0);
        QTRY_VERIFY(allShown(u"evidence"_s).isEmpty());
        tabs->setProperty("currentIndex", 2);
        QTRY_COMPARE(allShown(u"evidence"_s).size(), 2);
        QCOMPARE(allShown(u"evidence"_s).at(0)->property("text").toString(),
                 u"Reconciled May, one gap found"_s);
        QCOMPARE(allShown(u"evidenceLinks"_s).at(0)->property("text").toString(),
                 u"https://sheets.test/may"_s);
    }

    void aMentorSeesTheirInternsStandingsAndHowTheirScoresCompare()
    {
        scoredProgramme();
        logInAs(m_ngozi, u"admin"_s); // the door of every other kind of account
        show(u"MentorShell { objectName: \"shell\"; anchors.fill: parent; "
             "startSection: \"interns\" }"_s);
        QCOMPARE(sectionNames(),
                 QStringList({ u"reviews"_s, u"interns"_s, u"notifications"_s, u"chat"_s }));

        // The dashboard: one programme, two interns, one piece of evidence waiting (Tunde's).
        QQuickItem *pending = find(u"pendingReviews"_s);
        QVERIFY(pending);
        QTRY_COMPARE(pending->property("value").toString(), u"1"_s);
        QCOMPARE(find(u"currentInterns"_s)->property("value").toString(), u"2"_s);
        QCOMPARE(find(u"mentoredProgrammes"_s)->property("value").toString(), u"1"_s);
        QCOMPARE(find(u"myAverage"_s)->property("value").toString(), u"90%"_s);
        QTRY_COMPARE(shownNow(u"mentoredInternship"_s, "title").toString(), u"Audit internship"_s);

        // Standings worked out by hand: Chidi 50 × 5⁄5 + 50 × 4⁄10 = 70; Funmi 50 × 4⁄5 = 40.
        QQuickItem *best = find(u"standing"_s);
        QVERIFY(best);
        QTRY_COMPARE(best->property("title").toString(), u"Chidi Nwosu"_s);
        QCOMPARE(best->property("subtitle").toString(), u"Standing 70 of 100"_s);
        QTRY_VERIFY(shownTexts().contains(u"Standing 40 of 100"_s));

        // Calibration: the programme averages (100 + 80 + 40) ⁄ 3 = 73.3% of the scales; Ngozi
        // gave 90%, Tunde 40%.
        QQuickItem *average = find(u"programmeAverage"_s);
        QVERIFY(average);
        QTRY_VERIFY2(average->property("text").toString().contains(u"73.3% of each goal's scale"_s),
                     qPrintable(average->property("text").toString()));
        // (Plural words come with the translations: the counts are read, not the words.)
        QTRY_VERIFY(shownWith(u"Average 90% over 2 "_s).endsWith(u" · 16.7 points more lenient"_s));
        QVERIFY(shownWith(u"Average 40% over 1 "_s).endsWith(u" · 33.3 points harsher"_s));
        snapshot(u"mentor-interns-calibration"_s);
    }

    void anEmployerReadsTheInternshipReportAndSavesItAsCsv()
    {
        scoredProgramme();
        logInAs(m_employer, u"employer"_s);
        show(u"InternshipReportPage { objectName: \"internshipReport\"; anchors.fill: parent }"_s);
        // The newest programme first: the scored one, with its figures.
        QQuickItem *row = find(u"internshipReportRow"_s);
        QVERIFY(row);
        QTRY_COMPARE(row->property("title").toString(), u"Audit internship"_s);
        const QString figures = row->property("subtitle").toString();
        QVERIFY2(figures.contains(u" · 2 intern"_s), qPrintable(figures));
        QVERIFY2(figures.contains(u"3 of 4 submissions scored"_s), qPrintable(figures));
        QVERIFY2(figures.contains(u"average standing 55"_s), qPrintable(figures));
        // Its interns and mentors below.
        QQuickItem *best = find(u"standing"_s);
        QVERIFY(best);
        QTRY_COMPARE(best->property("title").toString(), u"Chidi Nwosu"_s);
        QTRY_VERIFY(shownWith(u"Average 40% over 1 "_s).endsWith(u" · 33.3 points harsher"_s));
        snapshot(u"employer-internship-report"_s);

        // Saved as a CSV file.
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"internships.csv"_s);
        click(find(u"exportInternshipReport"_s));
        QObject *dialog
                = find(u"internshipReport"_s)->findChild<QObject *>(u"internshipReportCsvDialog"_s);
        chooseInDialog(dialog, csv);
        QTRY_VERIFY(QFile::exists(csv));
        QTRY_VERIFY(shownNow(u"internshipReportMessage"_s).toString().contains(u"Saved to"_s));
        QFile saved(csv);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QStringList lines
                = QString::fromUtf8(saved.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.value(0).contains(u"average_standing"_s));
        QVERIFY(lines.value(1).contains(u"Audit internship"_s));
        QVERIFY(lines.value(1).trimmed().endsWith(u",55"_s));
    }

    void anInternSendsADocumentWithTheirEvidenceAndTheMentorSavesIt()
    {
        scoredProgramme();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"audit-sample.pdf"_s);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(tinyPdf());
        }

        // Funmi's evidence for the sampling goal waits for Tunde: she sends it again, with a
        // document.
        logInAs(m_funmi, u"talent"_s);
        show(u"InternshipsPage { anchors.fill: parent }"_s);
        find(u"internshipTabs"_s)->setProperty("currentIndex", 2);
        QQuickItem *standing = find(u"standingLine"_s);
        QVERIFY(standing);
        QTRY_VERIFY(standing->property("text").toString().contains(u"40 of 100"_s));
        // The scored goal takes nothing more: the first attach button is the sampling goal's.
        QQuickItem *attach = find(u"attachEvidence"_s);
        QVERIFY(attach);
        click(attach);
        QObject *dialog = find(u"myInternships"_s)
                                  ->parentItem()
                                  ->findChild<QObject *>(u"evidenceFileDialog"_s);
        chooseInDialog(dialog, pdf);
        QQuickItem *attached = find(u"evidenceFile"_s);
        QVERIFY(attached);
        QTRY_COMPARE(attached->property("text").toString(),
                     u"audit-sample.pdf goes with the evidence"_s);
        // The scored goal's box is shown, read only; the second is the sampling goal's.
        QTRY_COMPARE(allShown(u"evidence"_s).size(), 2);
        QQuickItem *evidence = allShown(u"evidence"_s).at(1);
        QCOMPARE(evidence->property("text").toString(), u"Sampled 40 invoices"_s);
        click(find(u"sendEvidence"_s));
        const auto sampling = [&] {
            return m_server
                    ->get(u"/api/v1/internship-kpis/%1/submissions/mine"_s.arg(m_samplingGoal),
                          m_funmi.token)
                    .json();
        };
        QTRY_VERIFY(sampling().value(u"file"_s).isObject());
        QCOMPARE(sampling().value(u"content"_s).toString(), u"Sampled 40 invoices"_s);
        QTRY_COMPARE(attached->property("text").toString(),
                     u"A document was sent with this evidence"_s);
        snapshot(u"talent-evidence-document"_s);

        // Sent again without a new one: the document stays.
        evidence->setProperty("text", u"Sampled 40 invoices; two were unsigned"_s);
        click(find(u"sendEvidence"_s));
        QTRY_COMPARE(sampling().value(u"content"_s).toString(),
                     u"Sampled 40 invoices; two were unsigned"_s);
        QVERIFY(sampling().value(u"file"_s).isObject());
        closePage();

        // Tunde, the goal's mentor, saves the document from his queue.
        logInAs(m_tunde, u"admin"_s);
        show(u"KpiReviewsPage { objectName: \"reviews\"; anchors.fill: parent }"_s);
        // The goal's rubric beside the evidence, to score against.
        QTRY_COMPARE(shownNow(u"reviewRubric"_s).toString(),
                     u"Rubric: 10: every invoice checked, each finding explained"_s);
        QQuickItem *save = find(u"saveEvidenceFile"_s);
        QVERIFY(save);
        click(save);
        QObject *saveDialog = find(u"reviews"_s)->findChild<QObject *>(u"evidenceSaveDialog"_s);
        const QString copy = dir.filePath(u"from-funmi.pdf"_s);
        chooseInDialog(saveDialog, copy);
        QTRY_VERIFY(QFile::exists(copy));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), tinyPdf());
        QTRY_VERIFY(shownNow(u"reviewNotice"_s).toString().contains(u"Saved to"_s));
        snapshot(u"mentor-evidence-document"_s);
    }

    void anInstructorRunsTheSessionsOfTheirCohortOnly()
    {
        const TestUser instructor = person(Role::Instructor, u"Bisi"_s, u"Adeyemi"_s);
        const qint64 theirs = newCohort(u"Spreadsheets, Saturday cohort"_s);
        const qint64 other = newCohort(u"Networking, evening cohort"_s);
        QVERIFY(theirs > 0 && other > 0);
        QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/instructors"_s.arg(theirs),
                                QJsonObject { { u"instructor_id"_s, instructor.id } }, m_admin.token)
                         .status,
                 201);

        // A talent of the cohort rated them.
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/talents"_s.arg(theirs),
                                QJsonObject { { u"talent_id"_s, talent.id } }, m_admin.token)
                         .status,
                 201);
        QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/instructors/%2/rating"_s.arg(theirs).arg(
                                        instructor.id),
                                QJsonObject { { u"rating"_s, 4 } }, talent.token)
                         .status,
                 201);

        logInAs(instructor, u"admin"_s);
        show(u"InstructorShell { objectName: \"shell\"; anchors.fill: parent; "
             "startSection: \"cohorts\" }"_s);
        QCOMPARE(sectionNames(), QStringList({ u"cohorts"_s, u"notifications"_s, u"chat"_s }));
        QQuickItem *title = find(u"cohortTitle"_s);
        QVERIFY(title);
        QTRY_COMPARE(title->property("text").toString(), u"Spreadsheets, Saturday cohort"_s);
        // Theirs only, and nothing of the admins' to do.
        QVERIFY(!shownTexts().contains(u"Networking, evening cohort"_s));
        QVERIFY(!shownNow(u"newCohort"_s).isValid());
        QVERIFY(!shownNow(u"editCohort"_s).isValid());

        // A session, and its code over the window for the room.
        type(u"sessionTitle"_s, u"Week 1: formulas"_s);
        click(find(u"scheduleSession"_s));
        QQuickItem *session = find(u"session"_s);
        QVERIFY(session);
        QTRY_COMPARE(session->property("title").toString(), u"Week 1: formulas"_s);
        const QJsonArray sessions
                = m_server->get(u"/api/v1/cohorts/%1/sessions"_s.arg(theirs), instructor.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        QCOMPARE(sessions.size(), 1);
        click(find(u"showCode"_s));
        QQuickItem *picture = find(u"codePicture"_s);
        QVERIFY(picture);
        QTRY_COMPARE(picture->property("status").toInt(), 1); // Image.Ready
        QTRY_VERIFY(shownNow(u"checkInAddress"_s).toString().contains(u"/check-in?code="_s));
        QTRY_COMPARE(shownNow(u"checkedInCount"_s).toString(), u"0"_s);
        snapshot(u"instructor-session-code"_s);
        click(find(u"closeCode"_s));

        // Their people: who teaches, how many learn; adding people is the admins'.
        find(u"cohortTabs"_s)->setProperty("currentIndex", 1);
        QQuickItem *teaching = find(u"cohortInstructors"_s);
        QVERIFY(teaching);
        QTRY_VERIFY2(teaching->property("text").toString().startsWith(
                             u"Bisi Adeyemi, rated 4 of 5 by 1 talent"_s),
                     qPrintable(teaching->property("text").toString()));
        QVERIFY(!shownNow(u"addInstructor"_s).isValid());
        QVERIFY(!shownNow(u"talentSearch"_s).isValid());
        snapshot(u"instructor-cohort-people"_s);
    }

    void anEmployerEditsOneGoalAndDeletesAnotherAfterAskingFirst()
    {
        const qint64 internship = newInternship(u"Payroll internship"_s, true);
        QVERIFY(internship > 0);
        QCOMPARE(addGoals(internship,
                          { { u"Run payroll"_s, 50, 5 },
                            { u"Audit expenses"_s, 30, 5 },
                            { u"Close the month"_s, 20, 5 } }),
                 3);
        const auto goals = [&] {
            QMap<QString, QJsonObject> byTitle;
            const QJsonArray kpis = m_server->get(u"/api/v1/internships/%1/kpis"_s.arg(internship),
                                                  m_employer.token)
                                            .json()
                                            .value(u"data"_s)
                                            .toArray();
            for (const QJsonValue &kpi : kpis)
                byTitle.insert(kpi[u"title"_s].toString(), kpi.toObject());
            return byTitle;
        };
        // An intern sent evidence for the expenses audit: that goal stays.
        const TestUser intern = person(Role::Talent, u"Emeka"_s, u"Obi"_s);
        admit(internship, intern);
        QVERIFY(send(goals().value(u"Audit expenses"_s)[u"id"_s].toInteger(), intern,
                     u"Audited March"_s)
                > 0);

        logInAs(m_employer, u"employer"_s);
        show(u"CompanyInternshipsPage { anchors.fill: parent }"_s);
        // The newest programme is chosen first: this one.
        QQuickItem *tabs = find(u"internshipDetailTabs"_s);
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 1);
        QTRY_VERIFY(shownNow(u"goalsTotal"_s).toString().contains(u"100 of 100"_s));
        click(find(u"editGoal_Run payroll"_s));
        QObject *editor = m_window->findChild<QObject *>(u"kpiEditor"_s);
        QVERIFY(editor);
        QTRY_VERIFY(editor->property("visible").toBool());
        QTRY_COMPARE(find(u"kpiTitle"_s)->property("text").toString(), u"Run payroll"_s);
        QCOMPARE(find(u"kpiWeight"_s)->property("text").toString(), u"50"_s);
        QCOMPARE(find(u"kpiRubric"_s)->property("text").toString(),
                 u"5: every invoice checked, each finding explained"_s);

        // A weight that breaks the sum: the rule beside the weight, the rest typed kept.
        type(u"kpiTitle"_s, u"Run the monthly payroll"_s);
        type(u"kpiWeight"_s, u"60"_s);
        click(find(u"saveKpi"_s));
        QQuickItem *weightError = find(u"kpiWeightError"_s);
        QVERIFY(weightError);
        QTRY_VERIFY2(weightError->property("text").toString().contains(
                             u"summing to 100 (they would sum to 110)"_s),
                     qPrintable(weightError->property("text").toString()));
        QVERIFY(editor->property("visible").toBool());
        QCOMPARE(find(u"kpiTitle"_s)->property("text").toString(), u"Run the monthly payroll"_s);
        QVERIFY(goals().contains(u"Run payroll"_s));
        snapshot(u"employer-goal-editor-weight-refused"_s);

        // The weight as it was, a new name and rubric: only those sent, the weight left alone.
        type(u"kpiWeight"_s, u"50"_s);
        type(u"kpiRubric"_s, u"5: on time, no corrections"_s);
        type(u"kpiDescription"_s, u"Salaries, taxes and pensions for 40 staff"_s);
        click(find(u"saveKpi"_s));
        QTRY_VERIFY(!editor->property("visible").toBool());
        QTRY_VERIFY(goals().contains(u"Run the monthly payroll"_s));
        const QJsonObject edited = goals().value(u"Run the monthly payroll"_s);
        QCOMPARE(edited.value(u"weight"_s).toInt(), 50);
        QCOMPARE(edited.value(u"rubric"_s).toString(), u"5: on time, no corrections"_s);
        QCOMPARE(edited.value(u"description"_s).toString(),
                 u"Salaries, taxes and pensions for 40 staff"_s);
        QTRY_COMPARE(shownNow(u"weightOf_Run the monthly payroll"_s).toString(), u"50"_s);

        // Deleting asks first; a goal with evidence stays, with the server's reason.
        click(find(u"deleteGoal_Audit expenses"_s));
        QObject *confirm = m_window->findChild<QObject *>(u"deleteGoal"_s);
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->property("visible").toBool());
        QVERIFY(goals().contains(u"Audit expenses"_s));
        QMetaObject::invokeMethod(confirm, "accept");
        QQuickItem *problem = find(u"goalProblem"_s);
        QVERIFY(problem);
        QTRY_COMPARE(problem->property("text").toString(),
                     u"Interns submitted evidence for this KPI: it stays"_s);
        QVERIFY(goals().contains(u"Audit expenses"_s));

        // One without: asked, cancelled, then deleted; the total says what is missing.
        click(find(u"deleteGoal_Close the month"_s));
        QTRY_VERIFY(confirm->property("visible").toBool());
        QMetaObject::invokeMethod(confirm, "reject");
        QTRY_VERIFY(!confirm->property("visible").toBool());
        QVERIFY(goals().contains(u"Close the month"_s));
        click(find(u"deleteGoal_Close the month"_s));
        QTRY_VERIFY(confirm->property("visible").toBool());
        QMetaObject::invokeMethod(confirm, "accept");
        QTRY_VERIFY(!goals().contains(u"Close the month"_s));
        QCOMPARE(goals().size(), 2);
        QTRY_COMPARE(shownNow(u"goalsTotal"_s).toString(), u"Goals: 80 of 100 weight set"_s);
        QTRY_VERIFY(!shownNow(u"deleteGoal_Close the month"_s).isValid());
        snapshot(u"employer-goal-deleted"_s);
    }

    void anInternSendsLinksWithTheirEvidenceAndTheMentorOpensThem()
    {
        scoredProgramme();
        const auto sampling = [&] {
            return m_server
                    ->get(u"/api/v1/internship-kpis/%1/submissions/mine"_s.arg(m_samplingGoal),
                          m_funmi.token)
                    .json();
        };
        const QString contentBefore = sampling().value(u"content"_s).toString();

        logInAs(m_funmi, u"talent"_s);
        show(u"InternshipsPage { anchors.fill: parent }"_s);
        find(u"internshipTabs"_s)->setProperty("currentIndex", 2);
        QTRY_COMPARE(allShown(u"evidenceLinks"_s).size(), 2);
        // The scored goal's links are read only; the second box is the sampling goal's.
        QVERIFY(!allShown(u"evidenceLinks"_s).at(0)->isEnabled());
        QQuickItem *links = allShown(u"evidenceLinks"_s).at(1);
        QQuickItem *evidence = allShown(u"evidence"_s).at(1);
        evidence->setProperty("text", u"Sampled 40 invoices; the sheet and findings linked"_s);
        // A link that is not http(s): said under the links, line by line, nothing sent.
        links->setProperty("text",
                           u"https://sheets.example.com/audit-sample\nftp://files.example.com/x"_s);
        click(find(u"sendEvidence"_s));
        QQuickItem *problem = find(u"evidenceLinksProblem"_s);
        QVERIFY(problem);
        QCOMPARE(problem->property("text").toString(), u"Link 2: Must be an http(s) link"_s);
        QCOMPARE(sampling().value(u"content"_s).toString(), contentBefore);
        QCOMPARE(links->property("text").toString(),
                 u"https://sheets.example.com/audit-sample\nftp://files.example.com/x"_s);
        snapshot(u"talent-evidence-links-problem"_s);

        links->setProperty("text",
                           u"https://sheets.example.com/audit-sample\n\n"
                           u"  https://docs.example.com/findings?a=1&b=2  \n"_s);
        QTRY_VERIFY(!shownNow(u"evidenceLinksProblem"_s).isValid());
        click(find(u"sendEvidence"_s));
        const QJsonArray expected { u"https://sheets.example.com/audit-sample"_s,
                                    u"https://docs.example.com/findings?a=1&b=2"_s };
        QTRY_COMPARE(sampling().value(u"links"_s).toArray(), expected);
        QCOMPARE(sampling().value(u"content"_s).toString(),
                 u"Sampled 40 invoices; the sheet and findings linked"_s);
        closePage();

        // Tunde reads them as links, each opening in the browser.
        logInAs(m_tunde, u"admin"_s);
        show(u"KpiReviewsPage { anchors.fill: parent }"_s);
        QTRY_COMPARE(allShown(u"evidenceLink"_s).size(), 2);
        const QList<QQuickItem *> shown = allShown(u"evidenceLink"_s);
        QCOMPARE(shown.at(0)->property("text").toString(),
                 u"<a href=\"https://sheets.example.com/audit-sample\">"
                 u"https://sheets.example.com/audit-sample</a>"_s);
        QCOMPARE(shown.at(1)->property("text").toString(),
                 u"<a href=\"https://docs.example.com/findings?a=1&b=2\">"
                 u"https://docs.example.com/findings?a=1&amp;b=2</a>"_s);
        QCOMPARE(shown.at(0)->property("textFormat").toInt(), 4); // Text.StyledText: links work
        snapshot(u"mentor-evidence-links"_s);
    }

private:
    struct Goal
    {
        QString title;
        int weight;
        int maxScore;
    };

    /** An account of @p role with a name people read. */
    TestUser person(Role role, const QString &first, const QString &last)
    {
        TestUser user = m_server->createUser(role);
        Sql(m_server->context().db(),
            u"UPDATE users SET first_name = :first, last_name = :last WHERE id = :id"_s)
                .bind(u":first"_s, first)
                .bind(u":last"_s, last)
                .bind(u":id"_s, user.id)
                .exec();
        return user;
    }

    /** A programme of m_employer's company, published if asked; its id, or 0. */
    qint64 newInternship(const QString &title, bool published)
    {
        const Reply created = m_server->post(
                u"/api/v1/internships"_s,
                QJsonObject { { u"title"_s, title },
                              { u"description"_s, u"Twelve weeks with our auditors."_s },
                              { u"mode"_s, u"hybrid"_s } },
                m_employer.token);
        const qint64 id = created.json().value(u"id"_s).toInteger();
        if (created.status != 201)
            return 0;
        if (published
            && m_server->patch(u"/api/v1/internships/%1/status"_s.arg(id),
                               QJsonObject { { u"status"_s, u"published"_s } }, m_employer.token)
                            .status
                    != 200)
            return 0;
        return id;
    }

    /** Adds @p goals to a programme; how many it has then. */
    int addGoals(qint64 internship, const QList<Goal> &goals)
    {
        QJsonArray kpis;
        for (const Goal &goal : goals)
            kpis.append(QJsonObject { { u"title"_s, goal.title },
                                      { u"weight"_s, goal.weight },
                                      { u"max_score"_s, goal.maxScore },
                                      { u"rubric"_s,
                                        u"%1: every invoice checked, each finding explained"_s.arg(
                                                goal.maxScore) } });
        const Reply added = m_server->post(u"/api/v1/internships/%1/kpis"_s.arg(internship),
                                           QJsonObject { { u"kpis"_s, kpis } }, m_employer.token);
        return added.status == 201
                ? int(m_server->get(u"/api/v1/internships/%1/kpis"_s.arg(internship),
                                    m_employer.token)
                              .json()
                              .value(u"data"_s)
                              .toArray()
                              .size())
                : 0;
    }

    /** A mentor account of m_employer's company, assigned to @p internship. */
    TestUser mentorOf(qint64 internship, const QString &first, const QString &last)
    {
        const TestUser mentor = person(Role::Mentor, first, last);
        Sql(m_server->context().db(), u"UPDATE users SET company_id = :company WHERE id = :id"_s)
                .bind(u":company"_s, *m_employer.companyId)
                .bind(u":id"_s, mentor.id)
                .exec();
        const Reply added
                = m_server->post(u"/api/v1/internship-mentors"_s,
                                 QJsonObject { { u"user_id"_s, mentor.id } }, m_employer.token);
        m_server->post(u"/api/v1/internships/%1/mentors"_s.arg(internship),
                       QJsonObject { { u"mentor_id"_s, added.json().value(u"id"_s).toInteger() } },
                       m_employer.token);
        return mentor;
    }

    /** The talent made an intern of @p internship. */
    void admit(qint64 internship, const TestUser &talent)
    {
        const Reply applied
                = m_server->post(u"/api/v1/internships/%1/applications"_s.arg(internship),
                                 QJsonObject(), talent.token);
        QCOMPARE(applied.status, 201);
        QCOMPARE(m_server->post(u"/api/v1/internship-applications/%1/approve"_s.arg(
                                        applied.json().value(u"id"_s).toInteger()),
                                QJsonObject(), m_employer.token)
                         .status,
                 200);
    }

    /** The evidence's id once sent. */
    qint64 send(qint64 goal, const TestUser &intern, const QString &content)
    {
        return m_server
                ->post(u"/api/v1/internship-kpis/%1/submissions"_s.arg(goal),
                       QJsonObject { { u"content"_s, content } }, intern.token)
                .json()
                .value(u"id"_s)
                .toInteger();
    }

    void score(qint64 submission, const TestUser &mentor, int score)
    {
        QCOMPARE(m_server->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(submission),
                                QJsonObject { { u"score"_s, score },
                                              { u"comment"_s, u"Scored against the rubric"_s } },
                                mentor.token)
                         .status,
                 200);
    }

    /**
     * Once per run: an audit programme (two goals of weight 50, on scales of 5 and 10), mentors
     * Ngozi and Tunde, interns Chidi and Funmi. Ngozi scores both on the first goal (5 and 4),
     * Tunde scores Chidi's sampling (4 of 10); Funmi's sampling waits for him.
     */
    void scoredProgramme()
    {
        if (m_audit > 0)
            return;
        m_audit = newInternship(u"Audit internship"_s, true);
        QVERIFY(m_audit > 0);
        QCOMPARE(addGoals(m_audit,
                          { { u"Reconcile the accounts"_s, 50, 5 },
                            { u"Sample the invoices"_s, 50, 10 } }),
                 2);
        const QJsonArray goals
                = m_server->get(u"/api/v1/internships/%1/kpis"_s.arg(m_audit), m_employer.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        const qint64 reconcile
                = findBy(goals, u"title"_s, u"Reconcile the accounts"_s)[u"id"_s].toInteger();
        m_samplingGoal = findBy(goals, u"title"_s, u"Sample the invoices"_s)[u"id"_s].toInteger();
        m_ngozi = mentorOf(m_audit, u"Ngozi"_s, u"Eze"_s);
        m_tunde = mentorOf(m_audit, u"Tunde"_s, u"Bello"_s);
        m_chidi = person(Role::Talent, u"Chidi"_s, u"Nwosu"_s);
        m_funmi = person(Role::Talent, u"Funmi"_s, u"Ade"_s);
        admit(m_audit, m_chidi);
        admit(m_audit, m_funmi);
        score(send(reconcile, m_chidi, u"Reconciled March"_s), m_ngozi, 5);
        score(send(reconcile, m_funmi, u"Reconciled April"_s), m_ngozi, 4);
        score(send(m_samplingGoal, m_chidi, u"Sampled 30 invoices"_s), m_tunde, 4);
        QVERIFY(send(m_samplingGoal, m_funmi, u"Sampled 40 invoices"_s) > 0);
    }

    /** A cohort the admin starts; its id, or 0. */
    qint64 newCohort(const QString &name)
    {
        return m_server
                ->post(u"/api/v1/cohorts"_s,
                       QJsonObject { { u"name"_s, name },
                                     { u"start_date"_s, u"2026-09-05"_s },
                                     { u"end_date"_s, u"2026-12-12"_s } },
                       m_admin.token)
                .json()
                .value(u"id"_s)
                .toInteger();
    }

    /** The first text shown that holds @p part; empty when none does. */
    QString shownWith(const QString &part)
    {
        const QStringList texts = shownTexts();
        for (const QString &text : texts) {
            if (text.contains(part))
                return text;
        }
        return {};
    }

    /** Every visible item named @p name, in the order they are drawn. */
    QList<QQuickItem *> allShown(const QString &name)
    {
        QList<QQuickItem *> found;
        const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (!item->isVisible())
                return;
            if (item->objectName() == name)
                found.append(item);
            const QList<QQuickItem *> children = item->childItems();
            for (QQuickItem *child : children)
                walk(child);
        };
        walk(m_window->contentItem());
        return found;
    }

    /** Replaces what the field named @p name holds by typing, as a person edits a number. */
    void retype(const QString &name, const QString &text)
    {
        QQuickItem *field = find(name);
        QVERIFY(field);
        click(field);
        QTRY_VERIFY(field->hasActiveFocus());
        QMetaObject::invokeMethod(field, "selectAll");
        typeKeys(text);
        QTRY_COMPARE(field->property("text").toString(), text);
    }

    TestUser m_employer;
    TestUser m_admin;
    qint64 m_audit = 0;
    qint64 m_samplingGoal = 0;
    TestUser m_ngozi;
    TestUser m_tunde;
    TestUser m_chidi;
    TestUser m_funmi;
};

QTEST_MAIN(TestInternshipPages)
#include "tst_pages_internships.moc"
