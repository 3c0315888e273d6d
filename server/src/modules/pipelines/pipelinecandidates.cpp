// SPDX-License-Identifier: Apache-2.0
// A pipeline's candidates: added from the candidate search or from applications, moved between
// stages with each move recorded, commented on, removed; and the candidate search itself.
#include "modules/assessments/scorefilter.h"
#include "pipelineservice.h"

#include "candidateindex.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "modules/assessments/scorefilter.h"

#include <wn/common/apierror.h>
#include <wn/common/schema.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QJsonObject person(const QString &idColumn, const auto &row)
{
    return { { u"id"_s, row.id(idColumn) },
             { u"first_name"_s, row.text(u"first_name"_s) },
             { u"last_name"_s, row.text(u"last_name"_s) } };
}

/** The stage a pipeline's new candidates go to unless told: its first. */
qint64 firstStage(QSqlDatabase db, qint64 pipelineId)
{
    return Sql(db,
               u"SELECT id FROM pipeline_stages WHERE pipeline_id = :id AND removed_at IS NULL "
               u"ORDER BY position LIMIT 1"_s)
            .bind(u":id"_s, pipelineId)
            .scalar()
            .toLongLong();
}

bool isStageOf(QSqlDatabase db, qint64 pipelineId, qint64 stageId)
{
    return Sql(db,
               u"SELECT 1 FROM pipeline_stages WHERE id = :stage AND pipeline_id = :pipeline "
               u"AND removed_at IS NULL"_s)
            .bind(u":stage"_s, stageId)
            .bind(u":pipeline"_s, pipelineId)
            .exists();
}

void recordMove(QSqlDatabase db, qint64 candidateId, qint64 from, qint64 to, qint64 by,
                const QString &now)
{
    insertRow(db, u"pipeline_moves"_s,
              { { u"candidate_id"_s, candidateId },
                { u"from_stage_id"_s,
                  from ? QVariant(from) : QVariant(QMetaType::fromType<qint64>()) },
                { u"to_stage_id"_s, to },
                { u"moved_by"_s, by },
                { u"moved_at"_s, now } });
}
} // namespace

// ---- Candidates ----

QHash<qint64, QJsonObject> PipelineService::talentCards(QSqlDatabase db,
                                                        const QList<qint64> &talentIds)
{
    QHash<qint64, QJsonObject> cards;
    if (talentIds.isEmpty())
        return cards;
    const QString list = Sql::placeholders(u"id"_s, talentIds.size());
    QHash<qint64, QJsonArray> skills;
    Sql skillRows(db,
                  u"SELECT ts.user_id, s.id, s.name, ts.level FROM talent_skills ts JOIN skills s "
                  u"ON s.id = ts.skill_id WHERE ts.user_id IN (%1) ORDER BY ts.user_id, "
                  u"s.name"_s.arg(list));
    skillRows.bindEach(u"id"_s, talentIds).exec();
    while (skillRows.next())
        skills[skillRows.id(u"user_id"_s)].append(
                jsonOf(skillRows, { .ids = { u"id"_s }, .texts = { u"name"_s, u"level"_s } }));
    Sql rows(db,
             u"SELECT u.id, u.first_name, u.last_name, u.state, u.country_code, "
             u"u.bvn_verified_at, u.nin_verified_at, tp.headline, tp.desired_career_level, "
             u"tp.availability FROM users u LEFT JOIN talent_profiles tp ON tp.user_id = u.id "
             u"WHERE u.id IN (%1)"_s.arg(list));
    rows.bindEach(u"id"_s, talentIds).exec();
    while (rows.next()) {
        const qint64 id = rows.id(u"id"_s);
        QJsonObject card
                = jsonOf(rows,
                         { .ids = { u"id"_s },
                           .texts = { u"first_name"_s, u"last_name"_s },
                           .optionalTexts = { u"headline"_s, u"state"_s, u"availability"_s } });
        card.insert(u"country"_s, rows.textOrNull(u"country_code"_s));
        card.insert(u"career_level"_s, rows.textOrNull(u"desired_career_level"_s));
        card.insert(u"verified_identity"_s,
                    !rows.isNull(u"bvn_verified_at"_s) || !rows.isNull(u"nin_verified_at"_s));
        card.insert(u"skills"_s, skills.value(id));
        cards.insert(id, card);
    }
    return cards;
}

QJsonArray PipelineService::candidatesJson(QSqlDatabase db, const QList<qint64> &ids)
{
    QJsonArray data;
    if (ids.isEmpty())
        return data;
    QHash<qint64, QJsonObject> byId;
    QHash<qint64, qint64> talentOf;
    Sql rows(db,
             u"SELECT c.id, c.pipeline_id, c.talent_id, c.stage_id, s.name AS stage_name, "
             u"c.application_id, c.source, c.added_at, c.moved_at, (SELECT COUNT(*) FROM "
             u"pipeline_comments m WHERE m.candidate_id = c.id) AS comments FROM "
             u"pipeline_candidates c JOIN pipeline_stages s ON s.id = c.stage_id WHERE c.id IN "
             u"(%1)"_s.arg(Sql::placeholders(u"id"_s, ids.size())));
    rows.bindEach(u"id"_s, ids).exec();
    while (rows.next()) {
        QJsonObject candidate = jsonOf(rows,
                                       { .ids = { u"id"_s, u"pipeline_id"_s, u"comments"_s },
                                         .texts = { u"source"_s, u"added_at"_s, u"moved_at"_s },
                                         .optionalIntegers = { u"application_id"_s } });
        candidate.insert(u"stage"_s,
                         QJsonObject { { u"id"_s, rows.id(u"stage_id"_s) },
                                       { u"name"_s, rows.text(u"stage_name"_s) } });
        byId.insert(rows.id(u"id"_s), candidate);
        talentOf.insert(rows.id(u"id"_s), rows.id(u"talent_id"_s));
    }
    const QHash<qint64, QJsonObject> cards = talentCards(db, talentOf.values());
    for (qint64 id : ids) {
        QJsonObject candidate = byId.value(id);
        candidate.insert(u"talent"_s, cards.value(talentOf.value(id)));
        data.append(candidate);
    }
    return data;
}

QJsonObject PipelineService::candidates(const Principal &by, qint64 pipelineId,
                                        const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    own(db, companyReadBy(db, by, readers()), pipelineId);
    SqlFilter filter;
    filter.add(u"c.pipeline_id = :pipeline"_s, u":pipeline"_s, pipelineId);
    filter.addEqual(query, u"stage_id"_s, u"c.stage_id"_s);
    return selectPage(db, u"c.id"_s,
                      u"pipeline_candidates c JOIN pipeline_stages s ON s.id = c.stage_id"_s,
                      filter, u"s.position, c.moved_at DESC, c.id DESC"_s, page, limit,
                      [&](const QList<qint64> &ids) { return candidatesJson(db, ids); });
}

QJsonObject PipelineService::addCandidates(const Principal &by, qint64 pipelineId,
                                           const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 company = companyReadBy(db, by, deciders());
    own(db, company, pipelineId);
    FieldErrors errors;
    const QList<qint64> talentIds = idsIn(input.value(u"talent_ids"_s).toArray());
    const QList<qint64> applicationIds = idsIn(input.value(u"application_ids"_s).toArray());
    if (talentIds.isEmpty() && applicationIds.isEmpty())
        errors.add(u"talent_ids should name at least one talent (or application_ids an "
                   u"application)"_s);
    const qint64 stage = input.contains(u"stage_id"_s) ? input.value(u"stage_id"_s).toInteger()
                                                       : firstStage(db, pipelineId);
    if (!isStageOf(db, pipelineId, stage))
        errors.add(u"stage_id %1 is not a stage of this pipeline"_s.arg(stage));

    // Who is added, and from where: a talent the search finds, or one who applied to the
    // company's jobs (whether or not they hid their profile).
    struct Addition
    {
        qint64 talent = 0;
        qint64 application = 0;
    };
    QList<Addition> additions;
    for (qsizetype i = 0; i < talentIds.size(); ++i) {
        if (!m_candidates->findable(talentIds[i]))
            errors.add(u"talent_ids[%1] %2 is not a talent you can find"_s.arg(i).arg(talentIds[i]));
        additions.append({ talentIds[i], 0 });
    }
    if (!applicationIds.isEmpty()) {
        QHash<qint64, qint64> talentOf;
        Sql applications(db,
                         u"SELECT a.id, a.talent_id FROM applications a JOIN jobs j ON j.id = "
                         u"a.job_id WHERE a.id IN (%1) AND j.company_id = :company"_s.arg(
                                 Sql::placeholders(u"a"_s, applicationIds.size())));
        applications.bindEach(u"a"_s, applicationIds).bind(u":company"_s, company).exec();
        while (applications.next())
            talentOf.insert(applications.id(u"id"_s), applications.id(u"talent_id"_s));
        for (qsizetype i = 0; i < applicationIds.size(); ++i) {
            if (!talentOf.contains(applicationIds[i]))
                errors.add(u"application_ids[%1] %2 is not an application to your company's "
                           u"jobs"_s.arg(i)
                                   .arg(applicationIds[i]));
            else
                additions.append({ talentOf.value(applicationIds[i]), applicationIds[i] });
        }
    }
    errors.throwIfAny();

    // The same talent is never in one pipeline twice.
    QSet<qint64> seen;
    for (const Addition &addition : std::as_const(additions)) {
        if (seen.contains(addition.talent))
            throw ApiError::conflict(
                    u"Talent %1 is named more than once in this request"_s.arg(addition.talent));
        seen.insert(addition.talent);
    }
    QList<qint64> talents(seen.begin(), seen.end());
    Sql present(db,
                u"SELECT c.talent_id, u.first_name, u.last_name FROM pipeline_candidates c JOIN "
                u"users u ON u.id = c.talent_id WHERE c.pipeline_id = :pipeline AND c.talent_id "
                u"IN (%1)"_s.arg(Sql::placeholders(u"t"_s, talents.size())));
    present.bind(u":pipeline"_s, pipelineId).bindEach(u"t"_s, talents);
    if (const std::optional<SqlRow> already = present.one())
        throw ApiError::conflict(u"%1 %2 (talent %3) is already in this pipeline"_s.arg(
                already->text(u"first_name"_s), already->text(u"last_name"_s),
                QString::number(already->id(u"talent_id"_s))));

    const QString now = nowText();
    QList<qint64> added;
    Transaction tx(db);
    for (const Addition &addition : std::as_const(additions)) {
        const std::optional<qint64> id = insertRowIfNew(
                db, u"pipeline_candidates"_s,
                { { u"pipeline_id"_s, pipelineId },
                  { u"talent_id"_s, addition.talent },
                  { u"stage_id"_s, stage },
                  { u"application_id"_s,
                    addition.application ? QVariant(addition.application)
                                         : QVariant(QMetaType::fromType<qint64>()) },
                  { u"source"_s, addition.application ? u"application"_s : u"search"_s },
                  { u"added_by"_s, by.userId },
                  { u"added_at"_s, now },
                  { u"moved_at"_s, now } },
                u"ON CONFLICT (pipeline_id, talent_id) DO NOTHING"_s);
        if (!id) // added by someone else a moment ago; nothing of this request stays
            throw ApiError::conflict(
                    u"Talent %1 is already in this pipeline"_s.arg(addition.talent));
        added.append(*id);
        recordMove(db, *id, 0, stage, by.userId, now);
    }
    touch(db, pipelineId, now);
    tx.commit();
    return { { u"data"_s, candidatesJson(db, added) } };
}

namespace {

QJsonObject moveJson(Sql &moves)
{
    QJsonObject move = jsonOf(moves, { .ids = { u"id"_s }, .texts = { u"moved_at"_s } });
    move.insert(u"from"_s,
                moves.isNull(u"from_stage_id"_s)
                        ? QJsonValue()
                        : QJsonObject { { u"id"_s, moves.id(u"from_stage_id"_s) },
                                        { u"name"_s, moves.text(u"from_name"_s) } });
    move.insert(u"to"_s,
                QJsonObject { { u"id"_s, moves.id(u"to_stage_id"_s) },
                              { u"name"_s, moves.text(u"to_name"_s) } });
    move.insert(u"moved_by"_s, person(u"moved_by"_s, moves));
    return move;
}

QJsonObject commentJson(Sql &notes)
{
    QJsonObject note
            = jsonOf(notes, { .ids = { u"id"_s }, .texts = { u"body"_s, u"created_at"_s } });
    note.insert(u"author"_s, person(u"author_id"_s, notes));
    return note;
}

/** A page of a candidate's moves, newest first. */
QJsonObject movesPage(QSqlDatabase db, qint64 candidateId, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"m.candidate_id = :candidate"_s, u":candidate"_s, candidateId);
    return selectPage(db,
                      u"m.id, m.from_stage_id, f.name AS from_name, m.to_stage_id, t.name AS "
                      u"to_name, m.moved_by, u.first_name, u.last_name, m.moved_at"_s,
                      u"pipeline_moves m LEFT JOIN pipeline_stages f ON f.id = m.from_stage_id "
                      u"JOIN pipeline_stages t ON t.id = m.to_stage_id JOIN users u ON u.id = "
                      u"m.moved_by"_s,
                      filter, u"m.id DESC"_s, page, limit, moveJson, u"pipeline_moves m"_s);
}

/** A page of a candidate's comments, newest first. */
QJsonObject commentsPage(QSqlDatabase db, qint64 candidateId, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"m.candidate_id = :candidate"_s, u":candidate"_s, candidateId);
    return selectPage(db, u"m.id, m.body, m.created_at, m.author_id, u.first_name, u.last_name"_s,
                      u"pipeline_comments m JOIN users u ON u.id = m.author_id"_s, filter,
                      u"m.id DESC"_s, page, limit, commentJson, u"pipeline_comments m"_s);
}

/** The newest entries of a page, oldest first, as a timeline reads; and how many there are. */
std::pair<QJsonArray, qint64> newestInOrder(const QJsonObject &page)
{
    const QJsonArray newestFirst = page.value(u"data"_s).toArray();
    QJsonArray inOrder;
    for (qsizetype i = newestFirst.size() - 1; i >= 0; --i)
        inOrder.append(newestFirst.at(i));
    return { inOrder, page.value(u"meta"_s).toObject().value(u"total"_s).toInteger() };
}

} // namespace

QJsonObject PipelineService::candidate(const Principal &by, qint64 pipelineId, qint64 candidateId)
{
    QSqlDatabase db = m_context.db();
    ownCandidate(db, companyReadBy(db, by, readers()), pipelineId, candidateId);
    QJsonObject candidate = candidatesJson(db, { candidateId }).first().toObject();
    // The newest of each, however long a candidate's life: the rest come a page at a time.
    const auto [history, moves] = newestInOrder(movesPage(db, candidateId, 1, detailEntries));
    const auto [comments, notes] = newestInOrder(commentsPage(db, candidateId, 1, detailEntries));
    candidate.insert(u"history"_s, history);
    candidate.insert(u"history_total"_s, moves);
    candidate.insert(u"comment_list"_s, comments);
    candidate.insert(u"comments_total"_s, notes);
    return candidate;
}

QJsonObject PipelineService::candidateMoves(const Principal &by, qint64 pipelineId,
                                            qint64 candidateId, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    ownCandidate(db, companyReadBy(db, by, readers()), pipelineId, candidateId);
    return movesPage(db, candidateId, page, limit);
}

QJsonObject PipelineService::candidateComments(const Principal &by, qint64 pipelineId,
                                               qint64 candidateId, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    ownCandidate(db, companyReadBy(db, by, readers()), pipelineId, candidateId);
    return commentsPage(db, candidateId, page, limit);
}

QJsonObject PipelineService::move(const Principal &by, qint64 pipelineId, qint64 candidateId,
                                  const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const auto [talent, from]
            = ownCandidate(db, companyReadBy(db, by, deciders()), pipelineId, candidateId);
    const qint64 to = input.value(u"stage_id"_s).toInteger();
    if (!isStageOf(db, pipelineId, to))
        throw ApiError::badRequest(
                QStringList { u"stage_id %1 is not a stage of this pipeline"_s.arg(to) });
    if (to == from)
        throw ApiError::badRequest(
                QStringList { u"stage_id %1 is the candidate's stage already"_s.arg(to) });
    const QString now = nowText();
    Transaction tx(db);
    // Guarded by the stage it was read in: a move made meanwhile is not overwritten unseen.
    if (Sql(db,
            u"UPDATE pipeline_candidates SET stage_id = :to, moved_at = :now WHERE id = :id AND "
            u"stage_id = :from"_s)
                .bind(u":to"_s, to)
                .bind(u":now"_s, now)
                .bind(u":id"_s, candidateId)
                .bind(u":from"_s, from)
                .exec()
                .rowsAffected()
        == 0)
        throw ApiError::conflict(u"The candidate was moved meanwhile; look again and retry"_s);
    recordMove(db, candidateId, from, to, by.userId, now);
    touch(db, pipelineId, now);
    tx.commit();
    return candidate(by, pipelineId, candidateId);
}

QJsonObject PipelineService::comment(const Principal &by, qint64 pipelineId, qint64 candidateId,
                                     const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    ownCandidate(db, companyReadBy(db, by, readers()), pipelineId, candidateId);
    const QString body = input.value(u"body"_s).toString().trimmed();
    if (body.isEmpty())
        throw ApiError::badRequest(QStringList { u"body should not be empty"_s });
    const SqlRow row = Sql(db,
                           u"INSERT INTO pipeline_comments (candidate_id, author_id, body, "
                           u"created_at) VALUES (:candidate, :author, :body, :now) RETURNING id, "
                           u"body, created_at"_s)
                               .bind(u":candidate"_s, candidateId)
                               .bind(u":author"_s, by.userId)
                               .bind(u":body"_s, body)
                               .bind(u":now"_s, nowText())
                               .single();
    QJsonObject note = jsonOf(row, { .ids = { u"id"_s }, .texts = { u"body"_s, u"created_at"_s } });
    const SqlRow author = Sql(db, u"SELECT id, first_name, last_name FROM users WHERE id = :id"_s)
                                  .bind(u":id"_s, by.userId)
                                  .single();
    note.insert(u"author"_s, person(u"id"_s, author));
    return note;
}

void PipelineService::removeCandidate(const Principal &by, qint64 pipelineId, qint64 candidateId)
{
    QSqlDatabase db = m_context.db();
    ownCandidate(db, companyReadBy(db, by, deciders()), pipelineId, candidateId);
    Transaction tx(db);
    for (const QString &statement : { u"DELETE FROM pipeline_comments WHERE candidate_id = :id"_s,
                                      u"DELETE FROM pipeline_moves WHERE candidate_id = :id"_s,
                                      u"DELETE FROM pipeline_candidates WHERE id = :id"_s })
        Sql(db, statement).bind(u":id"_s, candidateId).exec();
    touch(db, pipelineId, nowText());
    tx.commit();
}

// ---- Candidate search ----

QJsonObject PipelineService::indexQuery(QSqlDatabase db, const QJsonObject &query, qint64 company,
                                        std::optional<ScoreFilter> *score)
{
    QJsonObject resolved = query;
    const std::optional<ScoreFilter> filter = ScoreFilter::of(db, query, company);
    if (filter)
        resolved.insert(u"assessment_id"_s, filter->instrumentId);
    if (score)
        *score = filter;
    return resolved;
}

QJsonObject PipelineService::search(const Principal &by, const QJsonObject &query, int page,
                                    int limit)
{
    QSqlDatabase db = m_context.db();
    const qint64 company = companyReadBy(db, by, readers());
    std::optional<ScoreFilter> score;
    const CandidateMatches matches
            = m_candidates->search(indexQuery(db, query, company, &score), page, limit);
    const QHash<qint64, QJsonObject> cards = talentCards(db, matches.ids);
    const QHash<qint64, double> percents
            = score ? score->percentsOf(db, matches.ids, company) : QHash<qint64, double>();
    // Which of the caller's company's pipelines each talent is in already.
    QHash<qint64, QJsonArray> pipelines;
    if (!matches.ids.isEmpty()) {
        Sql held(db,
                 u"SELECT c.talent_id, c.id AS candidate_id, p.id AS pipeline_id, p.name, "
                 u"s.id AS stage_id, s.name AS stage_name FROM pipeline_candidates c JOIN "
                 u"pipelines p ON p.id = c.pipeline_id JOIN pipeline_stages s ON s.id = "
                 u"c.stage_id WHERE p.company_id = :company AND c.talent_id IN (%1) ORDER BY "
                 u"p.id"_s.arg(Sql::placeholders(u"t"_s, matches.ids.size())));
        held.bind(u":company"_s, company).bindEach(u"t"_s, matches.ids).exec();
        while (held.next())
            pipelines[held.id(u"talent_id"_s)].append(
                    QJsonObject { { u"id"_s, held.id(u"pipeline_id"_s) },
                                  { u"name"_s, held.text(u"name"_s) },
                                  { u"candidate_id"_s, held.id(u"candidate_id"_s) },
                                  { u"stage"_s,
                                    QJsonObject { { u"id"_s, held.id(u"stage_id"_s) },
                                                  { u"name"_s, held.text(u"stage_name"_s) } } } });
    }
    QJsonArray data;
    for (qint64 id : matches.ids) {
        QJsonObject card = cards.value(id);
        card.insert(u"pipelines"_s, pipelines.value(id));
        if (score)
            card.insert(u"assessment_percent"_s, percents.value(id));
        data.append(card);
    }
    QJsonObject result = pageOf(data, page, limit, matches.total);
    result.insert(u"facets"_s, matches.facets);
    if (!matches.suggestion.isEmpty())
        result.insert(u"suggestion"_s, matches.suggestion);
    return result;
}

} // namespace wn
