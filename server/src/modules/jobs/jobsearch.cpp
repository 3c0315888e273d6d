// SPDX-License-Identifier: Apache-2.0
#include "jobsservice.h"

#include "jobindex.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** The staff's and the companies' lists of jobs: by status, and words of the title. */
void filterByStatusAndTitle(const QJsonObject &query, SqlFilter &filter)
{
    filter.addEqual(query, u"status"_s, u"j.status"_s);
    if (query.contains(u"q"_s))
        filter.addContains({ u"LOWER(j.title)"_s }, query.value(u"q"_s).toString());
}

} // namespace

QJsonObject JobsService::listPage(QSqlDatabase db, const SqlFilter &filter, const QString &order,
                                  int page, int limit, bool withCounts)
{
    return selectPage(db, u"j.id"_s, u"jobs j"_s, filter, order, page, limit,
                      [&](const QList<qint64> &ids) {
                          QJsonArray data = jobsJson(db, ids);
                          if (withCounts)
                              addApplicantCounts(db, ids, data);
                          return data;
                      });
}

void JobsService::addApplicantCounts(QSqlDatabase db, const QList<qint64> &ids, QJsonArray &data)
{
    if (ids.isEmpty())
        return;
    Sql counts(
            db,
            u"SELECT job_id, status, COUNT(*) AS applicants FROM applications WHERE job_id IN (%1) GROUP BY job_id, status"_s
                    .arg(Sql::placeholders(u"id"_s, ids.size())));
    counts.bindEach(u"id"_s, ids);
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

Response JobsService::search(const QJsonObject &query, int page, int limit)
{
    const JobMatches matches = m_index->search(query, page, limit);
    // The cards come from the index's documents; the database only if one lacks its card.
    std::optional<QList<QByteArray>> cards = m_index->cards(matches.ids);
    if (!cards) {
        cards.emplace();
        for (const QJsonValue &card : jobsJson(m_context.db(), matches.ids))
            cards->append(json::compact(card.toObject()));
    }
    QJsonObject rest = pageOf({}, page, limit, matches.total);
    rest.remove(u"data"_s);
    rest.insert(u"facets"_s, matches.facets);
    if (!matches.suggestion.isEmpty())
        rest.insert(u"suggestion"_s, matches.suggestion);
    // {"data":[<the cards>],<the rest>}: the rest always has its meta.
    Response answer;
    answer.body = "{\"data\":[" + cards->join(',') + "]," + json::compact(rest).sliced(1);
    return answer;
}

QJsonObject JobsService::companyJobs(const Principal &by, const QJsonObject &query, int page,
                                     int limit)
{
    SqlFilter filter;
    filter.add(u"j.company_id = :company AND j.deleted_at IS NULL"_s, u":company"_s, *by.companyId);
    filterByStatusAndTitle(query, filter);
    return listPage(m_context.db(), filter, u"j.created_at DESC, j.id DESC"_s, page, limit, true);
}

QJsonObject JobsService::publishedBy(qint64 companyId, int page, int limit)
{
    if (!Sql(m_context.db(), u"SELECT 1 FROM companies WHERE id = :id AND deleted_at IS NULL"_s)
                 .bind(u":id"_s, companyId)
                 .exists())
        throw ApiError::notFound(u"Company not found"_s);
    SqlFilter filter;
    filter.add(u"j.company_id = :company AND j.status = 'published' AND j.deleted_at IS NULL"_s,
               u":company"_s, companyId);
    return listPage(m_context.db(), filter, u"j.published_at DESC, j.id DESC"_s, page, limit, false);
}

QJsonObject JobsService::all(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"j.deleted_at IS NULL"_s);
    filterByStatusAndTitle(query, filter);
    return listPage(m_context.db(), filter, u"j.created_at DESC, j.id DESC"_s, page, limit, true);
}

} // namespace wn
