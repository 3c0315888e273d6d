// SPDX-License-Identifier: Apache-2.0
// Coding challenges through the API: languages, a company's challenges and who reaches them,
// invitations by signed link, runs and submissions judged in the sandbox in the background
// (hidden cases never shown to talents), past submissions, results, and queued work surviving
// a restart.
#include "testserver.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestCoding : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    TestUser m_owner, m_otherOwner, m_talent, m_stranger, m_admin;
    qint64 m_python = 0;
    qint64 m_c = 0;
    qint64 m_challenge = 0;

    QJsonObject challengeBody(const QString &title = u"Sum of two numbers"_s) const
    {
        return {
            { u"title"_s, title },
            { u"description"_s, u"Read two whole numbers and print their sum."_s },
            { u"difficulty"_s, u"easy"_s },
            { u"language_ids"_s, QJsonArray { m_python, m_c } },
            { u"cpu_time_ms"_s, 2000 },
            { u"wall_time_ms"_s, 8000 },
            { u"test_cases"_s,
              QJsonArray { QJsonObject { { u"input"_s, u"2 3\n"_s },
                                         { u"expected_output"_s, u"5\n"_s },
                                         { u"is_sample"_s, true } },
                           QJsonObject { { u"input"_s, u"-7 7\n"_s },
                                         { u"expected_output"_s, u"0\n"_s },
                                         { u"is_sample"_s, false },
                                         { u"weight"_s, 2 } },
                           QJsonObject { { u"input"_s, u"1000000 2\n"_s },
                                         { u"expected_output"_s, u"1000002\n"_s },
                                         { u"is_sample"_s, false },
                                         { u"weight"_s, 3 } } } },
        };
    }

    /** Waits until the run or submission is judged; its final state. */
    QJsonObject judged(TestServer &server, qint64 id, const QString &token)
    {
        QJsonObject submission;
        for (int i = 0; i < 600; ++i) {
            const Reply reply = server.get(u"/api/v1/coding-submissions/%1"_s.arg(id), token);
            if (reply.status != 200)
                return {};
            submission = reply.json();
            if (submission[u"status"_s][u"id"_s].toInt() > 2)
                return submission;
            QTest::qWait(100);
        }
        return submission;
    }

    static QString verdict(const QJsonValue &object)
    {
        return object[u"status"_s][u"description"_s].toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_owner = m_server->createUser(Role::Employer);
        m_otherOwner = m_server->createUser(Role::Employer);
        m_talent = m_server->createUser(Role::Talent);
        m_stranger = m_server->createUser(Role::Talent);
        m_admin = m_server->createUser(Role::Admin);
        const Reply python = m_server->get(u"/api/v1/coding-languages/by-name/python%203"_s);
        QCOMPARE(python.status, 200);
        m_python = python.json()[u"id"_s].toInteger();
        const Reply c = m_server->get(u"/api/v1/coding-languages/by-name/C"_s);
        QCOMPARE(c.status, 200);
        m_c = c.json()[u"id"_s].toInteger();
    }
    void cleanupTestCase() { m_server.reset(); }

    void languagesCarryTheirCompilersVersions()
    {
        const Reply all = m_server->get(u"/api/v1/coding-languages"_s);
        QCOMPARE(all.status, 200);
        QStringList names;
        for (const QJsonValue &language : all.json()[u"data"_s].toArray()) {
            names.append(language[u"name"_s].toString());
            QVERIFY2(!language[u"version"_s].toString().isEmpty(),
                     qPrintable(language[u"name"_s].toString()));
            QVERIFY(!language[u"template"_s].toString().isEmpty());
        }
        QVERIFY(names.contains(u"C"_s));
        QVERIFY(names.contains(u"Python 3"_s));
        const Reply one = m_server->get(u"/api/v1/coding-languages/%1"_s.arg(m_c));
        QCOMPARE(one.status, 200);
        QVERIFY(one.json()[u"version"_s].toString().contains(u"gcc"_s));
        QCOMPARE(one.json()[u"compiled"_s].toBool(), true);
        QCOMPARE(m_server->get(u"/api/v1/coding-languages/999999"_s).status, 404);
        QCOMPARE(m_server->get(u"/api/v1/coding-languages/by-name/cobol"_s).status, 404);
    }

    void adminsAddLanguages()
    {
        const QJsonObject body {
            { u"name"_s, u"Python 3 (optimised)"_s },
            { u"file_name"_s, u"main.py"_s },
            { u"run_command"_s, QJsonArray { u"/usr/bin/python3"_s, u"-O"_s, u"main.py"_s } },
            { u"version_command"_s, QJsonArray { u"/usr/bin/python3"_s, u"--version"_s } }
        };
        QCOMPARE(m_server->post(u"/api/v1/coding-languages"_s, body).status, 401);
        QCOMPARE(m_server->post(u"/api/v1/coding-languages"_s, body, m_owner.token).status, 403);
        QJsonObject noRun = body;
        noRun.remove(u"run_command"_s);
        const Reply missing = m_server->post(u"/api/v1/coding-languages"_s, noRun, m_admin.token);
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.message().contains(u"run_command"_s));
        QJsonObject reaching = body;
        reaching.insert(u"read_only_paths"_s, QJsonArray { m_server->dataDir() });
        const Reply refused
                = m_server->post(u"/api/v1/coding-languages"_s, reaching, m_admin.token);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.message().contains(u"read_only_paths"_s));

        const Reply added = m_server->post(u"/api/v1/coding-languages"_s, body, m_admin.token);
        QCOMPARE(added.status, 201);
        QVERIFY(added.json()[u"version"_s].toString().startsWith(u"Python 3"_s));
        QCOMPARE(m_server->post(u"/api/v1/coding-languages"_s, body, m_admin.token).status, 409);
    }

    void companiesCreateChallenges()
    {
        QCOMPARE(m_server->post(u"/api/v1/coding-challenges"_s, challengeBody()).status, 401);
        QCOMPARE(m_server->post(u"/api/v1/coding-challenges"_s, challengeBody(), m_talent.token)
                         .status,
                 403);
        const Reply created
                = m_server->post(u"/api/v1/coding-challenges"_s, challengeBody(), m_owner.token);
        QCOMPARE(created.status, 201);
        const QJsonObject challenge = created.json();
        m_challenge = challenge[u"id"_s].toInteger();
        QCOMPARE(challenge[u"company_id"_s].toInteger(), *m_owner.companyId);
        QCOMPARE(challenge[u"test_cases"_s].toArray().size(), 3);
        QCOMPARE(challenge[u"sample_cases"_s].toInt(), 1);
        QCOMPARE(challenge[u"hidden_cases"_s].toInt(), 2);
        QCOMPARE(challenge[u"limits"_s][u"memory_mb"_s].toInt(), 128); // Judge0's default
        QCOMPARE(challenge[u"limits"_s][u"max_processes"_s].toInt(), 60);
        QCOMPARE(challenge[u"languages"_s].toArray().size(), 2);
    }

    void createNamesTheBadField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("title missing") << u"title"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("memory above the maximum") << u"memory_mb"_s << QJsonValue(100000);
        QTest::newRow("cpu too short") << u"cpu_time_ms"_s << QJsonValue(5);
        QTest::newRow("unknown language") << u"language_ids"_s << QJsonValue(QJsonArray { 999999 });
        QTest::newRow("no sample case")
                << u"test_cases"_s
                << QJsonValue(QJsonArray { QJsonObject { { u"expected_output"_s, u"1"_s } } });
        QTest::newRow("wall below cpu") << u"wall_time_ms"_s << QJsonValue(1000);
    }

    void createNamesTheBadField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body = challengeBody();
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const Reply reply = m_server->post(u"/api/v1/coding-challenges"_s, body, m_owner.token);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().contains(field), qPrintable(reply.message()));
    }

    void aCaseWithoutInputReadsNothing_data()
    {
        QTest::addColumn<QJsonValue>("input");
        QTest::newRow("left out") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    }

    void aCaseWithoutInputReadsNothing()
    {
        QFETCH(QJsonValue, input);
        QJsonObject testCase { { u"expected_output"_s, u"hello\n"_s }, { u"is_sample"_s, true } };
        if (!input.isUndefined())
            testCase.insert(u"input"_s, input);
        QJsonObject body = challengeBody(u"Say hello"_s);
        body.insert(u"test_cases"_s, QJsonArray { testCase });
        const Reply created = m_server->post(u"/api/v1/coding-challenges"_s, body, m_owner.token);
        QCOMPARE(created.status, 201);
        const QJsonArray cases = created.json()[u"test_cases"_s].toArray();
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases[0][u"input"_s].toString(), u""_s);
        QCOMPARE(m_server->del(u"/api/v1/coding-challenges/%1"_s.arg(
                                       created.json()[u"id"_s].toInteger()),
                               m_owner.token)
                         .status,
                 200);
    }

    void anotherCompanysChallengeIsNeverReached()
    {
        const QString path = u"/api/v1/coding-challenges/%1"_s.arg(m_challenge);
        QCOMPARE(m_server->get(path, m_otherOwner.token).status, 404);
        QCOMPARE(m_server->patch(path, QJsonObject { { u"title"_s, u"Taken over"_s } },
                                 m_otherOwner.token)
                         .status,
                 404);
        QCOMPARE(m_server->del(path, m_otherOwner.token).status, 404);
        QCOMPARE(m_server->get(path + u"/results"_s, m_otherOwner.token).status, 404);
        QCOMPARE(m_server->post(path + u"/invitations"_s,
                                QJsonObject { { u"emails"_s, QJsonArray { u"x@example.com"_s } } },
                                m_otherOwner.token)
                         .status,
                 404);
        const Reply list = m_server->get(u"/api/v1/coding-challenges"_s, m_otherOwner.token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json()[u"meta"_s][u"total"_s].toInt(), 0);
        // Nor by a talent who was not invited.
        QCOMPARE(m_server->get(path, m_stranger.token).status, 404);
        QCOMPARE(m_server->post(path + u"/runs"_s,
                                QJsonObject { { u"language_id"_s, m_python },
                                              { u"source_code"_s, u"print(5)"_s } },
                                m_stranger.token)
                         .status,
                 404);
    }

    void updatesKeepTheRules()
    {
        const QString path = u"/api/v1/coding-challenges/%1"_s.arg(m_challenge);
        const Reply bad
                = m_server->patch(path, QJsonObject { { u"wall_time_ms"_s, 500 } }, m_owner.token);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.message().contains(u"wall_time_ms"_s));
        // A challenge needs its title and description: an edit may leave them out, never blank
        // them.
        for (const QString &field : { u"title"_s, u"description"_s }) {
            for (const QString &blank : { u""_s, u"   "_s }) {
                const Reply blanked
                        = m_server->patch(path, QJsonObject { { field, blank } }, m_owner.token);
                QCOMPARE(blanked.status, 400);
                QCOMPARE(blanked.message(), field + u" should not be empty"_s);
            }
        }
        QCOMPARE(m_server->patch(path, QJsonObject { { u"title"_s, u"Sum"_s } }, m_talent.token)
                         .status,
                 403);
        const Reply renamed = m_server->patch(
                path,
                QJsonObject { { u"title"_s, u"Sum of two integers"_s }, { u"memory_mb"_s, 64 } },
                m_owner.token);
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json()[u"title"_s].toString(), u"Sum of two integers"_s);
        QCOMPARE(renamed.json()[u"limits"_s][u"memory_mb"_s].toInt(), 64);
        QCOMPARE(renamed.json()[u"test_cases"_s].toArray().size(), 3);
    }

    void invitationsOpenTheChallengeToTalents()
    {
        const QString path = u"/api/v1/coding-challenges/%1/invitations"_s.arg(m_challenge);
        const Reply bad = m_server->post(
                path, QJsonObject { { u"emails"_s, QJsonArray { u"not an address"_s } } },
                m_owner.token);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.message().contains(u"emails"_s));
        QCOMPARE(m_server->post(path, QJsonObject { { u"emails"_s, QJsonArray { m_talent.email } } })
                         .status,
                 401);
        const Reply sent = m_server->post(
                path, QJsonObject { { u"emails"_s, QJsonArray { m_talent.email.toUpper() } } },
                m_owner.token);
        QCOMPARE(sent.status, 201);
        const QString token = sent.json()[u"data"_s][0][u"token"_s].toString();
        QVERIFY(!token.isEmpty());
        const std::optional<Mail> mail = m_server->waitForMail(m_talent.email);
        QVERIFY(mail);
        QVERIFY(mail->text.contains(token));
        // The mailed link is a whole address, whether or not a public address is configured.
        const QString link = sent.json()[u"data"_s][0][u"link"_s].toString();
        QVERIFY2(link.startsWith(u"http://"_s) || link.startsWith(u"https://"_s), qPrintable(link));
        QVERIFY2(link.endsWith(u"/coding/invitation?token="_s + token), qPrintable(link));
        QVERIFY(mail->text.contains(link));

        // The link opens the challenge, its samples only; an altered link opens nothing.
        const Reply opened = m_server->get(u"/api/v1/coding-challenges/invitations/"_s + token);
        QCOMPARE(opened.status, 200);
        QCOMPARE(opened.json()[u"id"_s].toInteger(), m_challenge);
        QCOMPARE(opened.json()[u"test_cases"_s].toArray().size(), 1);
        QCOMPARE(opened.json()[u"hidden_cases"_s].toInt(), 2);
        QCOMPARE(opened.json()[u"invitation"_s][u"email"_s].toString(), m_talent.email.toLower());
        QString forged = token;
        forged.replace(0, token.indexOf(u'.'),
                       QString::number(token.section(u'.', 0, 0).toLongLong() + 1));
        QCOMPARE(m_server->get(u"/api/v1/coding-challenges/invitations/"_s + forged).status, 404);
        QCOMPARE(m_server->get(u"/api/v1/coding-challenges/invitations/garbage"_s).status, 404);

        // Signed in, the invited talent finds it and never sees a hidden case.
        const Reply one
                = m_server->get(u"/api/v1/coding-challenges/%1"_s.arg(m_challenge), m_talent.token);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json()[u"test_cases"_s].toArray().size(), 1);
        QVERIFY(!one.body.contains("1000002"));
        const Reply list = m_server->get(u"/api/v1/coding-challenges"_s, m_talent.token);
        QCOMPARE(list.json()[u"meta"_s][u"total"_s].toInt(), 1);
    }

    void runUsesTheSamplesInTheBackground()
    {
        const QString path = u"/api/v1/coding-challenges/%1/runs"_s.arg(m_challenge);
        const Reply bad = m_server->post(path, QJsonObject { { u"language_id"_s, m_python } },
                                         m_talent.token);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.message().contains(u"source_code"_s));
        const Reply queued = m_server->post(
                path,
                QJsonObject { { u"language_id"_s, m_python },
                              { u"source_code"_s,
                                u"a, b = map(int, input().split())\nprint(a + b)\n"_s } },
                m_talent.token);
        QCOMPARE(queued.status, 202);
        QVERIFY(verdict(queued.json()) == u"In Queue"_s || verdict(queued.json()) == u"Processing"_s
                || verdict(queued.json()) == u"Accepted"_s);
        const QJsonObject run
                = judged(*m_server, queued.json()[u"id"_s].toInteger(), m_talent.token);
        QCOMPARE(verdict(run), u"Accepted"_s);
        QCOMPARE(run[u"status"_s][u"id"_s].toInt(), 3);
        const QJsonArray cases = run[u"test_cases"_s].toArray();
        QCOMPARE(cases.size(), 1); // the sample only
        QCOMPARE(cases[0][u"stdout"_s].toString(), u"5\n"_s);
        QVERIFY(cases[0][u"memory_kb"_s].toInt() > 0);
        // Another talent cannot read it; another company neither.
        QCOMPARE(m_server->get(u"/api/v1/coding-submissions/%1"_s.arg(run[u"id"_s].toInteger()),
                               m_stranger.token)
                         .status,
                 404);
        QCOMPARE(m_server->get(u"/api/v1/coding-submissions/%1"_s.arg(run[u"id"_s].toInteger()),
                               m_otherOwner.token)
                         .status,
                 404);
    }

    void submissionsAreScoredAndHiddenCasesStayHidden()
    {
        const QString path = u"/api/v1/coding-challenges/%1/submissions"_s.arg(m_challenge);
        QCOMPARE(m_server->post(path,
                                QJsonObject { { u"language_id"_s, m_c },
                                              { u"source_code"_s, u"int main(){}"_s } },
                                m_owner.token)
                         .status,
                 403);
        // Wrong on the big case only: it prints a truncated sum.
        const Reply first = m_server->post(
                path,
                QJsonObject {
                        { u"language_id"_s, m_c },
                        { u"source_code"_s,
                          u"#include <stdio.h>\nint main(void){ int a, b; scanf(\"%d %d\", &a, "
                          u"&b); printf(\"%d\\n\", (a + b) % 1000000); return 0; }\n"_s } },
                m_talent.token);
        QCOMPARE(first.status, 202);
        const QJsonObject wrong
                = judged(*m_server, first.json()[u"id"_s].toInteger(), m_talent.token);
        QCOMPARE(verdict(wrong), u"Wrong Answer"_s);
        QCOMPARE(wrong[u"score"_s].toInt(), 3);
        QCOMPARE(wrong[u"max_score"_s].toInt(), 6);
        const QJsonArray cases = wrong[u"test_cases"_s].toArray();
        QCOMPARE(cases.size(), 3);
        for (const QJsonValue &testCase : cases) {
            if (testCase[u"is_sample"_s].toBool())
                continue;
            QVERIFY(!testCase.toObject().contains(u"stdout"_s));
            QVERIFY(!testCase.toObject().contains(u"input"_s));
            QVERIFY(!testCase.toObject().contains(u"expected_output"_s));
        }
        QVERIFY(!QJsonDocument(wrong).toJson().contains("1000002"));
        // The company sees every case's output.
        const Reply asCompany = m_server->get(
                u"/api/v1/coding-submissions/%1"_s.arg(wrong[u"id"_s].toInteger()), m_owner.token);
        QCOMPARE(asCompany.status, 200);
        QVERIFY(asCompany.body.contains("1000002"));

        const Reply second = m_server->post(
                path,
                QJsonObject { { u"language_id"_s, m_python },
                              { u"source_code"_s, u"print(sum(map(int, input().split())))\n"_s } },
                m_talent.token);
        const QJsonObject right
                = judged(*m_server, second.json()[u"id"_s].toInteger(), m_talent.token);
        QCOMPARE(verdict(right), u"Accepted"_s);
        QCOMPARE(right[u"score"_s].toInt(), 6);

        const Reply broken = m_server->post(
                path,
                QJsonObject { { u"language_id"_s, m_c }, { u"source_code"_s, u"int main( {"_s } },
                m_talent.token);
        const QJsonObject compile
                = judged(*m_server, broken.json()[u"id"_s].toInteger(), m_talent.token);
        QCOMPARE(verdict(compile), u"Compilation Error"_s);
        QVERIFY(!compile[u"compile_output"_s].toString().isEmpty());
    }

    void resultsShowTheBestAndTheLatest()
    {
        const QString path = u"/api/v1/coding-challenges/%1/results"_s.arg(m_challenge);
        QCOMPARE(m_server->get(path).status, 401);
        QCOMPARE(m_server->get(path, m_talent.token).status, 403);
        const Reply results = m_server->get(path, m_owner.token);
        QCOMPARE(results.status, 200);
        const QJsonArray rows = results.json()[u"data"_s].toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][u"user_id"_s].toInteger(), m_talent.id);
        QCOMPARE(rows[0][u"attempts"_s].toInt(), 3);
        QCOMPARE(rows[0][u"best"_s][u"score"_s].toInt(), 6);
        QCOMPARE(verdict(rows[0][u"latest"_s]), u"Compilation Error"_s);

        const QString one
                = u"/api/v1/coding-challenges/%1/results/%2"_s.arg(m_challenge).arg(m_talent.id);
        const Reply mine = m_server->get(one, m_owner.token);
        QCOMPARE(mine.status, 200);
        QVERIFY(mine.json()[u"best"_s][u"source"_s].toString().contains(u"sum(map"_s));
        QCOMPARE(m_server->get(one, m_talent.token).status, 200);
        QCOMPARE(m_server->get(one, m_stranger.token).status, 404);
        QCOMPARE(m_server->get(one, m_otherOwner.token).status, 404);

        const QString byUser = u"/api/v1/users/%1/coding-results"_s.arg(m_talent.id);
        const Reply talentsOwn = m_server->get(byUser, m_talent.token);
        QCOMPARE(talentsOwn.status, 200);
        QCOMPARE(talentsOwn.json()[u"meta"_s][u"total"_s].toInt(), 1);
        QCOMPARE(m_server->get(byUser, m_owner.token).json()[u"meta"_s][u"total"_s].toInt(), 1);
        // Another company sees none of them; another talent may not look.
        QCOMPARE(m_server->get(byUser, m_otherOwner.token).json()[u"meta"_s][u"total"_s].toInt(), 0);
        QCOMPARE(m_server->get(byUser, m_stranger.token).status, 404);
        QCOMPARE(m_server->get(byUser).status, 401);
    }

    void pastSubmissionsAreListedNewestFirst()
    {
        const QString path = u"/api/v1/coding-challenges/%1/submissions"_s.arg(m_challenge);
        QCOMPARE(m_server->get(path).status, 401);
        const Reply mine = m_server->get(path, m_talent.token);
        QCOMPARE(mine.status, 200);
        const QJsonArray all = mine.json()[u"data"_s].toArray();
        QCOMPARE(all.size(), 4); // one run, three submissions
        QCOMPARE(verdict(all[0]), u"Compilation Error"_s);
        QCOMPARE(all[0][u"kind"_s].toString(), u"submit"_s);
        QCOMPARE(all[0][u"language_id"_s].toInteger(), m_c);
        QCOMPARE(verdict(all[1]), u"Accepted"_s);
        QCOMPARE(all[1][u"score"_s].toInt(), 6);
        QCOMPARE(all[1][u"max_score"_s].toInt(), 6);
        QCOMPARE(all[3][u"kind"_s].toString(), u"run"_s);
        // A list, not the code nor the cases: those are the submission's own.
        QVERIFY(!all[1].toObject().contains(u"source"_s));
        QVERIFY(!all[1].toObject().contains(u"test_cases"_s));

        const Reply submitted = m_server->get(path + u"?kind=submit"_s, m_talent.token);
        QCOMPARE(submitted.json()[u"meta"_s][u"total"_s].toInt(), 3);
        const Reply bad = m_server->get(path + u"?kind=draft"_s, m_talent.token);
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.message().contains(u"kind"_s));

        // Another talent sees none of them; another company cannot reach the challenge.
        const Reply strangers = m_server->get(path, m_stranger.token);
        QCOMPARE(strangers.status, 200);
        QCOMPARE(strangers.json()[u"meta"_s][u"total"_s].toInt(), 0);
        QCOMPARE(m_server->get(path, m_otherOwner.token).status, 404);
        // Its company sees everyone's, or one talent's.
        const Reply company
                = m_server->get(path + u"?user_id=%1"_s.arg(m_talent.id), m_owner.token);
        QCOMPARE(company.status, 200);
        QCOMPARE(company.json()[u"meta"_s][u"total"_s].toInt(), 4);
        // Each row says who sent it and in which language.
        const QJsonObject newest = company.json()[u"data"_s][0].toObject();
        QCOMPARE(newest[u"talent"_s][u"email"_s].toString(), m_talent.email.toLower());
        QVERIFY(!newest[u"talent"_s][u"first_name"_s].toString().isEmpty());
        QCOMPARE(newest[u"language"_s][u"name"_s].toString(), u"C"_s);
        QCOMPARE(m_server->get(path + u"?user_id=%1"_s.arg(m_stranger.id), m_owner.token)
                         .json()[u"meta"_s][u"total"_s]
                         .toInt(),
                 0);
    }

    void invitationsShowWhereEachStands()
    {
        const QString path = u"/api/v1/coding-challenges/%1/invitations"_s.arg(m_challenge);
        QCOMPARE(m_server->post(path,
                                QJsonObject { { u"emails"_s,
                                                QJsonArray { m_stranger.email,
                                                             u"late@example.com"_s } } },
                                m_owner.token)
                         .status,
                 201);
        // The link sent to late@ ran out before anything came of it.
        Sql(m_server->context().db(),
            u"UPDATE coding_invitations SET expires_at = '2000-01-01T00:00:00.000Z' WHERE "
            u"email = 'late@example.com'"_s)
                .exec();
        QCOMPARE(m_server->get(path).status, 401);
        QCOMPARE(m_server->get(path, m_talent.token).status, 403);
        QCOMPARE(m_server->get(path, m_otherOwner.token).status, 404);
        const Reply listed = m_server->get(path, m_owner.token);
        QCOMPARE(listed.status, 200);
        QHash<QString, QString> states;
        for (const QJsonValue &invitation : listed.json()[u"data"_s].toArray())
            states.insert(invitation[u"email"_s].toString(), invitation[u"state"_s].toString());
        QCOMPARE(states.value(m_talent.email.toLower()), u"submitted"_s);
        QCOMPARE(states.value(m_stranger.email.toLower()), u"invited"_s);
        QCOMPARE(states.value(u"late@example.com"_s), u"expired"_s);
        const QJsonObject newest = listed.json()[u"data"_s][0].toObject();
        QCOMPARE(newest[u"email"_s].toString(), u"late@example.com"_s);
        QVERIFY(!newest.contains(u"talent"_s)); // no account has that address
    }

    void queuedRunsSurviveARestart()
    {
        // An instance with no workers only queues; another on the same database judges.
        TestServer queueOnly({ { u"sandbox/workers"_s, u"0"_s } });
        const TestUser owner = queueOnly.createUser(Role::Employer);
        const TestUser talent = queueOnly.createUser(Role::Talent);
        const qint64 python = queueOnly.get(u"/api/v1/coding-languages/by-name/Python%203"_s)
                                      .json()[u"id"_s]
                                      .toInteger();
        QJsonObject body = challengeBody();
        body.insert(u"language_ids"_s, QJsonArray { python });
        const qint64 challenge = queueOnly.post(u"/api/v1/coding-challenges"_s, body, owner.token)
                                         .json()[u"id"_s]
                                         .toInteger();
        QCOMPARE(queueOnly
                         .post(u"/api/v1/coding-challenges/%1/invitations"_s.arg(challenge),
                               QJsonObject { { u"emails"_s, QJsonArray { talent.email } } },
                               owner.token)
                         .status,
                 201);
        const Reply queued = queueOnly.post(
                u"/api/v1/coding-challenges/%1/submissions"_s.arg(challenge),
                QJsonObject { { u"language_id"_s, python }, { u"source_code"_s, u"print(5)"_s } },
                talent.token);
        QCOMPARE(queued.status, 202);
        QCOMPARE(verdict(queued.json()), u"In Queue"_s);
        QCOMPARE(queued.json()[u"queue_position"_s].toInt(), 1);
        const qint64 id = queued.json()[u"id"_s].toInteger();

        QHash<QString, QString> settings = queueOnly.sharedInstanceSettings();
        settings.insert(u"sandbox/workers"_s, u"1"_s);
        TestServer judge(settings);
        const QJsonObject done = judged(judge, id, talent.token);
        QCOMPARE(verdict(done), u"Wrong Answer"_s); // right on the sample only
        QCOMPARE(done[u"score"_s].toInt(), 1);
        QCOMPARE(done[u"passed_cases"_s].toInt(), 1);
    }

    void removedChallengesAreGone()
    {
        const QString path = u"/api/v1/coding-challenges/%1"_s.arg(m_challenge);
        QCOMPARE(m_server->del(path, m_talent.token).status, 403);
        QCOMPARE(m_server->del(path, m_owner.token).status, 200);
        QCOMPARE(m_server->get(path, m_owner.token).status, 404);
        QCOMPARE(m_server->get(path, m_talent.token).status, 404);
    }
};

QTEST_MAIN(TestCoding)
#include "tst_coding.moc"
