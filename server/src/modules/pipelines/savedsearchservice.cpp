// SPDX-License-Identifier: Apache-2.0
#include "savedsearchservice.h"

#include "candidateindex.h"
#include "pipelineservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/jobs/jobqueue.h"
#include "core/logging.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "modules/notifications/notificationservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QLoggingCategory>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSavedSearches, "worknation.server.savedsearches")

namespace wn {

namespace {

/** Rows written by one INSERT: well within both databases' limits on bound values. */
constexpr int rowsPerInsert = 200;

/** A name as kept: spaces folded; 400 naming the field when nothing is left. */
QString nameOf(const QJsonValue &value)
{
    const QString name = value.toString().simplified();
    if (name.isEmpty())
        throw ApiError::badRequest(QStringList { u"name should not be empty"_s });
    return name;
}

} // namespace

SavedSearchService::SavedSearchService(ServerContext &context,
                                       std::shared_ptr<CandidateIndex> candidates,
                                       PipelineService &pipelines,
                                       NotificationService &notifications)
    : m_context(context)
    , m_candidates(std::move(candidates))
    , m_pipelines(pipelines)
    , m_notifications(notifications)
{ }

QString SavedSearchService::alertsJob()
{
    return u"saved-search-alerts"_s;
}

QString SavedSearchService::notificationKind()
{
    return u"saved_search_matches"_s;
}

qint64 SavedSearchService::companyOf(QSqlDatabase db, const Principal &by)
{
    // Saved searches are the candidate search's: whoever may search may keep them.
    const qint64 company = companyReadBy(db, by, u"applications.read"_s);
    if (!company)
        throw ApiError::forbidden(u"Only a company's staff keep saved searches"_s);
    return company;
}

void SavedSearchService::own(QSqlDatabase db, qint64 company, qint64 id)
{
    if (!companyHolds(db, u"saved_searches"_s, company, id))
        throw ApiError::notFound(u"Saved search not found"_s);
}

QJsonArray SavedSearchService::searchesJson(QSqlDatabase db, const QList<qint64> &ids)
{
    QHash<qint64, QJsonObject> byId;
    if (!ids.isEmpty()) {
        Sql rows(db,
                 u"SELECT s.id, s.name, s.query, s.alerts, s.created_at, s.updated_at, "
                 u"s.opened_at, s.created_by, u.first_name, u.last_name, (SELECT COUNT(*) FROM "
                 u"saved_search_talents t WHERE t.saved_search_id = s.id AND t.is_new) AS "
                 u"new_matches FROM saved_searches s JOIN users u ON u.id = s.created_by "
                 u"WHERE s.id IN (%1)"_s.arg(Sql::placeholders(u"id"_s, ids.size())));
        rows.bindEach(u"id"_s, ids).exec();
        while (rows.next()) {
            QJsonObject search = jsonOf(rows,
                                        { .ids = { u"id"_s, u"new_matches"_s },
                                          .texts = { u"name"_s, u"created_at"_s, u"updated_at"_s },
                                          .optionalTexts = { u"opened_at"_s },
                                          .flags = { u"alerts"_s } });
            search.insert(u"query"_s, json::parseObject(rows.text(u"query"_s).toUtf8()));
            search.insert(u"created_by"_s,
                          QJsonObject { { u"id"_s, rows.id(u"created_by"_s) },
                                        { u"name"_s,
                                          rows.text(u"first_name"_s) + u' '
                                                  + rows.text(u"last_name"_s) } });
            byId.insert(search.value(u"id"_s).toInteger(), search);
        }
    }
    QJsonArray searches;
    for (qint64 id : ids)
        searches.append(byId.value(id));
    return searches;
}

int SavedSearchService::record(QSqlDatabase db, qint64 search, const QList<qint64> &talents,
                               bool fresh, const QString &now)
{
    int added = 0;
    for (qsizetype from = 0; from < talents.size(); from += rowsPerInsert) {
        const QList<qint64> part = talents.mid(from, rowsPerInsert);
        QStringList values;
        for (qsizetype i = 0; i < part.size(); ++i)
            values.append(u"(:search, :t%1, :fresh, :now)"_s.arg(i));
        Sql insert(db,
                   u"INSERT INTO saved_search_talents (saved_search_id, talent_id, is_new, "
                   u"found_at) VALUES %1 ON CONFLICT (saved_search_id, talent_id) DO NOTHING"_s.arg(
                           values.join(u", "_s)));
        insert.bind(u":search"_s, search)
                .bind(u":fresh"_s, fresh)
                .bind(u":now"_s, now)
                .bindEach(u"t"_s, part)
                .exec();
        added += std::max(0, insert.rowsAffected());
    }
    return added;
}

QJsonObject SavedSearchService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 company = companyOf(db, by);
    const QString name = nameOf(input.value(u"name"_s));
    const QJsonObject query = input.value(u"query"_s).toObject();
    // Checked as the search checks it (an assessment the company may not use is a 400).
    const QJsonObject asked = PipelineService::indexQuery(db, query, company);
    // What it finds now is not news: the talents it matches when saved are its baseline. The
    // change the index stands at is noted first, so that nothing applied after it is missed by
    // the alerts job's first run (what the baseline holds already is skipped there).
    m_candidates->index().catchUp(db);
    const qint64 since = m_candidates->index().appliedChange();
    const QList<qint64> baseline
            = m_candidates->search(asked, 1, std::numeric_limits<int>::max()).ids;

    const QString now = nowText();
    Transaction tx(db);
    // Counted under the company's lock: two saves at once cannot both take the last place.
    lockRow(db, u"companies"_s, company);
    const qint64 kept = Sql(db, u"SELECT COUNT(*) FROM saved_searches WHERE company_id = :c"_s)
                                .bind(u":c"_s, company)
                                .scalar()
                                .toLongLong();
    if (kept >= perCompany)
        throw ApiError::conflict(
                u"Your company keeps %1 saved searches, the most it may: delete one first"_s.arg(
                        perCompany));
    const qint64 id = insertRowReturningId(db, u"saved_searches"_s,
                                           { { u"company_id"_s, company },
                                             { u"created_by"_s, by.userId },
                                             { u"name"_s, name },
                                             { u"query"_s, jsonText(query) },
                                             { u"alerts"_s, input.value(u"alerts"_s).toBool(true) },
                                             { u"created_at"_s, now },
                                             { u"updated_at"_s, now },
                                             { u"since_change"_s, since } });
    record(db, id, baseline, false, now);
    tx.commit();
    return searchesJson(db, { id }).first().toObject();
}

QJsonObject SavedSearchService::list(const Principal &by, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    const SqlFilter filter
            = SqlFilter::of(u"s.company_id = :company"_s, u":company"_s, companyOf(db, by));
    return selectPage(db, u"s.id"_s, u"saved_searches s"_s, filter, u"LOWER(s.name), s.id"_s, page,
                      limit, [&](const QList<qint64> &ids) { return searchesJson(db, ids); });
}

QJsonObject SavedSearchService::byId(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    own(db, companyOf(db, by), id);
    return searchesJson(db, { id }).first().toObject();
}

QJsonObject SavedSearchService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    own(db, companyOf(db, by), id);
    SqlChanges changes;
    if (input.contains(u"name"_s))
        changes.set(u"name"_s, nameOf(input.value(u"name"_s)));
    if (input.contains(u"alerts"_s))
        changes.set(u"alerts"_s, input.value(u"alerts"_s).toBool());
    changes.write(db, u"saved_searches"_s, id);
    return searchesJson(db, { id }).first().toObject();
}

void SavedSearchService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    own(db, companyOf(db, by), id);
    Transaction tx(db);
    Sql(db, u"DELETE FROM saved_search_talents WHERE saved_search_id = :id"_s)
            .bind(u":id"_s, id)
            .exec();
    Sql(db, u"DELETE FROM saved_searches WHERE id = :id"_s).bind(u":id"_s, id).exec();
    tx.commit();
}

QJsonObject SavedSearchService::open(const Principal &by, qint64 id, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    own(db, companyOf(db, by), id);
    const QJsonObject query
            = json::parseObject(Sql(db, u"SELECT query FROM saved_searches WHERE id = :id"_s)
                                        .bind(u":id"_s, id)
                                        .scalar()
                                        .toString()
                                        .toUtf8());
    QJsonObject result = m_pipelines.search(by, query, page, limit);

    const QString now = nowText();
    Transaction tx(db);
    const QList<qint64> fresh = Sql(db,
                                    u"SELECT talent_id FROM saved_search_talents WHERE "
                                    u"saved_search_id = :id AND is_new ORDER BY talent_id"_s)
                                        .bind(u":id"_s, id)
                                        .exec()
                                        .takeIds();
    Sql(db,
        u"UPDATE saved_search_talents SET is_new = FALSE WHERE saved_search_id = :id AND is_new"_s)
            .bind(u":id"_s, id)
            .exec();
    Sql(db, u"UPDATE saved_searches SET opened_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, id)
            .exec();
    tx.commit();

    // Each talent of the page says whether they were new to this search.
    const QSet<qint64> isNew(fresh.cbegin(), fresh.cend());
    QJsonArray data;
    for (const QJsonValue &row : result.value(u"data"_s).toArray()) {
        QJsonObject talent = row.toObject();
        talent.insert(u"new"_s, isNew.contains(talent.value(u"id"_s).toInteger()));
        data.append(talent);
    }
    result.insert(u"data"_s, data);
    QJsonArray newIds;
    for (qint64 talent : fresh)
        newIds.append(talent);
    result.insert(u"new_ids"_s, newIds);
    result.insert(u"saved_search"_s, searchesJson(db, { id }).first().toObject());
    return result;
}

int SavedSearchService::sendAlerts(int changes)
{
    QSqlDatabase db = m_context.db();
    // Only changes the index has applied: the matches below are asked of the index.
    m_candidates->index().catchUp(db);
    const qint64 mark = m_candidates->index().appliedChange();
    const QString kept = JobQueue::cursor(db, alertsJob());
    const std::optional<SqlRow> oldest
            = Sql(db, u"SELECT MIN(since_change) AS since FROM saved_searches"_s).one();
    if (!oldest || oldest->isNull(u"since"_s)) {
        JobQueue::keepCursor(db, alertsJob(), QString::number(mark)); // nobody is asking
        return 0;
    }
    // Before its first run, the job starts where the oldest search was saved.
    const qint64 cursor = kept.isEmpty() ? oldest->id(u"since"_s) : kept.toLongLong();

    Sql read(db,
             u"SELECT id, kind, record_id FROM search_changes WHERE id > :cursor AND id <= :mark "
             u"AND kind IN ('talent', 'skill') ORDER BY id LIMIT :limit"_s);
    read.bind(u":cursor"_s, cursor).bind(u":mark"_s, mark).bind(u":limit"_s, changes).exec();
    QList<qint64> talentIds;
    QList<qint64> skillIds;
    qint64 last = cursor;
    int taken = 0;
    while (read.next()) {
        ++taken;
        last = read.id(u"id"_s);
        (read.text(u"kind"_s) == u"talent"_s ? talentIds : skillIds).append(read.id(u"record_id"_s));
    }
    const qint64 next = taken < changes ? mark : last;
    if (!skillIds.isEmpty()) {
        // A renamed skill changes the words of everyone who holds it.
        Sql holders(db,
                    u"SELECT DISTINCT user_id FROM talent_skills WHERE skill_id IN (%1)"_s.arg(
                            Sql::placeholders(u"s"_s, skillIds.size())));
        talentIds += holders.bindEach(u"s"_s, skillIds).exec().takeIds();
    }
    const QSet<qint64> unique(talentIds.cbegin(), talentIds.cend());
    talentIds = QList<qint64>(unique.cbegin(), unique.cend());

    int sent = 0;
    if (!talentIds.isEmpty()) {
        struct Saved
        {
            qint64 id;
            qint64 company;
            qint64 owner;
            QString name;
            QJsonObject query;
            bool alerts;
        };
        QList<Saved> searches;
        Sql rows(db,
                 u"SELECT s.id, s.company_id, s.created_by, s.name, s.query, s.alerts FROM "
                 u"saved_searches s ORDER BY s.id"_s);
        rows.exec();
        while (rows.next())
            searches.append({ rows.id(u"id"_s), rows.id(u"company_id"_s), rows.id(u"created_by"_s),
                              rows.text(u"name"_s),
                              json::parseObject(rows.text(u"query"_s).toUtf8()),
                              rows.flag(u"alerts"_s) });
        for (const Saved &search : std::as_const(searches)) {
            QJsonObject asked;
            try {
                asked = PipelineService::indexQuery(db, search.query, search.company);
            } catch (const ApiError &gone) {
                // Its assessment was deleted since: it finds nothing until it is saved anew.
                qCWarning(lcSavedSearches).noquote() << "saved search" << search.id
                                                     << "is skipped:" << gone.messages().join(u' ');
                continue;
            }
            const QList<qint64> matches = m_candidates->matchAmong(asked, talentIds);
            if (matches.isEmpty())
                continue;
            Transaction tx(db);
            // Talents recorded before (the baseline, or found by an earlier run) are skipped.
            const int fresh = record(db, search.id, matches, true, nowText());
            const bool tell = fresh > 0 && search.alerts
                    && Sql(db,
                           u"SELECT 1 FROM users WHERE id = :id AND status = 'active' AND "
                           u"deleted_at IS NULL"_s)
                               .bind(u":id"_s, search.owner)
                               .exists();
            QJsonObject notification;
            if (tell)
                notification = m_notifications.create(db, search.owner, notificationKind(),
                                                      { { u"saved_search_id"_s, search.id },
                                                        { u"saved_search_name"_s, search.name },
                                                        { u"count"_s, fresh } });
            tx.commit();
            if (tell) {
                m_notifications.publish(search.owner, notification);
                ++sent;
            }
        }
    }
    JobQueue::keepCursor(db, alertsJob(), QString::number(next));
    if (sent)
        qCInfo(lcSavedSearches) << "told" << sent << "saved searches of new candidates";
    return sent;
}

} // namespace wn
