// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace wn {

class CandidateIndex;
struct ScoreFilter;
struct ServerContext;
struct Principal;

/**
 * @brief A company's hiring pipelines: projects holding pipelines, each with the stages the
 * company defines and orders; talents added from the candidate search or from applications to
 * the company's jobs, moved between stages (every move kept with who and when), commented on and
 * removed; and the candidate search itself, which says which of the company's pipelines each
 * talent is in. A company only ever reaches its own pipelines: another's are answered as missing.
 */
class PipelineService
{
public:
    PipelineService(ServerContext &context, std::shared_ptr<CandidateIndex> candidates);

    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject list(const Principal &by, const QJsonObject &query, int page, int limit);
    QJsonObject projects(const Principal &by, const QJsonObject &query, int page, int limit);
    QJsonObject byId(const Principal &by, qint64 id);
    /** Name, description and stages: a stages list replaces the stored one in its order (a
     *  stage keeps its id when it is sent with it); one left out must hold no candidates. */
    QJsonObject update(const Principal &by, qint64 id, const QJsonObject &input);
    /** The pipeline with its stages, candidates, moves and comments. */
    void remove(const Principal &by, qint64 id);

    QJsonObject candidates(const Principal &by, qint64 pipelineId, const QJsonObject &query,
                           int page, int limit);
    /** Adds talents (findable ones) and applicants (to the company's jobs); all or none. */
    QJsonObject addCandidates(const Principal &by, qint64 pipelineId, const QJsonObject &input);
    /** One candidate with their newest moves and comments (detailEntries of each, oldest
     *  first) and how many of each there are. */
    QJsonObject candidate(const Principal &by, qint64 pipelineId, qint64 candidateId);
    /** Pages of a candidate's moves and comments, newest first. */
    QJsonObject candidateMoves(const Principal &by, qint64 pipelineId, qint64 candidateId, int page,
                               int limit);
    QJsonObject candidateComments(const Principal &by, qint64 pipelineId, qint64 candidateId,
                                  int page, int limit);
    /** Moves and comments a candidate's detail carries, the newest. */
    static constexpr int detailEntries = 50;
    QJsonObject move(const Principal &by, qint64 pipelineId, qint64 candidateId,
                     const QJsonObject &input);
    QJsonObject comment(const Principal &by, qint64 pipelineId, qint64 candidateId,
                        const QJsonObject &input);
    void removeCandidate(const Principal &by, qint64 pipelineId, qint64 candidateId);

    /** Findable talents by words and filters, with facet counts; each says which of the
     *  caller's company's pipelines hold them. */
    QJsonObject search(const Principal &by, const QJsonObject &query, int page, int limit);
    /** What the candidate index takes for @p query of @p company's staff: the assessment named
     *  resolved (ScoreFilter::of, a 400 by field for one the company may not use), kept in
     *  @p score when given. The one translation the search and saved searches' alerts share. */
    static QJsonObject indexQuery(QSqlDatabase db, const QJsonObject &query, qint64 company,
                                  std::optional<ScoreFilter> *score = nullptr);

    /** The stages a new pipeline gets when none are given. */
    static QStringList defaultStages();

private:
    /** The company permissions that reading a company's pipelines takes, and changing them. */
    static QString readers();
    static QString deciders();
    /** Marks the pipeline changed at @p now. */
    static void touch(QSqlDatabase db, qint64 pipelineId, const QString &now);
    /** The pipeline's company check: the pipeline if it is the caller's company's, else 404. */
    void own(QSqlDatabase db, qint64 companyId, qint64 pipelineId);
    /** The candidate of the caller's pipeline; 404 otherwise. Its talent and stage. */
    std::pair<qint64, qint64> ownCandidate(QSqlDatabase db, qint64 companyId, qint64 pipelineId,
                                           qint64 candidateId);
    QJsonArray pipelinesJson(QSqlDatabase db, const QList<qint64> &ids);
    QJsonArray candidatesJson(QSqlDatabase db, const QList<qint64> &ids);
    /** What an employer sees of each of @p talentIds: name, headline, place, level,
     *  availability, verified identity and skills; in the order of the ids. */
    QHash<qint64, QJsonObject> talentCards(QSqlDatabase db, const QList<qint64> &talentIds);
    void writeStages(QSqlDatabase db, qint64 pipelineId, const QJsonArray &stages);

    ServerContext &m_context;
    std::shared_ptr<CandidateIndex> m_candidates;
};

} // namespace wn
