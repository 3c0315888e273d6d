// SPDX-License-Identifier: Apache-2.0
// A company's internship programmes driven as people would against the real server: drafting one
// with its days, places and pay, editing it with only the change sent, mentors stopped after
// asking first, a complete set of goals grown and a mentor invited, and goals edited and deleted.
#include "internshippagetest.h"

#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestInternshipPages : public InternshipPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
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

private:
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
};

QTEST_MAIN(TestInternshipPages)
#include "tst_pages_internships.moc"
