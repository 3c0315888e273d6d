// SPDX-License-Identifier: Apache-2.0
#include "jobsservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/searchcache.h"
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
                                  const QString &order, int page, int limit, bool withCounts,
                                  bool cacheCount)
{
    // The public search's totals come from the cache when the same search was counted lately.
    QString key;
    std::optional<qint64> knownTotal;
    const quint64 generation = m_context.searchCache->generation();
    if (cacheCount) {
        key = where;
        for (const auto &[name, value] : values)
            key += u'\x1f' + name + u'=' + value.toString();
        knownTotal = m_context.searchCache->count(key);
    }
    qint64 total = 0;
    if (knownTotal) {
        total = *knownTotal;
    } else {
        Sql count(db, u"SELECT COUNT(*) FROM jobs j"_s + where);
        for (const auto &[name, value] : values)
            count.bind(name, value);
        total = count.scalar().toLongLong();
        if (cacheCount)
            m_context.searchCache->storeCount(key, total, generation);
    }
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
    // A deleted company's jobs are gone with it: the deleted companies are few, and an index
    // lists them (migration 0014). The unary + keeps SQLite from driving the search by company.
    QString where = u" WHERE j.status = 'published' AND j.deleted_at IS NULL AND +j.company_id "
                    "NOT IN (SELECT id FROM companies WHERE deleted_at IS NOT NULL)"_s;
    QList<QPair<QString, QVariant>> values;
    auto add = [&](const QString &clause, const QString &name, const QVariant &value) {
        where += u" AND "_s + clause;
        values.append({ name, value });
    };
    if (query.contains(u"q"_s)) {
        // Words read a trigram index of title and summary (migration 0013). PostgreSQL's LIKE
        // escapes with a backslash by default. On SQLite, words of three characters or more are
        // a phrase of the index: each trigram of the words, in a row, found from the index alone
        // (a LIKE reads each candidate's text to confirm it, four times the work for common
        // words); quoted, nothing in them is query syntax. Shorter words have no trigram and
        // are a LIKE, which the index serves only without an ESCAPE clause.
        const QString words = query.value(u"q"_s).toString().toLower();
        if (m_context.database->isPostgres()) {
            add(u"(LOWER(j.title) || chr(10) || LOWER(COALESCE(j.summary, ''))) LIKE :q"_s, u":q"_s,
                likePattern(words));
        } else if (words.toUcs4().size() >= 3) {
            add(u"j.id IN (SELECT rowid FROM job_words WHERE job_words MATCH :q)"_s, u":q"_s,
                u'"' + QString(words).replace(u'"', u"\"\""_s) + u'"');
        } else if (words.contains(u'%') || words.contains(u'_') || words.contains(u'\\')) {
            add(u"j.id IN (SELECT rowid FROM job_words WHERE words LIKE :q ESCAPE '\\')"_s, u":q"_s,
                likePattern(words));
        } else {
            add(u"j.id IN (SELECT rowid FROM job_words WHERE words LIKE :q)"_s, u":q"_s,
                u'%' + words + u'%');
        }
    }
    if (query.contains(u"state"_s))
        add(u"j.state_key = :state"_s, u":state"_s, query.value(u"state"_s).toString().toLower());
    if (query.contains(u"country"_s))
        add(u"j.country_code = :country"_s, u":country"_s,
            query.value(u"country"_s).toString().toUpper());
    if (query.contains(u"work_mode"_s))
        add(u"j.work_mode = :mode"_s, u":mode"_s, query.value(u"work_mode"_s).toString());
    if (query.value(u"remote"_s).toBool())
        where += u" AND j.work_mode = 'remote'"_s;
    if (query.contains(u"job_type"_s))
        add(u"j.job_type = :type"_s, u":type"_s, query.value(u"job_type"_s).toString());
    if (query.contains(u"career_level"_s))
        add(u"j.career_level = :level"_s, u":level"_s, query.value(u"career_level"_s).toString());
    if (query.contains(u"industry"_s))
        add(u"j.industry = :industry"_s, u":industry"_s, query.value(u"industry"_s).toString());
    if (query.contains(u"salary_min"_s))
        add(u"j.salary_max >= :smin"_s, u":smin"_s, query.value(u"salary_min"_s).toInteger());
    if (query.contains(u"salary_max"_s))
        add(u"j.salary_min <= :smax"_s, u":smax"_s, query.value(u"salary_max"_s).toInteger());
    if (query.contains(u"posted_since"_s))
        add(u"j.published_at >= :since"_s, u":since"_s, query.value(u"posted_since"_s).toString());
    if (query.contains(u"company_id"_s))
        add(u"j.company_id = :company"_s, u":company"_s, query.value(u"company_id"_s).toInteger());
    if (query.contains(u"skill"_s))
        add(u"EXISTS (SELECT 1 FROM job_skills js WHERE js.job_id = j.id AND js.skill_id = :skill)"_s,
            u":skill"_s, query.value(u"skill"_s).toInteger());
    static const QHash<QString, QString> orders {
        { u"newest"_s, u"j.published_at DESC, j.id DESC"_s },
        { u"salary"_s, u"j.salary_max DESC, j.id DESC"_s },
        { u"deadline"_s, u"j.deadline ASC, j.id DESC"_s }
    };
    return listPage(m_context.db(), where, values,
                    orders.value(query.value(u"sort"_s).toString(u"newest"_s)), page, limit, false,
                    true);
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
