// SPDX-License-Identifier: Apache-2.0
// Attendance by QR code: sessions of a cohort, the rotating signed code (JSON, PNG, SVG), the
// check-in and check-out rules, the records with their filters and CSV, and a talent's own log.
#include "areas/cohorts.h"

#include "core/auth/keys.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "modules/attendance/attendancetoken.h"
#include "modules/attendance/stationpass.h"

#include <QDateTime>
#include <QtTest>

#include <sodium.h>

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
    void stationKeyIsForWhoRunsSessions();
    void offlineCodeVerifiesWithThePublicKey();
    void stationUploadAppliesEachRuleRowByRow();
    void stationUploadReplayedChangesNothing();
    void stationUploadIsForWhoRunsTheSession();

private:
    /** A session of @p cohort scheduled by the admin, running from an hour ago for two hours
     *  (or as given); its id. */
    qint64 newSession(qint64 cohort, qint64 startsIn = -3600, qint64 endsIn = 7200);
    /** The token the session's code shows now, as its runner (the admin) fetches it. */
    QString currentToken(qint64 session);
    /** A token for @p session signed with the server's key for the window @p windowsAgo before
     *  the current one. */
    QString tokenFrom(qint64 session, qint64 windowsAgo);
    /** The offline code of @p session as the server gives it to its runner (the admin). */
    QString offlineCode(qint64 session);
    /** A station's row: @p talent did @p action at @p secondsFromNow, with @p payload. */
    static QJsonObject stationRow(const TestUser &talent, qint64 session, const QString &payload,
                                  qint64 secondsFromNow, const QString &action = u"check_in"_s);

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

QString TestAttendance::offlineCode(qint64 session)
{
    return m_server
            ->get(u"/api/v1/attendance/sessions/%1/offline-code"_s.arg(session), m_admin.token)
            .json()
            .value(u"payload"_s)
            .toString();
}

QJsonObject TestAttendance::stationRow(const TestUser &talent, qint64 session,
                                       const QString &payload, qint64 secondsFromNow,
                                       const QString &action)
{
    return { { u"talent_id"_s, talent.id },
             { u"session_id"_s, session },
             { u"action"_s, action },
             { u"at"_s, isoIn(secondsFromNow) },
             { u"payload"_s, payload } };
}

void TestAttendance::stationKeyIsForWhoRunsSessions()
{
    const Reply key = m_server->get(u"/api/v1/attendance/station-key"_s, m_instructorA.token);
    QCOMPARE(key.status, 200);
    QCOMPARE(key.json().value(u"algorithm"_s).toString(), u"Ed25519"_s);
    const QByteArray publicKey
            = QByteArray::fromBase64(key.json().value(u"public_key"_s).toString().toLatin1());
    QCOMPARE(publicKey.size(), qsizetype(crypto_sign_PUBLICKEYBYTES));
    // The same key for everyone who runs sessions, and across calls: stations keep it.
    QCOMPARE(m_server->get(u"/api/v1/attendance/station-key"_s, m_admin.token)
                     .json()
                     .value(u"public_key"_s),
             key.json().value(u"public_key"_s));
    QCOMPARE(m_server->get(u"/api/v1/attendance/station-key"_s, m_classA.at(0).token).status, 403);
    QCOMPARE(m_server->get(u"/api/v1/attendance/station-key"_s).status, 401);
}

void TestAttendance::offlineCodeVerifiesWithThePublicKey()
{
    const qint64 session = newSession(m_cohortA);
    const Reply code = m_server->get(u"/api/v1/attendance/sessions/%1/offline-code"_s.arg(session),
                                     m_instructorA.token);
    QCOMPARE(code.status, 200);
    const QString payload = code.json().value(u"payload"_s).toString();
    // What a station does with the public key alone: the signature covers the text before it.
    const QByteArray publicKey = QByteArray::fromBase64(
            m_server->get(u"/api/v1/attendance/station-key"_s, m_admin.token)
                    .json()
                    .value(u"public_key"_s)
                    .toString()
                    .toLatin1());
    const qsizetype dot = payload.lastIndexOf(u'.');
    const QByteArray message = payload.left(dot).toLatin1();
    const QByteArray signature = QByteArray::fromBase64(payload.mid(dot + 1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding);
    QCOMPARE(signature.size(), qsizetype(crypto_sign_BYTES));
    QCOMPARE(crypto_sign_verify_detached(
                     reinterpret_cast<const unsigned char *>(signature.constData()),
                     reinterpret_cast<const unsigned char *>(message.constData()),
                     size_t(message.size()),
                     reinterpret_cast<const unsigned char *>(publicKey.constData())),
             0);
    const QStringList parts = QString::fromLatin1(message).split(u'.');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(1).toLongLong(), session);
    // The window: the session, and a quarter of an hour before it for early arrivals.
    const qint64 from = parts.at(2).toLongLong();
    const qint64 until = parts.at(3).toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(qAbs(from - (now - 3600 - 900)) < 5);
    QVERIFY(qAbs(until - (now + 7200)) < 5);
    QCOMPARE(QDateTime::fromString(code.json().value(u"valid_until"_s).toString(), Qt::ISODate)
                     .toSecsSinceEpoch(),
             until);
    // As a QR code, for the station's camera.
    const Reply png = m_server->get(
            u"/api/v1/attendance/sessions/%1/offline-code?format=png"_s.arg(session), m_admin.token);
    QCOMPARE(png.status, 200);
    QVERIFY(png.body.startsWith("\x89PNG"));
    // Not for a talent, nor for another cohort's instructor.
    QCOMPARE(m_server->get(u"/api/v1/attendance/sessions/%1/offline-code"_s.arg(session),
                           m_classA.at(0).token)
                     .status,
             403);
    QCOMPARE(m_server->get(u"/api/v1/attendance/sessions/%1/offline-code"_s.arg(session),
                           m_instructorB.token)
                     .status,
             404);
}

void TestAttendance::stationUploadAppliesEachRuleRowByRow()
{
    const TestUser present = m_server->createUser(Role::Talent);
    const TestUser neverIn = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(m_cohortA, present) && addTalent(m_cohortA, neverIn));
    const qint64 session = newSession(m_cohortA);
    const qint64 otherSession = newSession(m_cohortA);
    const QString payload = offlineCode(session);
    QVERIFY(payload.startsWith(u"wnatt1."_s));

    // Signed by someone else's key: a station must not take it, nor the server.
    unsigned char otherPublic[crypto_sign_PUBLICKEYBYTES];
    QByteArray otherSecret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(otherPublic, reinterpret_cast<unsigned char *>(otherSecret.data()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const stationpass::Pass pass { session, now - 4 * 3600, now + 7200 };
    const QString forged = stationpass::issue(otherSecret, pass);
    // The server's own key, but a window that ended an hour ago.
    const QString expired = stationpass::issue(m_server->context().keys->stationSecret,
                                               { session, now - 3 * 3600, now - 3600 });
    QString altered = payload;
    altered[altered.indexOf(u'.') + 1]
            = altered.at(altered.indexOf(u'.') + 1) == u'9' ? u'8' : u'9';

    const QJsonArray rows {
        stationRow(present, session, payload, -600), // 0: in
        stationRow(neverIn, session, forged, -600), // 1: forged signature
        stationRow(neverIn, session, altered, -600), // 2: a number changed after signing
        stationRow(neverIn, otherSession, payload, -600), // 3: another session's code
        stationRow(neverIn, session, expired, -300), // 4: after the code's window
        stationRow(present, session, payload, -500), // 5: a second check-in
        stationRow(neverIn, session, payload, -400, u"check_out"_s), // 6: out, never in
        stationRow(m_studentB, session, payload, -400), // 7: another cohort's talent
        stationRow(present, session, payload, -700, u"check_out"_s), // 8: out before in
        stationRow(present, session, payload, 3600), // 9: in the future
        stationRow(present, session, payload, -60, u"check_out"_s), // 10: out
        stationRow(present, session, payload, -30, u"check_out"_s), // 11: out again
    };
    const Reply uploaded
            = m_server->post(u"/api/v1/attendance/station-uploads"_s,
                             QJsonObject { { u"checkins"_s, rows } }, m_instructorA.token);
    QCOMPARE(uploaded.status, 200);
    const QJsonArray results = uploaded.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), rows.size());
    const QStringList expected {
        u""_s,
        u"The code's signature is not this server's"_s,
        u"The code's signature is not this server's"_s,
        u"The code is another session's"_s,
        u"The time is outside the code's window"_s,
        u"The talent has already checked in to this session"_s,
        u"Check in to this session before checking out"_s,
        u"The talent is not in this session's cohort"_s,
        u"The check-out is before the check-in"_s,
        u"The time is in the future"_s,
        u""_s,
        u"The talent has already checked out of this session"_s,
    };
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        QCOMPARE(result.value(u"index"_s).toInteger(), i);
        QCOMPARE(result.value(u"status"_s).toString(),
                 expected.at(i).isEmpty() ? u"accepted"_s : u"refused"_s);
        QCOMPARE(result.value(u"reason"_s).toString(), expected.at(i));
    }
    QCOMPARE(uploaded.json().value(u"accepted"_s).toInt(), 2);
    QCOMPARE(uploaded.json().value(u"refused"_s).toInt(), 10);

    // The record holds the station's times, not the upload's.
    const QJsonArray records
            = m_server->get(u"/api/v1/attendance/records?session_id=%1"_s.arg(session),
                            m_admin.token)
                      .json()
                      .value(u"data"_s)
                      .toArray();
    QCOMPARE(records.size(), 1);
    const QJsonObject record = records.at(0).toObject();
    QCOMPARE(record[u"talent"_s][u"id"_s].toInteger(), present.id);
    QCOMPARE(record.value(u"id"_s).toInteger(),
             results.at(0).toObject().value(u"record_id"_s).toInteger());
    QCOMPARE(QDateTime::fromString(record.value(u"checked_in_at"_s).toString(), Qt::ISODate)
                     .toSecsSinceEpoch(),
             QDateTime::fromString(rows.at(0)[u"at"_s].toString(), Qt::ISODate).toSecsSinceEpoch());
    QCOMPARE(QDateTime::fromString(record.value(u"checked_out_at"_s).toString(), Qt::ISODate)
                     .toSecsSinceEpoch(),
             QDateTime::fromString(rows.at(10)[u"at"_s].toString(), Qt::ISODate).toSecsSinceEpoch());

    // Bad input names its field.
    const Reply bad = m_server->post(
            u"/api/v1/attendance/station-uploads"_s,
            QJsonObject { { u"checkins"_s,
                            QJsonArray { QJsonObject { { u"talent_id"_s, present.id },
                                                       { u"session_id"_s, session },
                                                       { u"action"_s, u"check_in"_s },
                                                       { u"at"_s, u"yesterday"_s } } } } },
            m_admin.token);
    QCOMPARE(bad.status, 400);
    QVERIFY(namesMessage(bad, u"checkins[0].at"_s));
    QVERIFY(namesMessage(bad, u"checkins[0].payload"_s));
}

void TestAttendance::stationUploadReplayedChangesNothing()
{
    const TestUser first = m_server->createUser(Role::Talent);
    const TestUser second = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(m_cohortA, first) && addTalent(m_cohortA, second));
    const qint64 session = newSession(m_cohortA);
    const QString payload = offlineCode(session);
    const QJsonObject batch {
        { u"checkins"_s,
          QJsonArray { stationRow(first, session, payload, -900),
                       stationRow(second, session, payload, -800),
                       stationRow(first, session, payload, -100, u"check_out"_s) } }
    };
    const Reply once
            = m_server->post(u"/api/v1/attendance/station-uploads"_s, batch, m_admin.token);
    QCOMPARE(once.status, 200);
    QCOMPARE(once.json().value(u"accepted"_s).toInt(), 3);
    // The station did not hear the answer and sends the batch again: the same answer, the same
    // records, nothing twice.
    const Reply again
            = m_server->post(u"/api/v1/attendance/station-uploads"_s, batch, m_admin.token);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), once.json());
    const Reply records = m_server->get(u"/api/v1/attendance/records?session_id=%1"_s.arg(session),
                                        m_admin.token);
    QCOMPARE(records.json().value(u"data"_s).toArray().size(), 2);
    // Someone who checked in by the rotating code meanwhile is not checked in twice.
    const TestUser third = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(m_cohortA, third));
    QCOMPARE(m_server->post(u"/api/v1/attendance/check"_s, check(currentToken(session)), third.token)
                     .status,
             200);
    const Reply late = m_server->post(
            u"/api/v1/attendance/station-uploads"_s,
            QJsonObject {
                    { u"checkins"_s, QJsonArray { stationRow(third, session, payload, -1200) } } },
            m_admin.token);
    QCOMPARE(late.json().value(u"results"_s)[0][u"reason"_s].toString(),
             u"The talent has already checked in to this session"_s);
}

void TestAttendance::stationUploadIsForWhoRunsTheSession()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    QVERIFY(addTalent(m_cohortA, talent));
    const qint64 session = newSession(m_cohortA);
    const QJsonObject batch {
        { u"checkins"_s, QJsonArray { stationRow(talent, session, offlineCode(session), -60) } }
    };
    // Another cohort's instructor: the session is not theirs to record.
    const Reply foreign
            = m_server->post(u"/api/v1/attendance/station-uploads"_s, batch, m_instructorB.token);
    QCOMPARE(foreign.status, 200);
    QCOMPARE(foreign.json().value(u"results"_s)[0][u"reason"_s].toString(), u"Session not found"_s);
    QCOMPARE(m_server->post(u"/api/v1/attendance/station-uploads"_s, batch, talent.token).status,
             403);
    QCOMPARE(m_server->post(u"/api/v1/attendance/station-uploads"_s, batch).status, 401);
    QCOMPARE(m_server->get(u"/api/v1/attendance/records?session_id=%1"_s.arg(session), m_admin.token)
                     .json()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
             0);
}

QTEST_MAIN(TestAttendance)
#include "tst_attendance.moc"
