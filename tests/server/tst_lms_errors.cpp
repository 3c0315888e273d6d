// SPDX-License-Identifier: Apache-2.0
// What the learning routes refuse: Moodle's errors as clear answers, a site that does not answer,
// authoring a course on the built-in provider's routes while Moodle is in use, who may call which
// route, and the field bad input names.
#include "areas/lms.h"

#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestLmsErrors : public QObject, public LmsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    // Moodle's errors
    void moodleErrorsBecomeClearAnswers_data();
    void moodleErrorsBecomeClearAnswers();
    void unreachableMoodleIs502();
    void builtinAuthoringIsRefusedOnMoodle();

    // Who may
    void accessRules_data();
    void accessRules();
    void badInputNamesTheField_data();
    void badInputNamesTheField();
};

// ---- Moodle's errors ----

void TestLmsErrors::moodleErrorsBecomeClearAnswers_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("token refused") << u"invalidtoken"_s << 502 << u"token"_s;
    QTest::newRow("function not allowed") << u"accessexception"_s << 502 << u"functions"_s;
    QTest::newRow("record missing") << u"invalidrecord"_s << 404 << u"no such record"_s;
    QTest::newRow("parameter refused") << u"invalidparameter"_s << 400 << u"refused"_s;
}

void TestLmsErrors::moodleErrorsBecomeClearAnswers()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, says);
    const TestUser talent = talentOn(m_moodle);
    m_fake->failNext = code;
    const Reply answer = m_moodleServer->get(u"/api/v1/lms/courses"_s, talent.token);
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.message().contains(says), qPrintable(answer.message()));
    // The failure is over: the next call answers.
    QCOMPARE(m_moodleServer->get(u"/api/v1/lms/courses"_s, talent.token).status, 200);
    if (status >= 500) {
        const Reply log
                = m_moodleServer->get(u"/api/v1/lms/log?level=error"_s, m_moodle.superAdmin.token);
        QVERIFY(log.json().value(u"meta"_s).toObject().value(u"total"_s).toInt() >= 1);
    }
}

void TestLmsErrors::unreachableMoodleIs502()
{
    // A port that takes connections and never answers, and one where nobody listens.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    for (const QString &url :
         { u"http://127.0.0.1:%1"_s.arg(silent.serverPort()), u"http://127.0.0.1:1"_s }) {
        TestServer server({ { u"lms/provider"_s, u"moodle"_s },
                            { u"lms/moodle_url"_s, url },
                            { u"lms/moodle_token"_s, moodleToken },
                            { u"lms/timeout_seconds"_s, u"1"_s } });
        const TestUser talent = server.createUser(Role::Talent);
        const Reply answer = server.get(u"/api/v1/lms/courses"_s, talent.token);
        QCOMPARE(answer.status, 502);
        QVERIFY2(answer.message().contains(u"did not answer"_s), qPrintable(answer.message()));
    }
}

void TestLmsErrors::builtinAuthoringIsRefusedOnMoodle()
{
    const Reply refused = m_moodleServer->post(u"/api/v1/lms/courses"_s,
                                               QJsonObject { { u"category_id"_s, 1 },
                                                             { u"shortname"_s, u"NEW1"_s },
                                                             { u"fullname"_s, u"A new course"_s } },
                                               m_moodle.admin.token);
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.message().contains(u"moodle"_s));
    const Reply site = m_moodleServer->get(u"/api/v1/lms/site"_s, m_moodle.superAdmin.token);
    QCOMPARE(site.status, 200);
    QCOMPARE(site.json().value(u"sitename"_s).toString(), u"Fake Moodle"_s);
}

// ---- Who may ----

void TestLmsErrors::accessRules_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    const QJsonObject none;
    QTest::newRow("catalogue needs a token")
            << QByteArray("GET") << u"/api/v1/lms/courses"_s << u"nobody"_s << 401;
    QTest::newRow("talent cannot approve")
            << QByteArray("POST") << u"/api/v1/lms/enrolment-requests/1/approve"_s << u"talent"_s
            << 403;
    QTest::newRow("talent cannot list requests")
            << QByteArray("GET") << u"/api/v1/lms/enrolment-requests"_s << u"talent"_s << 403;
    QTest::newRow("talent cannot enrol others")
            << QByteArray("POST") << u"/api/v1/lms/enrolments"_s << u"talent"_s << 403;
    QTest::newRow("employer cannot ask to enrol")
            << QByteArray("POST") << u"/api/v1/lms/me/enrolment-requests"_s << u"employer"_s << 403;
    QTest::newRow("support cannot link users")
            << QByteArray("POST") << u"/api/v1/lms/users/talents"_s << u"support"_s << 403;
    QTest::newRow("talent cannot add courses")
            << QByteArray("POST") << u"/api/v1/lms/courses"_s << u"talent"_s << 403;
    QTest::newRow("no token for my requests")
            << QByteArray("GET") << u"/api/v1/lms/me/enrolment-requests"_s << u"nobody"_s << 401;
    QTest::newRow("employer has no requests of their own")
            << QByteArray("GET") << u"/api/v1/lms/me/enrolment-requests"_s << u"employer"_s << 403;
    QTest::newRow("no token for my courses")
            << QByteArray("GET") << u"/api/v1/lms/me/courses"_s << u"nobody"_s << 401;
}

void TestLmsErrors::accessRules()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(int, status);
    QJsonObject body;
    if (path.endsWith(u"/courses"_s) && method == "POST")
        body = { { u"category_id"_s, m_builtin.dataCategory },
                 { u"shortname"_s, u"NOPE1"_s },
                 { u"fullname"_s, u"Not allowed"_s } };
    if (path.endsWith(u"enrolment-requests"_s) && method == "POST")
        body = { { u"course_id"_s, m_builtin.dataCourse } };
    if (path.endsWith(u"/enrolments"_s))
        body = { { u"user_id"_s, m_talent.id }, { u"course_id"_s, m_builtin.dataCourse } };
    if (path.endsWith(u"/users/talents"_s))
        body = { { u"user_id"_s, m_talent.id } };
    const Reply reply
            = m_server->call(method, path, method == "GET" ? QJsonValue() : body, tokenOf(who));
    QCOMPARE(reply.status, status);
}

void TestLmsErrors::badInputNamesTheField_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("field");
    QTest::newRow("request without course")
            << QByteArray("POST") << u"/api/v1/lms/me/enrolment-requests"_s << QJsonObject()
            << u"talent"_s << u"course_id"_s;
    QTest::newRow("course id as text")
            << QByteArray("POST") << u"/api/v1/lms/me/enrolment-requests"_s
            << QJsonObject { { u"course_id"_s, u"two"_s } } << u"talent"_s << u"course_id"_s;
    QTest::newRow("enrol without user")
            << QByteArray("POST") << u"/api/v1/lms/enrolments"_s
            << QJsonObject { { u"course_id"_s, 1 } } << u"admin"_s << u"user_id"_s;
    QTest::newRow("course with a bad code") << QByteArray("POST") << u"/api/v1/lms/courses"_s
                                            << QJsonObject { { u"category_id"_s, 1 },
                                                             { u"shortname"_s, u"has spaces"_s },
                                                             { u"fullname"_s, u"Fine name"_s } }
                                            << u"admin"_s << u"shortname"_s;
    QTest::newRow("progress past 100")
            << QByteArray("PUT") << u"/api/v1/lms/courses/1/learners/1/progress"_s
            << QJsonObject { { u"progress"_s, 150 } } << u"admin"_s << u"progress"_s;
    QTest::newRow("bad status filter")
            << QByteArray("GET") << u"/api/v1/lms/enrolment-requests?status=maybe"_s
            << QJsonObject() << u"admin"_s << u"status"_s;
    QTest::newRow("bad status filter on my requests")
            << QByteArray("GET") << u"/api/v1/lms/me/enrolment-requests?status=maybe"_s
            << QJsonObject() << u"talent"_s << u"status"_s;
    QTest::newRow("by-email without email")
            << QByteArray("GET") << u"/api/v1/lms/enrolments/by-email"_s << QJsonObject()
            << u"admin"_s << u"email"_s;
}

void TestLmsErrors::badInputNamesTheField()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, who);
    QFETCH(QString, field);
    const Reply reply
            = m_server->call(method, path, method == "GET" ? QJsonValue() : body, tokenOf(who));
    QCOMPARE(reply.status, 400);
    QVERIFY2(namesMessage(reply, field), qPrintable(reply.message()));
}

QTEST_MAIN(TestLmsErrors)
#include "tst_lms_errors.moc"
