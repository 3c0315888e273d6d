// SPDX-License-Identifier: Apache-2.0
// The employer's coding challenge pages driven as a person would (click, choose, type) against
// the real server, whose sandbox judges the code: writing a challenge and its cases, inviting
// talents, and reading the submissions as their verdicts come in.
#include "fixtures.h"
#include "pagetest.h"

#include "draftstore.h"
#include "session.h"

#include <QJsonArray>
#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestPagesCoding : public PageTest
{
    Q_OBJECT

private:
    TestUser m_employer, m_talent, m_applicant;
    qint64 m_python = 0;
    qint64 m_jobId = 0;

    /** The company's challenges as the server lists them. */
    QJsonArray challenges()
    {
        return m_server->get(u"/api/v1/coding-challenges"_s, m_employer.token)
                .json()[u"data"_s]
                .toArray();
    }

    /** A challenge of the employer's company, made through the API; its id. */
    qint64 challengeNamed(const QString &title)
    {
        const Reply made = m_server->post(
                u"/api/v1/coding-challenges"_s,
                QJsonObject { { u"title"_s, title },
                              { u"description"_s, u"Read two whole numbers and print their sum."_s },
                              { u"difficulty"_s, u"easy"_s },
                              { u"language_ids"_s, QJsonArray { m_python } },
                              { u"test_cases"_s,
                                QJsonArray { QJsonObject { { u"input"_s, u"2 3\n"_s },
                                                           { u"expected_output"_s, u"5\n"_s },
                                                           { u"is_sample"_s, true } },
                                             QJsonObject { { u"input"_s, u"-7 7\n"_s },
                                                           { u"expected_output"_s, u"0\n"_s },
                                                           { u"weight"_s, 2 } } } } },
                m_employer.token);
        return made.status == 201 ? made.json()[u"id"_s].toInteger() : 0;
    }

    /** Shows the company's coding page with the challenge @p title open on @p tab. */
    void openChallenge(const QString &title, const QString &tab)
    {
        show(u"CompanyCodingPage { anchors.fill: parent }"_s);
        click(find(u"challenge_"_s + title));
        QTRY_COMPARE(shownNow(u"challengeTitle"_s).toString(), title);
        click(find(tab));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_employer = m_server->createUser(Role::Employer);
        m_talent = m_server->createUser(Role::Talent);
        m_applicant = m_server->createUser(Role::Talent);
        const Reply python = m_server->get(u"/api/v1/coding-languages/by-name/python%203"_s);
        QCOMPARE(python.status, 200);
        m_python = python.json()[u"id"_s].toInteger();
        m_jobId = publishJob(*m_server, m_employer, u"Backend developer"_s);
        QVERIFY(m_jobId);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(m_jobId), QJsonObject {},
                                m_applicant.token)
                         .status,
                 201);
        connectClient();
    }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void anEmployerWritesAChallengeAndFixesWhatTheServerRefused()
    {
        logInAs(m_employer, u"employer"_s);
        show(u"CompanyCodingPage { anchors.fill: parent }"_s);
        click(find(u"newChallenge"_s));
        type(u"challengeTitle"_s, u"Sum of two numbers"_s);
        type(u"challengeStatement"_s, u"Read two whole numbers from stdin and print their sum."_s);
        choose(u"challengeDifficulty"_s, u"Hard"_s);
        click(find(u"language_Python 3"_s));
        type(u"wallTimeMs"_s, u"500"_s); // below the CPU time: the server refuses it
        type(u"caseInput0"_s, u"2 3\n"_s);
        type(u"caseExpected0"_s, u"5\n"_s);
        clickInView(u"addCase"_s);
        type(u"caseInput1"_s, u"1000000 2\n"_s);
        type(u"caseExpected1"_s, u"1000002\n"_s);
        type(u"caseWeight1"_s, u"300"_s); // over 100: the server refuses it, on that case
        clickInView(u"saveChallenge"_s);

        // Each refusal shows beside its field, the case's on that case; nothing typed is lost
        // and nothing was created.
        QTRY_VERIFY(!shownNow(u"caseError1"_s).toString().isEmpty());
        QVERIFY2(shownNow(u"caseError1"_s).toString().contains(u"100"_s),
                 qPrintable(shownNow(u"caseError1"_s).toString()));
        QCOMPARE(shownNow(u"caseError0"_s).toString(), QString());
        QCOMPARE(shownNow(u"casesError"_s).toString(), QString());
        QCOMPARE(challenges().size(), 0);
        type(u"caseWeight1"_s, u"3"_s);
        QCOMPARE(shownNow(u"caseError1"_s).toString(), QString()); // fixed, it goes
        clickInView(u"saveChallenge"_s);
        QTRY_VERIFY(!shownNow(u"wallTimeMsError"_s).toString().isEmpty());
        QCOMPARE(shownNow(u"wallTimeMsError"_s).toString(), u"Must be at least the CPU time"_s);
        QCOMPARE(shownNow(u"challengeTitle"_s).toString(), u"Sum of two numbers"_s);
        QCOMPARE(shownNow(u"caseExpected1"_s).toString(), u"1000002\n"_s);
        QCOMPARE(challenges().size(), 0);

        type(u"wallTimeMs"_s, u"5000"_s);
        clickInView(u"saveChallenge"_s);
        QTRY_COMPARE(challenges().size(), 1);
        const qint64 id = challenges()[0][u"id"_s].toInteger();
        const QJsonObject saved
                = m_server->get(u"/api/v1/coding-challenges/%1"_s.arg(id), m_employer.token).json();
        QCOMPARE(saved[u"title"_s].toString(), u"Sum of two numbers"_s);
        QCOMPARE(saved[u"difficulty"_s].toString(), u"hard"_s);
        QCOMPARE(saved[u"limits"_s][u"wall_time_ms"_s].toInt(), 5000);
        QCOMPARE(saved[u"languages"_s][0][u"id"_s].toInteger(), m_python);
        const QJsonArray cases = saved[u"test_cases"_s].toArray();
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases[0][u"is_sample"_s].toBool(), true);
        QCOMPARE(cases[1][u"is_sample"_s].toBool(), false);
        QCOMPARE(cases[1][u"weight"_s].toInt(), 3);
        QCOMPARE(cases[1][u"expected_output"_s].toString().trimmed(), u"1000002"_s);
        QTRY_VERIFY(find(u"challenge_Sum of two numbers"_s)); // in the list now
        reveal(u"closeChallenge"_s); // the top of the form
        snapshot(u"employer-coding-challenge"_s);

        // An edit of the statement alone leaves the cases (and the results judged on them) be.
        type(u"challengeTitle"_s, u"Sum of two integers"_s);
        clickInView(u"saveChallenge"_s);
        QTRY_COMPARE(challenges()[0][u"title"_s].toString(), u"Sum of two integers"_s);
        const QJsonObject edited
                = m_server->get(u"/api/v1/coding-challenges/%1"_s.arg(id), m_employer.token).json();
        QCOMPARE(edited[u"test_cases"_s][1][u"id"_s], cases[1][u"id"_s]);

        // Closed now, it takes no more submissions; reopened, it does again.
        reveal(u"closeChallenge"_s);
        click(find(u"closeChallenge"_s));
        QTRY_VERIFY(!m_server->get(u"/api/v1/coding-challenges/%1"_s.arg(id), m_employer.token)
                             .json()[u"closes_at"_s]
                             .isNull());
        click(find(u"reopenChallenge"_s));
        QTRY_VERIFY(m_server->get(u"/api/v1/coding-challenges/%1"_s.arg(id), m_employer.token)
                            .json()[u"closes_at"_s]
                            .isNull());
    }

    void aClosedChallengeStaysClosedWhenItsTitleIsCorrected()
    {
        const qint64 id = challengeNamed(u"Sum of three"_s);
        QVERIFY(id);
        // Closed an hour ago: the form shows the day alone, the server keeps the moment.
        const QString closed = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(
                u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
        QCOMPARE(m_server->patch(u"/api/v1/coding-challenges/%1"_s.arg(id),
                                 QJsonObject { { u"closes_at"_s, closed } }, m_employer.token)
                         .status,
                 200);
        logInAs(m_employer, u"employer"_s);
        openChallenge(u"Sum of three"_s, u"challengeTab"_s);
        QTRY_VERIFY(find(u"reopenChallenge"_s));

        type(u"challengeTitle"_s, u"Sum of three numbers"_s);
        clickInView(u"saveChallenge"_s);
        const auto saved = [&] {
            return m_server->get(u"/api/v1/coding-challenges/%1"_s.arg(id), m_employer.token).json();
        };
        QTRY_COMPARE(saved()[u"title"_s].toString(), u"Sum of three numbers"_s);
        // Not reopened until the end of the day: the moment it closed is what it was.
        QCOMPARE(saved()[u"closes_at"_s].toString(), closed);

        // A day typed in its place is taken, to its end.
        type(u"challengeClosesAt"_s, u"2031-05-04"_s);
        clickInView(u"saveChallenge"_s);
        QTRY_COMPARE(saved()[u"closes_at"_s].toString(), u"2031-05-04T23:59:59.000Z"_s);
        QCOMPARE(saved()[u"title"_s].toString(), u"Sum of three numbers"_s);
    }

    void anotherChallengeIsShownOnlyOnceTheChangesAreLetGo()
    {
        QVERIFY(challengeNamed(u"Reverse a word"_s));
        QVERIFY(challengeNamed(u"Count the vowels"_s));
        logInAs(m_employer, u"employer"_s);
        openChallenge(u"Reverse a word"_s, u"challengeTab"_s);
        QObject *dialog = m_window->findChild<QObject *>(u"leaveChallengeDialog"_s);
        QVERIFY(dialog);

        // Nothing changed: another challenge opens at once.
        click(find(u"challenge_Count the vowels"_s));
        QTRY_COMPARE(shownNow(u"challengeTitle"_s).toString(), u"Count the vowels"_s);
        QVERIFY(!dialog->property("visible").toBool());

        // Changed: staying keeps what was typed.
        type(u"challengeTitle"_s, u"Count the vowels and the consonants"_s);
        click(find(u"challenge_Reverse a word"_s));
        QTRY_VERIFY(dialog->property("visible").toBool());
        snapshot(u"employer-coding-leave-changes"_s);
        click(buttonNamed(u"Cancel"_s));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(shownNow(u"challengeTitle"_s).toString(), u"Count the vowels and the consonants"_s);
        QCOMPARE(find(u"challengeList"_s)->property("current").toMap().value(u"title"_s),
                 u"Count the vowels"_s);
        // A new challenge asks too; letting go empties the form, and the server never had it.
        click(find(u"newChallenge"_s));
        QTRY_VERIFY(dialog->property("visible").toBool());
        click(buttonNamed(u"Discard"_s));
        QTRY_COMPARE(shownNow(u"challengeTitle"_s).toString(), QString());
        bool kept = false;
        for (const QJsonValue &challenge : challenges())
            kept = kept || challenge[u"title"_s] == u"Count the vowels"_s;
        QVERIFY(kept);

        // A new one being written is asked about the same way.
        type(u"challengeTitle"_s, u"Fizz buzz"_s);
        click(find(u"challenge_Reverse a word"_s));
        QTRY_VERIFY(dialog->property("visible").toBool());
        click(buttonNamed(u"Cancel"_s));
        QCOMPARE(shownNow(u"challengeTitle"_s).toString(), u"Fizz buzz"_s);
        click(find(u"challenge_Reverse a word"_s));
        QTRY_VERIFY(dialog->property("visible").toBool());
        click(buttonNamed(u"Discard"_s));
        QTRY_COMPARE(shownNow(u"challengeTitle"_s).toString(), u"Reverse a word"_s);
    }

    void staffWithoutThePermissionAreToldWhy()
    {
        const Reply made = m_server->post(
                u"/api/v1/onboarding/employer-roles"_s,
                QJsonObject { { u"name"_s, u"Sourcing"_s },
                              { u"permissions"_s,
                                QJsonArray { u"jobs.create"_s, u"applications.read"_s } } },
                m_employer.token);
        QVERIFY2(made.status == 201, qPrintable(made.message()));
        const qint64 role = made.json()[u"id"_s].toInteger();
        const TestUser recruiter
                = invitedEmployee(*m_server, m_employer, role, u"recruiter@coding-pages.test"_s);
        QVERIFY(!recruiter.token.isEmpty());
        const qsizetype before = challenges().size();
        logInAs(recruiter, u"staff"_s);
        show(u"CompanyCodingPage { anchors.fill: parent }"_s);
        click(find(u"newChallenge"_s));
        type(u"challengeTitle"_s, u"Reverse a string"_s);
        type(u"challengeStatement"_s, u"Print the line read, reversed."_s);
        type(u"caseInput0"_s, u"abc\n"_s);
        type(u"caseExpected0"_s, u"cba\n"_s);
        clickInView(u"saveChallenge"_s);
        QTRY_VERIFY(shownNow(u"editorError"_s).toString().contains(u"assessments.manage"_s));
        QCOMPARE(shownNow(u"challengeTitle"_s).toString(), u"Reverse a string"_s);
        QCOMPARE(challenges().size(), before);

        // Their side navigation does not offer the section; the owner's does.
        m_window.reset(); // still logged in
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"jobs"_s));
        QTest::qWait(500); // the role's answer has come by now
        QVERIFY(!sectionNames().contains(u"coding"_s));
        closePage();
        logInAs(m_employer, u"employer"_s);
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"coding"_s));
    }

    void anEmployerInvitesByEmailAndFromApplicants()
    {
        const qint64 id = challengeNamed(u"FizzBuzz"_s);
        QVERIFY(id);
        logInAs(m_employer, u"employer"_s);
        openChallenge(u"FizzBuzz"_s, u"invitationsTab"_s);

        type(u"inviteEmails"_s, u"not an address"_s);
        click(find(u"sendInvitations"_s));
        QTRY_VERIFY(!shownNow(u"inviteEmailsError"_s).toString().isEmpty());
        QCOMPARE(shownNow(u"inviteEmails"_s).toString(), u"not an address"_s);

        type(u"inviteEmails"_s, u"newcomer@example.com"_s);
        choose(u"applicantsJob"_s, u"Backend developer"_s);
        // The job's applicants come in under the box, and one is ticked.
        QQuickItem *jobBox = find(u"applicantsJob"_s);
        QVERIFY(jobBox);
        const auto underTheBox = [&] {
            QQuickItem *row = visibleItem(m_window->contentItem(),
                                          u"applicant_"_s + m_applicant.email.toLower());
            return row
                    && row->mapToScene({ 0, 0 }).y()
                    >= jobBox->mapToScene({ 0, jobBox->height() }).y();
        };
        QTRY_VERIFY(underTheBox());
        click(find(u"applicant_"_s + m_applicant.email.toLower()));
        QVERIFY(shownNow(u"inviteEmails"_s).toString().contains(m_applicant.email.toLower()));
        click(find(u"sendInvitations"_s));

        const QString path = u"/api/v1/coding-challenges/%1/invitations"_s.arg(id);
        QTRY_COMPARE(m_server->get(path, m_employer.token).json()[u"meta"_s][u"total"_s].toInt(), 2);
        const QJsonArray sent = m_server->get(path, m_employer.token).json()[u"data"_s].toArray();
        QCOMPARE(valueSet(sent, u"email"_s),
                 (QSet<QString> { u"newcomer@example.com"_s, m_applicant.email.toLower() }));
        QVERIFY(m_server->waitForMail(u"newcomer@example.com"_s));
        // Each shows with where it stands, labelled for people.
        QVERIFY(find(u"invitation_newcomer@example.com"_s));
        QVERIFY(find(u"invitation_"_s + m_applicant.email.toLower()));
        QCOMPARE(shownNow(u"inviteEmails"_s).toString(), QString());
        snapshot(u"employer-coding-invitations"_s);
    }

    void submissionsShowTheirVerdictsAsTheyComeIn()
    {
        const qint64 id = challengeNamed(u"Slow sum"_s);
        QVERIFY(id);
        QCOMPARE(m_server->post(u"/api/v1/coding-challenges/%1/invitations"_s.arg(id),
                                QJsonObject { { u"emails"_s, QJsonArray { m_talent.email } } },
                                m_employer.token)
                         .status,
                 201);
        // A program that takes a while on each case, so the page is seen before its verdict.
        const QString source = u"import time\ntime.sleep(1.5)\na, b = map(int, input().split())\n"
                               u"print(a + b)\n"_s;
        const Reply queued = m_server->post(
                u"/api/v1/coding-challenges/%1/submissions"_s.arg(id),
                QJsonObject { { u"language_id"_s, m_python }, { u"source_code"_s, source } },
                m_talent.token);
        QCOMPARE(queued.status, 202);
        const qint64 submission = queued.json()[u"id"_s].toInteger();

        logInAs(m_employer, u"employer"_s);
        openChallenge(u"Slow sum"_s, u"submissionsTab"_s);
        click(find(u"submission_%1"_s.arg(submission)));
        QTRY_VERIFY(!shownNow(u"submissionVerdict"_s).toString().isEmpty());
        const QString first = shownNow(u"submissionVerdict"_s).toString();
        QVERIFY2(first.startsWith(u"In Queue"_s) || first.startsWith(u"Processing"_s),
                 qPrintable(first));
        QCOMPARE(shownNow(u"submittedCode"_s).toString().trimmed(), source.trimmed());

        // The verdict arrives without a click, in the detail and in the list.
        QTRY_VERIFY_WITH_TIMEOUT(
                shownNow(u"submissionVerdict"_s).toString().startsWith(u"Accepted"_s), 30000);
        QVERIFY(shownNow(u"submissionVerdict"_s).toString().contains(u"score 3 of 3"_s));
        QTRY_COMPARE(shownNow(u"rowVerdict"_s).toString(), u"Accepted"_s);
        const QJsonObject judged = m_server->get(u"/api/v1/coding-submissions/%1"_s.arg(submission),
                                                 m_employer.token)
                                           .json();
        QCOMPARE(judged[u"status"_s][u"description"_s].toString(), u"Accepted"_s);
        QCOMPARE(judged[u"score"_s].toInt(), 3);
        QCOMPARE(find(u"submissionCases"_s)->property("count").toInt(),
                 int(judged[u"test_cases"_s].toArray().size()));
        snapshot(u"employer-coding-submissions"_s);
    }

    void aTalentRunsTheSamplesThenSubmits()
    {
        const qint64 first = challengeNamed(u"Sum for talents"_s);
        const qint64 second = challengeNamed(u"Another sum"_s);
        QVERIFY(first && second);
        const TestUser talent = m_server->createUser(Role::Talent);
        for (qint64 id : { second, first })
            QCOMPARE(m_server->post(u"/api/v1/coding-challenges/%1/invitations"_s.arg(id),
                                    QJsonObject { { u"emails"_s, QJsonArray { talent.email } } },
                                    m_employer.token)
                             .status,
                     201);
        logInAs(talent, u"talent"_s);
        show(u"CodingChallengesPage { anchors.fill: parent }"_s);
        click(find(u"openChallenge_Sum for talents"_s));
        QQuickItem *editor = find(u"codeEditor"_s);
        QVERIFY(editor);
        // The editor starts from the language's template, which the talent replaces.
        QTRY_VERIFY(editor->property("text").toString().contains(u"sys.stdin"_s));
        QCOMPARE(editor->property("syntax").toString(), u"Python 3"_s); // coloured as Python

        // A wrong program first: the sample's output shows beside what was expected.
        type(u"codeEditor"_s, u"a, b = map(int, input().split())\nprint(a - b)\n"_s);
        click(find(u"runCode"_s));
        QTRY_VERIFY_WITH_TIMEOUT(shownNow(u"verdict"_s).toString().startsWith(u"Wrong Answer"_s),
                                 30000);
        QTRY_VERIFY(shownNow(u"caseOutput"_s).toString().contains(u"-1"_s));
        QCOMPARE(find(u"caseResults"_s)->property("count").toInt(), 1); // the sample only

        // Back to the list and into the other challenge: its editor is its own, and coming back
        // finds the code as it was left.
        const QString written = editor->property("text").toString();
        click(find(u"backToChallenges"_s));
        click(find(u"openChallenge_Another sum"_s));
        QTRY_VERIFY(editor->property("text").toString().contains(u"sys.stdin"_s));
        click(find(u"backToChallenges"_s));
        click(find(u"openChallenge_Sum for talents"_s));
        QTRY_COMPARE(editor->property("text").toString(), written);

        // Fixed and submitted: every case, the hidden one too, with the score.
        type(u"codeEditor"_s, u"a, b = map(int, input().split())\nprint(a + b)\n"_s);
        click(find(u"submitCode"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
                shownNow(u"verdict"_s).toString().startsWith(u"Accepted · score 3 of 3"_s), 30000);
        QCOMPARE(find(u"caseResults"_s)->property("count").toInt(), 2);
        snapshot(u"talent-coding-submitted"_s);
        const QJsonObject result
                = m_server->get(u"/api/v1/coding-challenges/%1/results/%2"_s.arg(first).arg(
                                        talent.id),
                                m_employer.token)
                          .json();
        QVERIFY2(QJsonDocument(result).toJson().contains("Accepted"),
                 QJsonDocument(result).toJson().constData());
    }

    void aTalentsCodeOutlivesThePageUntilSubmitted()
    {
        const qint64 id = challengeNamed(u"Sum kept on disk"_s);
        QVERIFY(id);
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->post(u"/api/v1/coding-challenges/%1/invitations"_s.arg(id),
                                QJsonObject { { u"emails"_s, QJsonArray { talent.email } } },
                                m_employer.token)
                         .status,
                 201);
        const QString key = u"coding/%1/%2"_s.arg(id).arg(m_python);
        logInAs(talent, u"talent"_s);
        show(u"CodingChallengesPage { anchors.fill: parent }"_s);
        click(find(u"openChallenge_Sum kept on disk"_s));
        QTRY_VERIFY(shownNow(u"codeEditor"_s).toString().contains(u"sys.stdin"_s));
        QCOMPARE(client::DraftStore::instance()->text(key), QString()); // a template is no draft

        // Written, and on disk a moment later: with the page still open, as a crash would find.
        const QString code = u"a, b = map(int, input().split())\nprint(a + b)\n"_s;
        type(u"codeEditor"_s, code);
        QTRY_COMPARE(client::DraftStore::instance()->text(key), code);

        // The page gone and the client started again: the code is back.
        m_window.reset();
        client::Session::instance()->logout();
        logInAs(talent, u"talent"_s);
        show(u"CodingChallengesPage { anchors.fill: parent }"_s);
        click(find(u"openChallenge_Sum kept on disk"_s));
        QTRY_COMPARE(shownNow(u"codeEditor"_s).toString(), code);
        snapshot(u"talent-coding-draft-restored"_s);

        // Submitted: the server has it, and the draft goes.
        click(find(u"submitCode"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
                shownNow(u"verdict"_s).toString().startsWith(u"Accepted · score 3 of 3"_s), 30000);
        QCOMPARE(client::DraftStore::instance()->text(key), QString());
        m_window.reset();
        show(u"CodingChallengesPage { anchors.fill: parent }"_s);
        click(find(u"openChallenge_Sum kept on disk"_s));
        QTRY_VERIFY(shownNow(u"codeEditor"_s).toString().contains(u"sys.stdin"_s));
    }
};

QTEST_MAIN(TestPagesCoding)
#include "tst_pages_coding.moc"
