// SPDX-License-Identifier: Apache-2.0
// Cohorts driven as people would against the real server: a talent rating each instructor once
// per cohort (and told when a second rating is refused) and reading their own attendance log, and
// an instructor running the sessions of their cohort only.
#include "fixtures.h"
#include "pagetest.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>
#include <functional>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestCohortPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_admin = m_server->createUser(Role::Admin);
        connectClient();
    }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void aTalentRatesEachInstructorOncePerCohort()
    {
        const TestUser bisi = person(Role::Instructor, u"Bisi"_s, u"Adeyemi"_s);
        const TestUser kemi = person(Role::Instructor, u"Kemi"_s, u"Lawal"_s);
        const TestUser ada = person(Role::Talent, u"Ada"_s, u"Obi"_s);
        const TestUser classmate = m_server->createUser(Role::Talent);
        const qint64 cohort = newCohort(u"Spreadsheets, Saturday cohort"_s);
        QVERIFY(cohort > 0);
        for (const TestUser &instructor : { bisi, kemi })
            QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/instructors"_s.arg(cohort),
                                    QJsonObject { { u"instructor_id"_s, instructor.id } },
                                    m_admin.token)
                             .status,
                     201);
        for (const TestUser &talent : { ada, classmate })
            QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/talents"_s.arg(cohort),
                                    QJsonObject { { u"talent_id"_s, talent.id } }, m_admin.token)
                             .status,
                     201);
        // A classmate rated Bisi already.
        QCOMPARE(rate(cohort, bisi, classmate, 5), 201);

        logInAs(ada, u"talent"_s);
        show(u"TalentShell { objectName: \"shell\"; anchors.fill: parent; "
             "startSection: \"cohorts\" }"_s);
        QVERIFY(sectionNames().contains(u"cohorts"_s));
        QQuickItem *title = find(u"myCohortTitle"_s);
        QVERIFY(title);
        QTRY_COMPARE(title->property("text").toString(), u"Spreadsheets, Saturday cohort"_s);
        // Each instructor with their rating and how many gave it.
        const QString bisiRating = u"instructorRating_%1"_s.arg(bisi.id);
        QTRY_COMPARE(shownNow(bisiRating).toString(), rated(u"5"_s, 1));
        QCOMPARE(shownNow(u"instructorRating_%1"_s.arg(kemi.id)).toString(), u"Not rated yet"_s);
        // Nothing is sent before a number of stars is chosen.
        QVERIFY(!find(u"rate_%1"_s.arg(bisi.id))->isEnabled());

        // Ada gives Bisi four stars, with a word.
        click(find(u"star_%1_4"_s.arg(bisi.id)));
        type(u"rateComment_%1"_s.arg(bisi.id), u"Clear examples every week"_s);
        snapshot(u"talent-cohort-rate-instructor"_s);
        click(find(u"rate_%1"_s.arg(bisi.id)));
        QTRY_COMPARE(shownNow(u"yourRating_%1"_s.arg(bisi.id)).toString(),
                     u"You rated Bisi 4 of 5 for this cohort."_s);
        QTRY_COMPARE(shownNow(bisiRating).toString(), rated(u"4.5"_s, 2));
        QCOMPARE(shownNow(u"rateNotice"_s).toString(), u"Thank you: you rated Bisi 4 of 5."_s);
        // Rated once: nothing more to send for Bisi.
        QVERIFY(!shownNow(u"rate_%1"_s.arg(bisi.id)).isValid());
        QVERIFY(!shownNow(u"star_%1_1"_s.arg(bisi.id)).isValid());
        const QJsonObject given = instructor(bisi).value(u"rating"_s).toObject();
        QCOMPARE(given.value(u"count"_s).toInt(), 2);
        QCOMPARE(given.value(u"average"_s).toDouble(), 4.5);

        // Meanwhile Ada rated Kemi on another device: the second rating from here is refused,
        // said beside Kemi, and the rating she gave shows; her comment stays in its box.
        QCOMPARE(rate(cohort, kemi, ada, 3), 201);
        click(find(u"star_%1_5"_s.arg(kemi.id)));
        type(u"rateComment_%1"_s.arg(kemi.id), u"Answers every question"_s);
        click(find(u"rate_%1"_s.arg(kemi.id)));
        QTRY_COMPARE(shownNow(u"rateProblem_%1"_s.arg(kemi.id)).toString(),
                     u"You have already rated this instructor for this cohort"_s);
        QTRY_COMPARE(shownNow(u"yourRating_%1"_s.arg(kemi.id)).toString(),
                     u"You rated Kemi 3 of 5 for this cohort."_s);
        QTRY_COMPARE(shownNow(u"instructorRating_%1"_s.arg(kemi.id)).toString(), rated(u"3"_s, 1));
        QCOMPARE(instructor(kemi).value(u"rating"_s)[u"average"_s].toDouble(), 3.0);
        snapshot(u"talent-cohort-ratings"_s);
    }

    void aTalentReadsTheirAttendanceLog()
    {
        const TestUser tayo = person(Role::Talent, u"Tayo"_s, u"Bello"_s);
        const qint64 cohort = newCohort(u"Data analysis, evening cohort"_s);
        QVERIFY(cohort > 0);
        QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/talents"_s.arg(cohort),
                                QJsonObject { { u"talent_id"_s, tayo.id } }, m_admin.token)
                         .status,
                 201);

        // Before any session: what to do to be in the log.
        logInAs(tayo, u"talent"_s);
        show(u"MyCohortsPage { anchors.fill: parent }"_s);
        find(u"talentCohortTabs"_s)->setProperty("currentIndex", 1);
        QTRY_VERIFY(!shownWith(u"You have not checked in to any session yet"_s).isEmpty());
        closePage();

        // Week 1 attended start to end; week 2 checked in only.
        const qint64 week1 = newSession(cohort, u"Week 1: pivot tables"_s);
        const qint64 week2 = newSession(cohort, u"Week 2: lookups"_s);
        QVERIFY(week1 > 0 && week2 > 0);
        QCOMPARE(check(week1, tayo, u"check_in"_s), 200);
        QCOMPARE(check(week1, tayo, u"check_out"_s), 200);
        QCOMPARE(check(week2, tayo, u"check_in"_s), 200);

        logInAs(tayo, u"talent"_s);
        show(u"MyCohortsPage { anchors.fill: parent }"_s);
        find(u"talentCohortTabs"_s)->setProperty("currentIndex", 1);
        QTRY_COMPARE(allShown(u"attendanceRecord"_s).size(), 2);
        // Newest first, each with its cohort and times.
        const QList<QQuickItem *> records = allShown(u"attendanceRecord"_s);
        QCOMPARE(records.at(0)->property("title").toString(), u"Week 2: lookups"_s);
        QVERIFY2(records.at(0)
                         ->property("subtitle")
                         .toString()
                         .startsWith(u"Data analysis, evening cohort · in at "_s),
                 qPrintable(records.at(0)->property("subtitle").toString()));
        QVERIFY(records.at(0)->property("subtitle").toString().endsWith(u", not checked out"_s));
        QCOMPARE(records.at(1)->property("title").toString(), u"Week 1: pivot tables"_s);
        QVERIFY2(records.at(1)->property("subtitle").toString().contains(u", out at "_s),
                 qPrintable(records.at(1)->property("subtitle").toString()));
        snapshot(u"talent-attendance-log"_s);

        // A check-out made on the phone shows when the log is opened again.
        QCOMPARE(check(week2, tayo, u"check_out"_s), 200);
        find(u"talentCohortTabs"_s)->setProperty("currentIndex", 0);
        find(u"talentCohortTabs"_s)->setProperty("currentIndex", 1);
        QTRY_VERIFY(allShown(u"attendanceRecord"_s).size() == 2
                    && allShown(u"attendanceRecord"_s)
                               .at(0)
                               ->property("subtitle")
                               .toString()
                               .contains(u", out at "_s));
    }

    void anInstructorRunsTheSessionsOfTheirCohortOnly()
    {
        const TestUser instructor = person(Role::Instructor, u"Bisi"_s, u"Adeyemi"_s);
        const qint64 theirs = newCohort(u"Spreadsheets, Saturday cohort"_s);
        const qint64 other = newCohort(u"Networking, evening cohort"_s);
        QVERIFY(theirs > 0 && other > 0);
        QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/instructors"_s.arg(theirs),
                                QJsonObject { { u"instructor_id"_s, instructor.id } }, m_admin.token)
                         .status,
                 201);

        // A talent of the cohort rated them.
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/talents"_s.arg(theirs),
                                QJsonObject { { u"talent_id"_s, talent.id } }, m_admin.token)
                         .status,
                 201);
        QCOMPARE(m_server->post(u"/api/v1/cohorts/%1/instructors/%2/rating"_s.arg(theirs).arg(
                                        instructor.id),
                                QJsonObject { { u"rating"_s, 4 } }, talent.token)
                         .status,
                 201);

        logInAs(instructor, u"admin"_s);
        show(u"InstructorShell { objectName: \"shell\"; anchors.fill: parent; "
             "startSection: \"cohorts\" }"_s);
        QCOMPARE(sectionNames(), QStringList({ u"cohorts"_s, u"notifications"_s, u"chat"_s }));
        QQuickItem *title = find(u"cohortTitle"_s);
        QVERIFY(title);
        QTRY_COMPARE(title->property("text").toString(), u"Spreadsheets, Saturday cohort"_s);
        // Theirs only, and nothing of the admins' to do.
        QVERIFY(!shownTexts().contains(u"Networking, evening cohort"_s));
        QVERIFY(!shownNow(u"newCohort"_s).isValid());
        QVERIFY(!shownNow(u"editCohort"_s).isValid());

        // A session, and its code over the window for the room.
        type(u"sessionTitle"_s, u"Week 1: formulas"_s);
        click(find(u"scheduleSession"_s));
        QQuickItem *session = find(u"session"_s);
        QVERIFY(session);
        QTRY_COMPARE(session->property("title").toString(), u"Week 1: formulas"_s);
        const QJsonArray sessions
                = m_server->get(u"/api/v1/cohorts/%1/sessions"_s.arg(theirs), instructor.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        QCOMPARE(sessions.size(), 1);
        click(find(u"showCode"_s));
        QQuickItem *picture = find(u"codePicture"_s);
        QVERIFY(picture);
        QTRY_COMPARE(picture->property("status").toInt(), 1); // Image.Ready
        QTRY_VERIFY(shownNow(u"checkInAddress"_s).toString().contains(u"/check-in?code="_s));
        QTRY_COMPARE(shownNow(u"checkedInCount"_s).toString(), u"0"_s);
        snapshot(u"instructor-session-code"_s);
        click(find(u"closeCode"_s));

        // Their people: who teaches, how many learn; adding people is the admins'.
        find(u"cohortTabs"_s)->setProperty("currentIndex", 1);
        QQuickItem *teaching = find(u"cohortInstructors"_s);
        QVERIFY(teaching);
        QTRY_VERIFY2(teaching->property("text").toString().startsWith(
                             u"Bisi Adeyemi, rated 4 of 5 by 1 talent"_s),
                     qPrintable(teaching->property("text").toString()));
        QVERIFY(!shownNow(u"addInstructor"_s).isValid());
        QVERIFY(!shownNow(u"talentSearch"_s).isValid());
        snapshot(u"instructor-cohort-people"_s);
    }

private:
    /** An instructor's rating as the page words it: "Rated 4.5 of 5 by 2 talents" (the English
     *  plural forms are the client's translation file's). */
    static QString rated(const QString &average, int count)
    {
        return QCoreApplication::translate("MyCohortsPage", "Rated %1 of 5 by %n talent(s)",
                                           nullptr, count)
                .arg(average);
    }

    /** A cohort the admin starts; its id, or 0. */
    qint64 newCohort(const QString &name)
    {
        return m_server
                ->post(u"/api/v1/cohorts"_s,
                       QJsonObject { { u"name"_s, name },
                                     { u"start_date"_s, u"2026-09-05"_s },
                                     { u"end_date"_s, u"2026-12-12"_s } },
                       m_admin.token)
                .json()
                .value(u"id"_s)
                .toInteger();
    }

    /** A session of @p cohort running now; its id, or 0. */
    qint64 newSession(qint64 cohort, const QString &title)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Reply created = m_server->post(
                u"/api/v1/cohorts/%1/sessions"_s.arg(cohort),
                QJsonObject { { u"title"_s, title },
                              { u"starts_at"_s, now.addSecs(-3600).toString(Qt::ISODate) },
                              { u"ends_at"_s, now.addSecs(7200).toString(Qt::ISODate) } },
                m_admin.token);
        return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
    }

    /** @p talent checks in or out of @p session with the code shown now; the status. */
    int check(qint64 session, const TestUser &talent, const QString &action)
    {
        const QString token = m_server->get(u"/api/v1/attendance/sessions/%1/code"_s.arg(session),
                                            m_admin.token)
                                      .json()
                                      .value(u"token"_s)
                                      .toString();
        return m_server
                ->post(u"/api/v1/attendance/check"_s,
                       QJsonObject { { u"token"_s, token }, { u"action"_s, action } }, talent.token)
                .status;
    }

    int rate(qint64 cohort, const TestUser &instructor, const TestUser &talent, int stars)
    {
        return m_server
                ->post(u"/api/v1/cohorts/%1/instructors/%2/rating"_s.arg(cohort).arg(instructor.id),
                       QJsonObject { { u"rating"_s, stars } }, talent.token)
                .status;
    }

    QJsonObject instructor(const TestUser &who)
    {
        return m_server->get(u"/api/v1/instructors/%1"_s.arg(who.id), m_admin.token).json();
    }

    /** Every visible item named @p name, top to bottom (PageTest's are in the order drawn). */
    QList<QQuickItem *> allShown(const QString &name)
    {
        QList<QQuickItem *> found = PageTest::allShown(name);
        std::sort(found.begin(), found.end(), [](QQuickItem *a, QQuickItem *b) {
            return a->mapToScene({}).y() < b->mapToScene({}).y();
        });
        return found;
    }

    TestUser m_admin;
};

QTEST_MAIN(TestCohortPages)
#include "tst_pages_cohorts.moc"
