// SPDX-License-Identifier: Apache-2.0
// What a talent learns and how companies and admins run it, driven against the real server: a
// training's applicants decided and an application withdrawn and renewed, an intern's evidence
// for a goal and a mentor's score, an assessment resumed after a close, and a course asked for.
#include "accountspagetest.h"

#include "session.h"

#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestLearningPages : public AccountsPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void aTrainingsApplicantIsDecidedAndTheTalentWithdrawsThenReturns()
    {
        // The company writes the training in its editor, and publishes it.
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyTrainingsPage { anchors.fill: parent }"_s);
        click(find(u"newTraining"_s));
        type(u"trainingTitle"_s, u"XL"_s);
        type(u"trainingDescription"_s, u"Pivot tables and lookups, in four weeks."_s);
        choose(u"trainingMode"_s, u"Hybrid"_s);
        QObject *editor = m_window->findChild<QObject *>(u"trainingEditor"_s);
        QMetaObject::invokeMethod(editor, "accept");
        // Refused: the editor is back with the reason beside the title, and what was typed is
        // still there.
        QQuickItem *refusal = find(u"trainingTitleError"_s);
        QVERIFY(refusal);
        QTRY_VERIFY(refusal->property("text").toString().contains(u"at least 3"_s));
        QCOMPARE(find(u"trainingDescription"_s)->property("text").toString(),
                 u"Pivot tables and lookups, in four weeks."_s);
        type(u"trainingTitle"_s, u"Spreadsheets for analysts"_s);
        QMetaObject::invokeMethod(editor, "accept");
        const auto newest = [this] {
            return m_server->get(u"/api/v1/employers/me/trainings"_s, m_employer.token)
                    .json()
                    .value(u"data"_s)
                    .toArray()
                    .at(0)
                    .toObject();
        };
        QTRY_COMPARE(newest().value(u"title"_s).toString(), u"Spreadsheets for analysts"_s);
        // Every field the editor took is what the server keeps.
        QCOMPARE(newest().value(u"description"_s).toString(),
                 u"Pivot tables and lookups, in four weeks."_s);
        QCOMPARE(newest().value(u"mode"_s).toString(), u"hybrid"_s);
        click(find(u"trainingStatus_published"_s));
        QTRY_COMPARE(newest().value(u"status"_s).toString(), u"published"_s);
        const qint64 training = newest().value(u"id"_s).toInteger();
        client::Session::instance()->logout();

        const auto applications = [this] {
            return m_server->get(u"/api/v1/talents/me/training-applications"_s, m_talent.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };
        const auto statusOfMine = [&] {
            const QJsonArray all = applications();
            return all.isEmpty() ? QString() : all.at(0).toObject().value(u"status"_s).toString();
        };

        // The talent applies from the list of open trainings.
        logInAs(m_talent, u"talent"_s);
        show(u"TrainingsPage { anchors.fill: parent }"_s);
        click(find(u"applyTraining"_s));
        QTRY_COMPARE(statusOfMine(), u"applied"_s);
        client::Session::instance()->logout();

        // The company refuses, saying why in its own words: the talent reads it.
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyTrainingsPage { anchors.fill: parent }"_s);
        QVERIFY(find(u"move_accepted"_s)); // the training's applicant, with the company's moves
        snapshot(u"employer-training-applicants"_s);
        click(find(u"move_rejected"_s));
        type(u"rejectionNote"_s, u"This cohort needs Excel basics first"_s);
        QMetaObject::invokeMethod(m_window->findChild<QObject *>(u"rejection"_s), "accept");
        QTRY_COMPARE(statusOfMine(), u"rejected"_s);
        QCOMPARE(applications().at(0).toObject().value(u"decided_reason"_s).toString(),
                 u"This cohort needs Excel basics first"_s);
        client::Session::instance()->logout();

        // Another applicant is accepted; then the talent's own application: withdraw and return.
        const Reply second
                = m_server->post(u"/api/v1/trainings/%1/applications"_s.arg(training),
                                 QJsonObject(), m_server->createUser(Role::Talent).token);
        QCOMPARE(second.status, 201);
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyTrainingsPage { anchors.fill: parent }"_s);
        click(find(u"move_accepted"_s));
        QTRY_COMPARE(m_server->get(u"/api/v1/training-applications/%1"_s.arg(
                                           second.json().value(u"id"_s).toInteger()),
                                   m_employer.token)
                             .json()
                             .value(u"status"_s)
                             .toString(),
                     u"accepted"_s);
        client::Session::instance()->logout();

        const Reply another = m_server->post(
                u"/api/v1/trainings"_s,
                QJsonObject { { u"title"_s, u"Presenting with data"_s },
                              { u"description"_s, u"Charts that answer a question."_s },
                              { u"mode"_s, u"online"_s } },
                m_employer.token);
        const qint64 next = another.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->patch(u"/api/v1/trainings/%1/status"_s.arg(next),
                                 QJsonObject { { u"status"_s, u"published"_s } }, m_employer.token)
                         .status,
                 200);
        QCOMPARE(m_server->post(u"/api/v1/trainings/%1/applications"_s.arg(next), QJsonObject(),
                                m_talent.token)
                         .status,
                 201);
        logInAs(m_talent, u"talent"_s);
        show(u"TrainingsPage { anchors.fill: parent }"_s);
        find(u"trainingTabs"_s)->setProperty("currentIndex", 1);
        // The server goes away as the talent withdraws: they are told, and nothing changed.
        QQuickItem *withdraw = find(u"withdrawTraining"_s); // the newest: "Presenting with data"
        QVERIFY(withdraw);
        const quint16 port = m_server->port();
        m_server->stop();
        click(withdraw);
        QQuickItem *problem = find(u"trainingsProblem"_s);
        QVERIFY(problem);
        QTRY_VERIFY(problem->property("text").toString().contains(u"cannot be reached"_s));
        m_server->startOn(port);
        QCOMPARE(statusOfMine(), u"applied"_s);
        // Back again: the same button does it.
        click(find(u"withdrawTraining"_s));
        QTRY_COMPARE(statusOfMine(), u"withdrawn"_s);
        snapshot(u"talent-training-applications"_s);
        find(u"trainingTabs"_s)->setProperty("currentIndex", 0);
        click(find(u"applyTraining"_s)); // the newest open training first: the same one
        QTRY_COMPARE(statusOfMine(), u"applied"_s);
        QCOMPARE(applications().size(), 2); // renewed, not a second application
    }

    void anInternAppliesAndSendsEvidenceForAGoal()
    {
        const Reply created = m_server->post(
                u"/api/v1/internships"_s,
                QJsonObject { { u"title"_s, u"Data internship"_s },
                              { u"description"_s, u"Twelve weeks of reports and dashboards."_s },
                              { u"mode"_s, u"online"_s } },
                m_employer.token);
        QCOMPARE(created.status, 201);
        const qint64 internship = created.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->patch(u"/api/v1/internships/%1/status"_s.arg(internship),
                                 QJsonObject { { u"status"_s, u"published"_s } }, m_employer.token)
                         .status,
                 200);
        const auto applications = [this] {
            return m_server->get(u"/api/v1/talents/me/internship-applications"_s, m_talent.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };

        // The talent applies from the open internships.
        logInAs(m_talent, u"talent"_s);
        show(u"InternshipsPage { anchors.fill: parent }"_s);
        click(find(u"applyInternship"_s));
        QTRY_COMPARE(applications().size(), 1);
        const qint64 application = applications().at(0).toObject().value(u"id"_s).toInteger();
        client::Session::instance()->logout();

        // The company admits them and sets the programme's goals.
        QCOMPARE(m_server->post(u"/api/v1/internship-applications/%1/approve"_s.arg(application),
                                QJsonObject(), m_employer.token)
                         .status,
                 200);
        QJsonArray goals;
        for (const auto &[title, weight] :
             { std::pair { u"Weekly report"_s, 60 }, std::pair { u"Sales dashboard"_s, 40 } })
            goals.append(QJsonObject { { u"title"_s, title },
                                       { u"weight"_s, weight },
                                       { u"max_score"_s, 5 },
                                       { u"rubric"_s, u"5: on time, checked, explained"_s } });
        QCOMPARE(m_server->post(u"/api/v1/internships/%1/kpis"_s.arg(internship),
                                QJsonObject { { u"kpis"_s, goals } }, m_employer.token)
                         .status,
                 201);

        // The intern opens the programme: its standing, and the first goal's evidence.
        logInAs(m_talent, u"talent"_s);
        show(u"InternshipsPage { anchors.fill: parent }"_s);
        find(u"internshipTabs"_s)->setProperty("currentIndex", 2);
        QQuickItem *standing = find(u"standingLine"_s);
        QVERIFY(standing);
        QTRY_VERIFY(standing->property("text").toString().contains(u"0 of 100"_s));
        const QString report = u"Sent the week 1 report: https://example.org/week1"_s;
        type(u"evidence"_s, report);
        // The server goes away as it is sent: the intern is told and keeps what they wrote.
        QQuickItem *send = find(u"sendEvidence"_s);
        const quint16 port = m_server->port();
        m_server->stop();
        click(send);
        QQuickItem *problem = find(u"evidenceProblem"_s);
        QVERIFY(problem);
        QTRY_VERIFY(problem->property("text").toString().contains(u"cannot be reached"_s));
        QCOMPARE(find(u"evidence"_s)->property("text").toString(), report);
        m_server->startOn(port);
        click(find(u"sendEvidence"_s));
        const auto sent = [this] {
            return m_server->get(u"/api/v1/talents/me/kpi-submissions"_s, m_talent.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };
        QTRY_COMPARE(sent().size(), 1);
        QCOMPARE(sent().at(0).toObject().value(u"content"_s).toString(), report);
        QCOMPARE(sent().at(0).toObject().value(u"kpi"_s).toObject().value(u"title"_s).toString(),
                 u"Weekly report"_s);
        QTRY_COMPARE(find(u"sendEvidence"_s)->property("text").toString(), u"Send again"_s);
        snapshot(u"talent-internship-progress"_s);
    }

    void anEmployerSetsGoalsAndAMentorScoresTheEvidence()
    {
        // The company writes a programme in its editor and publishes it.
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyInternshipsPage { anchors.fill: parent }"_s);
        click(find(u"newInternship"_s));
        type(u"internshipTitle"_s, u"Analytics internship"_s);
        type(u"internshipDescription"_s, u"Eight weeks of reports with our data team."_s);
        choose(u"internshipMode"_s, u"Online"_s);
        QMetaObject::invokeMethod(m_window->findChild<QObject *>(u"internshipEditor"_s), "accept");
        const auto newest = [this] {
            return m_server->get(u"/api/v1/employers/me/internships"_s, m_employer.token)
                    .json()
                    .value(u"data"_s)
                    .toArray()
                    .at(0)
                    .toObject();
        };
        QTRY_COMPARE(newest().value(u"title"_s).toString(), u"Analytics internship"_s);
        const qint64 internship = newest().value(u"id"_s).toInteger();
        click(find(u"internshipStatus_published"_s));
        QTRY_COMPARE(newest().value(u"status"_s).toString(), u"published"_s);

        // Its goals: a set short of 100 is refused and kept; completed, it is saved.
        find(u"internshipDetailTabs"_s)->setProperty("currentIndex", 1);
        type(u"goalTitle"_s, u"Weekly report"_s);
        type(u"goalWeight"_s, u"50"_s);
        type(u"goalRubric"_s, u"On time, checked and explained"_s);
        click(find(u"addGoal"_s));
        click(find(u"saveGoals"_s));
        QQuickItem *problem = find(u"goalProblem"_s);
        QVERIFY(problem);
        QTRY_VERIFY(problem->property("text").toString().contains(u"100"_s));
        type(u"goalTitle"_s, u"Final presentation"_s);
        type(u"goalWeight"_s, u"50"_s);
        click(find(u"addGoal"_s));
        click(find(u"saveGoals"_s));
        const auto goals = [&] {
            return m_server->get(u"/api/v1/internships/%1/kpis"_s.arg(internship), m_employer.token)
                    .json();
        };
        QTRY_COMPARE(goals().value(u"total_weight"_s).toInt(), 100);
        QCOMPARE(goals().value(u"data"_s).toArray().size(), 2);
        QCOMPARE(goals().value(u"data"_s).toArray().at(0).toObject().value(u"title"_s).toString(),
                 u"Weekly report"_s);

        // The owner mentors it.
        click(find(u"mentorMyself"_s));
        click(find(u"assignMentor"_s));
        QTRY_COMPARE(m_server->get(u"/api/v1/employers/me/internship-mentors?internship_id=%1"_s.arg(
                                           internship),
                                   m_employer.token)
                             .json()
                             .value(u"data"_s)
                             .toArray()
                             .size(),
                     1);
        snapshot(u"employer-internship-goals"_s);

        // An intern sends evidence; the mentor scores it with a comment the intern reads.
        const Reply applied
                = m_server->post(u"/api/v1/internships/%1/applications"_s.arg(internship),
                                 QJsonObject(), m_talent.token);
        QCOMPARE(applied.status, 201);
        QCOMPARE(m_server->post(u"/api/v1/internship-applications/%1/approve"_s.arg(
                                        applied.json().value(u"id"_s).toInteger()),
                                QJsonObject(), m_employer.token)
                         .status,
                 200);
        const qint64 goal
                = goals().value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
        QCOMPARE(m_server->post(u"/api/v1/internship-kpis/%1/submissions"_s.arg(goal),
                                QJsonObject {
                                        { u"content"_s, u"Report for week one, attached."_s } },
                                m_talent.token)
                         .status,
                 201);
        show(u"KpiReviewsPage { anchors.fill: parent }"_s);
        QQuickItem *score = find(u"reviewScore"_s); // the newest evidence first: this one
        QVERIFY(score);
        score->setProperty("value", 4);
        type(u"reviewComment"_s, u"Clear and on time; add the sources next week."_s);
        snapshot(u"mentor-evidence-to-score"_s);
        click(find(u"giveScore"_s));
        const auto mine = [&] {
            return m_server
                    ->get(u"/api/v1/internship-kpis/%1/submissions/mine"_s.arg(goal), m_talent.token)
                    .json();
        };
        QTRY_COMPARE(mine().value(u"score"_s).toInt(), 4);
        QCOMPARE(mine().value(u"comment"_s).toString(),
                 u"Clear and on time; add the sources next week."_s);
    }

    void aTalentTakesAnAssessmentResumingAfterAClose()
    {
        // A bank whose title comes first in the list: two likert items and one single choice.
        const Reply bank = m_server->post(
                u"/api/v1/assessments"_s,
                QJsonObject {
                        { u"title"_s, u"A short habits check"_s },
                        { u"time_limit_seconds"_s, 900 },
                        { u"categories"_s,
                          QJsonArray { QJsonObject { { u"code"_s, u"H"_s },
                                                     { u"name"_s, u"Habits"_s } } } },
                        { u"questions"_s,
                          QJsonArray {
                                  QJsonObject { { u"type"_s, u"likert"_s },
                                                { u"category"_s, u"H"_s },
                                                { u"text"_s, u"I plan my week on Monday."_s } },
                                  QJsonObject { { u"type"_s, u"likert"_s },
                                                { u"category"_s, u"H"_s },
                                                { u"text"_s, u"I keep a list of what is due."_s } },
                                  QJsonObject {
                                          { u"type"_s, u"single_choice"_s },
                                          { u"text"_s, u"Which comes first?"_s },
                                          { u"options"_s,
                                            QJsonArray {
                                                    QJsonObject { { u"key"_s, u"a"_s },
                                                                  { u"text"_s,
                                                                    u"The urgent and important"_s },
                                                                  { u"correct"_s, true } },
                                                    QJsonObject { { u"key"_s, u"b"_s },
                                                                  { u"text"_s,
                                                                    u"The easy"_s } } } } } } } },
                m_admin.token);
        QCOMPARE(bank.status, 201);
        const QString slug = bank.json().value(u"slug"_s).toString();
        logInAs(m_talent, u"talent"_s);
        const QString page = u"AssessmentsPage { objectName: \"page\"; anchors.fill: parent }"_s;
        show(page);
        click(find(u"start_"_s + slug));

        // Each question as the page shows it: likert rated 4, the choice answered right.
        auto answerShown = [this] {
            QQuickItem *text = find(u"questionText"_s);
            QVERIFY(text);
            const QVariantMap attempt = find(u"page"_s)->property("attempt").toMap();
            for (const QVariant &value : attempt.value(u"questions"_s).toList()) {
                const QVariantMap question = value.toMap();
                if (question.value(u"text"_s) != text->property("text"))
                    continue;
                click(find(question.value(u"type"_s) == u"likert"_s
                                   ? u"rating_4"_s
                                   : u"option_%1_a"_s.arg(question.value(u"id"_s).toLongLong())));
            }
        };
        answerShown();
        QTRY_COMPARE(find(u"progressLabel"_s)->property("text").toString(),
                     u"Question 1 of 3 · 1 answered"_s);
        // The client closes; the answer was saved as it was given, and starting again resumes.
        QTRY_COMPARE(m_server->get(u"/api/v1/assessments/%1/taken"_s.arg(slug), m_talent.token)
                             .json()
                             .value(u"open_attempt_id"_s)
                             .isNull(),
                     false);
        m_window.reset();
        show(page);
        click(find(u"start_"_s + slug));
        QTRY_COMPARE(find(u"progressLabel"_s)->property("text").toString(),
                     u"Question 2 of 3 · 1 answered"_s);
        answerShown();
        click(find(u"nextButton"_s));
        answerShown();
        QTRY_COMPARE(find(u"progressLabel"_s)->property("text").toString(),
                     u"Question 3 of 3 · 3 answered"_s);
        snapshot(u"talent-assessment-in-progress"_s);
        click(find(u"submitButton"_s));

        // Habits 4 + 4 of 2..10, the choice 1 of 0..1: 9 of 2..11 = 77.78 %.
        QQuickItem *headline = find(u"resultHeadline"_s);
        QVERIFY(headline);
        QTRY_VERIFY2(headline->property("text").toString().contains(u"77.78"_s),
                     qPrintable(headline->property("text").toString()));
        snapshot(u"talent-assessment-result"_s);
        const Reply score
                = m_server->get(u"/api/v1/assessments/%1/scores/me"_s.arg(slug), m_talent.token);
        QCOMPARE(score.json().value(u"percent"_s).toDouble(), 77.78);
    }

    void aTalentAsksToJoinACourseAndFindsItAmongTheirsOnceApproved()
    {
        const Reply category
                = m_server->post(u"/api/v1/lms/categories"_s,
                                 QJsonObject { { u"name"_s, u"Data"_s } }, m_admin.token);
        QCOMPARE(category.status, 201);
        const Reply course
                = m_server->post(u"/api/v1/lms/courses"_s,
                                 QJsonObject { { u"category_id"_s, category.json().value(u"id"_s) },
                                               { u"shortname"_s, u"DATA101"_s },
                                               { u"fullname"_s, u"Data analysis basics"_s } },
                                 m_admin.token);
        QCOMPARE(course.status, 201);
        logInAs(m_talent, u"talent"_s);
        show(u"LearningPage { anchors.fill: parent }"_s);
        click(find(u"askToJoin"_s));
        const QString pending
                = u"/api/v1/lms/enrolment-requests?status=pending&user_id=%1"_s.arg(m_talent.id);
        QTRY_COMPARE(m_server->get(pending, m_admin.token)
                             .json()
                             .value(u"meta"_s)
                             .toObject()
                             .value(u"total"_s)
                             .toInt(),
                     1);
        const qint64 request = m_server->get(pending, m_admin.token)
                                       .json()
                                       .value(u"data"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"id"_s)
                                       .toInteger();
        // Shown again (after a restart, say), the course says the request is waiting.
        show(u"LearningPage { anchors.fill: parent }"_s);
        QQuickItem *card = find(u"courseCard"_s);
        QVERIFY(card);
        QTRY_COMPARE(card->property("asked").toString(), u"pending"_s);
        QVERIFY(!visibleItem(card, u"askToJoin"_s));
        snapshot(u"talent-learning-asked"_s);
        QCOMPARE(m_server->post(u"/api/v1/lms/enrolment-requests/%1/approve"_s.arg(request),
                                QJsonObject(), m_admin.token)
                         .status,
                 200);
        find(u"learningTabs"_s)->setProperty("currentIndex", 1); // My courses: read again
        auto *mine = find(u"myCourses"_s)->property("model").value<QObject *>();
        QVERIFY(mine);
        QTRY_COMPARE(mine->property("count").toInt(), 1);
        snapshot(u"talent-learning-my-courses"_s);
    }
};

QTEST_MAIN(TestLearningPages)
#include "tst_pages_learning.moc"
