// SPDX-License-Identifier: Apache-2.0
#include "kpiservice.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/http/csv.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "internshiprows.h"
#include "modules/accounts/accountservice.h"

#include <wn/common/apierror.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wn {

using namespace internshiprows;

namespace {

constexpr qint64 fullWeight = 100;

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonValue numberOrNull(const Sql &q, const QString &column)
{
    return q.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(rounded(q.number(column)));
}

/** An intern's weighted standing, in percent: each KPI's weight times the share of its scale the
 *  score reached, summed; a KPI not scored yet counts nothing. @p application is the alias of an
 *  internship_applications row. */
QString standingSql(const QString &application)
{
    return u"(SELECT CAST(COALESCE(SUM(CAST(sk.weight AS DOUBLE PRECISION) * ss.score "
           u"/ sk.max_score), 0) AS DOUBLE PRECISION) FROM internship_kpis sk "
           u"JOIN kpi_submissions ss ON ss.kpi_id = sk.id AND ss.intern_id = %1.talent_id "
           u"WHERE sk.internship_id = %1.internship_id AND ss.score IS NOT NULL)"_s.arg(application);
}

/** A score as a percent of its KPI's scale. */
QString percentSql(const QString &submission, const QString &kpi)
{
    return u"CAST(%1.score AS DOUBLE PRECISION) * 100 / %2.max_score"_s.arg(submission, kpi);
}

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

QString submissionColumns()
{
    return u"s.id, s.content, s.links, s.file_key, s.score, s.comment, s.scored_at, "
           u"s.created_at, s.updated_at, k.id AS kpi_id, k.title AS kpi_title, "
           u"k.weight AS kpi_weight, k.max_score AS kpi_max_score, i.id AS internship_id, "
           u"i.title AS internship_title, r.id AS scorer_id, r.first_name AS scorer_first_name, "
           u"r.last_name AS scorer_last_name, "_s
            + AccountService::summaryColumns(u"u"_s, u"intern_"_s);
}

QString submissionFrom()
{
    return u"kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
           u"JOIN internships i ON i.id = k.internship_id JOIN users u ON u.id = s.intern_id "
           u"LEFT JOIN users r ON r.id = s.scored_by"_s;
}

QJsonObject readSubmission(const Sql &q, const Storage &storage)
{
    QJsonObject submission = jsonOf(q,
                                    { .ids = { u"id"_s },
                                      .texts = { u"content"_s, u"created_at"_s, u"updated_at"_s },
                                      .optionalTexts = { u"comment"_s, u"scored_at"_s },
                                      .optionalIntegers = { u"score"_s } });
    submission.insert(u"status"_s, q.isNull(u"score"_s) ? u"submitted"_s : u"scored"_s);
    submission.insert(u"links"_s, QJsonDocument::fromJson(q.text(u"links"_s).toUtf8()).array());
    const QString file = q.text(u"file_key"_s);
    submission.insert(u"file"_s,
                      file.isEmpty()
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QJsonObject { { u"key"_s, file },
                                                         { u"url"_s, storage.signedUrl(file) } }));
    submission.insert(u"kpi"_s,
                      jsonOf(q,
                             { .ids = { u"id"_s, u"weight"_s, u"max_score"_s },
                               .texts = { u"title"_s },
                               .prefix = u"kpi_"_s }));
    submission.insert(
            u"internship"_s,
            jsonOf(q, { .ids = { u"id"_s }, .texts = { u"title"_s }, .prefix = u"internship_"_s }));
    submission.insert(u"intern"_s,
                      AccountService::readSummary(q, storage.url(q.text(u"intern_avatar_key"_s)),
                                                  u"intern_"_s)
                              .toJson());
    submission.insert(u"scored_by"_s,
                      q.isNull(u"scorer_id"_s)
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(jsonOf(q,
                                                  { .ids = { u"id"_s },
                                                    .texts = { u"first_name"_s, u"last_name"_s },
                                                    .prefix = u"scorer_"_s })));
    return submission;
}

/** The input's optional text fields of a KPI, each set from the field of its name. */
const QStringList &kpiTextColumns()
{
    static const QStringList columns { u"title"_s, u"description"_s, u"rubric"_s, u"due_date"_s,
                                       u"max_score"_s };
    return columns;
}

QVariant stored(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    return nullIfEmpty(value.toString());
}

ApiError weightsRefused(const QString &field, qint64 total)
{
    return ApiError::badRequest(QStringList {
            u"%1 must leave the internship's KPI weights summing to 100 (they would sum to %2)"_s
                    .arg(field)
                    .arg(total) });
}

} // namespace

KpiService::KpiService(ServerContext &context, InternshipService &internships)
    : m_context(context)
    , m_internships(internships)
{ }

qint64 KpiService::totalWeight(QSqlDatabase db, qint64 internshipId)
{
    return Sql(db,
               u"SELECT COALESCE(SUM(weight), 0) FROM internship_kpis WHERE internship_id = :id"_s)
            .bind(u":id"_s, internshipId)
            .scalar()
            .toLongLong();
}

KpiService::Kpi KpiService::loadKpi(QSqlDatabase db, qint64 id)
{
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT k.id, k.internship_id, k.weight, k.max_score FROM internship_kpis k "
                  u"JOIN internships i ON i.id = k.internship_id "
                  u"WHERE k.id = :id AND i.deleted_at IS NULL"_s)
                      .bind(u":id"_s, id)
                      .one();
    if (!row)
        throw ApiError::notFound(u"KPI not found"_s);
    return { row->id(u"id"_s), row->id(u"internship_id"_s), row->id(u"weight"_s),
             row->id(u"max_score"_s) };
}

bool KpiService::reviews(QSqlDatabase db, const Principal &viewer, const InternshipFacts &internship)
{
    // The company's people who read its applications, and the programme's own mentors.
    return companyReadBy(db, viewer, u"applications.read"_s) == internship.companyId
            || InternshipService::mentors(db, viewer.userId, internship.id);
}

QJsonObject KpiService::kpiJson(QSqlDatabase db, qint64 id)
{
    Sql q(db,
          u"SELECT "_s + kpiColumns()
                  + u" FROM internship_kpis k JOIN internships i ON i.id = k.internship_id "
                    u"WHERE k.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"KPI not found"_s);
    return readKpi(q);
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
    qint64 total = totalWeight(db, internshipId);
    for (const QJsonValue &kpi : kpis)
        total += kpi.toObject().value(u"weight"_s).toInteger();
    if (total != fullWeight)
        throw weightsRefused(u"kpis"_s, total);
    const QString now = nowText();
    QList<qint64> ids;
    for (const QJsonValue &value : kpis) {
        const QJsonObject kpi = value.toObject();
        ids.append(Sql(db,
                       u"INSERT INTO internship_kpis (internship_id, title, description, rubric, "
                       u"weight, max_score, due_date, created_at, updated_at) VALUES "
                       u"(:internship, :title, :description, :rubric, :weight, :max_score, "
                       u":due_date, :now, :now) RETURNING id"_s)
                           .bind(u":internship"_s, internshipId)
                           .bind(u":title"_s, kpi.value(u"title"_s).toString())
                           .bind(u":description"_s, stored(kpi.value(u"description"_s)))
                           .bind(u":rubric"_s, stored(kpi.value(u"rubric"_s)))
                           .bind(u":weight"_s, kpi.value(u"weight"_s).toInteger())
                           .bind(u":max_score"_s, kpi.value(u"max_score"_s).toInteger(5))
                           .bind(u":due_date"_s, stored(kpi.value(u"due_date"_s)))
                           .bind(u":now"_s, now)
                           .scalar()
                           .toLongLong());
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
    QStringList assignments;
    QStringList columns = kpiTextColumns();
    columns.append(u"weight"_s);
    for (const QString &column : std::as_const(columns)) {
        if (input.contains(column))
            assignments.append(u"%1 = :%1"_s.arg(column));
    }
    if (!assignments.isEmpty()) {
        Sql q(db,
              u"UPDATE internship_kpis SET "_s + assignments.join(u", "_s)
                      + u", updated_at = :now WHERE id = :id"_s);
        for (const QString &column : std::as_const(columns)) {
            if (input.contains(column))
                q.bind(u':' + column, stored(input.value(column)));
        }
        q.bind(u":now"_s, nowText()).bind(u":id"_s, id).exec();
    }
    tx.commit();
    return kpiJson(db, id);
}

QJsonObject KpiService::reweigh(const Principal &by, qint64 internshipId, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    m_internships.lock(db, internshipId);
    m_internships.own(db, by, internshipId);
    QHash<qint64, qint64> weights;
    qint64 total = 0;
    for (const QJsonValue &value : input.value(u"weights"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        weights.insert(entry.value(u"kpi_id"_s).toInteger(), entry.value(u"weight"_s).toInteger());
        total += entry.value(u"weight"_s).toInteger();
    }
    QList<qint64> kpis;
    {
        Sql q(db, u"SELECT id FROM internship_kpis WHERE internship_id = :id"_s);
        q.bind(u":id"_s, internshipId).exec();
        while (q.next())
            kpis.append(q.id(u"id"_s));
    }
    if (weights.size() != kpis.size() || input.value(u"weights"_s).toArray().size() != kpis.size())
        throw ApiError::badRequest(QStringList {
                u"weights must name each of the internship's %1 KPIs once"_s.arg(kpis.size()) });
    for (const qint64 kpi : std::as_const(kpis)) {
        if (!weights.contains(kpi))
            throw ApiError::badRequest(
                    QStringList { u"weights must name each of the internship's KPIs once"_s });
    }
    if (total != fullWeight)
        throw weightsRefused(u"weights"_s, total);
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        Sql(db, u"UPDATE internship_kpis SET weight = :weight, updated_at = :now WHERE id = :id"_s)
                .bind(u":weight"_s, it.value())
                .bind(u":now"_s, nowText())
                .bind(u":id"_s, it.key())
                .exec();
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
    if (query.contains(u"internship_id"_s))
        filter.add(u"k.internship_id = :internship"_s, u":internship"_s,
                   query.value(u"internship_id"_s).toInteger());
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
    Sql q(db,
          u"SELECT "_s + submissionColumns() + u" FROM "_s + submissionFrom()
                  + u" WHERE s.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Submission not found"_s);
    return readSubmission(q, *m_context.storage);
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
    const QString links = QString::fromUtf8(
            QJsonDocument(input.value(u"links"_s).toArray()).toJson(QJsonDocument::Compact));
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
        id = Sql(db,
                 u"INSERT INTO kpi_submissions (kpi_id, intern_id, content, links, file_key, "
                 u"created_at, updated_at) VALUES (:kpi, :me, :content, :links, :file, :now, "
                 u":now) RETURNING id"_s)
                     .bind(u":kpi"_s, kpiId)
                     .bind(u":me"_s, intern.userId)
                     .bind(u":content"_s, input.value(u"content"_s).toString())
                     .bind(u":links"_s, links)
                     .bind(u":file"_s, nullIfEmpty(fileKey))
                     .bind(u":now"_s, now)
                     .scalar()
                     .toLongLong();
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
    if (query.contains(u"internship_id"_s))
        filter.add(u"i.id = :internship"_s, u":internship"_s,
                   query.value(u"internship_id"_s).toInteger());
    if (query.contains(u"intern_id"_s))
        filter.add(u"s.intern_id = :intern"_s, u":intern"_s,
                   query.value(u"intern_id"_s).toInteger());
    if (query.contains(u"status"_s))
        filter.add(query.value(u"status"_s).toString() == u"scored"_s ? u"s.score IS NOT NULL"_s
                                                                      : u"s.score IS NULL"_s);
    return submissionsPage(db, filter, pageNumber, limit);
}

QJsonObject KpiService::mySubmission(const Principal &intern, qint64 kpiId)
{
    QSqlDatabase db = m_context.db();
    loadKpi(db, kpiId);
    const std::optional<SqlRow> row
            = Sql(db, u"SELECT id FROM kpi_submissions WHERE kpi_id = :kpi AND intern_id = :me"_s)
                      .bind(u":kpi"_s, kpiId)
                      .bind(u":me"_s, intern.userId)
                      .one();
    if (!row)
        throw ApiError::notFound(u"You have not submitted evidence for this KPI"_s);
    return submissionJson(db, row->id(u"id"_s));
}

QJsonObject KpiService::mySubmissions(const Principal &intern, const QJsonObject &query,
                                      int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"s.intern_id = :me"_s, u":me"_s, intern.userId);
    if (query.contains(u"internship_id"_s))
        filter.add(u"i.id = :internship"_s, u":internship"_s,
                   query.value(u"internship_id"_s).toInteger());
    return submissionsPage(m_context.db(), filter, pageNumber, limit);
}

QJsonObject KpiService::score(const Principal &mentor, qint64 submissionId, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT s.intern_id, k.internship_id, k.max_score FROM kpi_submissions s "
                  u"JOIN internship_kpis k ON k.id = s.kpi_id WHERE s.id = :id"_s)
                      .bind(u":id"_s, submissionId)
                      .one();
    if (!row)
        throw ApiError::notFound(u"Submission not found"_s);
    // Scoring is the programme's mentors' alone: not its company's other staff, not another
    // programme's mentors.
    if (!InternshipService::mentors(db, mentor.userId, row->id(u"internship_id"_s)))
        throw ApiError::forbidden(u"Only a mentor of this internship scores its submissions"_s);
    const qint64 maxScore = row->id(u"max_score"_s);
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

// ---- Standings and views ----

QJsonObject KpiService::standing(const Principal &viewer, qint64 applicationId)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> application
            = Sql(db,
                  u"SELECT a.internship_id, a.talent_id, a.status, "_s + standingSql(u"a"_s)
                          + u" AS standing FROM internship_applications a WHERE a.id = :id"_s)
                      .bind(u":id"_s, applicationId)
                      .one();
    const std::optional<InternshipFacts> internship = application
            ? m_internships.load(db, application->id(u"internship_id"_s))
            : std::nullopt;
    const bool mine = application && viewer.role == Role::Talent
            && application->id(u"talent_id"_s) == viewer.userId;
    if (!internship || (!mine && !reviews(db, viewer, *internship)))
        throw ApiError::notFound(u"Application not found"_s);
    const qint64 talentId = application->id(u"talent_id"_s);
    QJsonArray kpis;
    qint64 scoredWeight = 0;
    {
        Sql q(db,
              u"SELECT k.id, k.title, k.weight, k.max_score, s.id AS submission_id, s.score "
              u"FROM internship_kpis k LEFT JOIN kpi_submissions s ON s.kpi_id = k.id "
              u"AND s.intern_id = :talent WHERE k.internship_id = :internship ORDER BY k.id"_s);
        q.bind(u":talent"_s, talentId).bind(u":internship"_s, internship->id).exec();
        while (q.next()) {
            QJsonObject kpi = jsonOf(q,
                                     { .ids = { u"id"_s, u"weight"_s, u"max_score"_s },
                                       .texts = { u"title"_s },
                                       .optionalIntegers = { u"submission_id"_s, u"score"_s } });
            const bool scored = !q.isNull(u"score"_s);
            // The points this KPI adds to the standing: its weight times the share reached.
            kpi.insert(u"points"_s,
                       scored ? QJsonValue(rounded(double(q.id(u"weight"_s)) * q.number(u"score"_s)
                                                   / double(q.id(u"max_score"_s))))
                              : QJsonValue(QJsonValue::Null));
            scoredWeight += scored ? q.id(u"weight"_s) : 0;
            kpis.append(kpi);
        }
    }
    return { { u"application_id"_s, applicationId },
             { u"internship_id"_s, internship->id },
             { u"talent_id"_s, talentId },
             { u"status"_s, application->text(u"status"_s) },
             { u"standing"_s, rounded(application->number(u"standing"_s)) },
             { u"scored_weight"_s, scoredWeight },
             { u"kpis"_s, kpis } };
}

QJsonObject KpiService::programmeStandings(const Principal &viewer, qint64 internshipId)
{
    QSqlDatabase db = m_context.db();
    const std::optional<InternshipFacts> internship = m_internships.load(db, internshipId);
    if (!internship || !reviews(db, viewer, *internship))
        throw ApiError::notFound(u"Internship not found"_s);
    Sql q(db,
          u"SELECT a.id AS application_id, a.status, "_s + standingSql(u"a"_s) + u" AS standing, "_s
                  + AccountService::summaryColumns(u"u"_s, u"talent_"_s)
                  + u" FROM internship_applications a JOIN users u ON u.id = a.talent_id "
                    u"WHERE a.internship_id = :id AND a.status IN ('approved', 'completed') "
                    u"ORDER BY standing DESC, a.id"_s);
    q.bind(u":id"_s, internshipId).exec();
    QJsonArray data;
    const Storage &storage = *m_context.storage;
    while (q.next()) {
        QJsonObject row = jsonOf(q, { .ids = { u"application_id"_s }, .texts = { u"status"_s } });
        row.insert(u"standing"_s, rounded(q.number(u"standing"_s)));
        row.insert(u"talent"_s,
                   AccountService::readSummary(q, storage.url(q.text(u"talent_avatar_key"_s)),
                                               u"talent_"_s)
                           .toJson());
        data.append(row);
    }
    return { { u"internship_id"_s, internshipId }, { u"data"_s, data } };
}

QJsonObject KpiService::enrolled(const Principal &intern, int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"a.talent_id = :me"_s, u":me"_s, intern.userId);
    filter.add(u"a.status IN ('approved', 'completed')"_s);
    filter.add(u"i.deleted_at IS NULL"_s);
    const Storage &storage = *m_context.storage;
    return selectPage(
            m_context.db(),
            internshipColumns() + u", a.id AS application_id, a.status AS enrolment_status, "_s
                    + standingSql(u"a"_s) + u" AS standing"_s,
            internshipFrom() + u" JOIN internship_applications a ON a.internship_id = i.id"_s,
            filter, u"a.created_at DESC, a.id DESC"_s, pageNumber, limit, [&storage](Sql &q) {
                return QJsonObject {
                    { u"application_id"_s, q.id(u"application_id"_s) },
                    { u"status"_s, q.text(u"enrolment_status"_s) },
                    { u"standing"_s, rounded(q.number(u"standing"_s)) },
                    { u"internship"_s, readInternship(q, storage) },
                };
            });
}

QJsonObject KpiService::mentorDashboard(const Principal &mentor)
{
    QSqlDatabase db = m_context.db();
    if (!Sql(db, u"SELECT 1 FROM internship_mentors WHERE user_id = :me"_s)
                 .bind(u":me"_s, mentor.userId)
                 .exists())
        throw ApiError::forbidden(u"You are not a mentor of any company"_s);
    const QString mine = u"(SELECT ma.internship_id FROM internship_mentor_assignments ma "
                         u"JOIN internship_mentors m ON m.id = ma.mentor_id "
                         u"JOIN internships mi ON mi.id = ma.internship_id "
                         u"WHERE m.user_id = :me AND mi.deleted_at IS NULL)"_s;
    const SqlRow counts
            = Sql(db,
                  u"SELECT (SELECT COUNT(*) FROM internships i WHERE i.id IN %1) AS programmes, "
                  u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id IN %1 "
                  u"AND a.status = 'approved') AS interns, "
                  u"(SELECT COUNT(*) FROM kpi_submissions s JOIN internship_kpis k "
                  u"ON k.id = s.kpi_id WHERE k.internship_id IN %1 AND s.score IS NULL) "
                  u"AS pending_reviews, "
                  u"(SELECT COUNT(*) FROM kpi_submissions s WHERE s.scored_by = :me) AS scored, "
                  u"(SELECT AVG(%2) FROM kpi_submissions s JOIN internship_kpis k "
                  u"ON k.id = s.kpi_id WHERE s.scored_by = :me) AS average_score"_s.arg(
                          mine, percentSql(u"s"_s, u"k"_s)))
                      .bind(u":me"_s, mentor.userId)
                      .single();
    QJsonArray pending;
    {
        Sql q(db,
              u"SELECT "_s + submissionColumns() + u" FROM "_s + submissionFrom()
                      + u" WHERE k.internship_id IN "_s + mine
                      + u" AND s.score IS NULL ORDER BY s.updated_at, s.id LIMIT 10"_s);
        q.bind(u":me"_s, mentor.userId).exec();
        while (q.next())
            pending.append(readSubmission(q, *m_context.storage));
    }
    QJsonObject dashboard = jsonOf(
            counts, { .ids = { u"programmes"_s, u"interns"_s, u"pending_reviews"_s, u"scored"_s } });
    dashboard.insert(u"average_score"_s,
                     counts.isNull(u"average_score"_s)
                             ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(rounded(counts.number(u"average_score"_s))));
    dashboard.insert(u"oldest_pending"_s, pending);
    return dashboard;
}

QJsonObject KpiService::calibration(const Principal &viewer, qint64 internshipId)
{
    QSqlDatabase db = m_context.db();
    const std::optional<InternshipFacts> internship = m_internships.load(db, internshipId);
    if (!internship || !reviews(db, viewer, *internship))
        throw ApiError::notFound(u"Internship not found"_s);
    const QString percent = percentSql(u"s"_s, u"k"_s);
    const SqlRow overall
            = Sql(db,
                  u"SELECT COUNT(*) AS scored, AVG(%1) AS average "
                  u"FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
                  u"WHERE k.internship_id = :id AND s.score IS NOT NULL"_s.arg(percent))
                      .bind(u":id"_s, internshipId)
                      .single();
    const bool anyScored = !overall.isNull(u"average"_s);
    const double programmeAverage = anyScored ? overall.number(u"average"_s) : 0.0;
    // Every mentor of the programme, and anyone who scored in it before leaving it.
    Sql q(db,
          u"SELECT u.id, u.first_name, u.last_name, g.scored, g.average FROM users u "
          u"LEFT JOIN (SELECT s.scored_by, COUNT(*) AS scored, AVG(%1) AS average "
          u"FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
          u"WHERE k.internship_id = :id AND s.score IS NOT NULL GROUP BY s.scored_by) g "
          u"ON g.scored_by = u.id WHERE g.scored_by IS NOT NULL OR u.id IN "
          u"(SELECT m.user_id FROM internship_mentor_assignments ma JOIN internship_mentors m "
          u"ON m.id = ma.mentor_id WHERE ma.internship_id = :id) "
          u"ORDER BY u.first_name, u.last_name, u.id"_s.arg(percent));
    q.bind(u":id"_s, internshipId).exec();
    QJsonArray mentors;
    while (q.next()) {
        QJsonObject mentor
                = jsonOf(q, { .ids = { u"id"_s }, .texts = { u"first_name"_s, u"last_name"_s } });
        const bool scored = !q.isNull(u"average"_s);
        mentor.insert(u"scored"_s, scored ? q.id(u"scored"_s) : 0);
        mentor.insert(u"average"_s, numberOrNull(q, u"average"_s));
        // Above zero: more lenient than the programme as a whole; below: harsher.
        mentor.insert(u"difference"_s,
                      scored ? QJsonValue(rounded(q.number(u"average"_s) - programmeAverage))
                             : QJsonValue(QJsonValue::Null));
        mentors.append(mentor);
    }
    return { { u"internship_id"_s, internshipId },
             { u"scored"_s, overall.id(u"scored"_s) },
             { u"programme_average"_s,
               anyScored ? QJsonValue(rounded(programmeAverage)) : QJsonValue(QJsonValue::Null) },
             { u"mentors"_s, mentors } };
}

QList<QJsonObject> KpiService::reportRows(const Principal &by)
{
    Sql q(m_context.db(),
          u"SELECT i.id, i.title, i.slug, i.status, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id) "
          u"AS applications, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id "
          u"AND a.status = 'applied') AS pending, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id "
          u"AND a.status = 'approved') AS approved, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id "
          u"AND a.status = 'rejected') AS rejected, "
          u"(SELECT COUNT(*) FROM internship_applications a WHERE a.internship_id = i.id "
          u"AND a.status = 'completed') AS completed, "
          u"(SELECT COUNT(*) FROM internship_kpis k WHERE k.internship_id = i.id) AS kpis, "
          u"(SELECT COUNT(*) FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
          u"WHERE k.internship_id = i.id) AS submissions, "
          u"(SELECT COUNT(*) FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
          u"WHERE k.internship_id = i.id AND s.score IS NOT NULL) AS scored, "
          u"(SELECT AVG("_s
                  + standingSql(u"a"_s)
                  + u") FROM internship_applications a WHERE a.internship_id = i.id "
                    u"AND a.status IN ('approved', 'completed')) AS average_standing "
                    u"FROM internships i WHERE i.company_id = :company AND i.deleted_at IS NULL "
                    u"ORDER BY i.created_at DESC, i.id DESC"_s);
    q.bind(u":company"_s, *by.companyId).exec();
    QList<QJsonObject> rows;
    while (q.next()) {
        QJsonObject row = jsonOf(
                q,
                { .ids = { u"id"_s, u"applications"_s, u"pending"_s, u"approved"_s, u"rejected"_s,
                           u"completed"_s, u"kpis"_s, u"submissions"_s, u"scored"_s },
                  .texts = { u"title"_s, u"slug"_s, u"status"_s } });
        const qint64 admitted = q.id(u"approved"_s) + q.id(u"completed"_s);
        row.insert(u"interns"_s, admitted);
        // Percent of the admitted who completed; null while nobody has been admitted.
        row.insert(u"completion_rate"_s,
                   admitted > 0 ? QJsonValue(
                           rounded(double(q.id(u"completed"_s)) * 100.0 / double(admitted)))
                                : QJsonValue(QJsonValue::Null));
        row.insert(u"average_standing"_s, numberOrNull(q, u"average_standing"_s));
        rows.append(row);
    }
    return rows;
}

QJsonObject KpiService::report(const Principal &by)
{
    QJsonArray data;
    for (const QJsonObject &row : reportRows(by))
        data.append(row);
    return { { u"data"_s, data } };
}

Response KpiService::reportCsv(const Principal &by)
{
    static const QStringList columns {
        u"id"_s,       u"title"_s,       u"status"_s,    u"applications"_s,    u"pending"_s,
        u"approved"_s, u"rejected"_s,    u"completed"_s, u"interns"_s,         u"completion_rate"_s,
        u"kpis"_s,     u"submissions"_s, u"scored"_s,    u"average_standing"_s
    };
    QList<QStringList> lines;
    for (const QJsonObject &row : reportRows(by)) {
        QStringList cells;
        for (const QString &column : columns) {
            const QJsonValue value = row.value(column);
            cells.append(value.isString()         ? value.toString()
                                 : value.isNull() ? QString()
                                                  : QString::number(value.toDouble()));
        }
        lines.append(cells);
    }
    return csvDownload(u"internship-report.csv"_s, columns, lines);
}

} // namespace wn
