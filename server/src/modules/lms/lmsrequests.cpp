// SPDX-License-Identifier: Apache-2.0
// Enrolment requests: a talent asks to join a course, staff approve (enrolling the talent) or
// decline with a reason, and the talent is told either way.
#include "lmsservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "modules/notifications/notificationservice.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

#include <QMutexLocker>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString requestColumns
        = u"r.id, r.user_id, r.course_id, r.course_name, r.status, r.reason, r.note, "
          u"r.decided_by, r.decided_at, r.created_at, r.updated_at, u.first_name, u.last_name, "
          u"u.email"_s;

/** A request as @p viewer sees it: the moves listed are the ones @p viewer may make. */
QJsonObject requestRow(const Sql &q, Viewer viewer)
{
    QJsonObject json
            = jsonOf(q,
                     { .ids = { u"id"_s, u"user_id"_s },
                       .texts = { u"course_name"_s, u"status"_s, u"created_at"_s, u"updated_at"_s },
                       .optionalTexts = { u"reason"_s, u"note"_s, u"decided_at"_s },
                       .optionalIntegers = { u"decided_by"_s } });
    json.insert(u"course_id"_s, q.text(u"course_id"_s).toLongLong());
    json.insert(u"talent"_s,
                QJsonObject { { u"id"_s, q.id(u"user_id"_s) },
                              { u"first_name"_s, q.text(u"first_name"_s) },
                              { u"last_name"_s, q.text(u"last_name"_s) },
                              { u"email"_s, q.text(u"email"_s) } });
    json.insert(
            u"next_statuses"_s,
            QJsonArray::fromStringList(lmsEnrolmentWorkflow().moves(q.text(u"status"_s), viewer)));
    return json;
}
} // namespace

QJsonObject LmsService::requestJson(QSqlDatabase db, qint64 requestId, Viewer viewer)
{
    Sql q(db,
          u"SELECT "_s + requestColumns
                  + u" FROM lms_enrolment_requests r JOIN users u ON u.id = r.user_id WHERE r.id = "
                    u":id"_s);
    q.bind(u":id"_s, requestId).exec();
    if (!q.next())
        throw ApiError::notFound(u"Enrolment request %1 not found"_s.arg(requestId));
    return requestRow(q, viewer);
}

QJsonObject LmsService::requestEnrolment(const Principal &talent, const QJsonObject &input)
{
    const qint64 courseId = input.value(u"course_id"_s).toInteger();
    const QJsonObject course = courseOrMissing(courseId, u"course_id"_s);
    QSqlDatabase db = m_context.db();
    if (enrolment(talent.userId, courseId).value(u"enrolled"_s).toBool())
        throw ApiError::conflict(u"You are enrolled in this course already"_s);
    const QString now = nowText();
    Transaction tx(db);
    if (Sql(db,
            u"SELECT 1 FROM lms_enrolment_requests WHERE user_id = :user AND course_id = :course "
            u"AND status = 'pending'"_s)
                .bind(u":user"_s, talent.userId)
                .bind(u":course"_s, QString::number(courseId))
                .exists())
        throw ApiError::conflict(u"Your request for this course is waiting for approval"_s);
    const qint64 id
            = insertRowReturningId(db, u"lms_enrolment_requests"_s,
                                   { { u"user_id"_s, talent.userId },
                                     { u"course_id"_s, QString::number(courseId) },
                                     { u"course_name"_s, course.value(u"fullname"_s).toString() },
                                     { u"status"_s, u"pending"_s },
                                     { u"note"_s, nullIfEmpty(input.value(u"note"_s)) },
                                     { u"created_at"_s, now },
                                     { u"updated_at"_s, now } });
    tx.commit();
    return requestJson(db, id, Viewer::Talent);
}

QJsonObject LmsService::status(const Principal &talent, qint64 courseId)
{
    QJsonObject answer = enrolment(talent.userId, courseId);
    Sql q(m_context.db(),
          u"SELECT "_s + requestColumns
                  + u" FROM lms_enrolment_requests r JOIN users u ON u.id = r.user_id WHERE "
                    u"r.user_id = :user AND r.course_id = :course ORDER BY r.id DESC LIMIT 1"_s);
    q.bind(u":user"_s, talent.userId).bind(u":course"_s, QString::number(courseId)).exec();
    answer.insert(u"request"_s, q.next() ? QJsonValue(requestRow(q, Viewer::Talent)) : QJsonValue());
    if (!answer.value(u"enrolled"_s).toBool() && answer.value(u"request"_s).isNull())
        courseOrMissing(courseId); // a course that does not exist is a 404, not "not enrolled"
    return answer;
}

QJsonObject LmsService::progress(const Principal &talent, qint64 courseId)
{
    const QJsonObject course = courseOrMissing(courseId);
    QJsonObject answer = enrolment(talent.userId, courseId);
    if (!answer.value(u"enrolled"_s).toBool())
        throw ApiError::notFound(u"You are not enrolled in course %1"_s.arg(courseId));
    if (answer.value(u"completed"_s).toBool())
        recordCompletion(talent.userId, courseId, course.value(u"fullname"_s).toString(),
                         answer.value(u"completed_at"_s).toString(nowText()));
    answer.insert(u"course"_s, course);
    return answer;
}

QJsonObject LmsService::requests(const QJsonObject &query, int page, int limit, Viewer viewer)
{
    SqlFilter filter;
    if (const QString status = query.value(u"status"_s).toString(); !status.isEmpty())
        filter.add(u"r.status = :status"_s, u":status"_s, status);
    if (const qint64 user = query.value(u"user_id"_s).toInteger(); user > 0)
        filter.add(u"r.user_id = :user"_s, u":user"_s, user);
    if (const qint64 course = query.value(u"course_id"_s).toInteger(); course > 0)
        filter.add(u"r.course_id = :course"_s, u":course"_s, QString::number(course));
    return selectPage(
            m_context.db(), requestColumns,
            u"lms_enrolment_requests r JOIN users u ON u.id = r.user_id"_s, filter,
            u"r.created_at DESC, r.id DESC"_s, page, limit,
            [viewer](Sql &q) { return requestRow(q, viewer); }, u"lms_enrolment_requests r"_s);
}

QJsonObject LmsService::request(const Principal &viewer, qint64 requestId)
{
    const QJsonObject json = requestJson(m_context.db(), requestId,
                                         viewer.isStaff() ? Viewer::Staff : Viewer::Talent);
    // A talent sees their own requests only; anyone else's is as missing as one that is not.
    if (!viewer.isStaff() && json.value(u"user_id"_s).toInteger() != viewer.userId)
        throw ApiError::notFound(u"Enrolment request %1 not found"_s.arg(requestId));
    return json;
}

QJsonObject LmsService::decide(const Principal &staff, qint64 requestId, const QString &to,
                               const QString &reason)
{
    QSqlDatabase db = m_context.db();
    const QJsonObject before = requestJson(db, requestId);
    const QString from = before.value(u"status"_s).toString();
    if (!lmsEnrolmentWorkflow().moves(from, Viewer::Staff).contains(to))
        throw ApiError::conflict(u"The request is %1 already"_s.arg(from));
    const qint64 userId = before.value(u"user_id"_s).toInteger();
    const qint64 courseId = before.value(u"course_id"_s).toInteger();
    if (to == u"approved"_s) {
        // Enrolled first: a request is approved only once the LMS has the talent.
        const qint64 remote = learnerId(userId);
        guarded(u"enrol"_s, [&] { return m_provider->enrol(remote, courseId); });
    }
    Sql update(db,
               u"UPDATE lms_enrolment_requests SET status = :to, reason = :reason, decided_by = "
               u":by, decided_at = :now, updated_at = :now WHERE id = :id AND status = :from"_s);
    update.bind(u":to"_s, to)
            .bind(u":reason"_s, nullIfEmpty(reason))
            .bind(u":by"_s, staff.userId)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, requestId)
            .bind(u":from"_s, from)
            .execChanging(ApiError::conflict(u"The request was decided meanwhile"_s));
    const QString course = before.value(u"course_name"_s).toString();
    const QJsonObject data { { u"request_id"_s, requestId },
                             { u"course_id"_s, courseId },
                             { u"course_name"_s, course },
                             { u"reason"_s, reason } };
    if (to == u"approved"_s) {
        log(u"info"_s, u"enrolled"_s, u"User %1 enrolled in course %2"_s.arg(userId).arg(courseId),
            userId);
        m_notifications.notify(userId, u"lms_enrolment_approved"_s, data);
    } else {
        m_notifications.notify(userId, u"lms_enrolment_declined"_s, data);
    }
    return requestJson(db, requestId);
}

QJsonObject LmsService::approve(const Principal &staff, qint64 requestId)
{
    return decide(staff, requestId, u"approved"_s, {});
}

QJsonObject LmsService::decline(const Principal &staff, qint64 requestId, const QString &reason)
{
    return decide(staff, requestId, u"declined"_s, reason.trimmed());
}

} // namespace wn
