// SPDX-License-Identifier: Apache-2.0
// Attendance by QR code: sessions of a cohort, the rotating signed code (JSON, PNG, SVG), the
// check-in and check-out rules, the records with their filters and CSV, and a talent's own log.
#include "areas/cohorts.h"

#include "core/auth/keys.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "modules/attendance/attendancetoken.h"

#include <QDateTime>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
}

QJsonObject check(const QString &token, const QString &action = u"check_in"_s)
{
    return { { u"token"_s, token }, { u"action"_s, action } };
}

} // namespace

class TestAttendance : public QObject, public CohortsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }

    void sessionsAreScheduledByWhoRunsTheCohort();
    void codeIsShownByWhoRunsTheSession_data();
    void codeIsShownByWhoRunsTheSession();
    void codeComesAsJsonPngAndSvg();
    void aPhoneCameraOpensTheCheckInAddress();
    void checkInNeedsAFreshToken();
    void forgedOrRedirectedTokensAreRefused();
    void anotherCohortsSessionIsRefused();
    void checkOutNeedsACheckInAndHappensOnce();
    void endedSessionTakesNoCheckIns();
    void recordsAreFilteredAndExported();
    void talentSeesTheirOwnLog();

private:
    /** A session of @p cohort scheduled by the admin, running from an hour ago for two hours
     *  (or as given); its id. */
    qint64 newSession(qint64 cohort, qint64 startsIn = -3600, qint64 endsIn = 7200);
    /** The token the session's code shows now, as its runner (the admin) fetches it. */
    QString currentToken(qint64 session);
    /** A token for @p session signed with the server's key for the window @p windowsAgo before
     *  the current one. */
    QString tokenFrom(qint64 session, qint64 windowsAgo);

    qint64 m_cohortA = 0;
    qint64 m_cohortB = 0;
    TestUser m_instructorA;
    TestUser m_instructorB;
    QList<TestUser> m_classA;
    TestUser m_studentB;
};

void TestAttendance::initTestCase()
{
    startWithStaff();
    m_instructorA = newInstructor();
    m_instructorB = newInstructor();
    cast(u"instructor of the cohort"_s, m_instructorA);
    cast(u"instructor of another cohort"_s, m_instructorB);
    m_cohortA = newCohort(u"Cohort A"_s);
    m_cohortB = newCohort(u"Cohort B"_s);
    QVERIFY(m_cohortA > 0 && m_cohortB > 0);
    QVERIFY(addInstructor(m_cohortA, m_instructorA) && addInstructor(m_cohortB, m_instructorB));
    for (int i = 0; i < 5; ++i) {
        m_classA.append(m_server->createUser(Role::Talent));
        QVERIFY(addTalent(m_cohortA, m_classA.constLast()));
    }
    cast(u"talent of the cohort"_s, m_classA.at(0));
    m_studentB = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(m_cohortB, m_studentB));
}

qint64 TestAttendance::newSession(qint64 cohort, qint64 startsIn, qint64 endsIn)
{
    const Reply created = m_server->post(cohortPath(cohort, u"/sessions"_s),
                                         QJsonObject { { u"title"_s, u"Pivot tables"_s },
                                                       { u"starts_at"_s, isoIn(startsIn) },
                                                       { u"ends_at"_s, isoIn(endsIn) } },
                                         m_admin.token);
    return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
}

QString TestAttendance::currentToken(qint64 session)
{
    return m_server->get(u"/api/v1/attendance/sessions/%1/code"_s.arg(session), m_admin.token)
            .json()
            .value(u"token"_s)
            .toString();
}

QString TestAttendance::tokenFrom(qint64 session, qint64 windowsAgo)
{
    const qint64 now = attendancetoken::windowAt(QDateTime::currentSecsSinceEpoch());
    return attendancetoken::issue(m_server->context().keys->attendance, session, now - windowsAgo);
}

void TestAttendance::sessionsAreScheduledByWhoRunsTheCohort()
{
    const QJsonObject body { { u"title"_s, u"Lookups"_s },
                             { u"starts_at"_s, isoIn(3600) },
                             { u"ends_at"_s, isoIn(7200) } };
    const Reply byInstructor
            = m_server->post(cohortPath(m_cohortA, u"/sessions"_s), body, m_instructorA.token);
    QCOMPARE(byInstructor.status, 201);
    QCOMPARE(byInstructor.json().value(u"cohort_id"_s).toInteger(), m_cohortA);
    QCOMPARE(m_server->post(cohortPath(m_cohortA, u"/sessions"_s), body, m_instructorB.token).status,
             404);
    QCOMPARE(
            m_server->post(cohortPath(m_cohortA, u"/sessions"_s), body, m_classA.at(0).token).status,
            403);
    QCOMPARE(m_server->post(cohortPath(m_cohortA, u"/sessions"_s), body).status, 401);
    const Reply backwards = m_server->post(cohortPath(m_cohortA, u"/sessions"_s),
                                           QJsonObject { { u"title"_s, u"Backwards"_s },
                                                         { u"starts_at"_s, isoIn(7200) },
                                                         { u"ends_at"_s, isoIn(3600) } },
                                           m_admin.token);
    QCOMPARE(backwards.status, 400);
    QVERIFY(namesMessage(backwards, u"ends_at"_s));
    const Reply untitled = m_server->post(
            cohortPath(m_cohortA, u"/sessions"_s),
            QJsonObject { { u"starts_at"_s, isoIn(0) }, { u"ends_at"_s, isoIn(60) } },
            m_admin.token);
    QCOMPARE(untitled.status, 400);
    QVERIFY(namesMessage(untitled, u"title"_s));

    const Reply listed = m_server->get(cohortPath(m_cohortA, u"/sessions"_s), m_classA.at(1).token);
    QCOMPARE(listed.status, 200);
    QVERIFY(valuesOf(listed.json().value(u"data"_s), u"id"_s)
                    .contains(byInstructor.json().value(u"id"_s).toVariant().toString()));
    QCOMPARE(m_server->get(cohortPath(m_cohortA, u"/sessions"_s), m_studentB.token).status, 404);
}

void TestAttendance::codeIsShownByWhoRunsTheSession_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<int>("expected");
    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("the cohort's instructor") << u"instructor of the cohort"_s << 200;
    QTest::addRow("another cohort's instructor") << u"instructor of another cohort"_s << 404;
    QTest::addRow("a talent of the cohort") << u"talent of the cohort"_s << 403;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestAttendance::codeIsShownByWhoRunsTheSession()
{
    QFETCH(QString, caller);
    QFETCH(int, expected);
    const qint64 session = newSession(m_cohortA);
    QVERIFY(session > 0);
    QCOMPARE(m_server->get(u"/api/v1/attendance/sessions/%1/code"_s.arg(session), tokenOf(caller))
                     .status,
             expected);
}

void TestAttendance::codeComesAsJsonPngAndSvg()
{
    const qint64 session = newSession(m_cohortA);
    const QString path = u"/api/v1/attendance/sessions/%1/code"_s.arg(session);
    const Reply json = m_server->get(path, m_instructorA.token);
    QCOMPARE(json.status, 200);
    const QString token = json.json().value(u"token"_s).toString();
    QVERIFY(token.startsWith(QString::number(session) + u'.'));
    const int refresh = json.json().value(u"refresh_in_seconds"_s).toInt();
    QVERIFY(refresh >= 1 && refresh <= 30);
    QCOMPARE(json.header("Cache-Control"), QByteArray("no-store"));

    const Reply png = m_server->get(path + u"?format=png"_s, m_instructorA.token);
    QCOMPARE(png.status, 200);
    QCOMPARE(png.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(png.body.startsWith("\x89PNG\r\n\x1a\n"));
    const Reply svg = m_server->get(path + u"?format=svg"_s, m_instructorA.token);
    QCOMPARE(svg.status, 200);
    QCOMPARE(svg.header("Content-Type"), QByteArray("image/svg+xml"));
    QVERIFY(svg.body.startsWith("<svg"));
    QVERIFY(svg.body.contains("<path"));
    const Reply gif = m_server->get(path + u"?format=gif"_s, m_instructorA.token);
    QCOMPARE(gif.status, 400);
    QVERIFY(namesMessage(gif, u"format"_s));
    QCOMPARE(m_server->get(u"/api/v1/attendance/sessions/99999999/code"_s, m_admin.token).status,
             404);
}

void TestAttendance::aPhoneCameraOpensTheCheckInAddress()
{
    const qint64 session = newSession(m_cohortA);
    const QJsonObject code = m_server->get(u"/api/v1/attendance/sessions/%1/code"_s.arg(session),
                                           m_instructorA.token)
                                     .json();
    // The picture carries the portal's address, which a phone's camera app opens in the browser.
    const QString url = code.value(u"url"_s).toString();
    QCOMPARE(url, m_server->baseUrl() + u"/check-in?code="_s + code.value(u"token"_s).toString());
    // A scanner that reads the picture in an app sends the address as it is: it checks in too.
    const Reply byAddress
            = m_server->post(u"/api/v1/attendance/check"_s, check(url), m_classA.at(0).token);
    QCOMPARE(byAddress.status, 200);
    QCOMPARE(byAddress.json().value(u"session"_s).toObject().value(u"id"_s).toInteger(), session);
    // Another address with the code in it is not a check-in address.
    const Reply elsewhere = m_server->post(
            u"/api/v1/attendance/check"_s,
            check(u"https://elsewhere.example/?code="_s + code.value(u"token"_s).toString()),
            m_classA.at(1).token);
    QCOMPARE(elsewhere.status, 400);
}

void TestAttendance::checkInNeedsAFreshToken()
{
    const qint64 session = newSession(m_cohortA);
    const TestUser &talent = m_classA.at(0);
    // Two windows back: a picture taken a minute ago no longer works.
    const Reply stale = m_server->post(u"/api/v1/attendance/check"_s, check(tokenFrom(session, 2)),
                                       talent.token);
    QCOMPARE(stale.status, 422);
    QVERIFY(stale.message().startsWith(u"The code has expired"_s));
    const Reply future = m_server->post(u"/api/v1/attendance/check"_s,
                                        check(tokenFrom(session, -2)), talent.token);
    QCOMPARE(future.status, 422);
    // The previous window still counts, for a code scanned as it rotated.
    const Reply previous = m_server->post(u"/api/v1/attendance/check"_s,
                                          check(tokenFrom(session, 1)), m_classA.at(1).token);
    QCOMPARE(previous.status, 200);
    const Reply fresh = m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(session)),
                                       talent.token);
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.json().value(u"session"_s).toObject().value(u"id"_s).toInteger(), session);
    QCOMPARE(fresh.json().value(u"talent"_s).toObject().value(u"id"_s).toInteger(), talent.id);
    QVERIFY(fresh.json().value(u"checked_out_at"_s).isNull());
    const Reply missing
            = m_server->post(u"/api/v1/attendance/check"_s,
                             QJsonObject { { u"action"_s, u"check_in"_s } }, talent.token);
    QCOMPARE(missing.status, 400);
    QVERIFY(namesMessage(missing, u"token"_s));
    const Reply badAction = m_server->post(u"/api/v1/attendance/check"_s,
                                           check(currentToken(session), u"wave"_s), talent.token);
    QCOMPARE(badAction.status, 400);
    QVERIFY(namesMessage(badAction, u"action"_s));
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(session))).status,
             401);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(session)),
                            m_instructorA.token)
                     .status,
             403);
}

void TestAttendance::forgedOrRedirectedTokensAreRefused()
{
    const qint64 session = newSession(m_cohortA);
    const qint64 otherSession = newSession(m_cohortA);
    const QString token = currentToken(session);
    QStringList parts = token.split(u'.');
    QCOMPARE(parts.size(), 3);
    // The same signature replayed for another session of the cohort.
    parts[0] = QString::number(otherSession);
    const Reply redirected = m_server->post(u"/api/v1/attendance/check"_s, check(parts.join(u'.')),
                                            m_classA.at(2).token);
    QCOMPARE(redirected.status, 400);
    QVERIFY(namesMessage(redirected, u"token"_s));
    // A window moved forward by hand, to stretch a photo's life.
    parts = token.split(u'.');
    parts[1] = QString::number(parts.at(1).toLongLong() + 1);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(parts.join(u'.')),
                            m_classA.at(2).token)
                     .status,
             400);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(u"not-a-token"_s),
                            m_classA.at(2).token)
                     .status,
             400);
    // A token signed with another key, as another server would make it.
    const QString foreign
            = attendancetoken::issue(Keys::random(32), session,
                                     attendancetoken::windowAt(QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(foreign), m_classA.at(2).token)
                     .status,
             400);
    const Reply log = m_server->get(u"/api/v1/attendance/me"_s, m_classA.at(2).token);
    QCOMPARE(log.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(), 0);
}

void TestAttendance::anotherCohortsSessionIsRefused()
{
    const qint64 session = newSession(m_cohortA);
    const Reply outsider = m_server->post(u"/api/v1/attendance/check"_s,
                                          check(currentToken(session)), m_studentB.token);
    QCOMPARE(outsider.status, 403);
    QCOMPARE(outsider.message(), u"This session is for another cohort than yours"_s);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(session)),
                            m_talent.token)
                     .status,
             403);
}

void TestAttendance::checkOutNeedsACheckInAndHappensOnce()
{
    const qint64 session = newSession(m_cohortA);
    const TestUser &talent = m_classA.at(3);
    const Reply early = m_server->post(u"/api/v1/attendance/check"_s,
                                       check(currentToken(session), u"check_out"_s), talent.token);
    QCOMPARE(early.status, 422);
    QCOMPARE(early.message(), u"Check in to this session before checking out"_s);
    const QString token = currentToken(session);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(token), talent.token).status, 200);
    // The same code again, or a newer one: a second check-in is refused.
    const Reply replay = m_server->post(u"/api/v1/attendance/check"_s, check(token), talent.token);
    QCOMPARE(replay.status, 409);
    QCOMPARE(replay.message(), u"You have already checked in to this session"_s);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(session)),
                            talent.token)
                     .status,
             409);
    const Reply out = m_server->post(u"/api/v1/attendance/check"_s,
                                     check(currentToken(session), u"check_out"_s), talent.token);
    QCOMPARE(out.status, 200);
    QVERIFY(!out.json().value(u"checked_out_at"_s).isNull());
    QVERIFY(out.json().value(u"checked_out_at"_s).toString()
            >= out.json().value(u"checked_in_at"_s).toString());
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s,
                            check(currentToken(session), u"check_out"_s), talent.token)
                     .status,
             409);
    // Checking out also needs a code shown now.
    const qint64 other = newSession(m_cohortA);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(other)), talent.token)
                     .status,
             200);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s,
                            check(tokenFrom(other, 3), u"check_out"_s), talent.token)
                     .status,
             422);
}

void TestAttendance::endedSessionTakesNoCheckIns()
{
    const qint64 ended = newSession(m_cohortA, -7200, -3600);
    QVERIFY(ended > 0);
    const Reply code
            = m_server->get(u"/api/v1/attendance/sessions/%1/code"_s.arg(ended), m_admin.token);
    QCOMPARE(code.status, 422);
    const Reply late = m_server->post(u"/api/v1/attendance/check"_s, check(tokenFrom(ended, 0)),
                                      m_classA.at(4).token);
    QCOMPARE(late.status, 422);
    QCOMPARE(late.message(), u"The session has ended"_s);
}

void TestAttendance::recordsAreFilteredAndExported()
{
    const qint64 first = newSession(m_cohortA);
    const qint64 second = newSession(m_cohortA);
    const qint64 elsewhere = newSession(m_cohortB);
    const TestUser &ada = m_classA.at(4);
    const TestUser &bayo = m_classA.at(2);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(first)), ada.token)
                     .status,
             200);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(first)), bayo.token)
                     .status,
             200);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(second)), ada.token)
                     .status,
             200);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(elsewhere)),
                            m_studentB.token)
                     .status,
             200);

    auto total = [this](const QString &query, const QString &token) {
        return m_server->get(u"/api/v1/attendance/records"_s + query, token)
                .json()
                .value(u"meta"_s)
                .toObject()
                .value(u"total"_s)
                .toInt();
    };
    QCOMPARE(total(u"?session_id=%1"_s.arg(first), m_admin.token), 2);
    QCOMPARE(total(u"?session_id=%1&talent_id=%2"_s.arg(first).arg(ada.id), m_admin.token), 1);
    QCOMPARE(total(u"?talent_id=%1"_s.arg(ada.id), m_admin.token), 2);
    QCOMPARE(total(u"?cohort_id=%1&talent_id=%2"_s.arg(m_cohortB).arg(m_studentB.id), m_admin.token),
             1);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString longAgo = u"2020-01-01"_s;
    QCOMPARE(total(u"?talent_id=%1&date=%2"_s.arg(ada.id).arg(today), m_admin.token), 2);
    QCOMPARE(total(u"?talent_id=%1&date=%2"_s.arg(ada.id).arg(longAgo), m_admin.token), 0);
    // An instructor sees their own cohorts' records only, whatever the filter asks.
    QCOMPARE(total(u"?session_id=%1"_s.arg(first), m_instructorA.token), 2);
    QCOMPARE(total(u"?session_id=%1"_s.arg(first), m_instructorB.token), 0);
    QCOMPARE(total(u"?cohort_id=%1"_s.arg(m_cohortA), m_instructorB.token), 0);
    const Reply badDate
            = m_server->get(u"/api/v1/attendance/records?date=yesterday"_s, m_admin.token);
    QCOMPARE(badDate.status, 400);
    QVERIFY(namesMessage(badDate, u"date"_s));
    QCOMPARE(m_server->get(u"/api/v1/attendance/records"_s, ada.token).status, 403);
    QCOMPARE(m_server->get(u"/api/v1/attendance/records"_s).status, 401);

    // A name a spreadsheet would run as a formula is written as text; a number stays a number.
    Sql(m_server->context().db(),
        u"UPDATE users SET first_name = :first, last_name = :last WHERE id = :id"_s)
            .bind(u":first"_s, u"-1+1+cmd|'/c calc'!A0"_s)
            .bind(u":last"_s, u"-42"_s)
            .bind(u":id"_s, bayo.id)
            .exec();
    const Reply csv
            = m_server->get(u"/api/v1/attendance/records?format=csv&session_id=%1"_s.arg(first),
                            m_instructorA.token);
    QCOMPARE(csv.status, 200);
    QVERIFY2(csv.body.contains(",'-1+1+cmd|'/c calc'!A0,-42," + bayo.email.toUtf8()),
             csv.body.constData());
    QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
    const QStringList lines = QString::fromUtf8(csv.body).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             u"cohort,session,session_starts_at,first_name,last_name,email,checked_in_at,"
             u"checked_out_at"_s);
    QVERIFY(lines.at(1).contains(ada.email) || lines.at(2).contains(ada.email));
    QVERIFY(lines.at(1).startsWith(u"Cohort A,Pivot tables,"_s));
    const Reply foreignCsv
            = m_server->get(u"/api/v1/attendance/records?format=csv&session_id=%1"_s.arg(first),
                            m_instructorB.token);
    QCOMPARE(QString::fromUtf8(foreignCsv.body).split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 1);
}

void TestAttendance::talentSeesTheirOwnLog()
{
    const TestUser newcomer = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(m_cohortA, newcomer));
    const qint64 session = newSession(m_cohortA);
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(session)),
                            newcomer.token)
                     .status,
             200);
    const Reply log = m_server->get(u"/api/v1/attendance/me"_s, newcomer.token);
    QCOMPARE(log.status, 200);
    const QJsonArray records = log.json().value(u"data"_s).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(u"session"_s).toObject().value(u"id"_s).toInteger(),
             session);
    QCOMPARE(records.at(0).toObject().value(u"cohort"_s).toObject().value(u"name"_s).toString(),
             u"Cohort A"_s);
    QCOMPARE(m_server->get(u"/api/v1/attendance/me"_s, m_admin.token).status, 403);
    QCOMPARE(m_server->get(u"/api/v1/attendance/me"_s).status, 401);
}

QTEST_MAIN(TestAttendance)
#include "tst_attendance.moc"
