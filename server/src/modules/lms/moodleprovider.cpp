// SPDX-License-Identifier: Apache-2.0
#include "moodleprovider.h"

#include "core/database.h"
#include "core/http/outbound.h"
#include "core/logging.h"

#include <wn/common/apierror.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** No list Worknation asks a learning site for is larger. */
constexpr qsizetype maxAnswerBytes = 16 * 1024 * 1024;

QString id(qint64 value)
{
    return QString::number(value);
}

/** Moodle's error codes for a record it does not have. */
bool isMissingRecord(const QString &code)
{
    static const QStringList codes { u"invalidrecord"_s,   u"invalidrecordunknown"_s,
                                     u"invalidcourseid"_s, u"coursenotexist"_s,
                                     u"invaliduser"_s,     u"invaliduserid"_s,
                                     u"usernotfound"_s,    u"cannotfindcourse"_s };
    return codes.contains(code);
}

QJsonObject courseOf(const QJsonObject &moodle)
{
    return { { u"id"_s, moodle.value(u"id"_s).toInteger() },
             { u"category_id"_s,
               moodle.contains(u"categoryid"_s) ? moodle.value(u"categoryid"_s).toInteger()
                                                : moodle.value(u"category"_s).toInteger() },
             { u"shortname"_s, moodle.value(u"shortname"_s).toString() },
             { u"fullname"_s, moodle.value(u"fullname"_s).toString() },
             { u"summary"_s, moodle.value(u"summary"_s).toString() },
             { u"visible"_s, moodle.value(u"visible"_s).toInt(1) != 0 } };
}

} // namespace

MoodleLmsProvider::MoodleLmsProvider(Settings settings)
    : m_settings(std::move(settings))
{
    while (m_settings.url.endsWith(u'/'))
        m_settings.url.chop(1);
}

QJsonValue MoodleLmsProvider::call(const QString &function, const Params &params)
{
    // Every name and value percent-encoded: a '+' or '&' in a value reaches Moodle as itself.
    Params fields { { u"wstoken"_s, m_settings.token },
                    { u"wsfunction"_s, function },
                    { u"moodlewsrestformat"_s, u"json"_s } };
    fields.append(params);
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    const QByteArray url = (m_settings.url + u"/webservice/rest/server.php"_s).toUtf8();

    // Bounded: a request thread never waits on a silent site past these.
    const OutboundReply reply
            = sendOutbound({ .url = url,
                             .headers = { "Accept: application/json" },
                             .body = body,
                             .timeoutSeconds = m_settings.timeoutSeconds,
                             .connectTimeoutSeconds = qMin(m_settings.timeoutSeconds, 10),
                             .maxAnswerBytes = maxAnswerBytes });
    if (!reply.completed) {
        qCWarning(lcServer) << "moodle" << function << "failed:" << reply.error;
        throw ApiError(502,
                       u"The learning site did not answer %1 (%2)"_s.arg(function, reply.error));
    }
    const long status = reply.status;
    const QByteArray &answer = reply.body;
    if (status != 200) {
        qCWarning(lcServer) << "moodle" << function << "answered HTTP" << status;
        throw ApiError(502,
                       u"The learning site answered %1 with HTTP %2"_s.arg(function).arg(status));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
    if (answer.trimmed() == "null")
        return QJsonValue::Null;
    if (parseError.error != QJsonParseError::NoError)
        throw ApiError(502, u"The learning site's answer to %1 is not JSON"_s.arg(function));
    if (document.isObject() && document.object().contains(u"exception"_s)) {
        const QJsonObject error = document.object();
        const QString code = error.value(u"errorcode"_s).toString();
        const QString message = error.value(u"message"_s).toString();
        qCWarning(lcServer) << "moodle" << function << "refused:" << code << message;
        if (isMissingRecord(code))
            throw ApiError::notFound(u"The learning site has no such record: %1"_s.arg(message));
        if (code == u"invalidparameter"_s)
            throw ApiError::badRequest(u"The learning site refused %1: %2"_s.arg(function, message));
        throw ApiError(502,
                       u"The learning site refused %1 (%2: %3); check the token and the "
                       u"functions its external service allows"_s.arg(function, code, message));
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonArray MoodleLmsProvider::categories()
{
    QJsonArray list;
    const QJsonArray answer = call(u"core_course_get_categories"_s).toArray();
    for (const QJsonValue &value : answer) {
        const QJsonObject category = value.toObject();
        const qint64 parent = category.value(u"parent"_s).toInteger();
        list.append(QJsonObject {
                { u"id"_s, category.value(u"id"_s).toInteger() },
                { u"name"_s, category.value(u"name"_s).toString() },
                { u"description"_s, category.value(u"description"_s).toString() },
                { u"parent_id"_s, parent > 0 ? QJsonValue(parent) : QJsonValue() },
                { u"course_count"_s, category.value(u"coursecount"_s).toInteger() } });
    }
    return list;
}

QJsonArray MoodleLmsProvider::courses()
{
    QJsonArray list;
    const QJsonArray answer = call(u"core_course_get_courses"_s).toArray();
    for (const QJsonValue &value : answer) {
        const QJsonObject course = value.toObject();
        // The site's front page is course 1, in the "site" format: not a course anyone takes.
        if (course.value(u"format"_s).toString() == u"site"_s)
            continue;
        if (course.value(u"visible"_s).toInt(1) == 0)
            continue;
        list.append(courseOf(course));
    }
    return list;
}

std::optional<QJsonObject> MoodleLmsProvider::course(qint64 courseId)
{
    const QJsonArray found = call(u"core_course_get_courses_by_field"_s,
                                  { { u"field"_s, u"id"_s }, { u"value"_s, id(courseId) } })
                                     .toObject()
                                     .value(u"courses"_s)
                                     .toArray();
    if (found.isEmpty())
        return std::nullopt;
    return courseOf(found.first().toObject());
}

std::optional<qint64> MoodleLmsProvider::findUser(const QString &email)
{
    const QJsonArray found
            = call(u"core_user_get_users_by_field"_s,
                   { { u"field"_s, u"email"_s }, { u"values[0]"_s, email.trimmed().toLower() } })
                      .toArray();
    if (found.isEmpty())
        return std::nullopt;
    return found.first().toObject().value(u"id"_s).toInteger();
}

qint64 MoodleLmsProvider::createUser(const LmsPerson &person)
{
    // Moodle mails the new user a password of its own (createpassword): Worknation never holds
    // one.
    const QJsonArray made = call(u"core_user_create_users"_s,
                                 { { u"users[0][username]"_s, person.username },
                                   { u"users[0][auth]"_s, u"manual"_s },
                                   { u"users[0][createpassword]"_s, u"1"_s },
                                   { u"users[0][firstname]"_s, person.firstName },
                                   { u"users[0][lastname]"_s, person.lastName },
                                   { u"users[0][email]"_s, person.email.trimmed().toLower() } })
                                    .toArray();
    const qint64 userId = made.isEmpty() ? 0 : made.first().toObject().value(u"id"_s).toInteger();
    if (userId <= 0)
        throw ApiError(502, u"The learning site did not say which user it made"_s);
    return userId;
}

bool MoodleLmsProvider::enrol(qint64 userId, qint64 courseId)
{
    const QJsonArray enrolled = userCourses(userId);
    for (const QJsonValue &course : enrolled) {
        if (course.toObject().value(u"id"_s).toInteger() == courseId)
            return false;
    }
    if (!course(courseId))
        throw ApiError::notFound(u"Course %1 not found"_s.arg(courseId));
    call(u"enrol_manual_enrol_users"_s,
         { { u"enrolments[0][roleid]"_s, QString::number(m_settings.studentRoleId) },
           { u"enrolments[0][userid]"_s, id(userId) },
           { u"enrolments[0][courseid]"_s, id(courseId) } });
    return true;
}

QJsonArray MoodleLmsProvider::userCourses(qint64 userId)
{
    QJsonArray list;
    const QJsonArray answer
            = call(u"core_enrol_get_users_courses"_s, { { u"userid"_s, id(userId) } }).toArray();
    for (const QJsonValue &value : answer) {
        const QJsonObject moodle = value.toObject();
        QJsonObject course = courseOf(moodle);
        course.insert(u"progress"_s, qRound(moodle.value(u"progress"_s).toDouble(0)));
        course.insert(u"completed"_s, moodle.value(u"completed"_s).toBool(false));
        list.append(course);
    }
    return list;
}

LmsCompletion MoodleLmsProvider::completion(qint64 userId, qint64 courseId)
{
    LmsCompletion completion;
    for (const QJsonValue &value : userCourses(userId)) {
        const QJsonObject course = value.toObject();
        if (course.value(u"id"_s).toInteger() != courseId)
            continue;
        completion.enrolled = true;
        completion.progress = course.value(u"progress"_s).toInt();
        completion.completed = course.value(u"completed"_s).toBool();
    }
    if (!completion.enrolled)
        return completion;
    QJsonObject status;
    try {
        status = call(u"core_completion_get_course_completion_status"_s,
                      { { u"courseid"_s, id(courseId) }, { u"userid"_s, id(userId) } })
                         .toObject()
                         .value(u"completionstatus"_s)
                         .toObject();
    } catch (const ApiError &) {
        // A course without completion criteria has no status to give ("nocriteriaset"): what
        // the course list said stands.
        return completion;
    }
    if (status.value(u"completed"_s).toBool())
        completion.completed = true;
    qint64 latest = 0;
    for (const QJsonValue &criterion : status.value(u"completions"_s).toArray())
        latest = qMax(latest, criterion.toObject().value(u"timecompleted"_s).toInteger());
    if (completion.completed) {
        completion.progress = 100;
        completion.completedAt
                = latest > 0 ? timeText(QDateTime::fromSecsSinceEpoch(latest)) : nowText();
    }
    return completion;
}

QJsonObject MoodleLmsProvider::siteInfo()
{
    const QJsonObject info = call(u"core_webservice_get_site_info"_s).toObject();
    QJsonArray functions;
    for (const QJsonValue &function : info.value(u"functions"_s).toArray())
        functions.append(function.toObject().value(u"name"_s).toString());
    return { { u"provider"_s, name() },
             { u"sitename"_s, info.value(u"sitename"_s).toString() },
             { u"release"_s, info.value(u"release"_s).toString() },
             { u"username"_s, info.value(u"username"_s).toString() },
             { u"functions"_s, functions } };
}

} // namespace wn
