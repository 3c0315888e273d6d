// SPDX-License-Identifier: Apache-2.0
// The client's pages driven as a person would (click, choose, type) against the real server,
// checking on the server that the action happened.
#include "fixtures.h"
#include "pagetest.h"

#include "appearance.h"
#include "chatclient.h"
#include "session.h"

#include <wn/common/workflows.h>

#include <QFile>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebSocket>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
        m_employer = m_server->createUser(Role::Employer);
        m_admin = m_server->createUser(Role::Admin);
        m_questionId = addYesNoQuestion(*m_server, m_employer, u"Can you work from Lagos?"_s);
        QVERIFY(m_questionId);
        m_jobId = publishJob(*m_server, m_employer, u"Data analyst"_s,
                             { { u"description"_s, u"Weekly hiring reports for our clients."_s },
                               { u"questions"_s, requiring(m_questionId) } });
        QVERIFY(m_jobId);
        connectClient();
    }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void aTalentAppliesAnsweringTheQuestion()
    {
        logInAs(m_talent, u"talent"_s);
        show(u"JobDetail { anchors.fill: parent; jobId: %1 }"_s.arg(m_jobId));
        click(find(u"apply"_s));
        QObject *choice = find(u"choice_0"_s);
        QVERIFY(choice);
        choice->setProperty("currentIndex", 1); // "yes"
        click(find(u"sendApplication"_s));

        QTRY_COMPARE(mine().size(), 1);
        const QJsonObject application = mine().at(0).toObject();
        QCOMPARE(application.value(u"status"_s).toString(), u"applied"_s);
        const Reply full = m_server->get(
                u"/api/v1/applications/%1"_s.arg(application.value(u"id"_s).toInteger()),
                m_talent.token);
        QCOMPARE(full.json().value(u"answers"_s).toArray().at(0).toObject().value(u"answer"_s),
                 u"yes"_s);
    }

    void anEmployerShortlistsThenRejectsWithAReason()
    {
        QVERIFY(!mine().isEmpty()); // the application from the test before
        logInAs(m_employer, u"employer"_s);
        show(u"Applicants { anchors.fill: parent; subjectId: %1 }"_s.arg(m_jobId));
        click(find(u"move_shortlisted"_s));
        QTRY_COMPARE(mine().at(0).toObject().value(u"status"_s).toString(), u"shortlisted"_s);

        QVERIFY(find(u"move_interview"_s)); // the list now offers the shortlisted row's moves
        snapshot(u"employer-applicants"_s);
        click(find(u"move_rejected"_s));
        QObject *reason = find(u"rejectionReason"_s);
        QVERIFY(reason);
        reason->setProperty("currentIndex", 1); // position filled
        QMetaObject::invokeMethod(m_window->findChild<QObject *>(u"rejection"_s), "accept");
        QTRY_COMPARE(mine().at(0).toObject().value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(mine().at(0).toObject().value(u"rejection_reason"_s).toString(),
                 u"position_filled"_s);
    }

    void anEmployerPostsAJob()
    {
        logInAs(m_employer, u"employer"_s);
        show(u"JobEditor { objectName: \"editor\" }"_s);
        QObject *editor = m_window->findChild<QObject *>(u"editor"_s);
        QVERIFY(editor);
        QMetaObject::invokeMethod(editor, "edit", Q_ARG(QVariant, QVariantMap()));
        QQuickItem *title = find(u"jobTitle"_s);
        QQuickItem *description = find(u"jobDescription"_s);
        QVERIFY(title && description);
        title->setProperty("text", u"Support engineer"_s);
        description->setProperty("text", u"Answer admins' questions by email."_s);
        click(find(u"saveJob"_s));
        QTRY_VERIFY(companyJobTitles().contains(u"Support engineer"_s));

        // The newest job is shown first; the page offers what a draft may become.
        show(u"CompanyJobsPage { anchors.fill: parent }"_s);
        QVERIFY(find(u"status_archived"_s));
        click(find(u"status_published"_s));
        QVERIFY(find(u"status_closed"_s)); // published now, so it may be closed
        QCOMPARE(m_server->get(u"/api/v1/jobs/mine?status=published&q=support"_s, m_employer.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 1);
    }

    void aJobThatDidNotLoadCannotBeSavedOver()
    {
        // Saved before the job had loaded, the form sent its defaults (on site, full time) and
        // whatever was typed over the job's own values.
        const Reply created = m_server->post(
                u"/api/v1/jobs"_s,
                QJsonObject {
                        { u"title"_s, u"Night nurse"_s },
                        { u"description"_s, u"Covers the night shift on the children's ward."_s },
                        { u"job_type"_s, u"part_time"_s },
                        { u"work_mode"_s, u"hybrid"_s } },
                m_employer.token);
        QVERIFY2(created.status == 201, qPrintable(created.message()));
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyJobsPage { anchors.fill: parent }"_s); // the newest job is chosen
        QTRY_VERIFY(find(u"editJob"_s) && find(u"editJob"_s)->isEnabled());

        const quint16 port = m_server->port();
        m_server->stop();
        click(find(u"editJob"_s));
        QTRY_VERIFY(!find(u"jobError"_s)->property("text").toString().isEmpty());
        QVERIFY(!find(u"saveJob"_s)->isEnabled());
        QVERIFY(!find(u"jobTitle"_s)->isEnabled());
        QVERIFY(!find(u"jobDescription"_s)->isEnabled());
        snapshot(u"employer-job-editor-not-loaded"_s);
        m_server->startOn(port);
        QVERIFY(m_server->get(u"/api/v1/jobs/%1"_s.arg(created.json().value(u"id"_s).toInteger()),
                              m_employer.token)
                        .status
                == 200);
    }

    void editingAJobKeepsWhatTheFormDidNotChange()
    {
        // The editor once opened with an empty description, and saving wiped the job's.
        const QString text = u"Runs the monthly payroll for three hundred staff."_s;
        const Reply created = m_server->post(u"/api/v1/jobs"_s,
                                             QJsonObject { { u"title"_s, u"Payroll officer"_s },
                                                           { u"description"_s, text },
                                                           { u"job_type"_s, u"full_time"_s },
                                                           { u"work_mode"_s, u"hybrid"_s },
                                                           { u"state"_s, u"Lagos"_s },
                                                           { u"salary_min"_s, 450000 },
                                                           { u"salary_max"_s, 900000 },
                                                           { u"salary_currency"_s, u"NGN"_s },
                                                           { u"salary_period"_s, u"month"_s } },
                                             m_employer.token);
        QCOMPARE(created.status, 201);
        const QString path = u"/api/v1/jobs/%1"_s.arg(created.json().value(u"id"_s).toInteger());
        auto job = [&] { return m_server->get(path, m_employer.token).json(); };
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyJobsPage { anchors.fill: parent }"_s); // the newest job is chosen

        openEditorOn(text);
        QCOMPARE(find(u"salaryMax"_s)->property("text").toString(), u"900,000"_s); // not 9e+05
        type(u"jobTitle"_s, u"Senior payroll officer"_s);
        click(find(u"saveJob"_s));
        QTRY_COMPARE(job().value(u"title"_s).toString(), u"Senior payroll officer"_s);
        QCOMPARE(job().value(u"description"_s).toString(), text);
        QCOMPARE(job().value(u"work_mode"_s).toString(), u"hybrid"_s);
        QCOMPARE(job().value(u"location"_s).toObject().value(u"state"_s).toString(), u"Lagos"_s);
        QCOMPARE(job().value(u"salary"_s).toObject().value(u"min"_s).toInteger(), 450000);
        QCOMPARE(job().value(u"salary"_s).toObject().value(u"max"_s).toInteger(), 900000);

        // An amount as people write it is understood.
        openEditorOn(text);
        type(u"salaryMin"_s, u"600,000"_s);
        click(find(u"saveJob"_s));
        QTRY_COMPARE(job().value(u"salary"_s).toObject().value(u"min"_s).toInteger(), 600000);

        // One that is no amount is refused beside its field, and nothing is sent.
        openEditorOn(text);
        type(u"salaryMax"_s, u"a lot"_s);
        click(find(u"saveJob"_s));
        QVERIFY(find(u"salaryMaxError"_s));
        QVERIFY(find(u"salaryMaxError"_s)->property("text").toString().contains(u"naira"_s));
        QVERIFY(find(u"saveJob"_s)); // still open, with what was typed
        QCOMPARE(find(u"salaryMax"_s)->property("text").toString(), u"a lot"_s);
        snapshot(u"employer-job-editor"_s);
        QCOMPARE(job().value(u"salary"_s).toObject().value(u"max"_s).toInteger(), 900000);
    }

    void theJobShownIsTheOneTheListHighlights()
    {
        // After a filter changed, the list highlighted one job while the detail showed another,
        // and an empty result kept the old job showing.
        logInAs(m_talent, u"talent"_s);
        show(u"JobSearchPage { objectName: \"page\"; anchors.fill: parent }"_s);
        QObject *page = find(u"page"_s);
        auto shown = [page] { return shownJobTitle(page); };
        QTRY_VERIFY(!shown().isEmpty());
        searchJobs(u"support"_s);
        QTRY_COMPARE(shown(), u"Support engineer"_s);
        searchJobs(u"analyst"_s);
        QTRY_COMPARE(shown(), u"Data analyst"_s);
        searchJobs(u"no such job anywhere"_s);
        QTRY_VERIFY(page->property("selectedJob").isNull()
                    || page->property("selectedJob").toMap().isEmpty());
    }

    void aTalentFollowsTheSuggestionAndTheStatesFound()
    {
        for (const auto &[title, state] : { std::pair { u"Pipe welder"_s, u"Kano"_s },
                                            std::pair { u"Site welder"_s, u"Oyo"_s } }) {
            QCOMPARE(m_server->post(u"/api/v1/jobs"_s,
                                    QJsonObject { { u"title"_s, title },
                                                  { u"description"_s,
                                                    u"Joins steel for our plant's pipelines."_s },
                                                  { u"job_type"_s, u"contract"_s },
                                                  { u"work_mode"_s, u"on_site"_s },
                                                  { u"state"_s, state },
                                                  { u"publish"_s, true } },
                                    m_employer.token)
                             .status,
                     201);
        }
        logInAs(m_talent, u"talent"_s);
        show(u"JobSearchPage { objectName: \"page\"; anchors.fill: parent }"_s);
        QObject *page = find(u"page"_s);
        auto shown = [page] { return shownJobTitle(page); };
        QTRY_VERIFY(!shown().isEmpty());
        // A misspelt word finds nothing, and offers the word probably meant.
        searchJobs(u"weldr"_s);
        QQuickItem *suggestion = find(u"suggestion"_s);
        QVERIFY(suggestion);
        QVERIFY(suggestion->property("text").toString().contains(u"welder"_s));
        click(suggestion);
        QTRY_VERIFY(shown().endsWith(u"welder"_s));
        // The states the jobs are in, with their counts: one click narrows to one.
        QQuickItem *kano = find(u"inState_Kano"_s);
        QVERIFY(kano);
        QCOMPARE(kano->property("text").toString(), u"Kano (1)"_s);
        QVERIFY(find(u"inState_Oyo"_s));
        snapshot(u"talent-job-search-states"_s);
        click(kano);
        QTRY_COMPARE(shown(), u"Pipe welder"_s);
        QTRY_VERIFY(!visibleItem(m_window->contentItem(), u"inState_Oyo"_s));
    }

    void aSearchIsAskedAgainOnceTheServerIsBack()
    {
        // "Try again" after the server was unreachable sent nothing, nor did Enter.
        logInAs(m_talent, u"talent"_s);
        show(u"JobSearchPage { objectName: \"page\"; anchors.fill: parent }"_s);
        QObject *page = find(u"page"_s);
        auto shown = [page] { return shownJobTitle(page); };
        QTRY_VERIFY(!shown().isEmpty());
        const quint16 port = m_server->port();

        m_server->stop();
        searchJobs(u"analyst"_s);
        QVERIFY(find(u"retry"_s));
        m_server->startOn(port);
        click(find(u"retry"_s));
        QTRY_COMPARE(shown(), u"Data analyst"_s);

        m_server->stop();
        searchJobs(u"support"_s);
        QVERIFY(find(u"retry"_s));
        m_server->startOn(port);
        searchJobs(u"support"_s); // Enter on the same words
        QTRY_COMPARE(shown(), u"Support engineer"_s);
    }

    void theOpenConversationAgreesWithTheList()
    {
        // The header's presence disagreed with the list's, and the open conversation kept an
        // unread badge as messages came in.
        const qint64 chatId = m_server->post(u"/api/v1/chat/chats"_s,
                                             QJsonObject { { u"receiver_id"_s, m_talent.id } },
                                             m_employer.token)
                                      .json()
                                      .value(u"id"_s)
                                      .toInteger();
        QVERIFY(chatId > 0);
        m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                       QJsonObject { { u"message"_s, u"Hello from the employer"_s } },
                       m_employer.token);
        logInAs(m_talent, u"talent"_s);
        QTRY_VERIFY(client::ChatClient::instance()->connected());
        show(u"ChatPage { objectName: \"page\"; anchors.fill: parent }"_s);
        QQuickItem *header = find(u"partnerPresence"_s); // the first conversation is open
        QVERIFY(header);
        const QString dot = u"presence_%1"_s.arg(chatId);
        QVERIFY(find(dot));
        QCOMPARE(header->property("online").toBool(), false);
        QCOMPARE(find(dot)->property("online").toBool(), false);

        // The employer comes online: both say so.
        QWebSocket employer;
        QUrl url(m_server->baseUrl() + u"/ws"_s);
        url.setScheme(u"ws"_s);
        url.setQuery(u"userId=%1&token=%2"_s.arg(m_employer.id).arg(m_employer.token));
        employer.open(url);
        QTRY_COMPARE(employer.state(), QAbstractSocket::ConnectedState);
        QTRY_VERIFY(header->property("online").toBool());
        QTRY_VERIFY(find(dot)->property("online").toBool());

        // A message to the open conversation leaves no unread badge on it.
        m_server->post(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                       QJsonObject { { u"message"_s, u"Are you there?"_s } }, m_employer.token);
        QTest::qWait(500); // the list reloads as the message arrives
        QQuickItem *badge = nullptr;
        std::function<QQuickItem *(QQuickItem *)> named = [&](QQuickItem *item) -> QQuickItem * {
            if (item->objectName() == u"unread_%1"_s.arg(chatId))
                return item;
            for (QQuickItem *child : item->childItems())
                if (QQuickItem *found = named(child))
                    return found;
            return nullptr;
        };
        QTRY_VERIFY((badge = named(m_window->contentItem())));
        QVERIFY(!badge->isVisible());
        snapshot(u"talent-chat-open"_s);
        employer.close();
    }

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

    void anEmployerMovesACandidateThroughAPipeline()
    {
        // A talent the candidate search finds by a word of their headline.
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject {
                                         { u"headline"_s, u"Harmattan welder and fabricator"_s } },
                                 m_talent.token)
                         .status,
                 200);
        logInAs(m_employer, u"employer"_s);
        show(u"PipelinesPage { anchors.fill: parent }"_s);

        // A name the server refuses keeps what was typed, with the reason beside the name.
        type(u"pipelineName"_s, u"W"_s);
        type(u"pipelineProject"_s, u"Workshop hiring"_s);
        click(find(u"createPipeline"_s));
        QQuickItem *nameProblem = find(u"pipelineNameError"_s);
        QVERIFY(nameProblem);
        QTRY_VERIFY(!nameProblem->property("text").toString().isEmpty());
        QCOMPARE(find(u"pipelineProject"_s)->property("text").toString(), u"Workshop hiring"_s);
        type(u"pipelineName"_s, u"Welders, 2027"_s);
        click(find(u"createPipeline"_s));
        const auto pipelineNamed = [this](const QString &name) {
            const QJsonArray rows = m_server->get(u"/api/v1/pipelines"_s, m_employer.token)
                                            .json()
                                            .value(u"data"_s)
                                            .toArray();
            for (const QJsonValue &row : rows) {
                if (row.toObject().value(u"name"_s).toString() == name)
                    return row.toObject();
            }
            return QJsonObject();
        };
        QTRY_VERIFY(!pipelineNamed(u"Welders, 2027"_s).isEmpty());
        const QJsonObject pipeline = pipelineNamed(u"Welders, 2027"_s);
        QCOMPARE(pipeline.value(u"project"_s).toObject().value(u"name"_s).toString(),
                 u"Workshop hiring"_s);
        const qint64 id = pipeline.value(u"id"_s).toInteger();
        QTRY_COMPARE(find(u"pipelineTitle"_s)->property("text").toString(), u"Welders, 2027"_s);

        // The talent is found and added; the search then says where they are, and a second
        // addition is refused with the server's reason.
        find(u"pipelineTabs"_s)->setProperty("currentIndex", 1);
        type(u"candidateWords"_s, u"harmattan"_s);
        click(find(u"searchCandidates"_s));
        QQuickItem *total = find(u"candidateTotal"_s);
        QVERIFY(total);
        QTRY_COMPARE(total->property("text").toString(), u"1 talent found"_s);
        click(find(u"addCandidate"_s));
        const auto candidates = [&] {
            return m_server->get(u"/api/v1/pipelines/%1/candidates"_s.arg(id), m_employer.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };
        QTRY_COMPARE(candidates().size(), 1);
        const qint64 candidate = candidates().at(0).toObject().value(u"id"_s).toInteger();
        QCOMPARE(
                candidates().at(0).toObject().value(u"stage"_s).toObject().value(u"name"_s).toString(),
                u"Sourced"_s);
        QQuickItem *already = find(u"alreadyIn"_s);
        QVERIFY(already);
        QTRY_VERIFY(already->property("text").toString().contains(u"Welders, 2027 (Sourced)"_s));
        click(find(u"addCandidate"_s));
        QQuickItem *addProblem = find(u"addProblem"_s);
        QVERIFY(addProblem);
        QTRY_VERIFY(addProblem->property("text").toString().contains(u"already in this pipeline"_s));

        // On the board, the card moves to the next stage with the Move control.
        find(u"pipelineTabs"_s)->setProperty("currentIndex", 0);
        click(find(u"candidateCard"_s));
        QQuickItem *stage = find(u"candidateStage"_s);
        QVERIFY(stage);
        QTRY_COMPARE(stage->property("text").toString(), u"In Sourced"_s);
        choose(u"moveTarget"_s, u"Screening"_s);
        click(find(u"moveCandidate"_s));
        const auto onServer = [&] {
            return m_server
                    ->get(u"/api/v1/pipelines/%1/candidates/%2"_s.arg(id).arg(candidate),
                          m_employer.token)
                    .json();
        };
        QTRY_COMPARE(onServer().value(u"stage"_s).toObject().value(u"name"_s).toString(),
                     u"Screening"_s);
        const QJsonArray history = onServer().value(u"history"_s).toArray();
        QCOMPARE(history.size(), 2);
        const QJsonObject moved = history.at(1).toObject();
        QCOMPARE(moved.value(u"from"_s).toObject().value(u"name"_s).toString(), u"Sourced"_s);
        QCOMPARE(moved.value(u"to"_s).toObject().value(u"name"_s).toString(), u"Screening"_s);
        QCOMPARE(moved.value(u"moved_by"_s).toObject().value(u"id"_s).toInteger(), m_employer.id);
        QTRY_COMPARE(stage->property("text").toString(), u"In Screening"_s);

        // The server goes away as the next move and a comment are sent: the card stays where it
        // was, the reason shows, and the comment being written is kept.
        choose(u"moveTarget"_s, u"Interview"_s);
        QQuickItem *move = find(u"moveCandidate"_s);
        QQuickItem *send = find(u"addComment"_s);
        const QString note = u"Strong welds; ask about night shifts."_s;
        type(u"commentText"_s, note);
        const quint16 port = m_server->port();
        m_server->stop();
        click(move);
        QQuickItem *problem = find(u"boardProblem"_s);
        QVERIFY(problem);
        QTRY_VERIFY(problem->property("text").toString().contains(u"cannot be reached"_s));
        QCOMPARE(stage->property("text").toString(), u"In Screening"_s);
        click(send);
        QQuickItem *commentProblem = find(u"commentProblem"_s);
        QVERIFY(commentProblem);
        QTRY_VERIFY(commentProblem->property("text").toString().contains(u"cannot be reached"_s));
        QCOMPARE(find(u"commentText"_s)->property("text").toString(), note);
        m_server->startOn(port);
        click(find(u"moveCandidate"_s));
        QTRY_COMPARE(onServer().value(u"stage"_s).toObject().value(u"name"_s).toString(),
                     u"Interview"_s);
        QCOMPARE(onServer().value(u"history"_s).toArray().size(), 3);
        click(find(u"addComment"_s));
        QTRY_COMPARE(onServer().value(u"comment_list"_s).toArray().size(), 1);
        QCOMPARE(onServer()
                         .value(u"comment_list"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"body"_s)
                         .toString(),
                 note);
        QQuickItem *shown = find(u"candidateComment"_s);
        QVERIFY(shown);
        QVERIFY(shown->property("text").toString().contains(note));

        // A card dragged onto another column (one in view) moves there too.
        QQuickItem *card = find(u"candidateCard"_s);
        QQuickItem *back = find(u"stage_Screening"_s);
        QVERIFY(card && back);
        QVERIFY(QQuickTest::qWaitForPolish(m_window.get()));
        const QPoint from = card->mapToScene({ card->width() / 2, card->height() / 2 }).toPoint();
        const QPoint to = back->mapToScene({ back->width() / 2, back->height() / 2 }).toPoint();
        QTest::mousePress(m_window.get(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(m_window.get(), from + (to - from) * step / 10);
        QTest::mouseRelease(m_window.get(), Qt::LeftButton, {}, to);
        QTRY_COMPARE(onServer().value(u"stage"_s).toObject().value(u"name"_s).toString(),
                     u"Screening"_s);
        QCOMPARE(onServer().value(u"history"_s).toArray().size(), 4);
        QTRY_COMPARE(stage->property("text").toString(), u"In Screening"_s);
        snapshot(u"employer-pipelines"_s);
    }

    void aTalentReachesMessagesAndNotificationsFromTheKeyboard()
    {
        // They once came tenth and eleventh, past the reach of Ctrl+1…9; Home comes first.
        logInAs(m_talent, u"talent"_s);
        show(u"TalentShell { objectName: \"talentShell\"; anchors.fill: parent }"_s);
        QQuickItem *shell = find(u"talentShell"_s);
        QVERIFY(shell);
        QCOMPARE(shell->property("currentSection").toString(), u"home"_s);
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(shell->property("currentSection").toString(), u"chat"_s);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_COMPARE(shell->property("currentSection").toString(), u"notifications"_s);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(shell->property("currentSection").toString(), u"jobs"_s);
    }

    void theDarkSchemeIsChosenAndRemembered()
    {
        logInAs(m_talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent }"_s);
        QQuickItem *schemes = find(u"colourScheme"_s);
        QVERIFY(schemes);
        QCOMPARE(schemes->property("currentText").toString(), u"System colours"_s);
        const QColor lightSurface = QGuiApplication::palette().color(QPalette::Base);

        schemes->setProperty("currentIndex", 2);
        QMetaObject::invokeMethod(schemes, "activated", Q_ARG(int, 2));
        auto *appearance = client::Appearance::instance();
        QTRY_VERIFY(appearance->dark());
        QCOMPARE(QSettings().value(u"appearance/scheme"_s).toString(), u"dark"_s);
        // The stock controls draw with the dark palette: text fields are dark, their text light.
        const QPalette palette = QGuiApplication::palette();
        QVERIFY(palette.color(QPalette::Base).lightness() < 80);
        QVERIFY(palette.color(QPalette::Text).lightness() > 180);

        appearance->setScheme(u"system"_s);
        QVERIFY(!appearance->dark());
        QCOMPARE(QGuiApplication::palette().color(QPalette::Base), lightSurface);
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

    void anAdminApprovesATestimonial()
    {
        QCOMPARE(m_server->post(u"/api/v1/testimonials"_s,
                                QJsonObject { { u"rating"_s, 5 },
                                              { u"body"_s,
                                                u"I found a role that fits my skills quickly."_s } },
                                m_talent.token)
                         .status,
                 201);
        logInAs(m_admin, u"admin"_s);
        show(u"TestimonialsPage { anchors.fill: parent }"_s);
        click(find(u"approve"_s));
        QTRY_COMPARE(m_server->get(u"/api/v1/testimonials/approved"_s)
                             .json()
                             .value(u"data"_s)
                             .toArray()
                             .size(),
                     1);
    }

    void anAdminStartsACohortAndEditsIt()
    {
        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { anchors.fill: parent; startSection: \"cohorts\" }"_s);
        const QString name = u"Data analysis, evening cohort"_s;
        const auto named = [&](const QString &words) {
            return m_server->get(u"/api/v1/cohorts?q=%1"_s.arg(words), m_admin.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };

        // A day that is no date is refused beside its field, before anything is sent.
        click(find(u"newCohort"_s));
        type(u"cohortName"_s, name);
        type(u"cohortStarts"_s, u"1 September"_s);
        click(find(u"saveCohort"_s));
        QVERIFY(find(u"cohortStartsError"_s));
        QVERIFY(find(u"cohortStartsError"_s)->property("text").toString().contains(u"YYYY-MM-DD"_s));

        // The server's refusal of a last day before the first is shown beside the last day, with
        // everything typed still there.
        type(u"cohortStarts"_s, u"2026-09-01"_s);
        type(u"cohortEnds"_s, u"2026-08-01"_s);
        type(u"cohortDescription"_s, u"SQL and spreadsheets, two evenings a week."_s);
        type(u"skillSearch"_s, u"Python"_s);
        QMetaObject::invokeMethod(find(u"skillSearch"_s), "accepted");
        click(find(u"foundSkill"_s));
        QVERIFY(find(u"chosenSkill"_s)->property("text").toString().contains(u"Python"_s));
        click(find(u"saveCohort"_s));
        QQuickItem *endsError = find(u"cohortEndsError"_s);
        QVERIFY(endsError);
        QTRY_VERIFY(endsError->property("text").toString().contains(u"start date"_s));
        QVERIFY(!shownNow(u"cohortStartsError"_s).isValid());
        QCOMPARE(find(u"cohortName"_s)->property("text").toString(), name);
        QCOMPARE(find(u"cohortStarts"_s)->property("text").toString(), u"2026-09-01"_s);
        QVERIFY(named(u"evening"_s).isEmpty());
        snapshot(u"admin-cohort-editor-problems"_s);

        type(u"cohortEnds"_s, u"2026-11-30"_s);
        click(find(u"saveCohort"_s));
        QTRY_COMPARE(named(u"evening"_s).size(), 1);
        const qint64 id = named(u"evening"_s).at(0).toObject().value(u"id"_s).toInteger();
        const auto cohort = [&] {
            return m_server->get(u"/api/v1/cohorts/%1"_s.arg(id), m_admin.token).json();
        };
        QCOMPARE(cohort().value(u"start_date"_s).toString(), u"2026-09-01"_s);
        QCOMPARE(cohort().value(u"end_date"_s).toString(), u"2026-11-30"_s);
        QCOMPARE(cohort().value(u"description"_s).toString(),
                 u"SQL and spreadsheets, two evenings a week."_s);
        QCOMPARE(cohort().value(u"skills"_s).toArray().at(0).toObject().value(u"name"_s),
                 u"Python"_s);
        // The new cohort is the one shown, its days as people read them.
        QTRY_COMPARE(shownNow(u"cohortTitle"_s).toString(), name);
        QCOMPARE(find(u"cohortPeriod"_s)->property("text").toString(), u"1 Sep – 30 Nov 2026"_s);

        // An edit shows the cohort as it is and sends what changed: the rest stays.
        click(find(u"editCohort"_s));
        QTRY_COMPARE(shownNow(u"cohortEnds"_s).toString(), u"2026-11-30"_s);
        type(u"cohortName"_s, u"Data analysis, evening cohort 2"_s);
        type(u"cohortEnds"_s, u"2026-12-18"_s);
        click(find(u"saveCohort"_s));
        QTRY_COMPARE(cohort().value(u"name"_s).toString(), u"Data analysis, evening cohort 2"_s);
        QCOMPARE(cohort().value(u"end_date"_s).toString(), u"2026-12-18"_s);
        QCOMPARE(cohort().value(u"start_date"_s).toString(), u"2026-09-01"_s);
        QCOMPARE(cohort().value(u"skills"_s).toArray().size(), 1);
        QCOMPARE(cohort().value(u"description"_s).toString(),
                 u"SQL and spreadsheets, two evenings a week."_s);
        QTRY_COMPARE(shownNow(u"cohortPeriod"_s).toString(), u"1 Sep – 18 Dec 2026"_s);
        QTRY_VERIFY(shownNow(u"cohort"_s, "title").toString().endsWith(u"cohort 2"_s));

        // Emptying the first day takes it away.
        click(find(u"editCohort"_s));
        QTRY_COMPARE(shownNow(u"cohortStarts"_s).toString(), u"2026-09-01"_s);
        type(u"cohortStarts"_s, QString());
        click(find(u"saveCohort"_s));
        QTRY_VERIFY(cohort().value(u"start_date"_s).isNull());
        QTRY_COMPARE(shownNow(u"cohortPeriod"_s).toString(), u"Until 18 Dec 2026"_s);
        snapshot(u"admin-cohorts"_s);
    }

    void anAdminPutsInstructorsAndTalentsInACohort()
    {
        const TestUser instructor = m_server->createUser(Role::Instructor);
        const Reply created = m_server->post(
                u"/api/v1/cohorts"_s,
                QJsonObject { { u"name"_s, u"Product design, weekend cohort"_s } }, m_admin.token);
        QCOMPARE(created.status, 201);
        const QString path = u"/api/v1/cohorts/%1"_s.arg(created.json().value(u"id"_s).toInteger());
        const auto cohort = [&] { return m_server->get(path, m_admin.token).json(); };
        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { anchors.fill: parent; startSection: \"cohorts\" }"_s);
        QTRY_COMPARE(shownNow(u"cohortTitle"_s).toString(),
                     u"Product design, weekend cohort"_s); // the newest is chosen
        click(find(u"peopleTab"_s));

        choose(u"instructorChoice"_s, {});
        click(find(u"addInstructor"_s));
        QTRY_COMPARE(cohort().value(u"instructor_list"_s).toArray().size(), 1);
        QCOMPARE(cohort().value(u"instructor_list"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"id"_s)
                         .toInteger(),
                 instructor.id);

        type(u"talentSearch"_s, m_talent.email);
        click(find(u"searchTalents"_s));
        click(find(u"addTalent"_s));
        QTRY_COMPARE(cohort().value(u"talents"_s).toInt(), 1);
        QTRY_COMPARE(shownNow(u"cohortTalents"_s).toString(), u"Talents: 1"_s);
        QVERIFY(find(u"talentNotice"_s)->property("text").toString().contains(u"in the cohort"_s));

        // Adding them twice is refused beside the search, in the server's words.
        click(find(u"addTalent"_s));
        QQuickItem *problem = find(u"talentProblem"_s);
        QVERIFY(problem);
        QTRY_VERIFY(problem->property("text").toString().contains(u"already in this cohort"_s));
        QCOMPARE(cohort().value(u"talents"_s).toInt(), 1);
        snapshot(u"admin-cohort-people"_s);
    }

    void anAdminShowsASessionsCodeToTheRoomAndSeesWhoCheckedIn()
    {
        const Reply created
                = m_server->post(u"/api/v1/cohorts"_s,
                                 QJsonObject { { u"name"_s, u"Cloud basics, morning cohort"_s },
                                               { u"start_date"_s, u"2026-01-12"_s },
                                               { u"end_date"_s, u"2026-03-27"_s } },
                                 m_admin.token);
        QCOMPARE(created.status, 201);
        const qint64 cohortId = created.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/talents"_s.arg(cohortId),
                                QJsonObject { { u"talent_id"_s, m_talent.id } }, m_admin.token)
                         .status,
                 201);
        const auto sessions = [&] {
            return m_server->get(u"/api/v1/cohorts/%1/sessions"_s.arg(cohortId), m_admin.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };
        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { anchors.fill: parent; startSection: \"cohorts\" }"_s);
        QTRY_COMPARE(shownNow(u"cohortTitle"_s).toString(), u"Cloud basics, morning cohort"_s);

        // A session that ends before it starts is refused by the server, beside its end.
        const QDateTime now = QDateTime::currentDateTime();
        const QString format = u"yyyy-MM-dd HH:mm"_s;
        type(u"sessionTitle"_s, u"Week 1: what a cloud is"_s);
        type(u"sessionStarts"_s, now.toString(format));
        type(u"sessionEnds"_s, now.addSecs(-3600).toString(format));
        click(find(u"scheduleSession"_s));
        QQuickItem *endsError = find(u"sessionEndsError"_s);
        QVERIFY(endsError);
        QTRY_VERIFY(endsError->property("text").toString().contains(u"after the start"_s));
        QCOMPARE(find(u"sessionTitle"_s)->property("text").toString(), u"Week 1: what a cloud is"_s);
        QVERIFY(sessions().isEmpty());
        snapshot(u"admin-session-problems"_s);

        // Until two hours from now: scheduled, and listed.
        type(u"sessionEnds"_s, now.addSecs(7200).toString(format));
        click(find(u"scheduleSession"_s));
        QTRY_COMPARE(sessions().size(), 1);
        QCOMPARE(sessions().at(0).toObject().value(u"title"_s).toString(),
                 u"Week 1: what a cloud is"_s);
        QVERIFY(!shownNow(u"sessionEndsError"_s).isValid());
        QTRY_COMPARE(shownNow(u"session"_s, "title").toString(), u"Week 1: what a cloud is"_s);
        QVERIFY(find(u"session"_s)->property("subtitle").toString().contains(u"0 checked in"_s));

        // Its code over the whole window: the picture, the address it carries, nobody yet.
        click(find(u"showCode"_s));
        QQuickItem *picture = find(u"codePicture"_s);
        QVERIFY(picture);
        QTRY_COMPARE(picture->property("status").toInt(), 1); // Image.Ready
        QVERIFY(picture->property("sourceSize").toSize().width() > 0);
        QVERIFY(picture->height() > 400); // big enough to scan from the back of the room
        QQuickItem *address = find(u"checkInAddress"_s);
        QVERIFY(address);
        QTRY_VERIFY(address->property("text").toString().contains(u"/check-in?code="_s));
        QTRY_COMPARE(shownNow(u"checkedInCount"_s).toString(), u"0"_s);
        QVERIFY(find(u"codeCountdown"_s)->property("text").toString().contains(u"new code in"_s));

        // The talent's phone opens the address: the count shows them.
        const QString firstCode = address->property("text").toString();
        const Reply check = m_server->post(
                u"/api/v1/attendance/check"_s,
                QJsonObject { { u"token"_s, firstCode }, { u"action"_s, u"check_in"_s } },
                m_talent.token);
        QCOMPARE(check.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(shownNow(u"checkedInCount"_s).toString(), u"1"_s, 15000);
        snapshot(u"admin-session-code"_s);

        // The server rotates the code every 30 seconds: the view draws the new one.
        QTRY_VERIFY_WITH_TIMEOUT(address->property("text").toString() != firstCode, 40000);
        QTRY_COMPARE(picture->property("status").toInt(), 1);
        const QString token = QUrlQuery(QUrl(address->property("text").toString()))
                                      .queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const QJsonObject current
                = m_server->get(u"/api/v1/attendance/sessions/%1/code"_s.arg(
                                        sessions().at(0).toObject().value(u"id"_s).toInteger()),
                                m_admin.token)
                          .json();
        QCOMPARE(token, current.value(u"token"_s).toString());

        // Who checked in, and when; saved as a CSV file.
        click(find(u"closeCode"_s));
        click(find(u"showRecords"_s));
        QQuickItem *record = find(u"attendanceRecord"_s);
        QVERIFY(record);
        QVERIFY(record->property("subtitle").toString().contains(m_talent.email));
        snapshot(u"admin-attendance-records"_s);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"attendance.csv"_s);
        click(find(u"exportAttendance"_s));
        // The dialog is no item: it is found from the view that holds it.
        QObject *dialog
                = find(u"attendanceRecords"_s)->findChild<QObject *>(u"attendanceCsvDialog"_s);
        chooseInDialog(dialog, csv);
        QTRY_VERIFY(QFile::exists(csv));
        QFile saved(csv);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString rows = QString::fromUtf8(saved.readAll());
        QVERIFY(rows.contains(m_talent.email));
        QVERIFY(rows.contains(u"Week 1: what a cloud is"_s));
        click(find(u"closeRecords"_s));
        QTRY_VERIFY(shownNow(u"session"_s, "subtitle").toString().contains(u"1 checked in"_s));
        snapshot(u"admin-cohort-sessions"_s);
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

    void theLoginFormStartsAtTheEmailAndTabsToThePassword()
    {
        // The email box had no focus at start and the first Tab went to the server address, so a
        // password typed there was saved as the server.
        // As the client shows it: the first page of a stack.
        show(u"QQC2.StackView { anchors.fill: parent; initialItem: LoginPage {} }"_s);
        QQuickItem *email = find(u"loginEmail"_s);
        QVERIFY(email);
        QTRY_VERIFY(email->hasActiveFocus());
        typeKeys(u"someone@example.test"_s);
        QCOMPARE(email->property("text").toString(), u"someone@example.test"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Tab);
        QQuickItem *password = find(u"loginPassword"_s);
        QTRY_VERIFY(password->hasActiveFocus());
        const QString server = find(u"serverAddress"_s)->property("text").toString();
        typeKeys(u"secret"_s);
        QCOMPARE(password->property("text").toString(), u"secret"_s);
        QCOMPARE(find(u"serverAddress"_s)->property("text").toString(), server);
        snapshot(u"login"_s);
    }

    void theSideNavigationAndListsAreReachedWithTab()
    {
        logInAs(m_talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"jobs\" }"_s);
        QQuickItem *sections = find(u"sections"_s);
        QQuickItem *jobs = find(u"jobList"_s);
        QVERIFY(sections && jobs);
        QTRY_VERIFY(jobs->property("count").toInt() > 0);
        // Tab goes round the window: the navigation and the job list are both on the way.
        bool reachedSections = false;
        bool reachedJobs = false;
        for (int press = 0; press < 40 && !(reachedSections && reachedJobs); ++press) {
            QTest::keyClick(m_window.get(), Qt::Key_Tab);
            reachedSections = reachedSections || sections->hasActiveFocus();
            if (jobs->hasActiveFocus()) {
                reachedJobs = true;
                // On the list, the arrows go from job to job, and the focus shows where it is.
                QTest::keyClick(m_window.get(), Qt::Key_Down);
                QTRY_VERIFY(jobs->property("currentIndex").toInt() >= 0);
                QTRY_VERIFY(visibleItem(jobs, u"focusFrame"_s));
            }
        }
        QVERIFY(reachedSections);
        QVERIFY(reachedJobs);
        // The arrows move between sections once the navigation has the keyboard.
        while (!sections->hasActiveFocus())
            QTest::keyClick(m_window.get(), Qt::Key_Tab);
        QTRY_VERIFY(visibleItem(sections, u"focusFrame"_s));
        snapshot(u"talent-keyboard-navigation"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QTRY_COMPARE(sections->property("currentIndex").toInt(), 2); // after Home and Jobs
        QTRY_COMPARE(find(u"pageTitle"_s)->property("text").toString(), u"My applications"_s);
    }

    void signingUpVerifiesTheEmail_data()
    {
        QTest::addColumn<bool>("employer");
        QTest::addRow("talent") << false;
        QTest::addRow("employer") << true;
    }
    void signingUpVerifiesTheEmail()
    {
        QFETCH(bool, employer);
        const QString email = employer ? u"kemi@example.test"_s : u"funke@example.test"_s;
        show(u"SignUpPage { objectName: \"page\"; anchors.fill: parent }"_s);
        if (employer) {
            click(find(u"employerTab"_s));
            type(u"company"_s, u"Ibadan Analytics Ltd"_s);
            choose(u"industries"_s, {});
        }
        signUpAs(employer ? u"Kemi"_s : u"Funke"_s, u"Bello"_s, email, u"+2348031112222"_s);

        const auto mail = m_server->waitForMail(email);
        QVERIFY(mail);
        type(u"code"_s, mail->code());
        if (employer) {
            click(find(u"submit"_s));
        } else { // Enter in the code box verifies too (it once did nothing)
            QTRY_VERIFY(find(u"code"_s)->hasActiveFocus());
            QTest::keyClick(m_window.get(), Qt::Key_Return);
        }
        QQuickItem *page = find(u"page"_s);
        QTRY_VERIFY2(page->property("notice").toString().contains(u"verified"_s),
                     qPrintable(page->property("error").toString()));
        // Verified, the person is logged in with what they typed, not asked for it again.
        QTRY_VERIFY(client::Session::instance()->loggedIn());
        QCOMPARE(client::Session::instance()->role(), employer ? Role::Employer : Role::Talent);
        client::Session::instance()->logout();
        const QString token = m_server->login(email, u"Strong#Pass2026"_s);
        QVERIFY(!token.isEmpty());
        const QJsonObject me = m_server->get(u"/api/v1/auth/me"_s, token).json();
        QCOMPARE(me.value(u"role"_s).toString(), employer ? u"employer"_s : u"talent"_s);
        QCOMPARE(me.value(u"state"_s).toString(), u"Lagos"_s);
    }

    void signUpShowsAFieldsProblemBeforeSending()
    {
        show(u"SignUpPage { objectName: \"page\"; anchors.fill: parent }"_s);
        type(u"firstName"_s, u"Ada"_s);
        type(u"lastName"_s, u"Obi"_s);
        type(u"email"_s, u"ada.obi@"_s);
        type(u"phone"_s, u"+2348031113333"_s);
        type(u"password"_s, u"short"_s);
        choose(u"states"_s, u"Lagos"_s);
        click(find(u"submit"_s));

        QQuickItem *emailError = find(u"emailError"_s);
        QQuickItem *passwordError = find(u"passwordError"_s);
        QVERIFY(emailError && passwordError);
        QCOMPARE(emailError->property("text").toString(),
                 u"Enter an email address, like ada@example.com"_s);
        QCOMPARE(passwordError->property("text").toString(), u"Use at least 8 characters"_s);
        QVERIFY(find(u"page"_s)->property("error").toString().isEmpty());
        snapshot(u"signup-field-problems"_s);
        // Nothing was sent: no account was made.
        QCOMPARE(m_server->get(u"/api/v1/onboarding/talents?q=ada.obi"_s, m_admin.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 0);
    }

    void theJobEditorShowsAFieldsProblemBeforeSending()
    {
        logInAs(m_employer, u"employer"_s);
        show(u"JobEditor { objectName: \"editor\" }"_s);
        QMetaObject::invokeMethod(m_window->findChild<QObject *>(u"editor"_s), "edit",
                                  Q_ARG(QVariant, QVariantMap()));
        type(u"jobTitle"_s, u"QA"_s);
        type(u"jobDescription"_s, u"Tests things."_s);
        click(find(u"saveJob"_s));

        QQuickItem *titleError = find(u"jobTitleError"_s);
        QQuickItem *descriptionError = find(u"jobDescriptionError"_s);
        QVERIFY(titleError && descriptionError);
        QCOMPARE(titleError->property("text").toString(), u"Use at least 3 characters"_s);
        QCOMPARE(descriptionError->property("text").toString(), u"Use at least 20 characters"_s);
        QVERIFY(find(u"saveJob"_s)); // still open, with what was typed
        snapshot(u"employer-job-editor-problems"_s);
        QVERIFY(!companyJobTitles().contains(u"QA"_s));
    }

    void theServersFieldErrorIsShownBesideItsField()
    {
        // Only the server knows Nigeria's states; its answer names the field it is about.
        logInAs(m_employer, u"employer"_s);
        show(u"JobEditor { objectName: \"editor\" }"_s);
        QObject *editor = m_window->findChild<QObject *>(u"editor"_s);
        QMetaObject::invokeMethod(editor, "edit", Q_ARG(QVariant, QVariantMap()));
        type(u"jobTitle"_s, u"Field engineer"_s);
        type(u"jobDescription"_s, u"Keeps our clients' networks running."_s);
        type(u"jobState"_s, u"Atlantis"_s);
        click(find(u"saveJob"_s));

        QQuickItem *stateError = find(u"jobStateError"_s);
        QVERIFY(stateError);
        QCOMPARE(stateError->property("text").toString(),
                 u"Must be one of Nigeria's 36 states or the FCT"_s);
        QVERIFY(editor->property("error").toString().isEmpty()); // beside the field, not above
        QVERIFY(!companyJobTitles().contains(u"Field engineer"_s));
    }

    void qmlReadsTheSharedVocabulary()
    {
        // What pages bind to: the user as a value, roles as enum values, labels, moves and rules
        // from common.
        logInAs(m_talent, u"talent"_s);
        QQmlComponent component(&m_engine);
        component.setData(R"(import QtQuick
import Worknation.Client
QtObject {
    property string firstName: Session.user.firstName
    property bool isTalent: Session.role === Role.Talent
    property bool isAdmin: Session.role === Role.Admin
    property string label: Vocabulary.statusLabel("in_review", Qt.uiLanguage)
    property var reasons: Vocabulary.reasons("application", Qt.uiLanguage)
    property var moves: Vocabulary.moveOptions("application", ["shortlisted", "rejected"], "", Qt.uiLanguage)
    property var problems: FormChecker.check("createJob", { title: "QA" })
    property var answered: FormChecker.serverProblems({ message: [
        "questions[0].question_id is not a question this job can use"] })
})"_qba,
                          QUrl(u"qrc:/test/Probe.qml"_s));
        std::unique_ptr<QObject> probe(component.create());
        QVERIFY2(probe, qPrintable(component.errorString()));
        QCOMPARE(probe->property("firstName").toString(),
                 client::Session::instance()->user().firstName);
        QVERIFY(probe->property("isTalent").toBool());
        QVERIFY(!probe->property("isAdmin").toBool());
        QCOMPARE(probe->property("label").toString(), u"In review"_s);

        const QVariantList reasons = probe->property("reasons").toList();
        QCOMPARE(reasons.size(), int(applicationWorkflow().reasons().size()));
        QCOMPARE(reasons.at(1).toMap().value(u"text"_s).toString(), u"Position filled"_s);
        const QVariantList moves = probe->property("moves").toList();
        QCOMPARE(moves.at(0).toMap().value(u"text"_s).toString(), u"Shortlist"_s);
        QVERIFY(!moves.at(0).toMap().value(u"needsReason"_s).toBool());
        QVERIFY(moves.at(1).toMap().value(u"needsReason"_s).toBool());

        const QVariantMap problems = probe->property("problems").toMap();
        QCOMPARE(problems.value(u"title"_s).toString(), u"Use at least 3 characters"_s);
        QCOMPARE(problems.value(u"description"_s).toString(), u"Fill this in"_s);
        QVERIFY(problems.contains(u"job_type"_s) && problems.contains(u"work_mode"_s));
        QCOMPARE(probe->property("answered").toMap().value(u"questions"_s).toString(),
                 u"Is not a question this job can use"_s);
    }

    void aForgottenPasswordIsReplacedWithTheMailedCode()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        show(u"ForgotPasswordPage { objectName: \"page\"; anchors.fill: parent }"_s);
        type(u"email"_s, user.email);
        click(find(u"submit"_s));
        const auto mail = m_server->waitForMail(user.email);
        QVERIFY(mail);
        QVERIFY(mail->subject.contains(u"password"_s, Qt::CaseInsensitive));
        type(u"code"_s, mail->code());
        type(u"password"_s, u"Another#Pass2026"_s);
        click(find(u"submit"_s));
        QTRY_VERIFY(find(u"page"_s)->property("notice").toString().contains(u"changed"_s));
        QVERIFY(!m_server->login(user.email, u"Another#Pass2026"_s).isEmpty());
    }

    void aTalentEditsTheProfile()
    {
        // What the form leaves alone stays as it was: the profile once saved every field, so one
        // saved before the profile had loaded wiped the rest.
        const QString bio = u"Ten years of reconciling ledgers."_s;
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s, QJsonObject { { u"bio"_s, bio } },
                                 m_talent.token)
                         .status,
                 200);
        logInAs(m_talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QVERIFY(find(u"headline"_s));
        type(u"headline"_s, u"Analyst who loves clean data"_s);
        clickInView(u"save"_s);
        QTRY_VERIFY2(find(u"page"_s)->property("notice").toString() == u"Saved."_s,
                     qPrintable(find(u"page"_s)->property("error").toString()));
        QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                         .json()
                         .value(u"headline"_s)
                         .toString(),
                 u"Analyst who loves clean data"_s);
        QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                         .json()
                         .value(u"bio"_s)
                         .toString(),
                 bio);
    }

    void theProfilesNextStepIsOneClickAway()
    {
        // A talent verified and with a picture has skills as the weightiest step left; the step
        // is a link that brings the skills section into view and gives it the focus.
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->post(u"/api/v1/admin/identity-registry"_s,
                                QJsonObject {
                                        { u"records"_s,
                                          QJsonArray { QJsonObject {
                                                  { u"kind"_s, u"nin"_s },
                                                  { u"number"_s, u"20000000101"_s },
                                                  { u"first_name"_s, u"Test"_s },
                                                  { u"last_name"_s, u"Talent"_s },
                                                  { u"date_of_birth"_s, u"1990-01-01"_s } } } } },
                                m_admin.token)
                         .status,
                 200);
        QCOMPARE(m_server->post(u"/api/v1/onboarding/verify-nin"_s,
                                QJsonObject { { u"nin"_s, u"20000000101"_s } }, talent.token)
                         .status,
                 200);
        logInAs(talent, u"talent"_s);
        QTemporaryDir dir;
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        QVERIFY(picture.save(dir.filePath(u"me.png"_s)));
        QCOMPARE(upload(u"avatar"_s, dir.filePath(u"me.png"_s)).value(u"error"_s).toString(),
                 QString());
        QCOMPARE(m_server->get(u"/api/v1/users/%1/profile-completion"_s.arg(talent.id), talent.token)
                         .json()
                         .value(u"next"_s)[u"item"_s]
                         .toString(),
                 u"skills"_s);

        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QQuickItem *section = find(u"skillsSection"_s);
        QVERIFY(section);
        QVERIFY(section->mapToScene({ 0, 0 }).y() > m_window->height() / 2); // not in sight yet
        QQuickItem *next = find(u"nextStep"_s);
        QVERIFY(next);
        QTRY_VERIFY(next->property("text").toString().contains(u"three skills"_s));
        snapshot(u"talent-profile"_s);
        click(next);
        QTRY_VERIFY(section->hasActiveFocus());
        const qreal top = section->mapToScene({ 0, 0 }).y();
        QVERIFY2(top >= 0 && top < m_window->height() / 3, qPrintable(QString::number(top)));
        snapshot(u"talent-profile-next-step"_s);
    }

    void aTalentAddsAndRemovesSkillsWithALevel()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        reveal(u"skillsSection"_s);
        // Nothing chosen yet: said beside the box, nothing sent.
        click(find(u"addSkill"_s));
        QTRY_VERIFY(!find(u"skillChoiceError"_s)->property("text").toString().isEmpty());

        addSkill(u"Python"_s, u"Advanced"_s, u"3"_s);
        QTRY_COMPARE(mySkills(talent).size(), 1);
        const QJsonObject python = mySkills(talent).at(0).toObject();
        QCOMPARE(python.value(u"name"_s).toString(), u"Python"_s);
        QCOMPARE(python.value(u"level"_s).toString(), u"advanced"_s);
        QCOMPARE(python.value(u"years"_s).toInt(), 3);

        // Years that are not a number stay in the box with the problem under them.
        type(u"skillQuery"_s, u"SQL"_s);
        choose(u"skillChoice"_s, u"SQL"_s);
        type(u"skillYears"_s, u"a few"_s);
        click(find(u"addSkill"_s));
        QTRY_VERIFY(!find(u"skillYearsError"_s)->property("text").toString().isEmpty());
        QCOMPARE(find(u"skillYears"_s)->property("text").toString(), u"a few"_s);
        QCOMPARE(mySkills(talent).size(), 1);

        addSkill(u"SQL"_s, u"Beginner"_s, QString());
        QTRY_COMPARE(mySkills(talent).size(), 2);
        reveal(u"skillsSection"_s);
        snapshot(u"talent-profile-skills"_s);

        click(find(u"removeSkill_%1"_s.arg(python.value(u"skill_id"_s).toInteger())));
        QTRY_COMPARE(mySkills(talent).size(), 1);
        QCOMPARE(mySkills(talent).at(0)[u"name"_s].toString(), u"SQL"_s);
        QCOMPARE(mySkills(talent).at(0)[u"level"_s].toString(), u"beginner"_s);
    }

    void aTalentKeepsEducationAndExperience()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };

        // A year the server refuses: its words under the field, what was typed kept.
        reveal(u"educationSection"_s);
        type(u"educationSchool"_s, u"University of Lagos"_s);
        type(u"educationCourse"_s, u"Accounting"_s);
        choose(u"educationLevel"_s, u"Bachelor's degree (BSc, BA, BEng, LLB, MBBS)"_s);
        type(u"educationStartYear"_s, u"1900"_s);
        type(u"educationEndYear"_s, u"2020"_s);
        clickInView(u"saveEducation"_s);
        QTRY_VERIFY(!find(u"educationStartYearError"_s)->property("text").toString().isEmpty());
        QVERIFY(find(u"educationStartYearError"_s)->property("text").toString().contains(u"1940"_s));
        QCOMPARE(find(u"educationSchool"_s)->property("text").toString(), u"University of Lagos"_s);
        QVERIFY(profile().value(u"education"_s).toArray().isEmpty());

        type(u"educationStartYear"_s, u"2016"_s);
        clickInView(u"saveEducation"_s);
        QTRY_COMPARE(profile().value(u"education"_s).toArray().size(), 1);
        QJsonObject school = profile().value(u"education"_s)[0].toObject();
        QCOMPARE(school.value(u"course"_s).toString(), u"Accounting"_s);
        QCOMPARE(school.value(u"start_year"_s).toInt(), 2016);
        QCOMPARE(school.value(u"education_level"_s)[u"code"_s].toString().isEmpty(), false);

        // Changed in place: the same entry, the new course, the rest as it was.
        clickInView(u"editEducation_0"_s);
        QTRY_COMPARE(find(u"educationCourse"_s)->property("text").toString(), u"Accounting"_s);
        type(u"educationCourse"_s, u"Finance"_s);
        clickInView(u"saveEducation"_s);
        QTRY_COMPARE(profile().value(u"education"_s)[0][u"course"_s].toString(), u"Finance"_s);
        QCOMPARE(profile().value(u"education"_s).toArray().size(), 1);
        QCOMPARE(profile().value(u"education"_s)[0][u"end_year"_s].toInt(), 2020);

        // Work experience: a month as people write it short is refused by the server, beside it.
        reveal(u"experienceSection"_s);
        type(u"experienceTitle"_s, u"Accountant"_s);
        type(u"experienceCompany"_s, u"Kola & <Sons> Foods"_s);
        type(u"experienceStart"_s, u"2022-3"_s);
        clickInView(u"experienceCurrent"_s);
        clickInView(u"saveExperience"_s);
        QTRY_VERIFY(!find(u"experienceStartError"_s)->property("text").toString().isEmpty());
        QVERIFY(profile().value(u"experience"_s).toArray().isEmpty());
        type(u"experienceStart"_s, u"2022-03"_s);
        clickInView(u"saveExperience"_s);
        QTRY_COMPARE(profile().value(u"experience"_s).toArray().size(), 1);
        const QJsonObject job = profile().value(u"experience"_s)[0].toObject();
        QCOMPARE(job.value(u"title"_s).toString(), u"Accountant"_s);
        QCOMPARE(job.value(u"company"_s).toString(), u"Kola & <Sons> Foods"_s);
        QCOMPARE(job.value(u"start_month"_s).toString(), u"2022-03"_s);
        QCOMPARE(job.value(u"current"_s).toBool(), true);
        QCOMPARE(profile().value(u"education"_s).toArray().size(), 1); // left alone
        reveal(u"educationSection"_s);
        snapshot(u"talent-profile-education-experience"_s);

        clickInView(u"removeEducation_0"_s);
        QTRY_VERIFY(profile().value(u"education"_s).toArray().isEmpty());
        QCOMPARE(profile().value(u"experience"_s).toArray().size(), 1);
    }

    void aTalentSaysWhatWorkTheyLookFor()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        reveal(u"preferencesSection"_s);
        QVERIFY(find(u"preference_remote"_s));
        // Changed elsewhere after the page loaded: the preferences' save must not put it back.
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"headline"_s, u"Set in the portal"_s } },
                                 talent.token)
                         .status,
                 200);
        clickInView(u"preference_remote"_s);
        clickInView(u"preference_full_time"_s);
        choose(u"careerLevel"_s, u"Mid level"_s);
        choose(u"relocate"_s, u"Yes"_s);
        clickInView(u"hiddenFromSearch"_s);
        choose(u"assessmentVisibility"_s, u"Every employer, who may also find me by them"_s);
        // An upside-down range is refused beside the top of it before anything is sent.
        type(u"payMin"_s, u"600,000"_s);
        type(u"payMax"_s, u"400,000"_s);
        clickInView(u"savePreferences"_s);
        QTRY_VERIFY(!find(u"payMaxError"_s)->property("text").toString().isEmpty());
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };
        QVERIFY(profile().value(u"job_preferences"_s).toArray().isEmpty());

        type(u"payMax"_s, u"900000"_s);
        clickInView(u"savePreferences"_s);
        QTRY_VERIFY(!profile().value(u"job_preferences"_s).toArray().isEmpty());
        QStringList kinds;
        for (const QJsonValue &kind : profile().value(u"job_preferences"_s).toArray())
            kinds.append(kind[u"code"_s].toString());
        kinds.sort();
        QCOMPARE(kinds, QStringList({ u"full_time"_s, u"remote"_s }));
        const QJsonObject saved = profile();
        QCOMPARE(saved.value(u"desired_career_level"_s)[u"code"_s].toString(), u"mid_level"_s);
        QCOMPARE(saved.value(u"salary_expectation"_s)[u"min"_s].toInteger(), 600000);
        QCOMPARE(saved.value(u"salary_expectation"_s)[u"max"_s].toInteger(), 900000);
        QCOMPARE(saved.value(u"salary_expectation"_s)[u"period"_s].toString(), u"monthly"_s);
        QCOMPARE(saved.value(u"willing_to_relocate"_s).toBool(), true);
        QCOMPARE(saved.value(u"hidden"_s).toBool(), true);
        QCOMPARE(saved.value(u"assessment_visibility"_s).toString(), u"employers"_s);
        QCOMPARE(saved.value(u"headline"_s).toString(), u"Set in the portal"_s);
        // The amounts read as people write them once saved.
        QTRY_COMPARE(find(u"payMax"_s)->property("text").toString(), u"900,000"_s);
        QCOMPARE(find(u"payMin"_s)->property("text").toString(), u"600,000"_s);
        reveal(u"preferencesSection"_s);
        snapshot(u"talent-profile-preferences"_s);

        // Unticking one sends the list without it.
        clickInView(u"preference_remote"_s);
        clickInView(u"savePreferences"_s);
        QTRY_COMPARE(profile().value(u"job_preferences"_s).toArray().size(), 1);
        QCOMPARE(profile().value(u"job_preferences"_s)[0][u"code"_s].toString(), u"full_time"_s);
        QCOMPARE(profile().value(u"assessment_visibility"_s).toString(), u"employers"_s);

        // Results kept to the talent alone: only the setting is sent.
        choose(u"assessmentVisibility"_s, u"Only me"_s);
        clickInView(u"savePreferences"_s);
        QTRY_COMPARE(profile().value(u"assessment_visibility"_s).toString(), u"private"_s);
        QCOMPARE(profile().value(u"job_preferences"_s).toArray().size(), 1);
    }

    void aTalentOrdersAndHidesCvSections()
    {
        logInAs(m_talent, u"talent"_s);
        show(u"CvsPage { objectName: \"page\"; anchors.fill: parent }"_s);
        click(find(u"newCv"_s));
        QTRY_VERIFY(find(u"cvSections"_s) && find(u"cvSections"_s)->property("count").toInt() > 0);
        // The first section (experience) goes below the second, and is hidden; the template
        // changes.
        click(find(u"sectionDown"_s));
        QTRY_COMPARE(
                find(u"page"_s)->property("sections").toList().value(0).toMap().value(u"type"_s),
                QVariant(u"education"_s));
        click(find(u"showSection"_s)); // the first row's: education now
        QQuickItem *choice = find(u"cvTemplate"_s);
        choice->setProperty("currentIndex", 1);
        click(find(u"saveCv"_s));
        QTRY_VERIFY2(find(u"page"_s)->property("notice").toString() == u"Saved."_s,
                     qPrintable(find(u"page"_s)->property("error").toString()));
        const QJsonObject listed = m_server->get(u"/api/v1/cvs"_s, m_talent.token)
                                           .json()
                                           .value(u"data"_s)[0]
                                           .toObject();
        const QJsonObject cv
                = m_server->get(u"/api/v1/cvs/%1"_s.arg(listed.value(u"id"_s).toInteger()),
                                m_talent.token)
                          .json();
        QCOMPARE(cv.value(u"template"_s).toString(), u"modern"_s);
        const QJsonArray sections = cv.value(u"document"_s)[u"sections"_s].toArray();
        QCOMPARE(sections.at(0)[u"type"_s].toString(), u"education"_s);
        QCOMPARE(sections.at(0)[u"hidden"_s].toBool(), true);
        QCOMPARE(sections.at(1)[u"type"_s].toString(), u"experience"_s);
        QCOMPARE(sections.at(1)[u"hidden"_s].toBool(), false);
        snapshot(u"talent-cvs"_s);
    }

    void fileDialogsOpen_data()
    {
        QTest::addColumn<QString>("door");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("dialog");
        QTest::addRow("a talent's picture")
                << u"talent"_s << u"ProfilePage"_s << u"changePicture"_s << u"pictureDialog"_s;
        QTest::addRow("an admin's invitations")
                << u"admin"_s << u"InvitesPage"_s << u"chooseInviteFile"_s << u"inviteFileDialog"_s;
    }
    void fileDialogsOpen()
    {
        // The dialogs once closed the app: Qt's own file dialog loads Qt.labs.folderlistmodel,
        // which nothing installed.
        QFETCH(QString, door);
        QFETCH(QString, page);
        QFETCH(QString, button);
        QFETCH(QString, dialog);
        logInAs(door == u"talent"_s ? m_talent : m_admin, door);
        show(u"%1 { anchors.fill: parent }"_s.arg(page));
        click(find(button));
        QObject *fileDialog = m_window->findChild<QObject *>(dialog);
        QVERIFY(fileDialog);
        QTRY_VERIFY(fileDialog->property("visible").toBool());
        snapshot(u"%1-file-dialog"_s.arg(door));
        QMetaObject::invokeMethod(fileDialog, "reject");
        QTRY_VERIFY(!fileDialog->property("visible").toBool());
    }

    void uploadsSendTheFileWithItsType()
    {
        QTemporaryDir dir;
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        const QString png = dir.filePath(u"me.png"_s);
        QVERIFY(picture.save(png));
        logInAs(m_talent, u"talent"_s);
        QVariantMap answer = upload(u"avatar"_s, png);
        QCOMPARE(answer.value(u"error"_s).toString(), QString());
        const QString avatar = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                                       .json()
                                       .value(u"avatar_url"_s)
                                       .toString();
        QVERIFY(!avatar.isEmpty());

        // A spreadsheet of people to invite, as an admin picks it on the invites page.
        QFile csv(dir.filePath(u"people.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("first_name,last_name,email\nNgozi,Obi,ngozi@example.test\nbad row\n");
        csv.close();
        logInAs(m_admin, u"admin"_s);
        answer = upload(u"importUsers"_s, csv.fileName());
        QCOMPARE(answer.value(u"error"_s).toString(), QString());
        const qint64 import = answer.value(u"body"_s).toMap().value(u"id"_s).toLongLong();
        QVERIFY(import > 0);
        const auto progress = [&] {
            return m_server->get(u"/api/v1/admin/user-imports/%1"_s.arg(import), m_admin.token)
                    .json()
                    .value(u"import"_s)
                    .toObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(progress().value(u"status"_s).toString(), u"done"_s, 10000);
        QCOMPARE(progress().value(u"created"_s).toInt(), 1);
        QCOMPARE(progress().value(u"invalid"_s).toInt(), 1);

        // A file that is not there is reported, not sent.
        answer = upload(u"avatar"_s, dir.filePath(u"missing.png"_s));
        QVERIFY(answer.value(u"error"_s).toString().contains(u"cannot be read"_s));
    }

    void anEmployerReviewsApplicantsInTheSmallestWindow()
    {
        // Beside the company's jobs and the side navigation, the applicants' filters and moves
        // ran past the window's edge: Message, CVs and the status filter could not be reached.
        const TestUser talent = m_server->createUser(Role::Talent);
        const qint64 job = publishJob(*m_server, m_employer, u"Warehouse supervisor"_s);
        const qint64 application = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job),
                                                  QJsonObject {}, talent.token)
                                           .json()
                                           .value(u"id"_s)
                                           .toInteger();
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/shortlist"_s.arg(application),
                                QJsonObject {}, m_employer.token)
                         .status,
                 200);
        logInAs(m_employer, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent; startSection: \"jobs\" }"_s);
        const QString card = u"applicant_%1"_s.arg(talent.id);
        QVERIFY(find(card)); // the newest job, this one, is chosen
        const auto inWindow = [this](const QString &name) {
            QQuickItem *item = find(name);
            if (!item)
                return false;
            const QPointF left = item->mapToScene({ 0, 0 });
            const QPointF right = item->mapToScene({ item->width(), item->height() });
            return left.x() >= 0 && right.x() <= m_window->width()
                    && right.y() <= m_window->height();
        };
        QVERIFY(QQuickTest::qWaitForPolish(m_window.get()));
        for (const QString &name : { card, u"move_interview"_s, u"move_rejected"_s,
                                     u"remark_fail"_s, u"applicantCvsButton"_s, u"message"_s,
                                     u"applicantStatusFilter"_s, u"scoreMinimum"_s })
            QVERIFY2(inWindow(name), qPrintable(name));
        snapshot(u"employer-jobs-applicants"_s);

        // Within reach, and working.
        click(find(u"message"_s));
        QTRY_VERIFY(shownTexts().join(u' ').contains(u"is under Messages"_s));
    }

    void aTalentReadsThePayAndAppliesWithACoverLetter()
    {
        // The pay was cut short in the list and missing beside it; "yes" and "no" were shown as
        // the server's words; a required question left blank was refused at the foot of the form.
        const TestUser talent = m_server->createUser(Role::Talent);
        const Reply created = m_server->post(
                u"/api/v1/jobs"_s,
                QJsonObject { { u"title"_s, u"Accounts officer"_s },
                              { u"description"_s, u"Keeps the books of a Kano distributor."_s },
                              { u"job_type"_s, u"full_time"_s },
                              { u"work_mode"_s, u"on_site"_s },
                              { u"state"_s, u"Kano"_s },
                              { u"salary_min"_s, 450000 },
                              { u"salary_max"_s, 700000 },
                              { u"salary_currency"_s, u"NGN"_s },
                              { u"salary_period"_s, u"month"_s },
                              { u"questions"_s,
                                QJsonArray { QJsonObject { { u"question_id"_s, m_questionId },
                                                           { u"required"_s, true } } } },
                              { u"publish"_s, true } },
                m_employer.token);
        QCOMPARE(created.status, 201);
        const qint64 job = created.json().value(u"id"_s).toInteger();
        logInAs(talent, u"talent"_s);
        show(u"JobDetail { anchors.fill: parent; jobId: %1 }"_s.arg(job));
        QQuickItem *pay = find(u"jobPay"_s);
        QVERIFY(pay);
        QTRY_COMPARE(pay->property("text").toString(), u"₦450,000 – ₦700,000 a month"_s);

        click(find(u"apply"_s));
        QQuickItem *choice = find(u"choice_0"_s);
        QVERIFY(choice);
        QStringList offered;
        for (int i = 0; i < choice->property("count").toInt(); ++i) {
            QString text;
            QMetaObject::invokeMethod(choice, "textAt", Q_RETURN_ARG(QString, text), Q_ARG(int, i));
            offered.append(text);
        }
        QCOMPARE(offered, QStringList({ QString(), u"Yes"_s, u"No"_s }));
        const QString letter = u"I kept the ledgers of a Kano wholesaler for four years."_s;
        type(u"coverLetter"_s, letter);

        // Unanswered: said under the question, nothing sent, the letter kept.
        click(find(u"sendApplication"_s));
        QQuickItem *problem = find(u"answerError_0"_s);
        QVERIFY(problem);
        QVERIFY(!problem->property("text").toString().isEmpty());
        QCOMPARE(find(u"coverLetter"_s)->property("text").toString(), letter);
        const auto mine = [&] {
            return m_server->get(u"/api/v1/applications/mine"_s, talent.token)
                    .json()
                    .value(u"data"_s)
                    .toArray();
        };
        QVERIFY(mine().isEmpty());
        snapshot(u"talent-job-apply"_s);

        choose(u"choice_0"_s, u"Yes"_s);
        click(find(u"sendApplication"_s));
        QTRY_COMPARE(mine().size(), 1);
        const QJsonObject sent
                = m_server->get(u"/api/v1/applications/%1"_s.arg(mine().at(0)[u"id"_s].toInteger()),
                                talent.token)
                          .json();
        QCOMPARE(sent.value(u"cover_letter"_s).toString(), letter);
        QCOMPARE(sent.value(u"answers"_s)[0][u"answer"_s].toString(), u"yes"_s);
        QTRY_VERIFY(!shownNow(u"answerError_0"_s, "visible").toBool());
    }

    void aRejectedTalentReadsTheReasonAndWhoDecidedInWords()
    {
        // The talent read "Reason: position_filled" and "by talent", "by company".
        const TestUser talent = m_server->createUser(Role::Talent);
        const qint64 job = publishJob(*m_server, m_employer, u"Stock controller"_s);
        const qint64 application = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job),
                                                  QJsonObject {}, talent.token)
                                           .json()
                                           .value(u"id"_s)
                                           .toInteger();
        QCOMPARE(m_server->post(u"/api/v1/applications/%1/reject"_s.arg(application),
                                QJsonObject { { u"reason"_s, u"position_filled"_s } },
                                m_employer.token)
                         .status,
                 200);
        logInAs(talent, u"talent"_s);
        show(u"ApplicationsPage { anchors.fill: parent }"_s);
        QTRY_VERIFY(shownTexts().join(u'\n').contains(u"Reason: "_s));
        const QString shown = shownTexts().join(u'\n');
        QVERIFY2(shown.contains(u"Reason: Position filled"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u", by you"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u", by the company"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"position_filled"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"by talent"_s), qPrintable(shown));
        snapshot(u"talent-application-rejected"_s);
    }

    void aTalentComesBackToTheProfileAndFindsEveryField()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        const QList<std::pair<QString, QString>> fields {
            { u"headline"_s, u"Bookkeeper who closes the month on time"_s },
            { u"phone"_s, u"+2348031234567"_s },
            { u"state"_s, u"Kaduna"_s },
            { u"linkedin"_s, u"https://www.linkedin.com/in/amina-bello"_s },
            { u"portfolio"_s, u"https://amina.example.com"_s },
        };
        for (const auto &[name, text] : fields)
            type(name, text);
        const QString about = u"Six years of month-end closes.\nQuickBooks and Sage."_s;
        type(u"bio"_s, about);
        clickInView(u"save"_s);
        QTRY_VERIFY2(find(u"page"_s)->property("notice").toString() == u"Saved."_s,
                     qPrintable(find(u"page"_s)->property("error").toString()));

        // Another section, then back, as a person leaves and returns: every field as saved.
        closePage();
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        for (const auto &[name, text] : fields) {
            QQuickItem *field = find(name);
            QVERIFY(field);
            QTRY_COMPARE(field->property("text").toString(), text);
        }
        QCOMPARE(find(u"bio"_s)->property("text").toString(), about);
    }

    void aTalentChangesTheirNameGenderBirthDateAndAvailability()
    {
        // The portal let a talent change these; the desktop's "About you" showed none of them.
        const TestUser talent = m_server->createUser(Role::Talent);
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(find(u"save"_s)->isEnabled());
        // Changed elsewhere (the portal, another device) after the form was filled: the form,
        // which did not touch it, must not write its older value back.
        QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                                 QJsonObject { { u"headline"_s, u"Written in the portal"_s } },
                                 talent.token)
                         .status,
                 200);
        const QString phone = profile().value(u"phone_number"_s).toString();

        for (const QString &name :
             { u"firstName"_s, u"lastName"_s, u"gender"_s, u"dateOfBirth"_s, u"availability"_s })
            QVERIFY2(find(name), qPrintable(name));
        type(u"firstName"_s, u"Amina"_s);
        type(u"lastName"_s, u"Bello"_s);
        choose(u"gender"_s, u"Female"_s);
        choose(u"availability"_s, u"In a month"_s);
        QVERIFY(find(u"dateOfBirth"_s)
                        ->parentItem()
                        ->property("label")
                        .toString()
                        .contains(u"YYYY-MM-DD"_s));
        type(u"dateOfBirth"_s, u"31/12/1990"_s);
        clickInView(u"save"_s);
        // Refused: said beside the date, with what was typed kept and nothing saved.
        QTRY_VERIFY(!shownNow(u"dateOfBirthError"_s).toString().isEmpty());
        QVERIFY(shownNow(u"dateOfBirthError"_s).toString().contains(u"YYYY-MM-DD"_s));
        QCOMPARE(find(u"dateOfBirth"_s)->property("text").toString(), u"31/12/1990"_s);
        QCOMPARE(find(u"firstName"_s)->property("text").toString(), u"Amina"_s);
        QVERIFY(profile().value(u"first_name"_s).toString() != u"Amina"_s);
        reveal(u"detailsSection"_s);
        snapshot(u"talent-profile-about"_s);

        // A name emptied is refused beside it too.
        type(u"lastName"_s, QString());
        type(u"dateOfBirth"_s, u"1990-12-31"_s);
        clickInView(u"save"_s);
        QTRY_VERIFY(!shownNow(u"lastNameError"_s).toString().isEmpty());
        QVERIFY(shownNow(u"dateOfBirthError"_s).toString().isEmpty());

        type(u"lastName"_s, u"Bello"_s);
        // Saved while the server is away: the page says so and keeps what was typed; saving
        // again once it is back sends it.
        const quint16 port = m_server->port();
        m_server->stop();
        clickInView(u"save"_s);
        QTRY_VERIFY(!find(u"page"_s)->property("error").toString().isEmpty());
        QCOMPARE(find(u"firstName"_s)->property("text").toString(), u"Amina"_s);
        QCOMPARE(find(u"lastName"_s)->property("text").toString(), u"Bello"_s);
        QCOMPARE(find(u"dateOfBirth"_s)->property("text").toString(), u"1990-12-31"_s);
        QCOMPARE(find(u"gender"_s)->property("currentValue").toString(), u"female"_s);
        m_server->startOn(port);
        clickInView(u"save"_s);
        QTRY_VERIFY2(find(u"page"_s)->property("notice").toString() == u"Saved."_s,
                     qPrintable(find(u"page"_s)->property("error").toString()));
        const QJsonObject saved = profile();
        QCOMPARE(saved.value(u"first_name"_s).toString(), u"Amina"_s);
        QCOMPARE(saved.value(u"last_name"_s).toString(), u"Bello"_s);
        QCOMPARE(saved.value(u"gender"_s).toString(), u"female"_s);
        QCOMPARE(saved.value(u"date_of_birth"_s).toString(), u"1990-12-31"_s);
        QCOMPARE(saved.value(u"availability"_s).toString(), u"one_month"_s);
        QCOMPARE(saved.value(u"headline"_s).toString(), u"Written in the portal"_s);
        QCOMPARE(saved.value(u"phone_number"_s).toString(), phone);

        // Back to the page, as a person returning: every field as saved.
        closePage();
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QTRY_COMPARE(find(u"firstName"_s)->property("text").toString(), u"Amina"_s);
        QCOMPARE(find(u"lastName"_s)->property("text").toString(), u"Bello"_s);
        QCOMPARE(find(u"dateOfBirth"_s)->property("text").toString(), u"1990-12-31"_s);
        QCOMPARE(find(u"gender"_s)->property("currentValue").toString(), u"female"_s);
        QCOMPARE(find(u"availability"_s)->property("currentValue").toString(), u"one_month"_s);
        QCOMPARE(find(u"headline"_s)->property("text").toString(), u"Written in the portal"_s);
    }

    void aTalentVerifiesTheirNinWhereTheNextStepLeads()
    {
        // The next step, "A verified BVN or NIN, under Profile", led nowhere: the profile had no
        // place to give the number.
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->post(u"/api/v1/admin/identity-registry"_s,
                                QJsonObject {
                                        { u"records"_s,
                                          QJsonArray { QJsonObject {
                                                  { u"kind"_s, u"nin"_s },
                                                  { u"number"_s, u"20000000202"_s },
                                                  { u"first_name"_s, u"Test"_s },
                                                  { u"last_name"_s, u"Talent"_s },
                                                  { u"date_of_birth"_s, u"1990-01-01"_s } } } } },
                                m_admin.token)
                         .status,
                 200);
        logInAs(talent, u"talent"_s);
        show(u"ProfilePage { objectName: \"page\"; anchors.fill: parent }"_s);
        QQuickItem *next = find(u"nextStep"_s);
        QVERIFY(next);
        QTRY_VERIFY(next->property("text").toString().contains(u"NIN"_s));
        click(next);
        QQuickItem *section = find(u"identitySection"_s);
        QVERIFY(section);
        QTRY_VERIFY(section->hasActiveFocus());

        // Too short, then a number no record has: said under the number, which stays.
        type(u"identityNumber"_s, u"2000000"_s);
        clickInView(u"verifyIdentity"_s);
        QTRY_VERIFY(!find(u"identityNumberError"_s)->property("text").toString().isEmpty());
        type(u"identityNumber"_s, u"29999999999"_s);
        clickInView(u"verifyIdentity"_s);
        QTRY_VERIFY(
                find(u"identityNumberError"_s)->property("text").toString().contains(u"record"_s));
        QCOMPARE(find(u"identityNumber"_s)->property("text").toString(), u"29999999999"_s);
        const auto profile = [&] {
            return m_server->get(u"/api/v1/talents/me/profile"_s, talent.token).json();
        };
        QCOMPARE(profile().value(u"nin_verified"_s).toBool(), false);
        reveal(u"identitySection"_s);
        snapshot(u"talent-profile-identity"_s);

        type(u"identityNumber"_s, u"20000000202"_s);
        clickInView(u"verifyIdentity"_s);
        QTRY_VERIFY(profile().value(u"nin_verified"_s).toBool());
        QQuickItem *verified = find(u"identityVerified"_s);
        QVERIFY(verified);
        QTRY_VERIFY(verified->property("text").toString().contains(u"NIN"_s));
    }

    void aDraftStaysWithItsConversation()
    {
        // Half a message to one person, then a look at another conversation: the box there is
        // empty (nothing typed for one goes to the other), and coming back finds the text.
        const TestUser talent = m_server->createUser(Role::Talent);
        QList<qint64> chatIds;
        for (int i = 0; i < 2; ++i) {
            const TestUser employer = m_server->createUser(Role::Employer);
            chatIds.append(m_server->post(u"/api/v1/chat/chats"_s,
                                          QJsonObject { { u"receiver_id"_s, talent.id } },
                                          employer.token)
                                   .json()
                                   .value(u"id"_s)
                                   .toInteger());
            QVERIFY(chatIds.last() > 0);
        }
        logInAs(talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"chat\" }"_s);
        QTRY_VERIFY(find(u"chat-%1"_s.arg(chatIds[0])));
        QTRY_VERIFY(find(u"chat-%1"_s.arg(chatIds[1])));
        click(find(u"chat-%1"_s.arg(chatIds[0])));
        type(u"draft"_s, u"Thank you for the interview on"_s);
        click(find(u"chat-%1"_s.arg(chatIds[1])));
        QCOMPARE(find(u"draft"_s)->property("text").toString(), QString());
        QVERIFY(!find(u"send"_s)->property("enabled").toBool());
        type(u"draft"_s, u"Yes, Tuesday suits me"_s);
        snapshot(u"talent-chat-draft-per-conversation"_s);
        click(find(u"chat-%1"_s.arg(chatIds[0])));
        QCOMPARE(find(u"draft"_s)->property("text").toString(), u"Thank you for the interview on"_s);
        click(find(u"chat-%1"_s.arg(chatIds[1])));
        QCOMPARE(find(u"draft"_s)->property("text").toString(), u"Yes, Tuesday suits me"_s);
    }

    void aMessageWrittenWhileTheServerRestartsIsKeptAndSent()
    {
        // Written in the page while the server restarts: what is typed stays in the box, what is
        // sent waits and goes once, when the server is back.
        const TestUser talent = m_server->createUser(Role::Talent);
        const qint64 chatId
                = m_server->post(u"/api/v1/chat/chats"_s,
                                 QJsonObject { { u"receiver_id"_s, talent.id } }, m_employer.token)
                          .json()
                          .value(u"id"_s)
                          .toInteger();
        QVERIFY(chatId > 0);
        auto *chat = client::ChatClient::instance();
        logInAs(talent, u"talent"_s);
        QTRY_VERIFY(chat->connected());
        show(u"TalentShell { anchors.fill: parent; startSection: \"chat\" }"_s);
        QVERIFY(find(u"partnerPresence"_s)); // the conversation is open
        const auto stored = [&] {
            QStringList texts;
            const QJsonArray rows = m_server->get(u"/api/v1/chat/chats/%1/messages"_s.arg(chatId),
                                                  m_employer.token)
                                            .json()
                                            .value(u"data"_s)
                                            .toArray();
            for (const QJsonValue &row : rows)
                texts.append(row[u"message"_s].toString());
            return texts;
        };

        const quint16 port = m_server->port();
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!chat->connected(), 5000);
        type(u"draft"_s, u"Sent while the server was away"_s);
        click(find(u"send"_s));
        QTRY_VERIFY(find(u"waitingMessage"_s));
        type(u"draft"_s, u"Still being written"_s);
        snapshot(u"talent-chat-waiting"_s);

        m_server->startOn(port);
        // The client tries again after a pause that doubles up to 30 s: on a busy machine the
        // server may be back just after a try, and the next one comes that much later.
        QTRY_VERIFY_WITH_TIMEOUT(chat->connected(), 35000);
        QTRY_COMPARE(stored().count(u"Sent while the server was away"_s), 1);
        QTRY_VERIFY(!shownNow(u"waitingMessage"_s, "visible").toBool());
        QCOMPARE(find(u"draft"_s)->property("text").toString(), u"Still being written"_s);
        click(find(u"send"_s));
        QTRY_COMPARE(stored().count(u"Still being written"_s), 1);
        QCOMPARE(stored().count(u"Sent while the server was away"_s), 1);
    }

private:
    /** Finds @p skill in the profile's skill search and adds it at @p level. */
    void addSkill(const QString &skill, const QString &level, const QString &years)
    {
        type(u"skillQuery"_s, skill);
        choose(u"skillChoice"_s, skill);
        choose(u"skillLevel"_s, level);
        type(u"skillYears"_s, years);
        click(find(u"addSkill"_s));
    }

    QJsonArray mySkills(const TestUser &talent)
    {
        return m_server->get(u"/api/v1/talents/me/skills"_s, talent.token)
                .json()
                .value(u"data"_s)
                .toArray();
    }

    /** The title of the job the search page shows beside its list. */
    static QString shownJobTitle(QObject *page)
    {
        return page->property("selectedJob").toMap().value(u"title"_s).toString();
    }

    /** Opens the job editor on the chosen job and waits until it shows the job's description. */
    void openEditorOn(const QString &description)
    {
        // The editor saved before closes when the server's answer arrives, which may be after
        // the server holds the change: typing into it would go with it.
        QTRY_VERIFY(!shownNow(u"saveJob"_s, "visible").toBool());
        click(find(u"editJob"_s));
        QQuickItem *field = find(u"jobDescription"_s);
        QVERIFY(field);
        QTRY_COMPARE(field->property("text").toString(), description);
    }

    QJsonArray mine()
    {
        return m_server->get(u"/api/v1/applications/mine"_s, m_talent.token)
                .json()
                .value(u"data"_s)
                .toArray();
    }

    QStringList companyJobTitles()
    {
        QStringList titles;
        const QJsonArray jobs = m_server->get(u"/api/v1/jobs/mine"_s, m_employer.token)
                                        .json()
                                        .value(u"data"_s)
                                        .toArray();
        for (const QJsonValue &job : jobs)
            titles.append(job.toObject().value(u"title"_s).toString());
        return titles;
    }

    TestUser m_talent;
    TestUser m_employer;
    TestUser m_admin;
    qint64 m_questionId = 0;
    qint64 m_jobId = 0;
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
