// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/http/response.h"

#include <wn/common/jobcard.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <utility>

namespace wn {

class ReferenceService;
class Sql;
class Storage;
class WebhookService;
struct ServerContext;
class JobIndex;
struct Principal;
struct SqlFilter;

/**
 * @brief Job posts: a company's drafts, publishing and closing them, the public search, and the
 * pre-qualification questions a job asks. A company only ever reaches its own jobs; the public
 * sees published ones.
 */
class JobsService
{
public:
    JobsService(ServerContext &context, std::shared_ptr<JobIndex> index, WebhookService &webhooks,
                ReferenceService &reference);

    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    QJsonObject changeStatus(const Principal &by, qint64 id, const QString &status);
    /** The statuses a job may move to from @p from: draft → published ⇄ closed → archived. */
    static QStringList nextStatuses(const QString &from);
    /** One job: published ones for anyone; drafts and closed ones for their company and staff. */
    QJsonObject byId(const Principal *viewer, qint64 id);
    QJsonObject bySlug(const Principal *viewer, const QString &slug);
    QJsonArray questions(const Principal *viewer, qint64 jobId);

    /** The public search over published jobs, with facet counts and a spelling suggestion: its
     *  JSON written from the cards the index keeps as they are, without parsing them. */
    Response search(const QJsonObject &query, int page, int limit);
    /** The caller's company's jobs, every status, with applicant counts per status. */
    QJsonObject companyJobs(const Principal &by, const QJsonObject &query, int page, int limit);
    /** A company's published jobs (its public page). */
    QJsonObject publishedBy(qint64 companyId, int page, int limit);
    /** Every job, any status (staff). */
    QJsonObject all(const QJsonObject &query, int page, int limit);

    /** The columns a job's card is read from, of `jobs j JOIN companies c`. */
    static QLatin1StringView cardColumns();
    /** A job's skills as its card lists them: id and name, in name order. */
    using Skills = QList<JobCard::Skill>;
    /** The skills of each of the jobs @p ids, read with one query. */
    static QHash<qint64, Skills> skillsOf(QSqlDatabase db, const QList<qint64> &ids);
    /** The card of the job on @p row (selecting cardColumns()) with its @p skills: what lists
     *  and the search show of a job. */
    static JobCard cardOf(const Sql &row, const Storage &storage, const Skills &skills);

    /** The company owning a job the caller may manage; 404 otherwise. */
    qint64 requireOwnJob(QSqlDatabase db, const Principal &by, qint64 jobId);

private:
    QJsonObject jobJson(QSqlDatabase db, qint64 id, bool full);
    QJsonArray jobsJson(QSqlDatabase db, const QList<qint64> &ids);
    void writeSkillsAndQuestions(QSqlDatabase db, const Principal &by, qint64 jobId,
                                 const QJsonObject &input);
    QJsonObject listPage(QSqlDatabase db, const SqlFilter &filter, const QString &order, int page,
                         int limit, bool withCounts);
    /** Adds to each job of @p data (the jobs @p ids) its applicants per status and its next
     *  statuses: the company's own view. */
    void addApplicantCounts(QSqlDatabase db, const QList<qint64> &ids, QJsonArray &data);

    ServerContext &m_context;
    std::shared_ptr<JobIndex> m_index;
    WebhookService &m_webhooks;
    ReferenceService &m_reference;
};

/** Pre-qualification questions: the platform's (kept by admins) and each company's own. */
class QuestionsService
{
public:
    explicit QuestionsService(ServerContext &context);
    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject list(const Principal &by, int page, int limit);
    QJsonObject one(const Principal &by, qint64 id);
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    void remove(const Principal &by, qint64 id);

private:
    /** 404 unless the question is the platform's or the caller's company's; 403 for a company
     *  caller on a platform question (the endpoints declare jobs.create for company callers). */
    void requireEditable(const Principal &by, qint64 id);
    ServerContext &m_context;
};

} // namespace wn
