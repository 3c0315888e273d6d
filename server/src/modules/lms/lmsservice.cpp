// SPDX-License-Identifier: Apache-2.0
#include "lmsservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "modules/accounts/accountservice.h"
#include "modules/notifications/notificationservice.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** An LMS username from an email: what Moodle accepts (lower case letters, digits, _ - . @). */
QString usernameFor(const QString &email)
{
    static const QRegularExpression outside(u"[^a-z0-9_.@-]"_s);
    return email.trimmed().toLower().remove(outside);
}

bool matches(const QJsonObject &course, const QString &text)
{
    return text.isEmpty()
            || course.value(u"fullname"_s).toString().contains(text, Qt::CaseInsensitive)
            || course.value(u"shortname"_s).toString().contains(text, Qt::CaseInsensitive)
            || course.value(u"summary"_s).toString().contains(text, Qt::CaseInsensitive);
}

} // namespace

LmsService::LmsService(ServerContext &context, std::unique_ptr<LmsProvider> provider,
                       NotificationService &notifications)
    : m_context(context)
    , m_provider(std::move(provider))
    , m_notifications(notifications)
{ }

void LmsService::log(const QString &level, const QString &event, const QString &message,
                     std::optional<qint64> userId)
{
    insertRow(m_context.db(), u"lms_log"_s,
              { { u"level"_s, level },
                { u"event"_s, event },
                { u"message"_s, message },
                { u"user_id"_s,
                  userId ? QVariant(*userId) : QVariant(QMetaType::fromType<qint64>()) },
                { u"created_at"_s, nowText() } });
}

// ---- The catalogue ----

QJsonArray LmsService::cached(Cache &cache, const std::function<QJsonArray()> &read)
{
    {
        QMutexLocker lock(&m_cacheMutex);
        if (cache.until.isValid() && QDateTime::currentDateTimeUtc() < cache.until)
            return cache.value;
    }
    const QJsonArray value = read();
    const int seconds = m_context.config.integer(u"lms/cache_seconds"_s);
    if (seconds > 0) {
        QMutexLocker lock(&m_cacheMutex);
        cache.value = value;
        cache.until = QDateTime::currentDateTimeUtc().addSecs(seconds);
    }
    return value;
}

void LmsService::clearCache()
{
    QMutexLocker lock(&m_cacheMutex);
    m_courses = {};
    m_categories = {};
}

QJsonArray LmsService::categories()
{
    return cached(m_categories, [this] {
        return guarded(u"categories"_s, [this] { return m_provider->categories(); });
    });
}

QJsonObject LmsService::courses(const QJsonObject &query, int page, int limit)
{
    const QJsonArray all = cached(m_courses, [this] {
        return guarded(u"courses"_s, [this] { return m_provider->courses(); });
    });
    const QString text = query.value(u"q"_s).toString().trimmed();
    const qint64 category = query.value(u"category_id"_s).toInteger();
    QJsonArray kept;
    for (const QJsonValue &value : all) {
        const QJsonObject course = value.toObject();
        if ((category == 0 || course.value(u"category_id"_s).toInteger() == category)
            && matches(course, text))
            kept.append(course);
    }
    QJsonArray rows;
    for (qsizetype i = qsizetype(page - 1) * limit; i < kept.size() && rows.size() < limit; ++i)
        rows.append(kept.at(i));
    return pageOf(rows, page, limit, kept.size());
}

QJsonArray LmsService::catalogue()
{
    const QJsonArray all = cached(m_courses, [this] {
        return guarded(u"courses"_s, [this] { return m_provider->courses(); });
    });
    QJsonArray list;
    for (const QJsonValue &value : categories()) {
        QJsonObject category = value.toObject();
        QJsonArray courses;
        for (const QJsonValue &course : all) {
            if (course.toObject().value(u"category_id"_s).toInteger()
                == category.value(u"id"_s).toInteger())
                courses.append(course);
        }
        category.insert(u"courses"_s, courses);
        list.append(category);
    }
    return list;
}

QJsonObject LmsService::courseOrMissing(qint64 courseId, const QString &field)
{
    const std::optional<QJsonObject> found
            = guarded(u"course"_s, [&] { return m_provider->course(courseId); });
    if (!found || !found->value(u"visible"_s).toBool(true)) {
        if (!field.isEmpty())
            throw ApiError::notFound(u"%1 %2 is not a course"_s.arg(field).arg(courseId));
        throw ApiError::notFound(u"Course %1 not found"_s.arg(courseId));
    }
    return *found;
}

QJsonObject LmsService::course(qint64 courseId)
{
    QJsonObject course = courseOrMissing(courseId);
    const SqlRow counts
            = Sql(m_context.db(),
                  u"SELECT COUNT(CASE WHEN status = 'pending' THEN 1 END) AS pending, COUNT(CASE "
                  u"WHEN status = 'approved' THEN 1 END) AS approved FROM lms_enrolment_requests "
                  u"WHERE course_id = :course"_s)
                      .bind(u":course"_s, QString::number(courseId))
                      .single();
    course.insert(u"pending_requests"_s, counts.id(u"pending"_s));
    course.insert(u"enrolled_through_worknation"_s, counts.id(u"approved"_s));
    return course;
}

// ---- The built-in catalogue ----

namespace {

void requireBuiltin(const LmsProvider &provider)
{
    if (provider.name() != u"builtin"_s)
        throw ApiError::conflict(
                u"Courses are kept in the %1 LMS: create them there"_s.arg(provider.name()));
}

/** Admins and super admins, and talents a super admin made course creators. */
void requireCourseCreator(QSqlDatabase db, const Principal &by)
{
    if (by.isAdmin())
        return;
    if (!Sql(db, u"SELECT 1 FROM lms_learners WHERE user_id = :user AND course_creator"_s)
                 .bind(u":user"_s, by.userId)
                 .exists())
        throw ApiError::forbidden(u"Only course creators may do this"_s);
}

} // namespace

QJsonObject LmsService::createCategory(const Principal &by, const QJsonObject &input)
{
    requireBuiltin(*m_provider);
    QSqlDatabase db = m_context.db();
    requireCourseCreator(db, by);
    const qint64 parent = input.value(u"parent_id"_s).toInteger();
    if (parent > 0
        && !Sql(db, u"SELECT 1 FROM lms_categories WHERE id = :id"_s).bind(u":id"_s, parent).exists())
        throw ApiError::badRequest(QStringList { u"parent_id is not a category"_s });
    const qint64 id = insertRowReturningId(
            db, u"lms_categories"_s,
            { { u"name"_s, input.value(u"name"_s).toString().trimmed() },
              { u"description"_s, nullIfEmpty(input.value(u"description"_s)) },
              { u"parent_id"_s,
                parent > 0 ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()) },
              { u"created_at"_s, nowText() } });
    clearCache();
    for (const QJsonValue &category : categories()) {
        if (category.toObject().value(u"id"_s).toInteger() == id)
            return category.toObject();
    }
    return { { u"id"_s, id } };
}

QJsonObject LmsService::createCourse(const Principal &by, const QJsonObject &input)
{
    requireBuiltin(*m_provider);
    QSqlDatabase db = m_context.db();
    requireCourseCreator(db, by);
    const qint64 category = input.value(u"category_id"_s).toInteger();
    if (!Sql(db, u"SELECT 1 FROM lms_categories WHERE id = :id"_s).bind(u":id"_s, category).exists())
        throw ApiError::badRequest(QStringList { u"category_id is not a category"_s });
    const QString shortname = input.value(u"shortname"_s).toString().trimmed();
    if (Sql(db, u"SELECT 1 FROM lms_courses WHERE shortname = :name"_s)
                .bind(u":name"_s, shortname)
                .exists())
        throw ApiError::conflict(u"shortname %1 is taken by another course"_s.arg(shortname));
    const QString now = nowText();
    const qint64 id = insertRowReturningId(
            db, u"lms_courses"_s,
            { { u"category_id"_s, category },
              { u"shortname"_s, shortname },
              { u"fullname"_s, input.value(u"fullname"_s).toString().trimmed() },
              { u"summary"_s, input.value(u"summary"_s).toString() },
              { u"visible"_s, input.value(u"visible"_s).toBool(true) },
              { u"created_by"_s, by.userId },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    clearCache();
    return courseOrMissing(id);
}

QJsonObject LmsService::recordProgress(const Principal &by, qint64 courseId, qint64 userId,
                                       const QJsonObject &input)
{
    requireBuiltin(*m_provider);
    QSqlDatabase db = m_context.db();
    requireCourseCreator(db, by);
    const QJsonObject course = courseOrMissing(courseId);
    const int progress
            = input.value(u"completed"_s).toBool() ? 100 : input.value(u"progress"_s).toInt();
    const QString now = nowText();
    Sql update(db,
               u"UPDATE lms_enrolments SET progress = :progress, completed_at = CASE WHEN "
               u":done AND completed_at IS NULL THEN :now WHEN :done THEN completed_at ELSE NULL "
               u"END WHERE user_id = :user AND course_id = :course"_s);
    update.bind(u":progress"_s, progress)
            .bind(u":done"_s, progress >= 100)
            .bind(u":now"_s, now)
            .bind(u":user"_s, userId)
            .bind(u":course"_s, courseId)
            .execChanging(ApiError::notFound(
                    u"User %1 is not enrolled in course %2"_s.arg(userId).arg(courseId)));
    const LmsCompletion completion = m_provider->completion(userId, courseId);
    if (completion.completed)
        recordCompletion(userId, courseId, course.value(u"fullname"_s).toString(),
                         completion.completedAt);
    return enrolment(userId, courseId);
}

// ---- Learners ----

std::optional<qint64> LmsService::linkedId(QSqlDatabase db, qint64 userId)
{
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT remote_id FROM lms_learners WHERE user_id = :user AND provider = "
                  u":provider AND remote_id IS NOT NULL"_s)
                      .bind(u":user"_s, userId)
                      .bind(u":provider"_s, m_provider->name())
                      .one();
    if (!row)
        return std::nullopt;
    return row->text(u"remote_id"_s).toLongLong();
}

qint64 LmsService::learnerId(qint64 userId)
{
    QSqlDatabase db = m_context.db();
    if (const std::optional<qint64> linked = linkedId(db, userId))
        return *linked;
    return resyncLearner(userId).value(u"lms_user_id"_s).toInteger();
}

QJsonObject LmsService::resyncLearner(qint64 userId)
{
    QSqlDatabase db = m_context.db();
    const SqlRow account
            = Sql(db,
                  u"SELECT u.email, u.first_name, u.last_name, l.username FROM users u LEFT JOIN "
                  u"lms_learners l ON l.user_id = u.id WHERE u.id = :id AND u.deleted_at IS NULL"_s)
                      .bind(u":id"_s, userId)
                      .found(u"User %1 not found"_s.arg(userId));
    const QString email = account.text(u"email"_s);
    const QString username
            = account.isNull(u"username"_s) ? usernameFor(email) : account.text(u"username"_s);
    // Found by email first, so that a talent who already has a user on the site is never made
    // twice.
    bool made = false;
    const qint64 remote = guarded(u"link_user"_s, [&] {
        if (const std::optional<qint64> found = m_provider->findUser(email))
            return *found;
        made = true;
        return m_provider->createUser(
                { email, account.text(u"first_name"_s), account.text(u"last_name"_s), username });
    });
    const QString now = nowText();
    insertRow(db, u"lms_learners"_s,
              { { u"user_id"_s, userId },
                { u"provider"_s, m_provider->name() },
                { u"remote_id"_s, QString::number(remote) },
                { u"username"_s, username },
                { u"created_at"_s, now },
                { u"updated_at"_s, now } },
              onConflictUpdate(u"user_id"_s, { u"provider"_s, u"remote_id"_s, u"updated_at"_s }));
    log(u"info"_s, made ? u"user_created"_s : u"user_linked"_s,
        u"%1 is LMS user %2 on %3"_s.arg(email).arg(remote).arg(m_provider->name()), userId);
    return learnerJson(db, userId);
}

QJsonObject LmsService::learnerJson(QSqlDatabase db, qint64 userId)
{
    const SqlRow row
            = Sql(db,
                  u"SELECT u.id, u.email, u.first_name, u.last_name, u.role, l.provider, "
                  u"l.remote_id, l.username, l.course_creator, l.nysc, l.nysc_state_code, "
                  u"l.nysc_batch, l.academy_id FROM users u LEFT JOIN lms_learners l ON l.user_id "
                  u"= u.id WHERE u.id = :id"_s)
                      .bind(u":id"_s, userId)
                      .found(u"User %1 not found"_s.arg(userId));
    QJsonObject json = jsonOf(row,
                              { .texts = { u"email"_s, u"first_name"_s, u"last_name"_s, u"role"_s },
                                .optionalTexts = { u"provider"_s, u"username"_s,
                                                   u"nysc_state_code"_s, u"nysc_batch"_s },
                                .optionalIntegers = { u"academy_id"_s },
                                .flags = { u"course_creator"_s, u"nysc"_s } });
    json.insert(u"user_id"_s, row.id(u"id"_s));
    json.insert(u"lms_user_id"_s,
                row.isNull(u"remote_id"_s) ? QJsonValue()
                                           : QJsonValue(row.text(u"remote_id"_s).toLongLong()));
    return json;
}

QJsonObject LmsService::linkLearner(qint64 userId, const QList<Role> &roles)
{
    const SqlRow account = Sql(m_context.db(),
                               u"SELECT role FROM users WHERE id = :id AND "
                               u"deleted_at IS NULL"_s)
                                   .bind(u":id"_s, userId)
                                   .found(u"User %1 not found"_s.arg(userId));
    const std::optional<Role> role = roleFromName(account.text(u"role"_s));
    if (!role || !roles.contains(*role)) {
        QStringList names;
        for (Role allowed : roles)
            names.append(roleName(allowed));
        throw ApiError::badRequest(QStringList {
                u"user_id must be the account of a %1"_s.arg(names.join(u" or "_s)) });
    }
    learnerId(userId);
    return learnerJson(m_context.db(), userId);
}

// ---- Enrolment ----

QJsonObject LmsService::enrolNow(const Principal &by, qint64 userId, qint64 courseId)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> pending
            = Sql(db,
                  u"SELECT id FROM lms_enrolment_requests WHERE user_id = :user AND course_id = "
                  u":course AND status = 'pending'"_s)
                      .bind(u":user"_s, userId)
                      .bind(u":course"_s, QString::number(courseId))
                      .one();
    if (pending) {
        approve(by, pending->id(u"id"_s));
        QJsonObject answer = enrolment(userId, courseId);
        answer.insert(u"newly_enrolled"_s, true);
        return answer;
    }
    const QJsonObject course = courseOrMissing(courseId, u"course_id"_s);
    const qint64 remote = learnerId(userId);
    const bool added = guarded(u"enrol"_s, [&] { return m_provider->enrol(remote, courseId); });
    const QString now = nowText();
    // The enrolment is kept among the requests, approved, so that reports count it.
    if (!Sql(db,
             u"SELECT 1 FROM lms_enrolment_requests WHERE user_id = :user AND course_id = :course "
             u"AND status = 'approved'"_s)
                 .bind(u":user"_s, userId)
                 .bind(u":course"_s, QString::number(courseId))
                 .exists()) {
        insertRow(db, u"lms_enrolment_requests"_s,
                  { { u"user_id"_s, userId },
                    { u"course_id"_s, QString::number(courseId) },
                    { u"course_name"_s, course.value(u"fullname"_s).toString() },
                    { u"status"_s, u"approved"_s },
                    { u"note"_s, u"Enrolled by staff"_s },
                    { u"decided_by"_s, by.userId },
                    { u"decided_at"_s, now },
                    { u"created_at"_s, now },
                    { u"updated_at"_s, now } });
    }
    if (added)
        log(u"info"_s, u"enrolled"_s, u"User %1 enrolled in course %2"_s.arg(userId).arg(courseId),
            userId);
    QJsonObject answer = enrolment(userId, courseId);
    answer.insert(u"newly_enrolled"_s, added);
    return answer;
}

QJsonObject LmsService::enrolment(qint64 userId, qint64 courseId)
{
    QJsonObject answer { { u"user_id"_s, userId }, { u"course_id"_s, courseId } };
    LmsCompletion completion;
    if (const std::optional<qint64> remote = linkedId(m_context.db(), userId)) {
        completion = guarded(u"completion"_s,
                             [&] { return m_provider->completion(*remote, courseId); });
    }
    answer.insert(u"enrolled"_s, completion.enrolled);
    answer.insert(u"progress"_s, completion.progress);
    answer.insert(u"completed"_s, completion.completed);
    answer.insert(u"completed_at"_s,
                  completion.completedAt.isEmpty() ? QJsonValue()
                                                   : QJsonValue(completion.completedAt));
    return answer;
}

QJsonArray LmsService::userCourses(qint64 userId)
{
    QSqlDatabase db = m_context.db();
    if (!Sql(db, u"SELECT 1 FROM users WHERE id = :id AND deleted_at IS NULL"_s)
                 .bind(u":id"_s, userId)
                 .exists())
        throw ApiError::notFound(u"User %1 not found"_s.arg(userId));
    const std::optional<qint64> remote = linkedId(db, userId);
    if (!remote)
        return {};
    const QJsonArray courses
            = guarded(u"user_courses"_s, [&] { return m_provider->userCourses(*remote); });
    // Completions recorded before are not asked about again.
    QSet<qint64> recorded;
    {
        Sql q(db,
              u"SELECT course_id FROM talent_verified_courses WHERE user_id = :user AND provider "
              u"= :provider"_s);
        q.bind(u":user"_s, userId).bind(u":provider"_s, m_provider->name()).exec();
        while (q.next())
            recorded.insert(q.text(u"course_id"_s).toLongLong());
    }
    for (const QJsonValue &value : courses) {
        const QJsonObject course = value.toObject();
        const qint64 courseId = course.value(u"id"_s).toInteger();
        if (!course.value(u"completed"_s).toBool() || recorded.contains(courseId))
            continue;
        const LmsCompletion completion = m_provider->completion(*remote, courseId);
        recordCompletion(userId, courseId, course.value(u"fullname"_s).toString(),
                         completion.completedAt.isEmpty() ? nowText() : completion.completedAt);
    }
    return courses;
}

QJsonArray LmsService::userCoursesByEmail(const QString &email)
{
    const std::optional<qint64> userId = AccountService::idByEmail(m_context.db(), email);
    if (!userId)
        throw ApiError::notFound(u"No account has the email %1"_s.arg(email));
    return userCourses(*userId);
}

void LmsService::recordCompletion(qint64 userId, qint64 courseId, const QString &courseName,
                                  const QString &completedAt)
{
    QSqlDatabase db = m_context.db();
    Sql insert(db,
               u"INSERT INTO talent_verified_courses (user_id, provider, course_id, course_name, "
               u"completed_at, recorded_at) VALUES (:user, :provider, :course, :name, :done, "
               u":now) ON CONFLICT (user_id, provider, course_id) DO NOTHING"_s);
    insert.bind(u":user"_s, userId)
            .bind(u":provider"_s, m_provider->name())
            .bind(u":course"_s, QString::number(courseId))
            .bind(u":name"_s, courseName)
            .bind(u":done"_s, completedAt)
            .bind(u":now"_s, nowText())
            .exec();
    if (insert.rowsAffected() != 1)
        return;
    log(u"info"_s, u"completed"_s, u"User %1 completed course %2"_s.arg(userId).arg(courseId),
        userId);
    const QJsonObject data { { u"course_id"_s, courseId }, { u"course_name"_s, courseName } };
    m_notifications.notify(userId, u"lms_course_completed"_s, data);
    // Sponsors whose sponsorship of this talent was approved are told too.
    QList<qint64> sponsors;
    {
        Sql q(db,
              u"SELECT DISTINCT c.owner_id, u.first_name, u.last_name FROM "
              u"sponsorship_applications a JOIN sponsorships s ON s.id = a.sponsorship_id JOIN "
              u"companies c ON c.id = s.company_id JOIN users u ON u.id = a.applicant_id WHERE "
              u"a.applicant_id = :user AND a.status = 'approved' AND c.owner_id IS NOT NULL"_s);
        q.bind(u":user"_s, userId).exec();
        while (q.next())
            sponsors.append(q.id(u"owner_id"_s));
    }
    const QJsonObject talent = learnerJson(db, userId);
    const QString talentName = u"%1 %2"_s.arg(talent.value(u"first_name"_s).toString(),
                                              talent.value(u"last_name"_s).toString());
    for (qint64 sponsor : sponsors) {
        m_notifications.notify(sponsor, u"lms_course_completed"_s,
                               { { u"course_id"_s, courseId },
                                 { u"course_name"_s, courseName },
                                 { u"talent_id"_s, userId },
                                 { u"talent_name"_s, talentName } });
    }
}

} // namespace wn
