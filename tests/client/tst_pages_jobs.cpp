// SPDX-License-Identifier: Apache-2.0
// Jobs and hiring driven as a person would against the real server: a talent's search (the job
// shown beside the list, a suggested word, the states found, asking again once the server is back)
// and application, an employer's job editor with the problems beside its fields, the applicants
// and their moves, and a candidate moved through a pipeline.
#include "accountspagetest.h"

#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestJobPages : public AccountsPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
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

private:
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
};

QTEST_MAIN(TestJobPages)
#include "tst_pages_jobs.moc"
