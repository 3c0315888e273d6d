// SPDX-License-Identifier: Apache-2.0
#include "kpiservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/http/csv.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "internshiprows.h"
#include "modules/accounts/accountservice.h"

#include <wn/common/apierror.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <QSet>

#include <numeric>

using namespace Qt::StringLiterals;

namespace wn {

using namespace internshiprows;

namespace {

constexpr qint64 fullWeight = 100;

QString kpiColumns()
{
    return u"k.id, k.internship_id, k.title, k.description, k.rubric, k.weight, k.max_score, "
           u"k.due_date, k.created_at, k.updated_at, i.title AS internship_title, "
           u"(SELECT COUNT(*) FROM kpi_submissions ks WHERE ks.kpi_id = k.id) AS submissions"_s;
}

QJsonObject readKpi(const Sql &q)
{
    return jsonOf(
            q,
            { .ids = { u"id"_s, u"internship_id"_s, u"weight"_s, u"max_score"_s, u"submissions"_s },
              .texts = { u"title"_s, u"internship_title"_s, u"created_at"_s, u"updated_at"_s },
              .optionalTexts = { u"description"_s, u"rubric"_s, u"due_date"_s } });
}

/** The input's optional text fields of a KPI, each set from the field of its name. */
const QStringList &kpiTextColumns()
{
    static const QStringList columns { u"title"_s, u"description"_s, u"rubric"_s, u"due_date"_s,
                                       u"max_score"_s };
    return columns;
}

ApiError weightsRefused(const QString &field, qint64 total)
{
    return ApiError::badRequest(QStringList {
            u"%1 must leave the internship's KPI weights summing to 100 (they would sum to %2)"_s
                    .arg(field)
                    .arg(total) });
}

/** The internship's KPIs and their weights. */
QHash<qint64, qint64> weightsOf(QSqlDatabase db, qint64 internshipId)
{
    QHash<qint64, qint64> weights;
    Sql q(db, u"SELECT id, weight FROM internship_kpis WHERE internship_id = :id"_s);
    q.bind(u":id"_s, internshipId).exec();
    while (q.next())
        weights.insert(q.id(u"id"_s), q.id(u"weight"_s));
    return weights;
}

/**
 * @p weights ([{kpi_id, weight}]) applied to @p current, the internship's KPIs: 400 for a KPI
 * that is not one of them or is named twice, and, when @p every, for one left out.
 */
QHash<qint64, qint64> reweighed(QHash<qint64, qint64> current, const QJsonArray &weights, bool every)
{
    QSet<qint64> named;
    for (const QJsonValue &value : weights) {
        const QJsonObject entry = value.toObject();
        const qint64 kpi = entry.value(u"kpi_id"_s).toInteger();
        if (!current.contains(kpi) || named.contains(kpi))
            throw ApiError::badRequest(QStringList {
                    u"weights must name each of the internship's %1 KPIs once (KPI %2 is not one "
                    u"of them, or is named twice)"_s.arg(current.size())
                            .arg(kpi) });
        named.insert(kpi);
        current.insert(kpi, entry.value(u"weight"_s).toInteger());
    }
    if (every && named.size() != current.size())
        throw ApiError::badRequest(QStringList {
                u"weights must name each of the internship's %1 KPIs once"_s.arg(current.size()) });
    return current;
}

qint64 sumOf(const QHash<qint64, qint64> &weights)
{
    return std::accumulate(weights.cbegin(), weights.cend(), qint64(0));
}

/** Stores the weights that differ from @p before. */
void storeWeights(QSqlDatabase db, const QHash<qint64, qint64> &before,
                  const QHash<qint64, qint64> &after)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        SqlChanges().set(u"weight"_s, it.value()).write(db, u"internship_kpis"_s, it.key());
    }
}

} // namespace

KpiService::KpiService(ServerContext &context, InternshipService &internships)
    : m_context(context)
    , m_internships(internships)
{ }

qint64 KpiService::totalWeight(QSqlDatabase db, qint64 internshipId)
{
    return sumOf(weightsOf(db, internshipId));
}

KpiService::Kpi KpiService::loadKpi(QSqlDatabase db, qint64 id)
{
    const SqlRow row
            = Sql(db,
                  u"SELECT k.id, k.internship_id, k.weight, k.max_score FROM internship_kpis k "
                  u"JOIN internships i ON i.id = k.internship_id "
                  u"WHERE k.id = :id AND i.deleted_at IS NULL"_s)
                      .bind(u":id"_s, id)
                      .found(u"KPI not found"_s);
    return { row.id(u"id"_s), row.id(u"internship_id"_s), row.id(u"weight"_s),
             row.id(u"max_score"_s) };
}

bool KpiService::reviews(QSqlDatabase db, const Principal &viewer, const InternshipFacts &internship)
{
    // The company's people who read its applications, and the programme's own mentors.
    return companyReadBy(db, viewer, u"applications.read"_s) == internship.companyId
            || InternshipService::mentors(db, viewer.userId, internship.id);
}

QJsonObject KpiService::kpiJson(QSqlDatabase db, qint64 id)
{
    return selectOne(db, kpiColumns(),
                     u"internship_kpis k JOIN internships i ON i.id = k.internship_id"_s,
                     SqlFilter::of(u"k.id = :id"_s, u":id"_s, id), readKpi, u"KPI not found"_s);
}

// ---- KPIs ----

QJsonObject KpiService::create(const Principal &by, qint64 internshipId, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QJsonArray kpis = input.value(u"kpis"_s).toArray();
    Transaction tx(db);
    m_internships.lock(db, internshipId);
    const InternshipFacts internship = m_internships.own(db, by, internshipId);
    if (internship.status == u"archived"_s)
        throw ApiError::unprocessable(u"An archived internship's KPIs no longer change"_s);
    // A complete set takes another KPI when the ones it has are given new weights beside it.
    const QHash<qint64, qint64> before = weightsOf(db, internshipId);
    const QHash<qint64, qint64> after
            = reweighed(before, input.value(u"weights"_s).toArray(), false);
    qint64 total = sumOf(after);
    for (const QJsonValue &kpi : kpis)
        total += kpi.toObject().value(u"weight"_s).toInteger();
    if (total != fullWeight)
        throw weightsRefused(u"kpis"_s, total);
    storeWeights(db, before, after);
    const QString now = nowText();
    QList<qint64> ids;
    for (const QJsonValue &value : kpis) {
        const QJsonObject kpi = value.toObject();
        ids.append(insertRowReturningId(
                db, u"internship_kpis"_s,
                { { u"internship_id"_s, internshipId },
                  { u"title"_s, kpi.value(u"title"_s).toString() },
                  { u"description"_s, storedValue(kpi.value(u"description"_s)) },
                  { u"rubric"_s, storedValue(kpi.value(u"rubric"_s)) },
                  { u"weight"_s, kpi.value(u"weight"_s).toInteger() },
                  { u"max_score"_s, kpi.value(u"max_score"_s).toInteger(5) },
                  { u"due_date"_s, storedValue(kpi.value(u"due_date"_s)) },
                  { u"created_at"_s, now },
                  { u"updated_at"_s, now } }));
    }
    tx.commit();
    return programmeKpis(&by, internshipId);
}

QJsonObject KpiService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"title"_s });
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Kpi kpi = loadKpi(db, id);
    m_internships.lock(db, kpi.internshipId);
    const InternshipFacts internship = m_internships.own(db, by, kpi.internshipId);
    if (internship.status == u"archived"_s)
        throw ApiError::unprocessable(u"An archived internship's KPIs no longer change"_s);
    if (input.contains(u"weight"_s)) {
        const qint64 total = totalWeight(db, kpi.internshipId) - kpi.weight
                + input.value(u"weight"_s).toInteger();
        if (total != fullWeight)
            throw weightsRefused(u"weight"_s, total);
    }
    if (input.contains(u"max_score"_s)
        && Sql(db, u"SELECT 1 FROM kpi_submissions WHERE kpi_id = :id AND score IS NOT NULL"_s)
                   .bind(u":id"_s, id)
                   .exists())
        throw ApiError::unprocessable(
                u"Submissions were scored on this KPI's scale: its max_score stays"_s);
    SqlChanges()
            .setFrom(input, kpiTextColumns() + QStringList { u"weight"_s })
            .write(db, u"internship_kpis"_s, id);
    tx.commit();
    return kpiJson(db, id);
}

QJsonObject KpiService::reweigh(const Principal &by, qint64 internshipId, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    m_internships.lock(db, internshipId);
    m_internships.own(db, by, internshipId);
    const QHash<qint64, qint64> before = weightsOf(db, internshipId);
    const QHash<qint64, qint64> after
            = reweighed(before, input.value(u"weights"_s).toArray(), true);
    if (const qint64 total = sumOf(after); total != fullWeight)
        throw weightsRefused(u"weights"_s, total);
    storeWeights(db, before, after);
    tx.commit();
    return programmeKpis(&by, internshipId);
}

void KpiService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Kpi kpi = loadKpi(db, id);
    m_internships.own(db, by, kpi.internshipId);
    if (Sql(db, u"SELECT 1 FROM kpi_submissions WHERE kpi_id = :id"_s).bind(u":id"_s, id).exists())
        throw ApiError::unprocessable(u"Interns submitted evidence for this KPI: it stays"_s);
    // The other weights now sum below 100: submissions wait until they are set to 100 again.
    Sql(db, u"DELETE FROM internship_kpis WHERE id = :id"_s).bind(u":id"_s, id).exec();
    tx.commit();
}

QJsonObject KpiService::companyKpis(const Principal &by, const QJsonObject &query, int pageNumber,
                                    int limit)
{
    SqlFilter filter;
    filter.add(u"i.company_id = :company"_s, u":company"_s, *by.companyId);
    filter.add(u"i.deleted_at IS NULL"_s);
    filter.addEqual(query, u"internship_id"_s, u"k.internship_id"_s);
    return selectPage(m_context.db(), kpiColumns(),
                      u"internship_kpis k JOIN internships i ON i.id = k.internship_id"_s, filter,
                      u"k.internship_id DESC, k.id"_s, pageNumber, limit,
                      [](Sql &q) { return readKpi(q); });
}

QJsonObject KpiService::byId(const Principal *viewer, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const Kpi kpi = loadKpi(db, id);
    m_internships.visible(db, viewer, kpi.internshipId);
    return kpiJson(db, id);
}

QJsonObject KpiService::programmeKpis(const Principal *viewer, qint64 internshipId)
{
    QSqlDatabase db = m_context.db();
    m_internships.visible(db, viewer, internshipId);
    QJsonArray data;
    {
        Sql q(db,
              u"SELECT "_s + kpiColumns()
                      + u" FROM internship_kpis k JOIN internships i ON i.id = k.internship_id "
                        u"WHERE k.internship_id = :id ORDER BY k.id"_s);
        q.bind(u":id"_s, internshipId).exec();
        while (q.next())
            data.append(readKpi(q));
    }
    const qint64 total = totalWeight(db, internshipId);
    return { { u"data"_s, data },
             { u"total_weight"_s, total },
             { u"complete"_s, total == fullWeight } };
}

// ---- Submissions ----

QJsonObject KpiService::submissionJson(QSqlDatabase db, qint64 id)
{
    return selectOne(
            db, submissionColumns(), submissionFrom(), SqlFilter::of(u"s.id = :id"_s, u":id"_s, id),
            [this](Sql &q) { return readSubmission(q, *m_context.storage); },
            u"Submission not found"_s);
}

QJsonObject KpiService::submit(const Principal &intern, qint64 kpiId, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Kpi kpi = loadKpi(db, kpiId);
    if (!Sql(db,
             u"SELECT 1 FROM internship_applications WHERE internship_id = :internship "
             u"AND talent_id = :me AND status = 'approved'"_s)
                 .bind(u":internship"_s, kpi.internshipId)
                 .bind(u":me"_s, intern.userId)
                 .exists())
        throw ApiError::forbidden(u"Only the internship's current interns submit evidence"_s);
    const qint64 total = totalWeight(db, kpi.internshipId);
    if (total != fullWeight)
        throw ApiError::unprocessable(
                u"The internship's KPI weights sum to %1, not 100: submissions wait until the "
                u"company sets them"_s.arg(total));
    const QString fileKey = input.value(u"file_key"_s).toString();
    if (!fileKey.isEmpty()) {
        // The evidence is a document the intern uploaded: its type and size were checked then.
        const std::optional<StoredFile> file = m_context.storage->find(db, fileKey);
        if (!file || file->ownerId != intern.userId || file->kind != FileKind::Document)
            throw ApiError::badRequest(
                    QStringList { u"file_key must be a document you uploaded"_s });
    }
    const std::optional<SqlRow> existing
            = Sql(db,
                  u"SELECT id, score FROM kpi_submissions WHERE kpi_id = :kpi AND intern_id = :me"_s)
                      .bind(u":kpi"_s, kpiId)
                      .bind(u":me"_s, intern.userId)
                      .one();
    if (existing && !existing->isNull(u"score"_s))
        throw ApiError::conflict(u"Your submission for this KPI was scored: it can no longer "
                                 u"change"_s);
    const QString links = jsonText(input.value(u"links"_s).toArray());
    const QString now = nowText();
    qint64 id = 0;
    if (existing) {
        id = existing->id(u"id"_s);
        Sql(db,
            u"UPDATE kpi_submissions SET content = :content, links = :links, file_key = :file, "
            u"updated_at = :now WHERE id = :id"_s)
                .bind(u":content"_s, input.value(u"content"_s).toString())
                .bind(u":links"_s, links)
                .bind(u":file"_s, nullIfEmpty(fileKey))
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .exec();
    } else {
        id = insertRowReturningId(db, u"kpi_submissions"_s,
                                  { { u"kpi_id"_s, kpiId },
                                    { u"intern_id"_s, intern.userId },
                                    { u"content"_s, input.value(u"content"_s).toString() },
                                    { u"links"_s, links },
                                    { u"file_key"_s, nullIfEmpty(fileKey) },
                                    { u"created_at"_s, now },
                                    { u"updated_at"_s, now } });
    }
    tx.commit();
    return submissionJson(db, id);
}

QJsonObject KpiService::submissionsPage(QSqlDatabase db, const SqlFilter &filter, int pageNumber,
                                        int limit)
{
    const Storage &storage = *m_context.storage;
    return selectPage(db, submissionColumns(), submissionFrom(), filter,
                      u"s.created_at DESC, s.id DESC"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readSubmission(q, storage); });
}

QJsonObject KpiService::submissions(const Principal &by, const QJsonObject &query, int pageNumber,
                                    int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    filter.add(u"i.deleted_at IS NULL"_s);
    if (query.contains(u"kpi_id"_s)) {
        // A KPI the caller does not review is answered as missing.
        const Kpi kpi = loadKpi(db, query.value(u"kpi_id"_s).toInteger());
        const std::optional<InternshipFacts> internship = m_internships.load(db, kpi.internshipId);
        if (!internship || !reviews(db, by, *internship))
            throw ApiError::notFound(u"KPI not found"_s);
        filter.add(u"s.kpi_id = :kpi"_s, u":kpi"_s, kpi.id);
    }
    // The company's staff see their company's; a mentor the programmes they are assigned to.
    if (by.role == Role::Mentor)
        filter.add(u"EXISTS (SELECT 1 FROM internship_mentor_assignments ma "
                   u"JOIN internship_mentors m ON m.id = ma.mentor_id "
                   u"WHERE ma.internship_id = i.id AND m.user_id = :me)"_s,
                   u":me"_s, by.userId);
    else
        filter.add(u"(i.company_id = :company OR EXISTS (SELECT 1 FROM "
                   u"internship_mentor_assignments ma JOIN internship_mentors m "
                   u"ON m.id = ma.mentor_id WHERE ma.internship_id = i.id AND m.user_id = :me))"_s,
                   u":company"_s, companyReadBy(db, by, u"applications.read"_s));
    if (by.role != Role::Mentor)
        filter.bindValue(u":me"_s, by.userId);
    filter.addEqual(query, u"internship_id"_s, u"i.id"_s);
    filter.addEqual(query, u"intern_id"_s, u"s.intern_id"_s);
    if (query.contains(u"status"_s))
        filter.add(query.value(u"status"_s).toString() == u"scored"_s ? u"s.score IS NOT NULL"_s
                                                                      : u"s.score IS NULL"_s);
    return submissionsPage(db, filter, pageNumber, limit);
}

QJsonObject KpiService::mySubmission(const Principal &intern, qint64 kpiId)
{
    QSqlDatabase db = m_context.db();
    loadKpi(db, kpiId);
    const SqlRow row
            = Sql(db, u"SELECT id FROM kpi_submissions WHERE kpi_id = :kpi AND intern_id = :me"_s)
                      .bind(u":kpi"_s, kpiId)
                      .bind(u":me"_s, intern.userId)
                      .found(u"You have not submitted evidence for this KPI"_s);
    return submissionJson(db, row.id(u"id"_s));
}

QJsonObject KpiService::mySubmissions(const Principal &intern, const QJsonObject &query,
                                      int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"s.intern_id = :me"_s, u":me"_s, intern.userId);
    filter.addEqual(query, u"internship_id"_s, u"i.id"_s);
    return submissionsPage(m_context.db(), filter, pageNumber, limit);
}

QJsonObject KpiService::score(const Principal &mentor, qint64 submissionId, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const SqlRow row
            = Sql(db,
                  u"SELECT s.intern_id, k.internship_id, k.max_score FROM kpi_submissions s "
                  u"JOIN internship_kpis k ON k.id = s.kpi_id WHERE s.id = :id"_s)
                      .bind(u":id"_s, submissionId)
                      .found(u"Submission not found"_s);
    // Scoring is the programme's mentors' alone: not its company's other staff, not another
    // programme's mentors.
    if (!InternshipService::mentors(db, mentor.userId, row.id(u"internship_id"_s)))
        throw ApiError::forbidden(u"Only a mentor of this internship scores its submissions"_s);
    const qint64 maxScore = row.id(u"max_score"_s);
    const qint64 score = input.value(u"score"_s).toInteger();
    if (score > maxScore)
        throw ApiError::badRequest(QStringList {
                u"score must not be greater than the KPI's max_score (%1)"_s.arg(maxScore) });
    const QString now = nowText();
    Sql(db,
        u"UPDATE kpi_submissions SET score = :score, comment = :comment, scored_by = :me, "
        u"scored_at = :now, updated_at = :now WHERE id = :id"_s)
            .bind(u":score"_s, score)
            .bind(u":comment"_s, input.value(u"comment"_s).toString())
            .bind(u":me"_s, mentor.userId)
            .bind(u":now"_s, now)
            .bind(u":id"_s, submissionId)
            .exec();
    tx.commit();
    return submissionJson(db, submissionId);
}

} // namespace wn
