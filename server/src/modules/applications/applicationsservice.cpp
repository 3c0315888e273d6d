// SPDX-License-Identifier: Apache-2.0
#include "applicationsservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/mail/mailer.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/jobs/recommendations.h"
#include "modules/notifications/notificationservice.h"
#include "modules/onboarding/onboardingservice.h"
#include "modules/users/profilecompletion.h"
#include "modules/webhooks/webhookservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QDate>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QHash<QString, QString> &statusWords()
{
    static const QHash<QString, QString> words { { u"applied"_s, u"was received"_s },
                                                 { u"shortlisted"_s, u"was shortlisted"_s },
                                                 { u"interview"_s, u"moved to interview"_s },
                                                 { u"offered"_s, u"received an offer"_s },
                                                 { u"hired"_s,
                                                   u"ended in a hire: congratulations"_s },
                                                 { u"rejected"_s, u"was not successful"_s },
                                                 { u"withdrawn"_s, u"was withdrawn"_s } };
    return words;
}

} // namespace

ApplicationsService::ApplicationsService(ServerContext &context)
    : m_context(context)
{ }

QStringList ApplicationsService::statuses()
{
    return { u"draft"_s,   u"applied"_s, u"shortlisted"_s, u"interview"_s,
             u"offered"_s, u"hired"_s,   u"rejected"_s,    u"withdrawn"_s };
}

QStringList ApplicationsService::rejectionReasons()
{
    return { u"not_qualified"_s,
             u"position_filled"_s,
             u"failed_assessment"_s,
             u"failed_interview"_s,
             u"no_show"_s,
             u"offer_declined"_s,
             u"other"_s };
}

QStringList ApplicationsService::nextStates(const QString &from, bool byCompany)
{
    if (byCompany) {
        static const QHash<QString, QStringList> company {
            { u"applied"_s, { u"shortlisted"_s, u"rejected"_s } },
            { u"shortlisted"_s, { u"interview"_s, u"offered"_s, u"rejected"_s } },
            { u"interview"_s, { u"offered"_s, u"rejected"_s } },
            { u"offered"_s, { u"hired"_s, u"rejected"_s } },
        };
        return company.value(from);
    }
    static const QHash<QString, QStringList> talent {
        { u"draft"_s, { u"applied"_s, u"withdrawn"_s } },
        { u"applied"_s, { u"withdrawn"_s } },
        { u"shortlisted"_s, { u"withdrawn"_s } },
        { u"interview"_s, { u"withdrawn"_s } },
        { u"offered"_s, { u"withdrawn"_s } },
    };
    return talent.value(from);
}

void ApplicationsService::requireOpenJob(QSqlDatabase db, qint64 jobId)
{
    Sql q(db,
          u"SELECT j.status, j.deadline FROM jobs j JOIN companies c ON c.id = j.company_id "
          "WHERE j.id = :id AND j.deleted_at IS NULL AND c.deleted_at IS NULL"_s);
    q.bind(u":id"_s, jobId).exec();
    if (!q.next() || q.value(0).toString() == u"draft"_s)
        throw ApiError::notFound(u"Job not found"_s);
    if (q.value(0).toString() != u"published"_s)
        throw ApiError::unprocessable(u"This job is no longer taking applications"_s);
    const QString deadline = q.value(1).toString();
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
        const qint64 id = q.value(0).toLongLong();
        asked.append(id);
        const QString kind = q.value(2).toString();
        const QString answer = given.value(id);
        if (answer.isEmpty()) {
            if (requireAll && q.value(5).toBool())
                problems.append(u"answers: question %1 (\"%2\") must be answered"_s.arg(id).arg(
                        q.value(1).toString().left(80)));
            continue;
        }
        bool valid = answer.size() <= 2000;
        if (kind == u"yes_no"_s)
            valid = answer == u"yes"_s || answer == u"no"_s;
        else if (kind == u"number"_s)
            answer.toDouble(&valid);
        else if (kind == u"single_choice"_s)
            valid = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array().contains(answer);
        if (!valid) {
            problems.append(u"answers: the answer to question %1 must be %2"_s.arg(id).arg(
                    kind == u"yes_no"_s                  ? u"yes or no"_s
                            : kind == u"number"_s        ? u"a number"_s
                            : kind == u"single_choice"_s ? u"one of its options"_s
                                                         : u"at most 2000 characters"_s));
            continue;
        }
        const QString expected = q.value(4).toString();
        out.append(QJsonObject {
                { u"question_id"_s, id },
                { u"question"_s, q.value(1).toString() },
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

// An application with its job, company and talent, as ApplicationsService::rowJson() reads it.
constexpr auto applicationColumns
        = "a.id, a.status, a.cover_letter, a.answers, a.cv_key, a.rejection_reason, "
          "a.remark, a.remark_note, a.applied_at, a.created_at, a.updated_at, j.id, j.title, "
          "j.slug, c.id, c.name, u.id, u.first_name, u.last_name, u.email, u.wn_id, u.state";
constexpr auto applicationFrom
        = "applications a JOIN jobs j ON j.id = a.job_id "
          "JOIN companies c ON c.id = j.company_id JOIN users u ON u.id = a.talent_id";

} // namespace

QJsonObject ApplicationsService::applicationJson(QSqlDatabase db, qint64 id, bool withTimeline,
                                                 bool forCompany)
{
    Sql q(db,
          u"SELECT %1 FROM %2 WHERE a.id = :id"_s.arg(QLatin1StringView(applicationColumns),
                                                      QLatin1StringView(applicationFrom)));
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Application not found"_s);
    QJsonObject json = rowJson(q, forCompany);
    q.query().finish();
    if (withTimeline)
        json.insert(u"timeline"_s, timelineJson(db, id, forCompany));
    return json;
}

QJsonObject ApplicationsService::applicationsPage(QSqlDatabase db, const SqlFilter &filter,
                                                  const QString &countFrom, const QString &order,
                                                  bool forCompany, int page, int limit)
{
    // Two queries whatever the page size: the count, and the page with everything it shows.
    return selectPage(
            db, QLatin1StringView(applicationColumns), QLatin1StringView(applicationFrom), filter,
            order, page, limit, [this, forCompany](Sql &q) { return rowJson(q, forCompany); },
            countFrom);
}

QJsonObject ApplicationsService::rowJson(const Sql &q, bool forCompany) const
{
    const qint64 id = q.value(0).toLongLong();
    QJsonArray answers = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
    if (!forCompany) {
        // Whether an answer passed screening is the company's business.
        for (qsizetype i = 0; i < answers.size(); ++i) {
            QJsonObject answer = answers.at(i).toObject();
            answer.remove(u"passed"_s);
            answers.replace(i, answer);
        }
    }
    QJsonObject talent { { u"id"_s, q.value(16).toLongLong() },
                         { u"first_name"_s, q.value(17).toString() },
                         { u"last_name"_s, q.value(18).toString() },
                         { u"wn_id"_s, q.value(20).toString() },
                         { u"state"_s, textOrNull(q.value(21)) } };
    if (forCompany)
        talent.insert(u"email"_s, q.value(19).toString());
    QJsonObject json { { u"id"_s, id },
                       { u"status"_s, q.value(1).toString() },
                       { u"cover_letter"_s, textOrNull(q.value(2)) },
                       { u"answers"_s, answers },
                       { u"cv_url"_s,
                         q.value(4).isNull()
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(m_context.storage->url(q.value(4).toString())) },
                       { u"rejection_reason"_s, textOrNull(q.value(5)) },
                       { u"applied_at"_s, textOrNull(q.value(8)) },
                       { u"created_at"_s, q.value(9).toString() },
                       { u"updated_at"_s, q.value(10).toString() },
                       { u"job"_s,
                         QJsonObject { { u"id"_s, q.value(11).toLongLong() },
                                       { u"title"_s, q.value(12).toString() },
                                       { u"slug"_s, q.value(13).toString() },
                                       { u"company"_s,
                                         QJsonObject { { u"id"_s, q.value(14).toLongLong() },
                                                       { u"name"_s, q.value(15).toString() } } } } },
                       { u"talent"_s, talent } };
    // What the viewer may move it to next, so a client offers exactly the allowed actions.
    json.insert(u"next_statuses"_s,
                QJsonArray::fromStringList(nextStates(q.value(1).toString(), forCompany)));
    if (forCompany) {
        json.insert(u"remark"_s, textOrNull(q.value(6)));
        json.insert(u"remark_note"_s, textOrNull(q.value(7)));
    }
    return json;
}

QJsonArray ApplicationsService::timelineJson(QSqlDatabase db, qint64 id, bool forCompany)
{
    Sql events(
            db,
            u"SELECT e.from_status, e.to_status, e.reason, e.note, e.created_at, u.role, "
            u"u.first_name, u.last_name "
            "FROM application_events e JOIN users u ON u.id = e.actor_id WHERE e.application_id = :id ORDER BY e.id"_s);
    events.bind(u":id"_s, id).exec();
    QJsonArray timeline;
    while (events.next()) {
        QJsonObject event {
            { u"from"_s, textOrNull(events.value(0)) },
            { u"to"_s, events.value(1).toString() },
            { u"reason"_s, textOrNull(events.value(2)) },
            { u"at"_s, events.value(4).toString() },
            { u"by"_s, events.value(5).toString() == u"talent"_s ? u"talent"_s : u"company"_s }
        };
        if (forCompany) {
            event.insert(u"note"_s, textOrNull(events.value(3)));
            event.insert(u"actor"_s,
                         (events.value(6).toString() + u' ' + events.value(7).toString()).trimmed());
        }
        timeline.append(event);
    }
    return timeline;
}

QJsonObject ApplicationsService::saveDraft(const Principal &talent, qint64 jobId,
                                           const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    requireOpenJob(db, jobId);
    const QJsonArray answers
            = checkedAnswers(db, jobId, input.value(u"answers"_s).toArray(), false);
    Transaction tx(db);
    Sql existing(db,
                 u"SELECT id, status FROM applications WHERE job_id = :job AND talent_id = :me"_s);
    existing.bind(u":job"_s, jobId).bind(u":me"_s, talent.userId).exec();
    const QString now = nowText();
    qint64 id = 0;
    if (existing.next()) {
        id = existing.value(0).toLongLong();
        if (existing.value(1).toString() != u"draft"_s)
            throw ApiError::conflict(u"You have already applied for this job"_s);
        existing.query().finish();
        Sql(db,
            u"UPDATE applications SET cover_letter = :letter, answers = :answers, updated_at = :now WHERE id = :id AND status = 'draft'"_s)
                .bind(u":letter"_s, input.value(u"cover_letter"_s).toVariant())
                .bind(u":answers"_s, QString::fromUtf8(json::compact(answers)))
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .exec();
    } else {
        existing.query().finish();
        id = Sql(db,
                 u"INSERT INTO applications (job_id, talent_id, status, cover_letter, answers, "
                 u"created_at, updated_at) "
                 "VALUES (:job, :me, 'draft', :letter, :answers, :now, :now) RETURNING id"_s)
                     .bind(u":job"_s, jobId)
                     .bind(u":me"_s, talent.userId)
                     .bind(u":letter"_s, input.value(u"cover_letter"_s).toVariant())
                     .bind(u":answers"_s, QString::fromUtf8(json::compact(answers)))
                     .bind(u":now"_s, now)
                     .scalar()
                     .toLongLong();
        Sql(db,
            u"INSERT INTO application_events (application_id, from_status, to_status, actor_id, created_at) VALUES (:id, NULL, 'draft', :me, :now)"_s)
                .bind(u":id"_s, id)
                .bind(u":me"_s, talent.userId)
                .bind(u":now"_s, now)
                .exec();
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
    Sql existing(db,
                 u"SELECT id, status FROM applications WHERE job_id = :job AND talent_id = :me"_s);
    existing.bind(u":job"_s, jobId).bind(u":me"_s, talent.userId).exec();
    if (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        if (existing.value(1).toString() != u"draft"_s)
            throw ApiError::conflict(u"You have already applied for this job"_s);
        existing.query().finish();
        Sql(db,
            u"UPDATE applications SET cover_letter = COALESCE(:letter, cover_letter), answers = "
            u":answers, cv_key = COALESCE(:cv, cv_key) "
            "WHERE id = :id AND status = 'draft'"_s)
                .bind(u":letter"_s, input.value(u"cover_letter"_s).toVariant())
                .bind(u":answers"_s, QString::fromUtf8(json::compact(answers)))
                .bind(u":cv"_s,
                      cvKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(cvKey))
                .bind(u":id"_s, id)
                .exec();
        return submitDraft(talent, id);
    }
    existing.query().finish();
    Transaction tx(db);
    const QString now = nowText();
    qint64 id = 0;
    try {
        id = Sql(db,
                 u"INSERT INTO applications (job_id, talent_id, status, cover_letter, answers, "
                 u"cv_key, applied_at, created_at, updated_at) "
                 "VALUES (:job, :me, 'applied', :letter, :answers, :cv, :now, :now, :now) RETURNING id"_s)
                     .bind(u":job"_s, jobId)
                     .bind(u":me"_s, talent.userId)
                     .bind(u":letter"_s, input.value(u"cover_letter"_s).toVariant())
                     .bind(u":answers"_s, QString::fromUtf8(json::compact(answers)))
                     .bind(u":cv"_s,
                           cvKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(cvKey))
                     .bind(u":now"_s, now)
                     .scalar()
                     .toLongLong();
    } catch (const DatabaseError &) {
        // Two submissions at once: the unique (job, talent) pair lets one through.
        throw ApiError::conflict(u"You have already applied for this job"_s);
    }
    Sql(db,
        u"INSERT INTO application_events (application_id, from_status, to_status, actor_id, created_at) VALUES (:id, NULL, 'applied', :me, :now)"_s)
            .bind(u":id"_s, id)
            .bind(u":me"_s, talent.userId)
            .bind(u":now"_s, now)
            .exec();
    Sql company(db, u"SELECT company_id FROM jobs WHERE id = :job"_s);
    const qint64 companyId = company.bind(u":job"_s, jobId).scalar().toLongLong();
    WebhookService(m_context).emit(db, companyId, u"application.created"_s,
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
                .bind(u":reason"_s,
                      reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason))
                .bind(u":company"_s, byCompany)
                .bind(u":id"_s, applicationId)
                .bind(u":from"_s, from)
                .exec();
        if (change.rowsAffected() != 1)
            throw ApiError::conflict(
                    u"The application changed meanwhile; reload it and try again"_s);
        Sql(db,
            u"INSERT INTO application_events (application_id, from_status, to_status, actor_id, "
            u"reason, note, created_at) "
            "VALUES (:id, :from, :to, :actor, :reason, :note, :now)"_s)
                .bind(u":id"_s, applicationId)
                .bind(u":from"_s, from)
                .bind(u":to"_s, to)
                .bind(u":actor"_s, actor.userId)
                .bind(u":reason"_s,
                      reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason))
                .bind(u":note"_s,
                      note.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(note.left(2000)))
                .bind(u":now"_s, now)
                .exec();
        // The company's webhooks hear of it in the same transaction.
        Sql job(db,
                u"SELECT j.company_id, a.job_id, a.talent_id FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = :id"_s);
        job.bind(u":id"_s, applicationId).exec();
        job.next();
        const qint64 companyId = job.value(0).toLongLong();
        const QJsonObject event {
            { u"application_id"_s, applicationId },
            { u"job_id"_s, job.value(1).toLongLong() },
            { u"talent_id"_s, job.value(2).toLongLong() },
            { u"from"_s, from },
            { u"to"_s, to },
            { u"reason"_s, reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason) }
        };
        job.query().finish();
        WebhookService(m_context).emit(db, companyId,
                                       to == u"applied"_s ? u"application.created"_s
                                               : to == u"withdrawn"_s
                                               ? u"application.withdrawn"_s
                                               : u"application.status_changed"_s,
                                       event);
        if (byCompany) {
            Sql who(db,
                    u"SELECT a.talent_id, j.title, u.email, u.first_name FROM applications a JOIN "
                    u"jobs j ON j.id = a.job_id "
                    "JOIN users u ON u.id = a.talent_id WHERE a.id = :id"_s);
            who.bind(u":id"_s, applicationId).exec();
            who.next();
            talentId = who.value(0).toLongLong();
            jobTitle = who.value(1).toString();
            email = who.value(2).toString();
            const QString firstName = who.value(3).toString();
            who.query().finish();
            const QString title
                    = u"Your application for %1 %2"_s.arg(jobTitle, statusWords().value(to));
            notification = NotificationService(m_context).create(
                    db, talentId, u"application_status"_s, title, u"Status: %1"_s.arg(to),
                    { { u"application_id"_s, applicationId }, { u"status"_s, to } });
            m_context.mailer->send(
                    db,
                    { email, title,
                      u"Hello %1,\n\n%2.\n\nSee the details and the full timeline in Worknation: %3\n"_s
                              .arg(firstName, title, m_context.config.publicUrl()) });
        }
        tx.commit();
    }
    if (!notification.isEmpty())
        NotificationService(m_context).publish(talentId, notification);
    return applicationJson(db, applicationId, true, byCompany);
}

QJsonObject ApplicationsService::submitDraft(const Principal &talent, qint64 applicationId)
{
    QSqlDatabase db = m_context.db();
    Sql q(db, u"SELECT status, job_id FROM applications WHERE id = :id AND talent_id = :me"_s);
    q.bind(u":id"_s, applicationId).bind(u":me"_s, talent.userId).exec();
    if (!q.next())
        throw ApiError::notFound(u"Application not found"_s);
    const QString status = q.value(0).toString();
    const qint64 jobId = q.value(1).toLongLong();
    q.query().finish();
    if (status != u"draft"_s)
        throw ApiError::unprocessable(
                u"Only a draft can be submitted; this application is %1"_s.arg(status));
    requireOpenJob(db, jobId);
    // The questions must all be answered by now.
    Sql answers(db, u"SELECT answers FROM applications WHERE id = :id"_s);
    answers.bind(u":id"_s, applicationId).exec();
    answers.next();
    QJsonArray given;
    for (const QJsonValue &answer :
         QJsonDocument::fromJson(answers.value(0).toString().toUtf8()).array())
        given.append(QJsonObject { { u"question_id"_s, answer.toObject().value(u"question_id"_s) },
                                   { u"answer"_s, answer.toObject().value(u"answer"_s) } });
    answers.query().finish();
    checkedAnswers(db, jobId, given, true);
    return move(talent, applicationId, u"draft"_s, u"applied"_s, {}, {}, false);
}

QJsonObject ApplicationsService::withdraw(const Principal &talent, qint64 applicationId,
                                          const QString &note)
{
    Sql q(m_context.db(), u"SELECT status FROM applications WHERE id = :id AND talent_id = :me"_s);
    q.bind(u":id"_s, applicationId).bind(u":me"_s, talent.userId).exec();
    if (!q.next())
        throw ApiError::notFound(u"Application not found"_s);
    const QString from = q.value(0).toString();
    q.query().finish();
    return move(talent, applicationId, from, u"withdrawn"_s, {}, note, false);
}

qint64 ApplicationsService::requireCompanyApplication(QSqlDatabase db, const Principal &by,
                                                      qint64 applicationId,
                                                      const QString &permission)
{
    Sql q(db,
          u"SELECT j.company_id FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = :id AND a.status <> 'draft'"_s);
    q.bind(u":id"_s, applicationId).exec();
    if (!q.next() || !by.companyId || q.value(0).toLongLong() != *by.companyId)
        throw ApiError::notFound(u"Application not found"_s);
    q.query().finish();
    if (!OnboardingService::hasCompanyPermission(db, by, permission))
        throw ApiError::forbidden(u"Your company role does not allow this (%1)"_s.arg(permission));
    return applicationId;
}

QJsonObject ApplicationsService::decide(const Principal &by, qint64 applicationId,
                                        const QString &status, const QString &reason,
                                        const QString &note)
{
    QSqlDatabase db = m_context.db();
    requireCompanyApplication(db, by, applicationId, u"applications.decide"_s);
    if (status == u"rejected"_s && reason.isEmpty())
        throw ApiError::badRequest(QStringList { u"reason should not be empty when rejecting"_s });
    Sql q(db, u"SELECT status FROM applications WHERE id = :id"_s);
    q.bind(u":id"_s, applicationId).exec();
    q.next();
    const QString from = q.value(0).toString();
    q.query().finish();
    return move(by, applicationId, from, status, status == u"rejected"_s ? reason : QString(), note,
                true);
}

QJsonObject ApplicationsService::remark(const Principal &by, qint64 applicationId,
                                        const QString &remark, const QString &note)
{
    QSqlDatabase db = m_context.db();
    requireCompanyApplication(db, by, applicationId, u"applications.decide"_s);
    Sql q(db, u"SELECT status FROM applications WHERE id = :id"_s);
    q.bind(u":id"_s, applicationId).exec();
    q.next();
    const QString status = q.value(0).toString();
    q.query().finish();
    if (status != u"shortlisted"_s && status != u"interview"_s)
        throw ApiError::unprocessable(
                u"Only shortlisted or interviewed candidates get a remark; this application is %1"_s
                        .arg(status));
    Sql(db,
        u"UPDATE applications SET remark = :remark, remark_note = :note, updated_at = :now WHERE id = :id"_s)
            .bind(u":remark"_s, remark)
            .bind(u":note"_s,
                  note.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                 : QVariant(note.left(2000)))
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, applicationId)
            .exec();
    if (remark == u"fail"_s)
        return move(by, applicationId, status, u"rejected"_s, u"failed_assessment"_s, note, true);
    return applicationJson(db, applicationId, true, true);
}

QJsonObject ApplicationsService::get(const Principal &viewer, qint64 applicationId)
{
    QSqlDatabase db = m_context.db();
    Sql q(db,
          u"SELECT a.talent_id, j.company_id, a.status FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = :id"_s);
    q.bind(u":id"_s, applicationId).exec();
    if (!q.next())
        throw ApiError::notFound(u"Application not found"_s);
    const bool own = q.value(0).toLongLong() == viewer.userId;
    const bool company = viewer.companyId && *viewer.companyId == q.value(1).toLongLong()
            && q.value(2).toString() != u"draft"_s;
    q.query().finish();
    if (own)
        return applicationJson(db, applicationId, true, false);
    if (company && OnboardingService::hasCompanyPermission(db, viewer, u"applications.read"_s))
        return applicationJson(db, applicationId, true, true);
    if (viewer.isStaff())
        return applicationJson(db, applicationId, true, true);
    throw ApiError::notFound(u"Application not found"_s);
}

QJsonObject ApplicationsService::statusForJob(const Principal &talent, qint64 jobId)
{
    Sql q(m_context.db(),
          u"SELECT id, status, applied_at, updated_at FROM applications WHERE job_id = :job AND talent_id = :me"_s);
    q.bind(u":job"_s, jobId).bind(u":me"_s, talent.userId).exec();
    if (!q.next())
        return { { u"job_id"_s, jobId },
                 { u"applied"_s, false },
                 { u"status"_s, QJsonValue::Null },
                 { u"application_id"_s, QJsonValue::Null } };
    return { { u"job_id"_s, jobId },
             { u"applied"_s, q.value(1).toString() != u"draft"_s },
             { u"status"_s, q.value(1).toString() },
             { u"application_id"_s, q.value(0).toLongLong() },
             { u"applied_at"_s, textOrNull(q.value(2)) },
             { u"updated_at"_s, q.value(3).toString() } };
}

QJsonObject ApplicationsService::mine(const Principal &talent, const QJsonObject &query, int page,
                                      int limit)
{
    SqlFilter filter;
    filter.add(u"a.talent_id = :me"_s, u":me"_s, talent.userId);
    if (query.contains(u"status"_s))
        filter.add(u"a.status = :status"_s, u":status"_s, query.value(u"status"_s).toString());
    return applicationsPage(m_context.db(), filter, u"applications a"_s,
                            u"a.updated_at DESC, a.id DESC"_s, false, page, limit);
}

QJsonObject ApplicationsService::jobsNotApplied(const Principal &talent, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    const QString where
            = u" FROM jobs j JOIN companies c ON c.id = j.company_id WHERE j.status = 'published' "
              u"AND c.deleted_at IS NULL "
              u"AND j.deleted_at IS NULL "
              "AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_id = j.id AND a.talent_id = :me)"_s;
    Sql count(db, u"SELECT COUNT(*)"_s + where);
    count.bind(u":me"_s, talent.userId);
    const qint64 total = count.scalar().toLongLong();
    Sql q(db,
          u"SELECT j.id, j.slug, j.title, j.summary, j.job_type, j.work_mode, j.state, j.deadline, j.published_at, c.id, c.name"_s
                  + where
                  + u" ORDER BY j.published_at DESC, j.id DESC LIMIT :limit OFFSET :offset"_s);
    q.bind(u":me"_s, talent.userId)
            .bind(u":limit"_s, limit)
            .bind(u":offset"_s, qint64(page - 1) * limit)
            .exec();
    QJsonArray data;
    while (q.next()) {
        data.append(QJsonObject { { u"id"_s, q.value(0).toLongLong() },
                                  { u"slug"_s, q.value(1).toString() },
                                  { u"title"_s, q.value(2).toString() },
                                  { u"summary"_s, textOrNull(q.value(3)) },
                                  { u"job_type"_s, q.value(4).toString() },
                                  { u"work_mode"_s, q.value(5).toString() },
                                  { u"state"_s, textOrNull(q.value(6)) },
                                  { u"deadline"_s, textOrNull(q.value(7)) },
                                  { u"published_at"_s, textOrNull(q.value(8)) },
                                  { u"company"_s,
                                    QJsonObject { { u"id"_s, q.value(9).toLongLong() },
                                                  { u"name"_s, q.value(10).toString() } } } });
    }
    return pageOf(data, page, limit, total);
}

QJsonObject ApplicationsService::applicantsForJob(const Principal &by, qint64 jobId,
                                                  const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    Sql own(db, u"SELECT company_id FROM jobs WHERE id = :id AND deleted_at IS NULL"_s);
    own.bind(u":id"_s, jobId).exec();
    if (!own.next() || !by.companyId || own.value(0).toLongLong() != *by.companyId)
        throw ApiError::notFound(u"Job not found"_s);
    own.query().finish();
    if (!OnboardingService::hasCompanyPermission(db, by, u"applications.read"_s))
        throw ApiError::forbidden(
                u"Your company role does not allow seeing applicants (applications.read)"_s);
    SqlFilter filter;
    filter.add(u"a.job_id = :job"_s, u":job"_s, jobId);
    filter.add(u"a.status <> 'draft'"_s);
    if (query.contains(u"status"_s))
        filter.add(u"a.status = :status"_s, u":status"_s, query.value(u"status"_s).toString());
    if (query.contains(u"q"_s)) {
        filter.add(
                u"(LOWER(u.first_name || ' ' || u.last_name) LIKE :q ESCAPE '\\' OR u.email LIKE :q ESCAPE '\\')"_s,
                u":q"_s, likePattern(query.value(u"q"_s).toString().toLower()));
    }
    if (query.contains(u"skill"_s)) {
        filter.add(
                u"EXISTS (SELECT 1 FROM talent_skills ts WHERE ts.user_id = a.talent_id AND ts.skill_id = :skill)"_s,
                u":skill"_s, query.value(u"skill"_s).toInteger());
    }
    if (query.contains(u"remark"_s))
        filter.add(u"a.remark = :remark"_s, u":remark"_s, query.value(u"remark"_s).toString());
    return applicationsPage(db, filter, u"applications a JOIN users u ON u.id = a.talent_id"_s,
                            u"a.applied_at DESC, a.id DESC"_s, true, page, limit);
}

QJsonObject ApplicationsService::shortlisted(const Principal &by, const QJsonObject &query,
                                             int page, int limit)
{
    QSqlDatabase db = m_context.db();
    if (!OnboardingService::hasCompanyPermission(db, by, u"applications.read"_s))
        throw ApiError::forbidden(
                u"Your company role does not allow seeing applicants (applications.read)"_s);
    SqlFilter filter;
    filter.add(u"j.company_id = :company"_s, u":company"_s, *by.companyId);
    filter.add(u"a.status = 'shortlisted'"_s);
    if (query.contains(u"job_id"_s))
        filter.add(u"a.job_id = :job"_s, u":job"_s, query.value(u"job_id"_s).toInteger());
    return applicationsPage(db, filter, u"applications a JOIN jobs j ON j.id = a.job_id"_s,
                            u"a.updated_at DESC, a.id DESC"_s, true, page, limit);
}

QJsonObject ApplicationsService::talentDashboard(const Principal &talent)
{
    QSqlDatabase db = m_context.db();
    Sql q(db, u"SELECT status, COUNT(*) FROM applications WHERE talent_id = :me GROUP BY status"_s);
    q.bind(u":me"_s, talent.userId).exec();
    QJsonObject byStatus;
    qint64 total = 0;
    while (q.next()) {
        byStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
        if (q.value(0).toString() != u"draft"_s)
            total += q.value(1).toLongLong();
    }
    q.query().finish();
    Sql open(
            db,
            u"SELECT COUNT(*) FROM jobs j WHERE j.status = 'published' AND j.deleted_at IS NULL "
            "AND +j.company_id NOT IN (SELECT id FROM companies WHERE deleted_at IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_id = j.id AND a.talent_id = :me)"_s);
    open.bind(u":me"_s, talent.userId);
    const QJsonObject completion = profileCompletion(db, talent.userId);
    Sql unread(db, u"SELECT COUNT(*) FROM notifications WHERE user_id = :me AND read_at IS NULL"_s);
    unread.bind(u":me"_s, talent.userId);
    const qint64 recommended = recommendJobs(m_context, talent.userId, 1, 1)
                                       .value(u"meta"_s)
                                       .toObject()
                                       .value(u"total"_s)
                                       .toInteger();
    return { { u"applications"_s,
               QJsonObject { { u"total"_s, total }, { u"by_status"_s, byStatus } } },
             { u"recommended_jobs"_s, recommended },
             { u"open_jobs_not_applied"_s, open.scalar().toLongLong() },
             { u"profile_completion"_s, completion.value(u"percentage"_s) },
             { u"next_profile_step"_s, completion.value(u"next"_s) },
             { u"unread_notifications"_s, unread.scalar().toLongLong() } };
}

QJsonObject ApplicationsService::employerDashboard(const Principal &by)
{
    QSqlDatabase db = m_context.db();
    if (!OnboardingService::hasCompanyPermission(db, by, u"reports.read"_s))
        throw ApiError::forbidden(u"Your company role does not allow reports (reports.read)"_s);
    const qint64 company = *by.companyId;
    Sql jobs(
            db,
            u"SELECT status, COUNT(*) FROM jobs WHERE company_id = :c AND deleted_at IS NULL GROUP BY status"_s);
    jobs.bind(u":c"_s, company).exec();
    QJsonObject jobsByStatus;
    while (jobs.next())
        jobsByStatus.insert(jobs.value(0).toString(), jobs.value(1).toLongLong());
    jobs.query().finish();
    Sql applicants(db,
                   u"SELECT a.status, COUNT(*) FROM applications a JOIN jobs j ON j.id = a.job_id "
                   "WHERE j.company_id = :c AND a.status <> 'draft' GROUP BY a.status"_s);
    applicants.bind(u":c"_s, company).exec();
    QJsonObject applicantsByStatus;
    qint64 totalApplicants = 0;
    while (applicants.next()) {
        applicantsByStatus.insert(applicants.value(0).toString(), applicants.value(1).toLongLong());
        totalApplicants += applicants.value(1).toLongLong();
    }
    applicants.query().finish();
    // Hours from application to the company's first decision; each database spells the difference
    // its own way.
    const QString hours = m_context.database->isPostgres()
            ? u"EXTRACT(EPOCH FROM (CAST(a.first_response_at AS timestamptz) - CAST(a.applied_at AS timestamptz))) / 3600.0"_s
            : u"(julianday(a.first_response_at) - julianday(a.applied_at)) * 24.0"_s;
    Sql response(
            db,
            u"SELECT AVG(%1), COUNT(*) FROM applications a JOIN jobs j ON j.id = a.job_id "
            "WHERE j.company_id = :c AND a.first_response_at IS NOT NULL AND a.applied_at IS NOT NULL"_s
                    .arg(hours));
    response.bind(u":c"_s, company).exec();
    response.next();
    const QJsonValue averageHours = response.value(1).toLongLong() > 0
            ? QJsonValue(qRound(response.value(0).toDouble() * 10) / 10.0)
            : QJsonValue(QJsonValue::Null);
    response.query().finish();
    Sql daily(
            db,
            u"SELECT SUBSTR(a.applied_at, 1, 10), COUNT(*) FROM applications a JOIN jobs j ON j.id "
            u"= a.job_id "
            "WHERE j.company_id = :c AND a.applied_at >= :since GROUP BY SUBSTR(a.applied_at, 1, 10) ORDER BY 1"_s);
    daily.bind(u":c"_s, company)
            .bind(u":since"_s, QDate::currentDate().addDays(-29).toString(Qt::ISODate))
            .exec();
    QJsonArray perDay;
    while (daily.next())
        perDay.append(QJsonObject { { u"date"_s, daily.value(0).toString() },
                                    { u"applications"_s, daily.value(1).toLongLong() } });
    return { { u"open_jobs"_s, jobsByStatus.value(u"published"_s).toInteger() },
             { u"jobs_by_status"_s, jobsByStatus },
             { u"applicants"_s,
               QJsonObject { { u"total"_s, totalApplicants },
                             { u"by_status"_s, applicantsByStatus } } },
             { u"average_hours_to_first_response"_s, averageHours },
             { u"applications_last_30_days"_s, perDay } };
}

} // namespace wn
