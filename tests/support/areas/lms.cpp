// SPDX-License-Identifier: Apache-2.0
#include "areas/lms.h"

#include <QTest>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace wn::test {

FakeMoodle::FakeMoodle()
{
    m_http.route(u"/webservice/rest/server.php"_s,
                 [this](const QHttpServerRequest &request) { return answer(request); });
    m_port = m_http.listen(QHostAddress::LocalHost, 0);
    categories = { { 1, u"Data"_s }, { 2, u"Software"_s } };
    courses = { { 2, 1, u"DATA101"_s, u"Data analysis basics"_s },
                { 3, 2, u"WEB201"_s, u"Web development with Qt"_s } };
}

QString FakeMoodle::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QHttpServerResponse FakeMoodle::error(const QString &exception, const QString &code,
                                      const QString &message)
{
    // Moodle answers its errors with HTTP 200.
    return QHttpServerResponse(QJsonObject {
            { u"exception"_s, exception }, { u"errorcode"_s, code }, { u"message"_s, message } });
}

QJsonObject FakeMoodle::courseJson(const Course &course) const
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

const FakeMoodle::Course *FakeMoodle::courseById(qint64 id) const
{
    for (const Course &course : courses) {
        if (course.id == id)
            return &course;
    }
    return nullptr;
}

QHttpServerResponse FakeMoodle::answer(const QHttpServerRequest &request)
{
    // A form body as PHP reads it: names and values percent-decoded, '+' a space.
    QHash<QString, QString> form;
    for (const QByteArray &pair : request.body().split('&')) {
        const qsizetype equals = pair.indexOf('=');
        auto decode
                = [](QByteArray text) { return QUrl::fromPercentEncoding(text.replace('+', ' ')); };
        form.insert(decode(pair.left(equals)),
                    decode(equals < 0 ? QByteArray() : pair.mid(equals + 1)));
    }
    auto param = [&form](const QString &name) { return form.value(name); };
    if (request.method() != QHttpServerRequest::Method::Post
        || param(u"moodlewsrestformat"_s) != u"json"_s)
        return QHttpServerResponse(QHttpServerResponse::StatusCode::BadRequest);
    if (param(u"wstoken"_s) != moodleToken)
        return error(u"moodle_exception"_s, u"invalidtoken"_s, u"Invalid token - token not found"_s);
    const QString function = param(u"wsfunction"_s);
    calls.append(function);
    if (!failNext.isEmpty()) {
        const QString code = std::exchange(failNext, QString());
        return error(u"moodle_exception"_s, code, u"Failure asked for by the test"_s);
    }

    if (function == u"core_webservice_get_site_info"_s) {
        return QHttpServerResponse(QJsonObject {
                { u"sitename"_s, u"Fake Moodle"_s },
                { u"release"_s, u"4.3"_s },
                { u"username"_s, u"worknation"_s },
                { u"functions"_s,
                  QJsonArray { QJsonObject { { u"name"_s, u"core_course_get_courses"_s } } } } });
    }
    if (function == u"core_course_get_categories"_s) {
        QJsonArray list;
        for (const auto &[id, name] : std::as_const(categories)) {
            const auto count = std::count_if(courses.begin(), courses.end(),
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
                  QJsonObject { { u"completed"_s, done },
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

void LmsFixture::setUp()
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

void LmsFixture::tearDown()
{
    m_moodleServer.reset();
    m_fake.reset();
    m_server.reset();
}

TestUser LmsFixture::talentOn(const Side &side, const QString &email)
{
    return side.server->createUser(
            Role::Talent, email.isEmpty() ? u"learner%1@lms.test"_s.arg(++m_talents) : email);
}

} // namespace wn::test
