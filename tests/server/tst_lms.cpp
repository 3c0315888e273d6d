// SPDX-License-Identifier: Apache-2.0
// Learning through either LMS: the same tests run against the built-in provider and against a
// Moodle site faked in this process (it speaks Moodle's REST wire format and keeps its state):
// the catalogue, LMS users made once, enrolment requests with their approval, direct enrolment,
// completion flowing back as a verified course, and Moodle's errors as clear answers.
#include "core/database.h"
#include "core/servercontext.h"
#include "fixtures.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

const QString moodleToken = u"moodle-test-token"_s;

/** @brief A Moodle site's REST web services, in the test's thread, with users, courses,
 *  categories, enrolments and completions of its own. */
class FakeMoodle
{
public:
    struct User
    {
        qint64 id;
        QString username;
        QString email;
        QString firstName;
        QString lastName;
    };
    struct Course
    {
        qint64 id;
        qint64 category;
        QString shortname;
        QString fullname;
    };

    FakeMoodle()
    {
        m_http.route(u"/webservice/rest/server.php"_s,
                     [this](const QHttpServerRequest &request) { return answer(request); });
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
        categories = { { 1, u"Data"_s }, { 2, u"Software"_s } };
        courses = { { 2, 1, u"DATA101"_s, u"Data analysis basics"_s },
                    { 3, 2, u"WEB201"_s, u"Web development with Qt"_s } };
    }

    bool isListening() const { return m_port != 0; }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    /** Marks @p userId's course @p courseId completed (progress 100). */
    void complete(qint64 userId, qint64 courseId) { m_completed.insert({ userId, courseId }); }
    qsizetype usersWithEmail(const QString &email) const
    {
        return std::count_if(users.begin(), users.end(),
                             [&](const User &user) { return user.email == email; });
    }
    bool enrolled(qint64 userId, qint64 courseId) const
    {
        return m_enrolments.contains({ userId, courseId });
    }

    QList<User> users;
    QList<Course> courses;
    QList<QPair<qint64, QString>> categories;
    /** Every wsfunction called, in order. */
    QStringList calls;
    /** The next call answers this Moodle error code, once. */
    QString failNext;
    /** Role ids enrolments asked for. */
    QList<int> roleIds;

private:
    static QHttpServerResponse error(const QString &exception, const QString &code,
                                     const QString &message)
    {
        // Moodle answers its errors with HTTP 200.
        return QHttpServerResponse(QJsonObject { { u"exception"_s, exception },
                                                 { u"errorcode"_s, code },
                                                 { u"message"_s, message } });
    }

    QJsonObject courseJson(const Course &course) const
    {
        return { { u"id"_s, course.id },
                 { u"shortname"_s, course.shortname },
                 { u"fullname"_s, course.fullname },
                 { u"displayname"_s, course.fullname },
                 { u"categoryid"_s, course.category },
                 { u"summary"_s, u"<p>%1</p>"_s.arg(course.fullname) },
                 { u"format"_s, u"topics"_s },
                 { u"visible"_s, 1 } };
    }

    const Course *courseById(qint64 id) const
    {
        for (const Course &course : courses) {
            if (course.id == id)
                return &course;
        }
        return nullptr;
    }

    QHttpServerResponse answer(const QHttpServerRequest &request)
    {
        // A form body as PHP reads it: names and values percent-decoded, '+' a space.
        QHash<QString, QString> form;
        for (const QByteArray &pair : request.body().split('&')) {
            const qsizetype equals = pair.indexOf('=');
            auto decode = [](QByteArray text) {
                return QUrl::fromPercentEncoding(text.replace('+', ' '));
            };
            form.insert(decode(pair.left(equals)),
                        decode(equals < 0 ? QByteArray() : pair.mid(equals + 1)));
        }
        auto param = [&form](const QString &name) { return form.value(name); };
        if (request.method() != QHttpServerRequest::Method::Post
            || param(u"moodlewsrestformat"_s) != u"json"_s)
            return QHttpServerResponse(QHttpServerResponse::StatusCode::BadRequest);
        if (param(u"wstoken"_s) != moodleToken)
            return error(u"moodle_exception"_s, u"invalidtoken"_s,
                         u"Invalid token - token not found"_s);
        const QString function = param(u"wsfunction"_s);
        calls.append(function);
        if (!failNext.isEmpty()) {
            const QString code = std::exchange(failNext, QString());
            return error(u"moodle_exception"_s, code, u"Failure asked for by the test"_s);
        }

        if (function == u"core_webservice_get_site_info"_s) {
            return QHttpServerResponse(
                    QJsonObject { { u"sitename"_s, u"Fake Moodle"_s },
                                  { u"release"_s, u"4.3"_s },
                                  { u"username"_s, u"worknation"_s },
                                  { u"functions"_s,
                                    QJsonArray { QJsonObject {
                                            { u"name"_s, u"core_course_get_courses"_s } } } } });
        }
        if (function == u"core_course_get_categories"_s) {
            QJsonArray list;
            for (const auto &[id, name] : std::as_const(categories)) {
                const auto count
                        = std::count_if(courses.begin(), courses.end(),
                                        [id](const Course &c) { return c.category == id; });
                list.append(QJsonObject { { u"id"_s, id },
                                          { u"name"_s, name },
                                          { u"description"_s, QString() },
                                          { u"parent"_s, 0 },
                                          { u"coursecount"_s, qint64(count) } });
            }
            return QHttpServerResponse(list);
        }
        if (function == u"core_course_get_courses"_s) {
            QJsonArray list { QJsonObject { { u"id"_s, 1 },
                                            { u"shortname"_s, u"site"_s },
                                            { u"fullname"_s, u"Fake Moodle"_s },
                                            { u"categoryid"_s, 0 },
                                            { u"format"_s, u"site"_s } } };
            for (const Course &course : std::as_const(courses))
                list.append(courseJson(course));
            return QHttpServerResponse(list);
        }
        if (function == u"core_course_get_courses_by_field"_s) {
            QJsonArray found;
            if (param(u"field"_s) == u"id"_s) {
                if (const Course *course = courseById(param(u"value"_s).toLongLong()))
                    found.append(courseJson(*course));
            }
            return QHttpServerResponse(
                    QJsonObject { { u"courses"_s, found }, { u"warnings"_s, QJsonArray() } });
        }
        if (function == u"core_user_get_users_by_field"_s) {
            QJsonArray found;
            for (const User &user : std::as_const(users)) {
                if (param(u"field"_s) == u"email"_s && user.email == param(u"values[0]"_s))
                    found.append(QJsonObject { { u"id"_s, user.id },
                                               { u"username"_s, user.username },
                                               { u"email"_s, user.email } });
            }
            return QHttpServerResponse(found);
        }
        if (function == u"core_user_create_users"_s) {
            const QString username = param(u"users[0][username]"_s);
            for (const User &user : std::as_const(users)) {
                if (user.username == username)
                    return error(u"invalid_parameter_exception"_s, u"invalidparameter"_s,
                                 u"Username already exists: "_s + username);
            }
            if (param(u"users[0][createpassword]"_s) != u"1"_s
                && param(u"users[0][password]"_s).isEmpty())
                return error(u"invalid_parameter_exception"_s, u"invalidparameter"_s,
                             u"Invalid parameter value detected"_s);
            const User user { m_nextUser++, username, param(u"users[0][email]"_s),
                              param(u"users[0][firstname]"_s), param(u"users[0][lastname]"_s) };
            users.append(user);
            return QHttpServerResponse(QJsonArray {
                    QJsonObject { { u"id"_s, user.id }, { u"username"_s, user.username } } });
        }
        if (function == u"enrol_manual_enrol_users"_s) {
            const qint64 userId = param(u"enrolments[0][userid]"_s).toLongLong();
            const qint64 courseId = param(u"enrolments[0][courseid]"_s).toLongLong();
            if (!courseById(courseId))
                return error(u"dml_missing_record_exception"_s, u"invalidrecord"_s,
                             u"Can't find data record in database table course."_s);
            roleIds.append(param(u"enrolments[0][roleid]"_s).toInt());
            m_enrolments.insert({ userId, courseId });
            return QHttpServerResponse("application/json", "null");
        }
        if (function == u"core_enrol_get_users_courses"_s) {
            const qint64 userId = param(u"userid"_s).toLongLong();
            QJsonArray list;
            for (const Course &course : std::as_const(courses)) {
                if (!m_enrolments.contains({ userId, course.id }))
                    continue;
                QJsonObject json = courseJson(course);
                json.remove(u"categoryid"_s);
                json.insert(u"category"_s, course.category);
                const bool done = m_completed.contains({ userId, course.id });
                json.insert(u"progress"_s, done ? 100.0 : 25.0);
                json.insert(u"completed"_s, done);
                list.append(json);
            }
            return QHttpServerResponse(list);
        }
        if (function == u"core_completion_get_course_completion_status"_s) {
            const QPair<qint64, qint64> key { param(u"userid"_s).toLongLong(),
                                              param(u"courseid"_s).toLongLong() };
            if (!m_enrolments.contains(key))
                return error(u"moodle_exception"_s, u"nopermissions"_s,
                             u"Sorry, but you do not currently have permissions to do that"_s);
            const bool done = m_completed.contains(key);
            return QHttpServerResponse(QJsonObject {
                    { u"completionstatus"_s,
                      QJsonObject {
                              { u"completed"_s, done },
                              { u"aggregation"_s, 1 },
                              { u"completions"_s,
                                QJsonArray { QJsonObject {
                                        { u"type"_s, 4 },
                                        { u"title"_s, u"Activity completion"_s },
                                        { u"status"_s, done ? u"Yes"_s : u"No"_s },
                                        { u"complete"_s, done },
                                        { u"timecompleted"_s,
                                          done ? QJsonValue(1764000000) : QJsonValue() } } } } } },
                    { u"warnings"_s, QJsonArray() } });
        }
        return error(u"webservice_access_exception"_s, u"accessexception"_s,
                     u"Access control exception"_s);
    }

    QHttpServer m_http;
    quint16 m_port = 0;
    qint64 m_nextUser = 100;
    QSet<QPair<qint64, qint64>> m_enrolments;
    QSet<QPair<qint64, qint64>> m_completed;
};

/** One provider's server, its people and its two courses. */
struct Side
{
    TestServer *server = nullptr;
    TestUser superAdmin;
    TestUser admin;
    qint64 dataCourse = 0;
    qint64 webCourse = 0;
    qint64 dataCategory = 0;
};

} // namespace

class TestLms : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

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

private:
    void sides();
    Side &side();
    TestUser talentOn(const Side &side, const QString &email = {});
    /** The talent's request for @p course on @p side; its id. */
    qint64 request(const Side &side, const TestUser &talent, qint64 course);
    QJsonArray inbox(const Side &side, const TestUser &user);
    qint64 verifiedCourses(const Side &side, qint64 userId);

    std::unique_ptr<FakeMoodle> m_fake;
    std::unique_ptr<TestServer> m_moodleServer;
    Side m_builtin;
    Side m_moodle;
    int m_talents = 0;
};

void TestLms::initTestCase()
{
    startWithStaff();
    m_builtin = { m_server.get(), m_superAdmin, m_admin, 0, 0, 0 };
    const Reply data = m_server->post(u"/api/v1/lms/categories"_s,
                                      QJsonObject { { u"name"_s, u"Data"_s } }, m_admin.token);
    QCOMPARE(data.status, 201);
    m_builtin.dataCategory = data.json().value(u"id"_s).toInteger();
    const Reply software
            = m_server->post(u"/api/v1/lms/categories"_s,
                             QJsonObject { { u"name"_s, u"Software"_s } }, m_admin.token);
    QCOMPARE(software.status, 201);
    auto course = [&](qint64 category, const QString &code, const QString &name) {
        const Reply made = m_server->post(u"/api/v1/lms/courses"_s,
                                          QJsonObject { { u"category_id"_s, category },
                                                        { u"shortname"_s, code },
                                                        { u"fullname"_s, name },
                                                        { u"summary"_s, name } },
                                          m_admin.token);
        if (made.status != 201)
            qWarning() << "course not made:" << made.status << made.body;
        return made.json().value(u"id"_s).toInteger();
    };
    m_builtin.dataCourse = course(m_builtin.dataCategory, u"DATA101"_s, u"Data analysis basics"_s);
    m_builtin.webCourse = course(software.json().value(u"id"_s).toInteger(), u"WEB201"_s,
                                 u"Web development with Qt"_s);
    QVERIFY(m_builtin.dataCourse > 0 && m_builtin.webCourse > 0);

    m_fake = std::make_unique<FakeMoodle>();
    QVERIFY(m_fake->isListening());
    m_moodleServer = std::make_unique<TestServer>(
            QHash<QString, QString> { { u"lms/provider"_s, u"moodle"_s },
                                      { u"lms/moodle_url"_s, m_fake->url() },
                                      { u"lms/moodle_token"_s, moodleToken },
                                      { u"lms/timeout_seconds"_s, u"10"_s },
                                      { u"lms/cache_seconds"_s, u"0"_s } });
    m_moodle = { m_moodleServer.get(),
                 m_moodleServer->createUser(Role::SuperAdmin),
                 m_moodleServer->createUser(Role::Admin),
                 2,
                 3,
                 1 };
}

void TestLms::cleanupTestCase()
{
    m_moodleServer.reset();
    m_fake.reset();
    m_server.reset();
}

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

TestUser TestLms::talentOn(const Side &side, const QString &email)
{
    return side.server->createUser(
            Role::Talent, email.isEmpty() ? u"learner%1@lms.test"_s.arg(++m_talents) : email);
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

// ---- Moodle's errors ----

void TestLms::moodleErrorsBecomeClearAnswers_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("token refused") << u"invalidtoken"_s << 502 << u"token"_s;
    QTest::newRow("function not allowed") << u"accessexception"_s << 502 << u"functions"_s;
    QTest::newRow("record missing") << u"invalidrecord"_s << 404 << u"no such record"_s;
    QTest::newRow("parameter refused") << u"invalidparameter"_s << 400 << u"refused"_s;
}

void TestLms::moodleErrorsBecomeClearAnswers()
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

void TestLms::unreachableMoodleIs502()
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

void TestLms::builtinAuthoringIsRefusedOnMoodle()
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

void TestLms::accessRules_data()
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

void TestLms::accessRules()
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

void TestLms::badInputNamesTheField_data()
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

void TestLms::badInputNamesTheField()
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

QTEST_MAIN(TestLms)
#include "tst_lms.moc"
