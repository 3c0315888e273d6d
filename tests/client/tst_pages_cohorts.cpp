// SPDX-License-Identifier: Apache-2.0
// A talent's side of cohorts, driven as a person would against the real server: rating each
// instructor once per cohort (and told when a second rating is refused), and reading their own
// attendance log.
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

private:
    /** An instructor's rating as the page words it: "Rated 4.5 of 5 by 2 talents" (the English
     *  plural forms are the client's translation file's). */
    static QString rated(const QString &average, int count)
    {
        return QCoreApplication::translate("MyCohortsPage", "Rated %1 of 5 by %n talent(s)",
                                           nullptr, count)
                .arg(average);
    }

    /** An account of @p role with a name people read. */
    TestUser person(Role role, const QString &first, const QString &last)
    {
        TestUser user = m_server->createUser(role);
        Sql(m_server->context().db(),
            u"UPDATE users SET first_name = :first, last_name = :last WHERE id = :id"_s)
                .bind(u":first"_s, first)
                .bind(u":last"_s, last)
                .bind(u":id"_s, user.id)
                .exec();
        return user;
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

    /** The first text shown that holds @p part; empty when none does. */
    QString shownWith(const QString &part)
    {
        const QStringList texts = shownTexts();
        for (const QString &text : texts) {
            if (text.contains(part))
                return text;
        }
        return {};
    }

    /** Every visible item named @p name, top to bottom as they are drawn. */
    QList<QQuickItem *> allShown(const QString &name)
    {
        QList<QQuickItem *> found;
        const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (!item->isVisible())
                return;
            if (item->objectName() == name)
                found.append(item);
            const QList<QQuickItem *> children = item->childItems();
            for (QQuickItem *child : children)
                walk(child);
        };
        walk(m_window->contentItem());
        std::sort(found.begin(), found.end(), [](QQuickItem *a, QQuickItem *b) {
            return a->mapToScene({}).y() < b->mapToScene({}).y();
        });
        return found;
    }

    TestUser m_admin;
};

QTEST_MAIN(TestCohortPages)
#include "tst_pages_cohorts.moc"
