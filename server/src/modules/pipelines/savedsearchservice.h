// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace wn {

class CandidateIndex;
class Schema;
class NotificationService;
class PipelineService;
struct ServerContext;
struct Principal;

/** The candidate search's query fields (GET /candidates), which a saved search holds. */
const Schema &candidateSearchQuery();

/**
 * @brief A company's saved candidate searches and their alerts. A search is saved under a name
 * with the query the candidate search takes; the talents it matches then are its baseline, and
 * every talent it matches later is recorded once, as new until the search is next opened. The
 * alerts job (periodic, kind "saved-search-alerts") reads the talents changed since its cursor in
 * `search_changes`, asks the candidate index which of them each search finds, and tells each
 * alerting search's creator in one notification how many are new. A company only ever reaches
 * its own searches: another's are answered as missing.
 */
class SavedSearchService
{
public:
    SavedSearchService(ServerContext &context, std::shared_ptr<CandidateIndex> candidates,
                       PipelineService &pipelines, NotificationService &notifications);

    /** The most searches one company keeps; one more is refused with 409. */
    static constexpr int perCompany = 50;
    /** The periodic job's kind and its cursor's name. */
    static QString alertsJob();
    /** The notification kind of an alert (forms::choicesOf("notification")). */
    static QString notificationKind();

    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject list(const Principal &by, int page, int limit);
    QJsonObject byId(const Principal &by, qint64 id);
    /** Renames it or switches its alerts. */
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    void remove(const Principal &by, qint64 id);
    /** Runs the search (a page of it, as the candidate search answers) and marks its new matches
     *  seen; the answer says which talents were new (new_ids) and holds the saved search. */
    QJsonObject open(const Principal &by, qint64 id, int page, int limit);

    /** One run of the alerts job: at most @p changes changes of `search_changes` after the
     *  cursor; answers how many notifications it sent. */
    int sendAlerts(int changes = 5000);

private:
    /** The company whose saved searches @p by may use; 403 for one who acts for none. */
    qint64 companyOf(QSqlDatabase db, const Principal &by);
    /** The search's row if it is @p company's, else 404. */
    void own(QSqlDatabase db, qint64 company, qint64 id);
    QJsonArray searchesJson(QSqlDatabase db, const QList<qint64> &ids);
    /** Records @p talents as matched by @p search (@p fresh: new ones), skipping those recorded
     *  already; answers how many rows were added. */
    int record(QSqlDatabase db, qint64 search, const QList<qint64> &talents, bool fresh,
               const QString &now);

    ServerContext &m_context;
    std::shared_ptr<CandidateIndex> m_candidates;
    PipelineService &m_pipelines; ///< runs an opened search, as the candidate search answers
    NotificationService &m_notifications;
};

} // namespace wn
