// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace wn {

class JobsService;
class NotificationService;
class WebhookService;
class Sql;
struct SqlFilter;

struct ServerContext;
struct Principal;

/**
 * @brief Job applications as a state machine:
 *
 *     draft → applied → shortlisted → interview → offered → hired
 *     rejected (by the company) or withdrawn (by the talent) from any open state
 *
 * Every change is guarded (the row must still be in the state the change starts from), written
 * with its actor, time and reason to application_events in the same transaction, and told to the
 * talent (notification and mail). Companies reach only applications to their own jobs.
 */
class ApplicationsService
{
public:
    ApplicationsService(ServerContext &context, JobsService &jobs, WebhookService &webhooks,
                        NotificationService &notifications);

    static QStringList statuses();
    static QStringList rejectionReasons();
    /** The states @p from may move to, by whom ("company" or "talent"). */
    static QStringList nextStates(const QString &from, bool byCompany);

    QJsonObject saveDraft(const Principal &talent, qint64 jobId, const QJsonObject &input);
    QJsonObject apply(const Principal &talent, qint64 jobId, const QJsonObject &input);
    QJsonObject submitDraft(const Principal &talent, qint64 applicationId);
    QJsonObject withdraw(const Principal &talent, qint64 applicationId, const QString &note);

    /** A company's decision: shortlisted, interview, offered, hired or rejected (with a reason). */
    QJsonObject decide(const Principal &by, qint64 applicationId, const QString &status,
                       const QString &reason, const QString &note);
    /** Pass or fail a shortlisted candidate; a fail also rejects (failed_assessment). */
    QJsonObject remark(const Principal &by, qint64 applicationId, const QString &remark,
                       const QString &note);

    /** The application with its timeline: the talent's own, or one to the company's jobs. */
    QJsonObject get(const Principal &viewer, qint64 applicationId);
    QJsonObject statusForJob(const Principal &talent, qint64 jobId);
    QJsonObject mine(const Principal &talent, const QJsonObject &query, int page, int limit);
    QJsonObject jobsNotApplied(const Principal &talent, int page, int limit);
    QJsonObject applicantsForJob(const Principal &by, qint64 jobId, const QJsonObject &query,
                                 int page, int limit);
    QJsonObject shortlisted(const Principal &by, const QJsonObject &query, int page, int limit);

    QJsonObject talentDashboard(const Principal &talent);
    QJsonObject employerDashboard(const Principal &by);

private:
    QJsonObject move(const Principal &actor, qint64 applicationId, const QString &from,
                     const QString &to, const QString &reason, const QString &note, bool byCompany);
    QJsonObject applicationJson(QSqlDatabase db, qint64 id, bool withTimeline, bool forCompany);
    /** A page of the applications @p filter selects (over the application, its job, company
     *  and talent as a, j, c, u), counted over @p countFrom. */
    QJsonObject applicationsPage(QSqlDatabase db, const SqlFilter &filter, const QString &countFrom,
                                 const QString &order, bool forCompany, int page, int limit);
    /** The application on the current row of a query selecting applicationColumns. */
    QJsonObject rowJson(const Sql &q, bool forCompany) const;
    QJsonArray timelineJson(QSqlDatabase db, qint64 id, bool forCompany);
    QJsonArray checkedAnswers(QSqlDatabase db, qint64 jobId, const QJsonArray &answers,
                              bool requireAll);
    void requireOpenJob(QSqlDatabase db, qint64 jobId);
    /** The application if it was sent to the caller's company; 404 otherwise (the endpoints
     *  declare the permission). */
    qint64 requireCompanyApplication(QSqlDatabase db, const Principal &by, qint64 applicationId);

    ServerContext &m_context;
    JobsService &m_jobs;
    WebhookService &m_webhooks;
    NotificationService &m_notifications;
};

} // namespace wn
