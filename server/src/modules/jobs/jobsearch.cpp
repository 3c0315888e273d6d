// SPDX-License-Identifier: Apache-2.0
#include "jobsservice.h"

#include "jobindex.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** The staff's and the companies' lists of jobs: by status, and words of the title. */
void filterByStatusAndTitle(const QJsonObject &query, QString &where,
                            QList<QPair<QString, QVariant>> &values)
{
    if (query.contains(u"status"_s)) {
        where += u" AND j.status = :status"_s;
        values.append({ u":status"_s, query.value(u"status"_s).toString() });
    }
    if (query.contains(u"q"_s)) {
        where += u" AND LOWER(j.title) LIKE :q ESCAPE '\\'"_s;
        values.append({ u":q"_s, likePattern(query.value(u"q"_s).toString().toLower()) });
    }
}

} // namespace

QJsonObject JobsService::listPage(QSqlDatabase db, const QString &where,
                                  const QList<QPair<QString, QVariant>> &values,
                                  const QString &order, int page, int limit, bool withCounts)
{
    Sql count(db, u"SELECT COUNT(*) FROM jobs j"_s + where);
    for (const auto &[name, value] : values)
        count.bind(name, value);
    const qint64 total = count.scalar().toLongLong();
    Sql ids(db,
            u"SELECT j.id FROM jobs j"_s + where + u" ORDER BY "_s + order
                    + u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : values)
        ids.bind(name, value);
    ids.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(page - 1) * limit).exec();
    const QList<qint64> found = ids.takeIds();
    QJsonArray data = jobsJson(db, found);
    if (withCounts && !found.isEmpty()) {
        Sql counts(
                db,
                u"SELECT job_id, status, COUNT(*) AS applicants FROM applications WHERE job_id IN (%1) GROUP BY job_id, status"_s
                        .arg(Sql::placeholders(u"id"_s, found.size())));
        counts.bindEach(u"id"_s, found);
        counts.exec();
        QHash<qint64, QJsonObject> byJob;
        while (counts.next())
            byJob[counts.id(u"job_id"_s)].insert(counts.text(u"status"_s),
                                                 counts.integer(u"applicants"_s));
        for (qsizetype i = 0; i < data.size(); ++i) {
            QJsonObject job = data.at(i).toObject();
            const QJsonObject perStatus = byJob.value(job.value(u"id"_s).toInteger());
            // The company's own view: what it may move the job to, for a client to offer.
            job.insert(u"next_statuses"_s,
                       QJsonArray::fromStringList(nextStatuses(job.value(u"status"_s).toString())));
            qint64 total = 0;
            for (const QJsonValue &n : perStatus)
                total += n.toInteger();
            job.insert(u"applicants"_s,
                       QJsonObject { { u"total"_s, total }, { u"by_status"_s, perStatus } });
            data.replace(i, job);
        }
    }
    return pageOf(data, page, limit, total);
}

QJsonObject JobsService::search(const QJsonObject &query, int page, int limit)
{
    const JobMatches matches = m_index->search(query, page, limit);
    QJsonObject result = pageOf(jobsJson(m_context.db(), matches.ids), page, limit, matches.total);
    result.insert(u"facets"_s, matches.facets);
    if (!matches.suggestion.isEmpty())
        result.insert(u"suggestion"_s, matches.suggestion);
    return result;
}

QJsonObject JobsService::companyJobs(const Principal &by, const QJsonObject &query, int page,
                                     int limit)
{
    QString where = u" WHERE j.company_id = :company AND j.deleted_at IS NULL"_s;
    QList<QPair<QString, QVariant>> values { { u":company"_s, *by.companyId } };
    filterByStatusAndTitle(query, where, values);
    return listPage(m_context.db(), where, values, u"j.created_at DESC, j.id DESC"_s, page, limit,
                    true);
}

QJsonObject JobsService::publishedBy(qint64 companyId, int page, int limit)
{
    if (!Sql(m_context.db(), u"SELECT 1 FROM companies WHERE id = :id AND deleted_at IS NULL"_s)
                 .bind(u":id"_s, companyId)
                 .exists())
        throw ApiError::notFound(u"Company not found"_s);
    return listPage(
            m_context.db(),
            u" WHERE j.company_id = :company AND j.status = 'published' AND j.deleted_at IS NULL"_s,
            { { u":company"_s, companyId } }, u"j.published_at DESC, j.id DESC"_s, page, limit,
            false);
}

QJsonObject JobsService::all(const QJsonObject &query, int page, int limit)
{
    QString where = u" WHERE j.deleted_at IS NULL"_s;
    QList<QPair<QString, QVariant>> values;
    filterByStatusAndTitle(query, where, values);
    return listPage(m_context.db(), where, values, u"j.created_at DESC, j.id DESC"_s, page, limit,
                    true);
}

} // namespace wn
