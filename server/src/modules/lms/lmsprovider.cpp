// SPDX-License-Identifier: Apache-2.0
#include "lmsprovider.h"

#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "modules/accounts/accountservice.h"
#include "moodleprovider.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString courseColumns
        = u"c.id, c.category_id, c.shortname, c.fullname, c.summary, c.visible"_s;

QJsonObject courseJson(const Sql &q)
{
    QJsonObject json = jsonOf(q,
                              { .ids = { u"id"_s, u"category_id"_s },
                                .texts = { u"shortname"_s, u"fullname"_s },
                                .flags = { u"visible"_s } });
    json.insert(u"summary"_s, q.text(u"summary"_s));
    return json;
}

} // namespace

BuiltinLmsProvider::BuiltinLmsProvider(ServerContext &context)
    : m_context(context)
{ }

QJsonArray BuiltinLmsProvider::categories()
{
    Sql q(m_context.db(),
          u"SELECT g.id, g.name, g.description, g.parent_id, "
          u"(SELECT COUNT(*) FROM lms_courses c WHERE c.category_id = g.id AND c.visible) AS "
          u"course_count FROM lms_categories g ORDER BY g.name, g.id"_s);
    q.exec();
    QJsonArray list;
    while (q.next()) {
        list.append(jsonOf(q,
                           { .ids = { u"id"_s, u"course_count"_s },
                             .texts = { u"name"_s },
                             .optionalTexts = { u"description"_s },
                             .optionalIntegers = { u"parent_id"_s } }));
    }
    return list;
}

QJsonArray BuiltinLmsProvider::courses()
{
    Sql q(m_context.db(),
          u"SELECT "_s + courseColumns
                  + u" FROM lms_courses c WHERE c.visible ORDER BY c.fullname, c.id"_s);
    q.exec();
    QJsonArray list;
    while (q.next())
        list.append(courseJson(q));
    return list;
}

std::optional<QJsonObject> BuiltinLmsProvider::course(qint64 id)
{
    Sql q(m_context.db(), u"SELECT "_s + courseColumns + u" FROM lms_courses c WHERE c.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return courseJson(q);
}

std::optional<qint64> BuiltinLmsProvider::findUser(const QString &email)
{
    return AccountService::idByEmail(m_context.db(), email);
}

qint64 BuiltinLmsProvider::createUser(const LmsPerson &person)
{
    // The built-in LMS's users are the accounts themselves: there is nothing to make.
    if (const std::optional<qint64> id = findUser(person.email))
        return *id;
    throw ApiError::notFound(u"No account has the email %1"_s.arg(person.email));
}

bool BuiltinLmsProvider::enrol(qint64 userId, qint64 courseId)
{
    if (!course(courseId))
        throw ApiError::notFound(u"Course %1 not found"_s.arg(courseId));
    QSqlDatabase db = m_context.db();
    Sql insert(db,
               u"INSERT INTO lms_enrolments (user_id, course_id, enrolled_at) VALUES (:user, "
               u":course, :now) ON CONFLICT (user_id, course_id) DO NOTHING"_s);
    insert.bind(u":user"_s, userId).bind(u":course"_s, courseId).bind(u":now"_s, nowText()).exec();
    return insert.rowsAffected() == 1;
}

QJsonArray BuiltinLmsProvider::userCourses(qint64 userId)
{
    Sql q(m_context.db(),
          u"SELECT "_s + courseColumns
                  + u", e.progress, e.completed_at FROM lms_enrolments e JOIN lms_courses c ON "
                    u"c.id = e.course_id WHERE e.user_id = :user ORDER BY e.enrolled_at, c.id"_s);
    q.bind(u":user"_s, userId).exec();
    QJsonArray list;
    while (q.next()) {
        QJsonObject json = courseJson(q);
        json.insert(u"progress"_s, q.integer(u"progress"_s));
        json.insert(u"completed"_s, !q.isNull(u"completed_at"_s));
        list.append(json);
    }
    return list;
}

LmsCompletion BuiltinLmsProvider::completion(qint64 userId, qint64 courseId)
{
    const std::optional<SqlRow> row
            = Sql(m_context.db(),
                  u"SELECT progress, completed_at FROM lms_enrolments WHERE user_id = :user AND "
                  u"course_id = :course"_s)
                      .bind(u":user"_s, userId)
                      .bind(u":course"_s, courseId)
                      .one();
    LmsCompletion completion;
    if (!row)
        return completion;
    completion.enrolled = true;
    completion.progress = row->integer(u"progress"_s);
    completion.completedAt = row->text(u"completed_at"_s);
    completion.completed = !completion.completedAt.isEmpty();
    return completion;
}

QJsonObject BuiltinLmsProvider::siteInfo()
{
    return { { u"provider"_s, name() }, { u"sitename"_s, u"Worknation"_s } };
}

std::unique_ptr<LmsProvider> makeLmsProvider(ServerContext &context)
{
    const Config &config = context.config;
    if (config.value(u"lms/provider"_s) == u"moodle"_s) {
        return std::make_unique<MoodleLmsProvider>(MoodleLmsProvider::Settings {
                config.value(u"lms/moodle_url"_s), config.value(u"lms/moodle_token"_s),
                config.integer(u"lms/student_role_id"_s),
                config.integer(u"lms/timeout_seconds"_s) });
    }
    return std::make_unique<BuiltinLmsProvider>(context);
}

} // namespace wn
