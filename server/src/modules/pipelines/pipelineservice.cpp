// SPDX-License-Identifier: Apache-2.0
#include "pipelineservice.h"

#include "candidateindex.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/schema.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QStringList stringsOf(const QJsonValue &list)
{
    QStringList values;
    for (const QJsonValue &value : list.toArray())
        values.append(value.toString().simplified());
    return values;
}

/** Stage names once each, ignoring case: a problem named after @p field otherwise. */
void checkStageNames(const QStringList &names, const QString &field, FieldErrors &errors)
{
    if (names.isEmpty())
        errors.add(u"stages should hold at least one stage"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names[i].isEmpty())
            errors.add(u"%1 should not be empty"_s.arg(field.arg(i)));
        else if (seen.contains(names[i].toLower()))
            errors.add(u"%1 %2 is listed more than once"_s.arg(field.arg(i), names[i]));
        seen.insert(names[i].toLower());
    }
}

} // namespace

PipelineService::PipelineService(ServerContext &context, std::shared_ptr<CandidateIndex> candidates)
    : m_context(context)
    , m_candidates(std::move(candidates))
{ }

QStringList PipelineService::defaultStages()
{
    return { u"Sourced"_s, u"Screening"_s, u"Interview"_s, u"Offer"_s, u"Hired"_s };
}

/** What reading a company's pipelines takes, and what changing them takes. */
QString PipelineService::readers()
{
    return u"applications.read"_s;
}

QString PipelineService::deciders()
{
    return u"applications.decide"_s;
}

void PipelineService::touch(QSqlDatabase db, qint64 pipelineId, const QString &now)
{
    Sql(db, u"UPDATE pipelines SET updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, pipelineId)
            .exec();
}

void PipelineService::own(QSqlDatabase db, qint64 companyId, qint64 pipelineId)
{
    if (!companyHolds(db, u"pipelines"_s, companyId, pipelineId))
        throw ApiError::notFound(u"Pipeline not found"_s);
}

std::pair<qint64, qint64> PipelineService::ownCandidate(QSqlDatabase db, qint64 companyId,
                                                        qint64 pipelineId, qint64 candidateId)
{
    own(db, companyId, pipelineId);
    const SqlRow row = Sql(db,
                           u"SELECT talent_id, stage_id FROM pipeline_candidates WHERE id = :id "
                           u"AND pipeline_id = :pipeline"_s)
                               .bind(u":id"_s, candidateId)
                               .bind(u":pipeline"_s, pipelineId)
                               .found(u"Candidate not found in this pipeline"_s);
    return { row.id(u"talent_id"_s), row.id(u"stage_id"_s) };
}

// ---- Pipelines ----

QJsonObject PipelineService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const qint64 company = companyReadBy(db, by, deciders());
    FieldErrors errors;
    const QString projectName = input.value(u"project"_s).toString().simplified();
    const qint64 projectId = input.value(u"project_id"_s).toInteger();
    if (projectName.isEmpty() && !projectId)
        errors.add(u"project should name a new project (or project_id an existing one)"_s);
    if (projectId && !companyHolds(db, u"pipeline_projects"_s, company, projectId))
        errors.add(u"project_id %1 is not a project of your company"_s.arg(projectId));
    const qint64 jobId = input.value(u"job_id"_s).toInteger();
    if (jobId
        && !Sql(db,
                u"SELECT 1 FROM jobs WHERE id = :id AND company_id = :company AND deleted_at IS "
                u"NULL"_s)
                    .bind(u":id"_s, jobId)
                    .bind(u":company"_s, company)
                    .exists())
        errors.add(u"job_id %1 is not a job of your company"_s.arg(jobId));
    const QStringList stages
            = input.contains(u"stages"_s) ? stringsOf(input.value(u"stages"_s)) : defaultStages();
    checkStageNames(stages, u"stages[%1]"_s, errors);
    errors.throwIfAny();

    const QString now = nowText();
    Transaction tx(db);
    qint64 project = projectId;
    if (!project) {
        // A project of that name is the one meant: names are unique within a company.
        insertRow(db, u"pipeline_projects"_s,
                  { { u"company_id"_s, company },
                    { u"name"_s, projectName },
                    { u"name_key"_s, nameKey(projectName) },
                    { u"job_id"_s,
                      jobId ? QVariant(jobId) : QVariant(QMetaType::fromType<qint64>()) },
                    { u"created_by"_s, by.userId },
                    { u"created_at"_s, now } },
                  u"ON CONFLICT (company_id, name_key) DO NOTHING"_s);
        project = Sql(db,
                      u"SELECT id FROM pipeline_projects WHERE company_id = :company AND "
                      u"name_key = :key"_s)
                          .bind(u":company"_s, company)
                          .bind(u":key"_s, nameKey(projectName))
                          .scalar()
                          .toLongLong();
    }
    const qint64 id = insertRowReturningId(
            db, u"pipelines"_s,
            { { u"company_id"_s, company },
              { u"project_id"_s, project },
              { u"name"_s, input.value(u"name"_s).toString().simplified() },
              { u"description"_s, nullIfEmpty(input.value(u"description"_s)) },
              { u"created_by"_s, by.userId },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    QJsonArray stageRows;
    for (const QString &name : stages)
        stageRows.append(QJsonObject { { u"name"_s, name } });
    writeStages(db, id, stageRows);
    tx.commit();
    return pipelinesJson(db, { id }).first().toObject();
}

void PipelineService::writeStages(QSqlDatabase db, qint64 pipelineId, const QJsonArray &stages)
{
    // Each stage sent takes its place in the order; one with an id keeps it (and its candidates).
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject stage = stages.at(i).toObject();
        const QString name = stage.value(u"name"_s).toString().simplified();
        if (stage.contains(u"id"_s)) {
            Sql(db,
                u"UPDATE pipeline_stages SET name = :name, position = :position WHERE id = :id"_s)
                    .bind(u":name"_s, name)
                    .bind(u":position"_s, int(i))
                    .bind(u":id"_s, stage.value(u"id"_s).toInteger())
                    .exec();
        } else {
            insertRow(db, u"pipeline_stages"_s,
                      { { u"pipeline_id"_s, pipelineId },
                        { u"name"_s, name },
                        { u"position"_s, int(i) } });
        }
    }
}

QJsonArray PipelineService::pipelinesJson(QSqlDatabase db, const QList<qint64> &ids)
{
    QJsonArray data;
    if (ids.isEmpty())
        return data;
    const QString list = Sql::placeholders(u"id"_s, ids.size());
    QHash<qint64, QJsonArray> stages;
    QHash<qint64, qint64> totals;
    Sql stageRows(db,
                  u"SELECT s.id, s.pipeline_id, s.name, s.position, (SELECT COUNT(*) FROM "
                  u"pipeline_candidates c WHERE c.stage_id = s.id) AS candidates FROM "
                  u"pipeline_stages s WHERE s.pipeline_id IN (%1) AND s.removed_at IS NULL "
                  u"ORDER BY s.pipeline_id, s.position"_s.arg(list));
    stageRows.bindEach(u"id"_s, ids).exec();
    while (stageRows.next()) {
        const qint64 pipeline = stageRows.id(u"pipeline_id"_s);
        stages[pipeline].append(
                jsonOf(stageRows, { .ids = { u"id"_s, u"candidates"_s }, .texts = { u"name"_s } }));
        totals[pipeline] += stageRows.id(u"candidates"_s);
    }
    QHash<qint64, QJsonObject> byId;
    Sql rows(db,
             u"SELECT p.id, p.name, p.description, p.created_at, p.updated_at, p.project_id, "
             u"pr.name AS project_name, pr.job_id FROM pipelines p JOIN pipeline_projects pr ON "
             u"pr.id = p.project_id WHERE p.id IN (%1)"_s.arg(list));
    rows.bindEach(u"id"_s, ids).exec();
    while (rows.next()) {
        const qint64 id = rows.id(u"id"_s);
        QJsonObject pipeline = jsonOf(rows,
                                      { .ids = { u"id"_s },
                                        .texts = { u"name"_s, u"created_at"_s, u"updated_at"_s },
                                        .optionalTexts = { u"description"_s } });
        pipeline.insert(u"project"_s,
                        QJsonObject { { u"id"_s, rows.id(u"project_id"_s) },
                                      { u"name"_s, rows.text(u"project_name"_s) },
                                      { u"job_id"_s, rows.integerOrNull(u"job_id"_s) } });
        pipeline.insert(u"stages"_s, stages.value(id));
        pipeline.insert(u"candidates"_s, totals.value(id));
        byId.insert(id, pipeline);
    }
    for (qint64 id : ids)
        data.append(byId.value(id));
    return data;
}

QJsonObject PipelineService::list(const Principal &by, const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    filter.add(u"p.company_id = :company"_s, u":company"_s, companyReadBy(db, by, readers()));
    filter.addEqual(query, u"project_id"_s, u"p.project_id"_s);
    if (query.contains(u"q"_s))
        filter.addContains({ u"LOWER(p.name)"_s }, query.value(u"q"_s).toString());
    return selectPage(db, u"p.id"_s, u"pipelines p"_s, filter, u"p.updated_at DESC, p.id DESC"_s,
                      page, limit,
                      [&](const QList<qint64> &ids) { return pipelinesJson(db, ids); });
}

QJsonObject PipelineService::projects(const Principal &by, const QJsonObject &query, int page,
                                      int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    filter.add(u"pr.company_id = :company"_s, u":company"_s, companyReadBy(db, by, readers()));
    if (query.contains(u"q"_s))
        filter.addContains({ u"pr.name_key"_s }, nameKey(query.value(u"q"_s).toString()));
    return selectPage(
            db,
            u"pr.id, pr.name, pr.job_id, pr.created_at, (SELECT COUNT(*) FROM pipelines p WHERE "
            u"p.project_id = pr.id) AS pipelines, (SELECT COUNT(*) FROM pipeline_candidates c "
            u"JOIN pipelines p ON p.id = c.pipeline_id WHERE p.project_id = pr.id) AS "
            u"candidates"_s,
            u"pipeline_projects pr"_s, filter, u"pr.created_at DESC, pr.id DESC"_s, page, limit,
            [](Sql &row) {
                return jsonOf(row,
                              { .ids = { u"id"_s, u"pipelines"_s, u"candidates"_s },
                                .texts = { u"name"_s, u"created_at"_s },
                                .optionalIntegers = { u"job_id"_s } });
            });
}

QJsonObject PipelineService::byId(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    own(db, companyReadBy(db, by, readers()), id);
    return pipelinesJson(db, { id }).first().toObject();
}

QJsonObject PipelineService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"name"_s });
    QSqlDatabase db = m_context.db();
    own(db, companyReadBy(db, by, deciders()), id);
    FieldErrors errors;
    const bool stagesSent = input.contains(u"stages"_s);
    const QJsonArray stages = input.value(u"stages"_s).toArray();
    QHash<qint64, std::pair<QString, qint64>> current; // id -> name, candidates
    Sql held(db,
             u"SELECT s.id, s.name, (SELECT COUNT(*) FROM pipeline_candidates c WHERE "
             u"c.stage_id = s.id) AS candidates FROM pipeline_stages s WHERE s.pipeline_id = :id "
             u"AND s.removed_at IS NULL"_s);
    held.bind(u":id"_s, id).exec();
    while (held.next())
        current.insert(held.id(u"id"_s), { held.text(u"name"_s), held.id(u"candidates"_s) });
    QSet<qint64> kept;
    if (stagesSent) {
        QStringList names;
        for (qsizetype i = 0; i < stages.size(); ++i) {
            const QJsonObject stage = stages.at(i).toObject();
            names.append(stage.value(u"name"_s).toString().simplified());
            if (!stage.contains(u"id"_s))
                continue;
            const qint64 stageId = stage.value(u"id"_s).toInteger();
            if (!current.contains(stageId))
                errors.add(
                        u"stages[%1].id %2 is not a stage of this pipeline"_s.arg(i).arg(stageId));
            else if (kept.contains(stageId))
                errors.add(u"stages[%1].id %2 is listed more than once"_s.arg(i).arg(stageId));
            kept.insert(stageId);
        }
        checkStageNames(names, u"stages[%1].name"_s, errors);
    }
    errors.throwIfAny();
    QList<qint64> dropped;
    if (stagesSent) {
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            if (kept.contains(it.key()))
                continue;
            // Candidates are never dropped with their stage: they are moved first.
            if (it.value().second > 0)
                throw ApiError::conflict(
                        u"Stage \"%1\" holds %2 candidate(s): move them to another stage before "
                        u"removing it from stages"_s.arg(it.value().first)
                                .arg(it.value().second));
            dropped.append(it.key());
        }
    }

    const QString now = nowText();
    Transaction tx(db);
    SqlChanges changes;
    if (input.contains(u"name"_s))
        changes.set(u"name"_s, input.value(u"name"_s).toString().simplified());
    if (input.contains(u"description"_s))
        changes.set(u"description"_s, nullIfEmpty(input.value(u"description"_s)));
    changes.write(db, u"pipelines"_s, id, u"id"_s, false); // touch() below stamps it
    for (qint64 stage : std::as_const(dropped)) {
        // Guarded: a candidate added to it meanwhile keeps it.
        const int removed = Sql(db,
                                u"UPDATE pipeline_stages SET removed_at = :now WHERE id = :id AND "
                                u"NOT EXISTS (SELECT 1 FROM pipeline_candidates c WHERE "
                                u"c.stage_id = :id)"_s)
                                    .bind(u":now"_s, now)
                                    .bind(u":id"_s, stage)
                                    .exec()
                                    .rowsAffected();
        if (removed == 0)
            throw ApiError::conflict(u"Stage \"%1\" has just received a candidate: move them to "
                                     u"another stage before removing it from stages"_s.arg(
                                             current.value(stage).first));
    }
    if (stagesSent)
        writeStages(db, id, stages);
    touch(db, id, now);
    tx.commit();
    return pipelinesJson(db, { id }).first().toObject();
}

void PipelineService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    own(db, companyReadBy(db, by, deciders()), id);
    Transaction tx(db);
    const QString candidates = u"SELECT id FROM pipeline_candidates WHERE pipeline_id = :id"_s;
    for (const QString &statement :
         { u"DELETE FROM pipeline_comments WHERE candidate_id IN (%1)"_s.arg(candidates),
           u"DELETE FROM pipeline_moves WHERE candidate_id IN (%1)"_s.arg(candidates),
           u"DELETE FROM pipeline_candidates WHERE pipeline_id = :id"_s,
           u"DELETE FROM pipeline_stages WHERE pipeline_id = :id"_s,
           u"DELETE FROM pipelines WHERE id = :id"_s })
        Sql(db, statement).bind(u":id"_s, id).exec();
    tx.commit();
}
} // namespace wn
