// SPDX-License-Identifier: Apache-2.0
#include "applicationsservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/mail/mailer.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/jobs/recommendations.h"
#include "modules/notifications/notificationservice.h"
#include "modules/users/profilecompletion.h"
#include "modules/webhooks/webhookservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>
#include <wn/common/notifications.h>
#include <wn/common/workflows.h>

#include <QDate>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

ApplicationsService::ApplicationsService(ServerContext &context, JobsService &jobs,
                                         WebhookService &webhooks,
                                         NotificationService &notifications)
    : m_context(context)
    , m_jobs(jobs)
    , m_webhooks(webhooks)
    , m_notifications(notifications)
{ }

// The statuses, moves and reasons are the vocabulary the client shares (wn/common/workflows.h).
QStringList ApplicationsService::statuses()
{
    return applicationWorkflow().statuses();
}

QStringList ApplicationsService::rejectionReasons()
{
    return applicationWorkflow().reasons();
}

QStringList ApplicationsService::nextStates(const QString &from, bool byCompany)
{
    return applicationWorkflow().moves(from, byCompany ? Viewer::Company : Viewer::Talent);
}

void ApplicationsService::requireOpenJob(QSqlDatabase db, qint64 jobId)
{
    const std::optional<SqlRow> job
            = Sql(db,
                  u"SELECT j.status, j.deadline FROM jobs j JOIN companies c ON c.id = "
                  u"j.company_id "
                  "WHERE j.id = :id AND j.deleted_at IS NULL AND c.deleted_at IS NULL"_s)
                      .bind(u":id"_s, jobId)
                      .one();
    if (!job || job->text(u"status"_s) == u"draft"_s)
        throw ApiError::notFound(u"Job not found"_s);
    if (job->text(u"status"_s) != u"published"_s)
        throw ApiError::unprocessable(u"This job is no longer taking applications"_s);
    const QString deadline = job->text(u"deadline"_s);
    if (!deadline.isEmpty() && QDate::fromString(deadline, Qt::ISODate) < QDate::currentDate())
        throw ApiError::unprocessable(u"The application deadline for this job has passed"_s);
}

QJsonArray ApplicationsService::checkedAnswers(QSqlDatabase db, qint64 jobId,
                                               const QJsonArray &answers, bool requireAll)
{
    QHash<qint64, QString> given;
    for (const QJsonValue &value : answers) {
        const QJsonObject answer = value.toObject();
        given.insert(answer.value(u"question_id"_s).toInteger(),
                     answer.value(u"answer"_s).toString().trimmed());
    }
    Sql q(db,
          u"SELECT p.id, p.question, p.kind, p.options, p.expected_answer, jq.required FROM "
          u"job_questions jq "
          "JOIN prequalification_questions p ON p.id = jq.question_id WHERE jq.job_id = :job ORDER BY jq.position"_s);
    q.bind(u":job"_s, jobId).exec();
    QJsonArray out;
    QStringList problems;
    QList<qint64> asked;
    while (q.next()) {
        const qint64 id = q.id(u"id"_s);
        asked.append(id);
        const QString kind = q.text(u"kind"_s);
        const QString answer = given.value(id);
        if (answer.isEmpty()) {
            if (requireAll && q.flag(u"required"_s))
                problems.append(u"answers: question %1 (\"%2\") must be answered"_s.arg(id).arg(
                        q.text(u"question"_s).left(80)));
            continue;
        }
        bool valid = answer.size() <= 2000;
        if (kind == u"yes_no"_s)
            valid = answer == u"yes"_s || answer == u"no"_s;
        else if (kind == u"number"_s)
            answer.toDouble(&valid);
        else if (kind == u"single_choice"_s)
            valid = QJsonDocument::fromJson(q.text(u"options"_s).toUtf8()).array().contains(answer);
        if (!valid) {
            problems.append(u"answers: the answer to question %1 must be %2"_s.arg(id).arg(
                    kind == u"yes_no"_s                  ? u"yes or no"_s
                            : kind == u"number"_s        ? u"a number"_s
                            : kind == u"single_choice"_s ? u"one of its options"_s
                                                         : u"at most 2000 characters"_s));
            continue;
        }
        const QString expected = q.text(u"expected_answer"_s);
        out.append(QJsonObject {
                { u"question_id"_s, id },
                { u"question"_s, q.text(u"question"_s) },
                { u"answer"_s, answer },
                { u"passed"_s,
                  expected.isEmpty()
                          ? QJsonValue(QJsonValue::Null)
                          : QJsonValue(expected.compare(answer, Qt::CaseInsensitive) == 0) } });
    }
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!asked.contains(it.key()))
            problems.append(u"answers: question %1 is not asked by this job"_s.arg(it.key()));
    }
    if (!problems.isEmpty())
        throw ApiError::badRequest(problems);
    return out;
}

namespace {

/** The talent's application for a job (its id and status), if there is one. */
std::optional<SqlRow> existingApplication(QSqlDatabase db, qint64 jobId, qint64 talentId)
{
    return Sql(db, u"SELECT id, status FROM applications WHERE job_id = :job AND talent_id = :me"_s)
            .bind(u":job"_s, jobId)
            .bind(u":me"_s, talentId)
            .one();
}

/** A new application in @p status, draft or applied; a draft has no CV nor time of application
 *  yet. Returns its id. */
qint64 insertApplication(QSqlDatabase db, qint64 jobId, qint64 talentId, const QString &status,
                         const QJsonObject &input, const QJsonArray &answers, const QString &cvKey,
                         const QString &now)
{
    return insertRowReturningId(
            db, u"applications"_s,
            { { u"job_id"_s, jobId },
              { u"talent_id"_s, talentId },
              { u"status"_s, status },
              { u"cover_letter"_s, input.value(u"cover_letter"_s).toVariant() },
              { u"answers"_s, QString::fromUtf8(json::compact(answers)) },
              { u"cv_key"_s, nullIfEmpty(cvKey) },
              { u"applied_at"_s, nullIfEmpty(status == u"applied"_s ? now : QString()) },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
}

/** The first event of an application: its talent made it, in @p status. */
void recordCreated(QSqlDatabase db, qint64 applicationId, const QString &status, qint64 talentId,
                   const QString &now)
{
    insertRow(db, u"application_events"_s,
              { { u"application_id"_s, applicationId },
                { u"from_status"_s, QVariant() },
                { u"to_status"_s, status },
                { u"actor_id"_s, talentId },
                { u"created_at"_s, now } });
}

} // namespace

QJsonObject ApplicationsService::saveDraft(const Principal &talent, qint64 jobId,
                                           const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    requireOpenJob(db, jobId);
    const QJsonArray answers
            = checkedAnswers(db, jobId, input.value(u"answers"_s).toArray(), false);
    Transaction tx(db);
    const std::optional<SqlRow> existing = existingApplication(db, jobId, talent.userId);
    const QString now = nowText();
    qint64 id = 0;
    if (existing) {
        id = existing->id(u"id"_s);
        if (existing->text(u"status"_s) != u"draft"_s)
            throw ApiError::conflict(u"You have already applied for this job"_s);
        Sql(db,
            u"UPDATE applications SET cover_letter = :letter, answers = :answers, updated_at = :now WHERE id = :id AND status = 'draft'"_s)
                .bind(u":letter"_s, input.value(u"cover_letter"_s).toVariant())
                .bind(u":answers"_s, QString::fromUtf8(json::compact(answers)))
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .exec();
    } else {
        id = insertApplication(db, jobId, talent.userId, u"draft"_s, input, answers, {}, now);
        recordCreated(db, id, u"draft"_s, talent.userId, now);
    }
    tx.commit();
    return applicationJson(db, id, true, false);
}

QJsonObject ApplicationsService::apply(const Principal &talent, qint64 jobId,
                                       const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    requireOpenJob(db, jobId);
    const QJsonArray answers = checkedAnswers(db, jobId, input.value(u"answers"_s).toArray(), true);
    const QString cvKey = input.value(u"cv_key"_s).toString();
    if (!cvKey.isEmpty()) {
        const auto file = m_context.storage->find(db, cvKey);
        if (!file || file->ownerId != talent.userId || file->kind != FileKind::Cv)
            throw ApiError::badRequest(QStringList { u"cv_key must be a CV you uploaded"_s });
    }
    if (const std::optional<SqlRow> existing = existingApplication(db, jobId, talent.userId)) {
        const qint64 id = existing->id(u"id"_s);
        if (existing->text(u"status"_s) != u"draft"_s)
            throw ApiError::conflict(u"You have already applied for this job"_s);
        Sql(db,
            u"UPDATE applications SET cover_letter = COALESCE(:letter, cover_letter), answers = "
            u":answers, cv_key = COALESCE(:cv, cv_key) "
            "WHERE id = :id AND status = 'draft'"_s)
                .bind(u":letter"_s, input.value(u"cover_letter"_s).toVariant())
                .bind(u":answers"_s, QString::fromUtf8(json::compact(answers)))
                .bind(u":cv"_s, nullIfEmpty(cvKey))
                .bind(u":id"_s, id)
                .exec();
        return submitDraft(talent, id);
    }
    Transaction tx(db);
    const QString now = nowText();
    qint64 id = 0;
    try {
        id = insertApplication(db, jobId, talent.userId, u"applied"_s, input, answers, cvKey, now);
    } catch (const DatabaseError &) {
        // Two submissions at once: the unique (job, talent) pair lets one through.
        throw ApiError::conflict(u"You have already applied for this job"_s);
    }
    recordCreated(db, id, u"applied"_s, talent.userId, now);
    Sql company(db, u"SELECT company_id FROM jobs WHERE id = :job"_s);
    const qint64 companyId = company.bind(u":job"_s, jobId).scalar().toLongLong();
    m_webhooks.emit(db, companyId, u"application.created"_s,
                    { { u"application_id"_s, id },
                      { u"job_id"_s, jobId },
                      { u"talent_id"_s, talent.userId } });
    tx.commit();
    return applicationJson(db, id, true, false);
}

QJsonObject ApplicationsService::move(const Principal &actor, qint64 applicationId,
                                      const QString &from, const QString &to, const QString &reason,
                                      const QString &note, bool byCompany)
{
    if (!nextStates(from, byCompany).contains(to)) {
        if (from == to)
            throw ApiError::unprocessable(u"The application is already %1"_s.arg(to));
        throw ApiError::unprocessable(u"An application cannot go from %1 to %2%3"_s.arg(
                from, to, byCompany ? QString() : u" by its applicant"_s));
    }
    QSqlDatabase db = m_context.db();
    const QString now = nowText();
    QJsonObject notification;
    qint64 talentId = 0;
    QString jobTitle;
    QString email;
    {
        Transaction tx(db);
        Sql change(db,
                   u"UPDATE applications SET status = :to, updated_at = :now, "
                   "rejection_reason = CASE WHEN :to = 'rejected' THEN :reason ELSE "
                   "rejection_reason END, "
                   "applied_at = CASE WHEN :to = 'applied' THEN :now ELSE applied_at END, "
                   "first_response_at = CASE WHEN :company THEN COALESCE(first_response_at, :now) "
                   "ELSE first_response_at END "
                   "WHERE id = :id AND status = :from"_s);
        change.bind(u":to"_s, to)
                .bind(u":now"_s, now)
                .bind(u":reason"_s, nullIfEmpty(reason))
                .bind(u":company"_s, byCompany)
                .bind(u":id"_s, applicationId)
                .bind(u":from"_s, from)
                .execChanging(ApiError::conflict(
                        u"The application changed meanwhile; reload it and try again"_s));
        insertRow(db, u"application_events"_s,
                  { { u"application_id"_s, applicationId },
                    { u"from_status"_s, from },
                    { u"to_status"_s, to },
                    { u"actor_id"_s, actor.userId },
                    { u"reason"_s, nullIfEmpty(reason) },
                    { u"note"_s, nullIfEmpty(note.left(2000)) },
                    { u"created_at"_s, now } });
        // The company's webhooks hear of it in the same transaction.
        const SqlRow job
                = Sql(db,
                      u"SELECT j.company_id, a.job_id, a.talent_id FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = :id"_s)
                          .bind(u":id"_s, applicationId)
                          .single();
        const QJsonObject event { { u"application_id"_s, applicationId },
                                  { u"job_id"_s, job.id(u"job_id"_s) },
                                  { u"talent_id"_s, job.id(u"talent_id"_s) },
                                  { u"from"_s, from },
                                  { u"to"_s, to },
                                  { u"reason"_s, textOrNull(reason) } };
        m_webhooks.emit(db, job.id(u"company_id"_s),
                        to == u"applied"_s             ? u"application.created"_s
                                : to == u"withdrawn"_s ? u"application.withdrawn"_s
                                                       : u"application.status_changed"_s,
                        event);
        if (byCompany) {
            const SqlRow who = Sql(db,
                                   u"SELECT a.talent_id, j.title, u.email, u.first_name, "
                                   u"u.language FROM applications a "
                                   u"JOIN jobs j ON j.id = a.job_id "
                                   "JOIN users u ON u.id = a.talent_id WHERE a.id = :id"_s)
                                       .bind(u":id"_s, applicationId)
                                       .single();
            talentId = who.id(u"talent_id"_s);
            jobTitle = who.text(u"title"_s);
            email = who.text(u"email"_s);
            const QString firstName = who.text(u"first_name"_s);
            QJsonObject facts { { u"application_id"_s, applicationId },
                                { u"status"_s, to },
                                { u"job_title"_s, jobTitle } };
            if (!reason.isEmpty())
                facts.insert(u"reason"_s, reason);
            notification = m_notifications.create(db, talentId, u"application_status"_s, facts);
            // The notification's words again, in the language the talent reads mail in.
            const MailWords words = m_context.mailer->words(who.text(u"language"_s));
            const QString title
                    = notificationWords(u"application_status"_s, facts, {},
                                        [&words](const char *context, const char *text) {
                                            return words.translate(context, text);
                                        })
                              .title;
            m_context.mailer->send(
                    db,
                    { email, title,
                      words(QT_TRANSLATE_NOOP("Mail",
                                              "Hello %1,\n\n%2.\n\nSee the details and the "
                                              "full timeline in Worknation: %3\n"),
                            { firstName, title, m_context.config.publicUrl() }),
                      words.language() });
        }
        tx.commit();
    }
    if (!notification.isEmpty())
        m_notifications.publish(talentId, notification);
    return applicationJson(db, applicationId, true, byCompany);
}

QJsonObject ApplicationsService::submitDraft(const Principal &talent, qint64 applicationId)
{
    QSqlDatabase db = m_context.db();
    const SqlRow application
            = Sql(db,
                  u"SELECT status, job_id FROM applications WHERE id = :id AND talent_id = :me"_s)
                      .bind(u":id"_s, applicationId)
                      .bind(u":me"_s, talent.userId)
                      .found(u"Application not found"_s);
    const QString status = application.text(u"status"_s);
    const qint64 jobId = application.id(u"job_id"_s);
    if (status != u"draft"_s)
        throw ApiError::unprocessable(
                u"Only a draft can be submitted; this application is %1"_s.arg(status));
    requireOpenJob(db, jobId);
    // The questions must all be answered by now.
    const SqlRow saved = Sql(db, u"SELECT answers FROM applications WHERE id = :id"_s)
                                 .bind(u":id"_s, applicationId)
                                 .single();
    QJsonArray given;
    for (const QJsonValue &answer :
         QJsonDocument::fromJson(saved.text(u"answers"_s).toUtf8()).array())
        given.append(QJsonObject { { u"question_id"_s, answer.toObject().value(u"question_id"_s) },
                                   { u"answer"_s, answer.toObject().value(u"answer"_s) } });
    checkedAnswers(db, jobId, given, true);
    return move(talent, applicationId, u"draft"_s, u"applied"_s, {}, {}, false);
}

QJsonObject ApplicationsService::withdraw(const Principal &talent, qint64 applicationId,
                                          const QString &note)
{
    const SqlRow application
            = Sql(m_context.db(),
                  u"SELECT status FROM applications WHERE id = :id AND talent_id = :me"_s)
                      .bind(u":id"_s, applicationId)
                      .bind(u":me"_s, talent.userId)
                      .found(u"Application not found"_s);
    return move(talent, applicationId, application.text(u"status"_s), u"withdrawn"_s, {}, note,
                false);
}

qint64 ApplicationsService::requireCompanyApplication(QSqlDatabase db, const Principal &by,
                                                      qint64 applicationId)
{
    const std::optional<SqlRow> application
            = Sql(db,
                  u"SELECT j.company_id FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = :id AND a.status <> 'draft'"_s)
                      .bind(u":id"_s, applicationId)
                      .one();
    if (!application || !by.companyId || application->id(u"company_id"_s) != *by.companyId)
        throw ApiError::notFound(u"Application not found"_s);
    return applicationId;
}

namespace {

/** The status of an application known to exist. */
QString statusOf(QSqlDatabase db, qint64 applicationId)
{
    return Sql(db, u"SELECT status FROM applications WHERE id = :id"_s)
            .bind(u":id"_s, applicationId)
            .scalar()
            .toString();
}

} // namespace

QJsonObject ApplicationsService::decide(const Principal &by, qint64 applicationId,
                                        const QString &status, const QString &reason,
                                        const QString &note)
{
    QSqlDatabase db = m_context.db();
    requireCompanyApplication(db, by, applicationId);
    if (status == u"rejected"_s && reason.isEmpty())
        throw ApiError::badRequest(QStringList { u"reason should not be empty when rejecting"_s });
    const QString from = statusOf(db, applicationId);
    return move(by, applicationId, from, status, status == u"rejected"_s ? reason : QString(), note,
                true);
}

QJsonObject ApplicationsService::remark(const Principal &by, qint64 applicationId,
                                        const QString &remark, const QString &note)
{
    QSqlDatabase db = m_context.db();
    requireCompanyApplication(db, by, applicationId);
    const QString status = statusOf(db, applicationId);
    if (!applicationTakesRemark(status))
        throw ApiError::unprocessable(
                u"Only shortlisted or interviewed candidates get a remark; this application is %1"_s
                        .arg(status));
    Sql(db,
        u"UPDATE applications SET remark = :remark, remark_note = :note, updated_at = :now WHERE id = :id"_s)
            .bind(u":remark"_s, remark)
            .bind(u":note"_s, nullIfEmpty(note.left(2000)))
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, applicationId)
            .exec();
    if (remark == u"fail"_s)
        return move(by, applicationId, status, u"rejected"_s, u"failed_assessment"_s, note, true);
    return applicationJson(db, applicationId, true, true);
}

} // namespace wn
