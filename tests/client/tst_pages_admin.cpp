// SPDX-License-Identifier: Apache-2.0
// An admin's pages driven against the real server: a testimonial approved, a cohort started and
// edited, instructors and talents put in it, and a session's code shown to the room with the
// check-ins counted and saved as CSV.
#include "accountspagetest.h"

#include <QFile>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestAdminPages : public AccountsPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

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
};

QTEST_MAIN(TestAdminPages)
#include "tst_pages_admin.moc"
