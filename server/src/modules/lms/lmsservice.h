// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "lmsprovider.h"

#include <wn/common/apierror.h>
#include <wn/common/roles.h>
#include <wn/common/workflows.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>

#include <functional>

#include <memory>
#include <optional>

namespace wn {

class NotificationService;
struct Principal;
struct ServerContext;

/**
 * @brief Learning through whichever LMS is configured: the catalogue (cached for
 * lms/cache_seconds), an account's LMS user (found by email or made, once), enrolment, talents'
 * requests to join a course with their approval, and completion flowing back as verified courses
 * (talent_verified_courses, which the profile and the CV read).
 */
class LmsService
{
public:
    LmsService(ServerContext &context, std::unique_ptr<LmsProvider> provider,
               NotificationService &notifications);
    Q_DISABLE_COPY_MOVE(LmsService)

    LmsProvider &provider() { return *m_provider; }

    // ---- The catalogue ----
    /** A page of the courses, filtered by text (q) and category_id. */
    QJsonObject courses(const QJsonObject &query, int page, int limit);
    QJsonArray categories();
    /** Each category with its courses, as the talent's catalogue shows them. */
    QJsonArray catalogue();
    QJsonObject course(qint64 courseId);
    /** Forgets the cached course and category lists; the next read asks the provider. */
    void clearCache();

    // ---- The built-in LMS's own catalogue and progress ----
    QJsonObject createCategory(const Principal &by, const QJsonObject &input);
    QJsonObject createCourse(const Principal &by, const QJsonObject &input);
    /** Records a learner's progress in a built-in course; 100 or completed: true completes it. */
    QJsonObject recordProgress(const Principal &by, qint64 courseId, qint64 userId,
                               const QJsonObject &input);

    // ---- Learners ----
    /** The LMS user of @p userId: linked already, found by email, or made (in that order). */
    qint64 learnerId(qint64 userId);
    /** learnerId() for an account that must hold one of @p roles (400 naming user_id if not);
     *  the learner's JSON. */
    QJsonObject linkLearner(qint64 userId, const QList<Role> &roles);
    /** Looks the account's LMS user up by email again and keeps what the provider says. */
    QJsonObject resyncLearner(qint64 userId);
    QJsonObject learnerJson(QSqlDatabase db, qint64 userId);

    // ---- Enrolment ----
    /** Enrols @p userId in @p courseId now (staff): a pending request for it is approved. */
    QJsonObject enrolNow(const Principal &by, qint64 userId, qint64 courseId);
    /** Whether @p userId is enrolled in @p courseId, with progress; makes no LMS user. */
    QJsonObject enrolment(qint64 userId, qint64 courseId);
    /** The courses @p userId is enrolled in; completed ones are recorded as verified. */
    QJsonArray userCourses(qint64 userId);
    QJsonArray userCoursesByEmail(const QString &email);

    // ---- Requests ----
    QJsonObject requestEnrolment(const Principal &talent, const QJsonObject &input);
    QJsonObject status(const Principal &talent, qint64 courseId);
    QJsonObject progress(const Principal &talent, qint64 courseId);
    /** Requests as @p viewer sees them (the talent's own, or staff's with the moves they make). */
    QJsonObject requests(const QJsonObject &query, int page, int limit, Viewer viewer);
    QJsonObject request(const Principal &viewer, qint64 requestId);
    QJsonObject approve(const Principal &staff, qint64 requestId);
    QJsonObject decline(const Principal &staff, qint64 requestId, const QString &reason);

    /** Writes one entry of the LMS activity log (what "get log" shows). */
    void log(const QString &level, const QString &event, const QString &message,
             std::optional<qint64> userId = std::nullopt);

private:
    struct Cache
    {
        QJsonArray value;
        QDateTime until;
    };
    QJsonArray cached(Cache &cache, const std::function<QJsonArray()> &read);
    /** Runs a provider call; a failure is written to the activity log before it is rethrown. */
    template<typename F>
    auto guarded(const QString &event, F &&call) -> decltype(call());
    /** The course as the provider has it; 404 naming @p field when it has none. */
    QJsonObject courseOrMissing(qint64 courseId, const QString &field = {});
    std::optional<qint64> linkedId(QSqlDatabase db, qint64 userId);
    /** Records a completion once; tells the talent and their sponsors the first time. */
    void recordCompletion(qint64 userId, qint64 courseId, const QString &courseName,
                          const QString &completedAt);
    QJsonObject requestJson(QSqlDatabase db, qint64 requestId, Viewer viewer = Viewer::Staff);
    QJsonObject decide(const Principal &staff, qint64 requestId, const QString &to,
                       const QString &reason);

    ServerContext &m_context;
    std::unique_ptr<LmsProvider> m_provider;
    NotificationService &m_notifications;
    QMutex m_cacheMutex;
    Cache m_courses;
    Cache m_categories;
};

template<typename F>
auto LmsService::guarded(const QString &event, F &&call) -> decltype(call())
{
    using namespace Qt::StringLiterals;
    try {
        return call();
    } catch (const ApiError &error) {
        if (error.status() >= 500)
            log(u"error"_s, event, error.messages().join(u"; "_s));
        throw;
    }
}

} // namespace wn
