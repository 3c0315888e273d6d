// SPDX-License-Identifier: Apache-2.0
// Learning through either LMS: the same tests run against the built-in provider and against a
// Moodle site faked in this process (it speaks Moodle's REST wire format and keeps its state):
// the catalogue, LMS users made once, enrolment requests with their approval, direct enrolment,
// and completion flowing back as a verified course.
#include "areas/lms.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestLms : public QObject, public LmsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    // The catalogue
    void catalogueListsTheProvidersCourses_data() { sides(); }
    void catalogueListsTheProvidersCourses();
    void unknownCourseIs404_data() { sides(); }
    void unknownCourseIs404();

    // LMS users
    void talentGetsOneLmsUser_data() { sides(); }
    void talentGetsOneLmsUser();
    void existingMoodleUserIsFoundByEmail();
    void employerDoorRefusesATalent_data() { sides(); }
    void employerDoorRefusesATalent();

    // Requests and enrolment
    void requestIsApprovedAndTheTalentEnrolled_data() { sides(); }
    void requestIsApprovedAndTheTalentEnrolled();
    void declineNeedsAReasonTheTalentReads_data() { sides(); }
    void declineNeedsAReasonTheTalentReads();
    void directEnrolmentIsIdempotent_data() { sides(); }
    void directEnrolmentIsIdempotent();
    void talentSeesOnlyTheirOwnRequest_data() { sides(); }
    void talentSeesOnlyTheirOwnRequest();

    // Completion
    void completedCourseIsRecordedAsVerified_data() { sides(); }
    void completedCourseIsRecordedAsVerified();

private:
    void sides();
    Side &side();
    /** The talent's request for @p course on @p side; its id. */
    qint64 request(const Side &side, const TestUser &talent, qint64 course);
    QJsonArray inbox(const Side &side, const TestUser &user);
    qint64 verifiedCourses(const Side &side, qint64 userId);
};

void TestLms::sides()
{
    QTest::addColumn<QString>("provider");
    QTest::newRow("builtin") << u"builtin"_s;
    QTest::newRow("moodle") << u"moodle"_s;
}

Side &TestLms::side()
{
    QFETCH(QString, provider);
    return provider == u"moodle"_s ? m_moodle : m_builtin;
}

qint64 TestLms::request(const Side &side, const TestUser &talent, qint64 course)
{
    const Reply made = side.server->post(
            u"/api/v1/lms/me/enrolment-requests"_s,
            QJsonObject { { u"course_id"_s, course }, { u"note"_s, u"For my new role"_s } },
            talent.token);
    if (made.status != 201)
        qWarning() << "request not made:" << made.status << made.body;
    return made.json().value(u"id"_s).toInteger();
}

QJsonArray TestLms::inbox(const Side &side, const TestUser &user)
{
    return side.server->get(u"/api/v1/notifications?limit=100"_s, user.token)
            .json()
            .value(u"data"_s)
            .toArray();
}

qint64 TestLms::verifiedCourses(const Side &side, qint64 userId)
{
    return Sql(side.server->context().db(),
               u"SELECT COUNT(*) AS n FROM talent_verified_courses WHERE user_id = :user"_s)
            .bind(u":user"_s, userId)
            .single()
            .id(u"n"_s);
}

// ---- The catalogue ----

void TestLms::catalogueListsTheProvidersCourses()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    const Reply all = s.server->get(u"/api/v1/lms/courses"_s, talent.token);
    QCOMPARE(all.status, 200);
    // The site's front page (Moodle's course 1) is not a course.
    QCOMPARE(valueSet(all.json().value(u"data"_s), u"shortname"_s),
             (QSet<QString> { u"DATA101"_s, u"WEB201"_s }));
    QCOMPARE(all.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(), 2);

    const Reply searched = s.server->get(u"/api/v1/lms/courses?q=qt"_s, talent.token);
    QCOMPARE(valuesOf(searched.json().value(u"data"_s), u"shortname"_s),
             QStringList { u"WEB201"_s });
    const Reply inCategory = s.server->get(
            u"/api/v1/lms/courses?category_id=%1"_s.arg(s.dataCategory), talent.token);
    QCOMPARE(valuesOf(inCategory.json().value(u"data"_s), u"shortname"_s),
             QStringList { u"DATA101"_s });

    const Reply categories = s.server->get(u"/api/v1/lms/categories"_s, talent.token);
    QCOMPARE(valueSet(categories.json().value(u"data"_s), u"name"_s),
             (QSet<QString> { u"Data"_s, u"Software"_s }));
    const QJsonObject data
            = findBy(categories.json().value(u"data"_s).toArray(), u"name"_s, u"Data"_s);
    QCOMPARE(data.value(u"course_count"_s).toInt(), 1);

    const Reply catalogue = s.server->get(u"/api/v1/lms/catalogue"_s, talent.token);
    const QJsonObject software
            = findBy(catalogue.json().value(u"data"_s).toArray(), u"name"_s, u"Software"_s);
    QCOMPARE(valuesOf(software.value(u"courses"_s), u"fullname"_s),
             QStringList { u"Web development with Qt"_s });

    const Reply one = s.server->get(u"/api/v1/lms/courses/%1"_s.arg(s.dataCourse), talent.token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(u"fullname"_s).toString(), u"Data analysis basics"_s);
    QCOMPARE(one.json().value(u"category_id"_s).toInteger(), s.dataCategory);
}

void TestLms::unknownCourseIs404()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    QCOMPARE(s.server->get(u"/api/v1/lms/courses/9999"_s, talent.token).status, 404);
    const Reply asked = s.server->post(u"/api/v1/lms/me/enrolment-requests"_s,
                                       QJsonObject { { u"course_id"_s, 9999 } }, talent.token);
    QCOMPARE(asked.status, 404);
    QVERIFY2(asked.message().contains(u"course_id"_s), qPrintable(asked.message()));
}

// ---- LMS users ----

void TestLms::talentGetsOneLmsUser()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    const Reply first = s.server->post(u"/api/v1/lms/users/talents"_s,
                                       QJsonObject { { u"user_id"_s, talent.id } }, s.admin.token);
    QCOMPARE(first.status, 200);
    const qint64 lmsId = first.json().value(u"lms_user_id"_s).toInteger();
    QVERIFY(lmsId > 0);
    QCOMPARE(first.json().value(u"username"_s).toString(), talent.email.toLower());

    const Reply again = s.server->post(u"/api/v1/lms/users/talents"_s,
                                       QJsonObject { { u"user_id"_s, talent.id } }, s.admin.token);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"lms_user_id"_s).toInteger(), lmsId);
    if (s.server == m_moodleServer.get()) {
        QCOMPARE(m_fake->usersWithEmail(talent.email.toLower()), 1);
    } else {
        QCOMPARE(lmsId, talent.id); // the built-in LMS's users are the accounts
    }
}

void TestLms::existingMoodleUserIsFoundByEmail()
{
    const TestUser talent = talentOn(m_moodle, u"already.there@lms.test"_s);
    m_fake->users.append(
            { 777, u"already.there"_s, u"already.there@lms.test"_s, u"Ada"_s, u"Obi"_s });
    const qsizetype creates = m_fake->calls.count(u"core_user_create_users"_s);
    const Reply linked = m_moodleServer->post(u"/api/v1/lms/users/talents"_s,
                                              QJsonObject { { u"user_id"_s, talent.id } },
                                              m_moodle.admin.token);
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.json().value(u"lms_user_id"_s).toInteger(), 777);
    QCOMPARE(m_fake->calls.count(u"core_user_create_users"_s), creates);
    QCOMPARE(m_fake->usersWithEmail(u"already.there@lms.test"_s), 1);
}

void TestLms::employerDoorRefusesATalent()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    const Reply refused
            = s.server->post(u"/api/v1/lms/users/employers"_s,
                             QJsonObject { { u"user_id"_s, talent.id } }, s.admin.token);
    QCOMPARE(refused.status, 400);
    QVERIFY(namesMessage(refused, u"user_id"_s));
    const TestUser employer = s.server->createUser(Role::Employer);
    const Reply linked
            = s.server->post(u"/api/v1/lms/users/employers"_s,
                             QJsonObject { { u"user_id"_s, employer.id } }, s.admin.token);
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.json().value(u"role"_s).toString(), u"employer"_s);
    QVERIFY(linked.json().value(u"lms_user_id"_s).toInteger() > 0);
}

// ---- Requests and enrolment ----

void TestLms::requestIsApprovedAndTheTalentEnrolled()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    const qint64 id = request(s, talent, s.dataCourse);
    QVERIFY(id > 0);
    const Reply twice
            = s.server->post(u"/api/v1/lms/me/enrolment-requests"_s,
                             QJsonObject { { u"course_id"_s, s.dataCourse } }, talent.token);
    QCOMPARE(twice.status, 409);

    const Reply pending = s.server->get(
            u"/api/v1/lms/enrolment-requests?status=pending&user_id=%1"_s.arg(talent.id),
            s.admin.token);
    QCOMPARE(pending.status, 200);
    const QJsonObject listed = findBy(pending.json().value(u"data"_s).toArray(), u"id"_s, id);
    QCOMPARE(listed.value(u"course_name"_s).toString(), u"Data analysis basics"_s);
    QCOMPARE(listed.value(u"talent"_s).toObject().value(u"email"_s).toString(), talent.email);
    QCOMPARE(listed.value(u"next_statuses"_s).toArray(),
             (QJsonArray { u"approved"_s, u"declined"_s }));

    // The talent finds their own request again (after a reload, say); another talent does not.
    const Reply own = s.server->get(u"/api/v1/lms/me/enrolment-requests"_s, talent.token);
    QCOMPARE(own.status, 200);
    const QJsonObject ownRow = findBy(own.json().value(u"data"_s).toArray(), u"id"_s, id);
    QCOMPARE(ownRow.value(u"status"_s).toString(), u"pending"_s);
    // Approving and declining are staff's moves: the talent is offered none.
    QCOMPARE(ownRow.value(u"next_statuses"_s).toArray(), QJsonArray());
    const TestUser other = talentOn(s);
    const Reply theirs = s.server->get(u"/api/v1/lms/me/enrolment-requests"_s, other.token);
    QCOMPARE(theirs.status, 200);
    QCOMPARE(theirs.json().value(u"data"_s).toArray().size(), 0);

    const Reply status
            = s.server->get(u"/api/v1/lms/me/courses/%1/status"_s.arg(s.dataCourse), talent.token);
    QCOMPARE(status.json().value(u"enrolled"_s).toBool(), false);
    QCOMPARE(status.json().value(u"request"_s).toObject().value(u"status"_s).toString(),
             u"pending"_s);
    QCOMPARE(status.json().value(u"request"_s).toObject().value(u"next_statuses"_s).toArray(),
             QJsonArray());

    const Reply approved = s.server->post(u"/api/v1/lms/enrolment-requests/%1/approve"_s.arg(id),
                                          QJsonObject(), s.admin.token);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(approved.json().value(u"decided_by"_s).toInteger(), s.admin.id);
    const Reply again = s.server->post(u"/api/v1/lms/enrolment-requests/%1/approve"_s.arg(id),
                                       QJsonObject(), s.admin.token);
    QCOMPARE(again.status, 409);

    const Reply mine = s.server->get(u"/api/v1/lms/me/courses"_s, talent.token);
    QCOMPARE(valuesOf(mine.json().value(u"data"_s), u"shortname"_s), QStringList { u"DATA101"_s });
    const Reply after
            = s.server->get(u"/api/v1/lms/me/courses/%1/status"_s.arg(s.dataCourse), talent.token);
    QCOMPARE(after.json().value(u"enrolled"_s).toBool(), true);
    const QJsonObject told = findBy(inbox(s, talent), u"type"_s, u"lms_enrolment_approved"_s);
    QVERIFY2(told.value(u"body"_s).toString().contains(u"Data analysis basics"_s),
             qPrintable(told.value(u"body"_s).toString()));
    if (s.server == m_moodleServer.get()) {
        const qint64 lmsId = Sql(s.server->context().db(),
                                 u"SELECT remote_id FROM lms_learners WHERE user_id = :u"_s)
                                     .bind(u":u"_s, talent.id)
                                     .single()
                                     .text(u"remote_id"_s)
                                     .toLongLong();
        QVERIFY(m_fake->enrolled(lmsId, s.dataCourse));
        QCOMPARE(m_fake->roleIds.last(), 5); // Moodle's student
    }
    // Enrolled already: no second request.
    const Reply enrolledAlready
            = s.server->post(u"/api/v1/lms/me/enrolment-requests"_s,
                             QJsonObject { { u"course_id"_s, s.dataCourse } }, talent.token);
    QCOMPARE(enrolledAlready.status, 409);
}

void TestLms::declineNeedsAReasonTheTalentReads()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    const qint64 id = request(s, talent, s.webCourse);
    const QString path = u"/api/v1/lms/enrolment-requests/%1/decline"_s.arg(id);
    const Reply noReason = s.server->post(path, QJsonObject(), s.admin.token);
    QCOMPARE(noReason.status, 400);
    QVERIFY(namesMessage(noReason, u"reason"_s));
    const Reply declined = s.server->post(
            path, QJsonObject { { u"reason"_s, u"The cohort is full this month"_s } },
            s.admin.token);
    QCOMPARE(declined.status, 200);
    QCOMPARE(declined.json().value(u"status"_s).toString(), u"declined"_s);
    QCOMPARE(declined.json().value(u"reason"_s).toString(), u"The cohort is full this month"_s);
    const QJsonObject told = findBy(inbox(s, talent), u"type"_s, u"lms_enrolment_declined"_s);
    QVERIFY(told.value(u"body"_s).toString().contains(u"The cohort is full this month"_s));
    // Declined is final; the talent may ask again.
    QCOMPARE(s.server->post(u"/api/v1/lms/enrolment-requests/%1/approve"_s.arg(id), QJsonObject(),
                            s.admin.token)
                     .status,
             409);
    QVERIFY(request(s, talent, s.webCourse) > 0);
}

void TestLms::directEnrolmentIsIdempotent()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    const QJsonObject body { { u"user_id"_s, talent.id }, { u"course_id"_s, s.webCourse } };
    const qsizetype enrolCalls = m_fake->calls.count(u"enrol_manual_enrol_users"_s);
    const Reply first = s.server->post(u"/api/v1/lms/enrolments"_s, body, s.admin.token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"newly_enrolled"_s).toBool(), true);
    QCOMPARE(first.json().value(u"enrolled"_s).toBool(), true);
    const Reply second = s.server->post(u"/api/v1/lms/enrolments"_s, body, s.admin.token);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"newly_enrolled"_s).toBool(), false);
    if (s.server == m_moodleServer.get()) {
        QCOMPARE(m_fake->calls.count(u"enrol_manual_enrol_users"_s), enrolCalls + 1);
        QCOMPARE(m_fake->usersWithEmail(talent.email.toLower()), 1);
    }
    const Reply check = s.server->get(
            u"/api/v1/lms/courses/%1/learners/%2"_s.arg(s.webCourse).arg(talent.id), s.admin.token);
    QCOMPARE(check.json().value(u"enrolled"_s).toBool(), true);
    const Reply other = s.server->get(
            u"/api/v1/lms/courses/%1/learners/%2"_s.arg(s.dataCourse).arg(talent.id), s.admin.token);
    QCOMPARE(other.json().value(u"enrolled"_s).toBool(), false);
    const Reply byEmail = s.server->get(
            u"/api/v1/lms/enrolments/by-email?email=%1"_s.arg(percent(talent.email)), s.admin.token);
    QCOMPARE(valuesOf(byEmail.json().value(u"data"_s), u"shortname"_s), QStringList { u"WEB201"_s });
    const Reply byId
            = s.server->get(u"/api/v1/lms/users/%1/courses"_s.arg(talent.id), s.admin.token);
    QCOMPARE(valuesOf(byId.json().value(u"data"_s), u"shortname"_s), QStringList { u"WEB201"_s });
    // Counted once among the approved, for the reports.
    const qint64 approved = Sql(s.server->context().db(),
                                u"SELECT COUNT(*) AS n FROM lms_enrolment_requests WHERE user_id "
                                u"= :u AND status = 'approved'"_s)
                                    .bind(u":u"_s, talent.id)
                                    .single()
                                    .id(u"n"_s);
    QCOMPARE(approved, 1);
}

void TestLms::talentSeesOnlyTheirOwnRequest()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    const TestUser other = talentOn(s);
    const qint64 id = request(s, talent, s.dataCourse);
    const QString path = u"/api/v1/lms/enrolment-requests/%1"_s.arg(id);
    QCOMPARE(s.server->get(path, talent.token).status, 200);
    QCOMPARE(s.server->get(path, other.token).status, 404);
    QCOMPARE(s.server->get(path, s.admin.token).json().value(u"user_id"_s).toInteger(), talent.id);
}

// ---- Completion ----

void TestLms::completedCourseIsRecordedAsVerified()
{
    const Side &s = side();
    const TestUser talent = talentOn(s);
    QCOMPARE(s.server->post(u"/api/v1/lms/enrolments"_s,
                            QJsonObject { { u"user_id"_s, talent.id },
                                          { u"course_id"_s, s.dataCourse } },
                            s.admin.token)
                     .status,
             200);
    const QString progressPath = u"/api/v1/lms/me/courses/%1/progress"_s.arg(s.dataCourse);
    const Reply started = s.server->get(progressPath, talent.token);
    QCOMPARE(started.status, 200);
    QCOMPARE(started.json().value(u"completed"_s).toBool(), false);
    QCOMPARE(verifiedCourses(s, talent.id), 0);

    if (s.server == m_moodleServer.get()) {
        const qint64 lmsId = Sql(s.server->context().db(),
                                 u"SELECT remote_id FROM lms_learners WHERE user_id = :u"_s)
                                     .bind(u":u"_s, talent.id)
                                     .single()
                                     .text(u"remote_id"_s)
                                     .toLongLong();
        m_fake->complete(lmsId, s.dataCourse);
    } else {
        const Reply marked = s.server->put(
                u"/api/v1/lms/courses/%1/learners/%2/progress"_s.arg(s.dataCourse).arg(talent.id),
                QJsonObject { { u"progress"_s, 100 } }, s.admin.token);
        QCOMPARE(marked.status, 200);
    }
    const Reply done = s.server->get(progressPath, talent.token);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(u"completed"_s).toBool(), true);
    QCOMPARE(done.json().value(u"progress"_s).toInt(), 100);
    QVERIFY(!done.json().value(u"completed_at"_s).toString().isEmpty());
    QCOMPARE(verifiedCourses(s, talent.id), 1);
    // Read again (and through the course list): still one record, one notification.
    s.server->get(progressPath, talent.token);
    s.server->get(u"/api/v1/lms/me/courses"_s, talent.token);
    QCOMPARE(verifiedCourses(s, talent.id), 1);
    int told = 0;
    for (const QJsonValue &n : inbox(s, talent))
        told += n.toObject().value(u"type"_s).toString() == u"lms_course_completed"_s;
    QCOMPARE(told, 1);
    const SqlRow row = Sql(s.server->context().db(),
                           u"SELECT course_name, provider FROM talent_verified_courses WHERE "
                           u"user_id = :u"_s)
                               .bind(u":u"_s, talent.id)
                               .single();
    QCOMPARE(row.text(u"course_name"_s), u"Data analysis basics"_s);
    QCOMPARE(row.text(u"provider"_s), s.server == m_moodleServer.get() ? u"moodle"_s : u"builtin"_s);
}

QTEST_MAIN(TestLms)
#include "tst_lms.moc"
