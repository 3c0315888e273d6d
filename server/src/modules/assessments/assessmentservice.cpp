// SPDX-License-Identifier: Apache-2.0
#include "assessmentservice.h"

#include "assessmentrows.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentrows;

namespace {

QString instrumentColumns()
{
    return u"i.id, i.slug, i.kind, i.title, i.description, i.time_limit_seconds, "
           u"i.question_count, i.retake_days, i.company_id, i.role_id, i.skill_id, i.active, "
           u"i.created_at, i.updated_at, r.name AS role_name, s.name AS skill_name, "
           u"(SELECT COUNT(*) FROM assessment_questions q WHERE q.instrument_id = i.id AND "
           u"q.active AND q.deleted_at IS NULL) AS active_questions"_s;
}

QString instrumentFrom()
{
    return u"assessment_instruments i LEFT JOIN assessment_roles r ON r.id = i.role_id "
           u"LEFT JOIN assessment_skills s ON s.id = i.skill_id"_s;
}

QJsonValue named(const Sql &row, const QString &id, const QString &name)
{
    if (row.isNull(id))
        return QJsonValue();
    return QJsonObject { { u"id"_s, row.id(id) }, { u"name"_s, row.text(name) } };
}

QJsonObject instrumentJson(const Sql &row)
{
    return { { u"id"_s, row.id(u"id"_s) },
             { u"slug"_s, row.text(u"slug"_s) },
             { u"kind"_s, row.text(u"kind"_s) },
             { u"title"_s, row.text(u"title"_s) },
             { u"description"_s, row.textOrNull(u"description"_s) },
             { u"time_limit_seconds"_s, row.integerOrNull(u"time_limit_seconds"_s) },
             { u"question_count"_s, row.integerOrNull(u"question_count"_s) },
             { u"retake_days"_s, row.integerOrNull(u"retake_days"_s) },
             { u"company_id"_s, row.integerOrNull(u"company_id"_s) },
             { u"role"_s, named(row, u"role_id"_s, u"role_name"_s) },
             { u"skill"_s, named(row, u"skill_id"_s, u"skill_name"_s) },
             { u"active"_s, row.flag(u"active"_s) },
             { u"active_questions"_s, row.id(u"active_questions"_s) },
             { u"created_at"_s, row.text(u"created_at"_s) },
             { u"updated_at"_s, row.text(u"updated_at"_s) } };
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

/** Whether @p viewer sees an instrument of @p companyId (none: the platform's). */
bool mayView(const Principal &viewer, std::optional<qint64> companyId)
{
    return !companyId || viewer.isStaff() || viewer.role == Role::Talent
            || viewer.companyId == companyId;
}

} // namespace

AssessmentService::AssessmentService(ServerContext &context)
    : m_context(context)
{ }

Instrument AssessmentService::resolve(QSqlDatabase db, const QString &ref)
{
    bool numeric = false;
    const qint64 id = ref.toLongLong(&numeric);
    const SqlRow row
            = Sql(db,
                  numeric ? u"SELECT id, slug, kind, title, time_limit_seconds, question_count, "
                            u"retake_days, company_id, active FROM assessment_instruments "
                            u"WHERE id = :ref"_s
                          : u"SELECT id, slug, kind, title, time_limit_seconds, question_count, "
                            u"retake_days, company_id, active FROM assessment_instruments "
                            u"WHERE slug = :ref"_s)
                      .bind(u":ref"_s, numeric ? QVariant(id) : QVariant(ref))
                      .found(u"Assessment not found"_s);
    Instrument instrument;
    instrument.id = row.id(u"id"_s);
    instrument.slug = row.text(u"slug"_s);
    instrument.kind = row.text(u"kind"_s);
    instrument.title = row.text(u"title"_s);
    instrument.timeLimitSeconds = optionalInt(row.value(u"time_limit_seconds"_s));
    instrument.questionCount = optionalInt(row.value(u"question_count"_s));
    instrument.retakeDays = optionalInt(row.value(u"retake_days"_s));
    if (!row.isNull(u"company_id"_s))
        instrument.companyId = row.id(u"company_id"_s);
    instrument.active = row.flag(u"active"_s);
    return instrument;
}

Instrument AssessmentService::visible(QSqlDatabase db, const Principal &viewer, const QString &ref)
{
    const Instrument instrument = resolve(db, ref);
    // Another company's bank is answered as missing: its existence is not ours to reveal.
    if (!mayView(viewer, instrument.companyId))
        throw ApiError::notFound(u"Assessment not found"_s);
    return instrument;
}

Instrument AssessmentService::editable(QSqlDatabase db, const Principal &by, const QString &ref)
{
    const Instrument instrument = visible(db, by, ref);
    if (instrument.companyId) {
        if (by.isAdmin() || by.companyId == instrument.companyId)
            return instrument;
        throw ApiError::notFound(u"Assessment not found"_s);
    }
    if (!by.isAdmin())
        throw ApiError::forbidden(u"Only admins edit the platform's assessments"_s);
    return instrument;
}

// ---- Instruments ----

QJsonObject AssessmentService::instruments(const Principal &viewer, const QJsonObject &query,
                                           int page, int limit)
{
    SqlFilter filter;
    if (!viewer.isStaff()) {
        filter.add(u"i.active"_s);
        if (viewer.role != Role::Talent) {
            filter.add(u"(i.company_id IS NULL OR i.company_id = :company)"_s, u":company"_s,
                       viewer.companyId.value_or(0));
        }
    }
    if (query.contains(u"q"_s))
        filter.addContains({ u"i.title_key"_s }, nameKey(query.value(u"q"_s).toString()));
    filter.addEqual(query, u"kind"_s, u"i.kind"_s);
    // A company's staff see no other company's banks, so "company" is their own.
    if (query.value(u"owner"_s) == u"platform"_s)
        filter.add(u"i.company_id IS NULL"_s);
    else if (query.value(u"owner"_s) == u"company"_s)
        filter.add(u"i.company_id IS NOT NULL"_s);
    filter.addEqual(query, u"role_id"_s, u"i.role_id"_s);
    filter.addEqual(query, u"skill_id"_s, u"i.skill_id"_s);
    return selectPage(m_context.db(), instrumentColumns(), instrumentFrom(), filter,
                      u"i.title_key, i.id"_s, page, limit, instrumentJson,
                      u"assessment_instruments i"_s);
}

QJsonObject AssessmentService::instrument(const Principal &viewer, const QString &ref)
{
    QSqlDatabase db = m_context.db();
    const Instrument found = visible(db, viewer, ref);
    Sql q(db,
          u"SELECT "_s + instrumentColumns() + u" FROM "_s + instrumentFrom()
                  + u" WHERE i.id = :id"_s);
    q.bind(u":id"_s, found.id).exec();
    q.next();
    QJsonObject json = instrumentJson(q);
    QJsonArray categories;
    for (const Category &category : loadCategories(db, found.id))
        categories.append(categoryJson(category));
    json.insert(u"categories"_s, categories);
    return json;
}

QJsonObject AssessmentService::instrumentByTitle(const Principal &viewer, const QString &title)
{
    QSqlDatabase db = m_context.db();
    Sql q(db,
          u"SELECT id, company_id FROM assessment_instruments WHERE title_key = :title "
          u"ORDER BY id DESC"_s);
    q.bind(u":title"_s, nameKey(title)).exec();
    std::optional<qint64> found;
    while (q.next() && !found) {
        const std::optional<qint64> company = q.isNull(u"company_id"_s)
                ? std::nullopt
                : std::optional<qint64>(q.id(u"company_id"_s));
        if (mayView(viewer, company))
            found = q.id(u"id"_s);
    }
    if (!found)
        throw ApiError::notFound(u"No assessment has that title"_s);
    return instrument(viewer, QString::number(*found));
}

QJsonObject AssessmentService::createInstrument(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    // Staff create the platform's banks; anyone else acting for a company, that company's.
    const QVariant company = by.isStaff() ? nullIfNotNumber(QJsonValue()) : QVariant(companyOf(by));
    Transaction tx(db);
    for (const QString &field : { u"role_id"_s, u"skill_id"_s }) {
        if (!input.value(field).isDouble())
            continue;
        const QString table
                = field == u"role_id"_s ? u"assessment_roles"_s : u"assessment_skills"_s;
        if (!Sql(db, u"SELECT 1 FROM %1 WHERE id = :id"_s.arg(table))
                     .bind(u":id"_s, input.value(field).toInteger())
                     .exists())
            throw ApiError::badRequest(QStringList { u"%1 must name an existing one"_s.arg(field) });
    }
    const QString now = nowText();
    const QString title = input.value(u"title"_s).toString();
    const qint64 id = insertRowReturningId(
            db, u"assessment_instruments"_s,
            { { u"slug"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
              { u"kind"_s, u"custom"_s },
              { u"title"_s, title },
              { u"title_key"_s, nameKey(title) },
              { u"description"_s, nullIfEmpty(input.value(u"description"_s)) },
              { u"time_limit_seconds"_s, nullIfNotNumber(input.value(u"time_limit_seconds"_s)) },
              { u"question_count"_s, nullIfNotNumber(input.value(u"question_count"_s)) },
              { u"retake_days"_s, nullIfNotNumber(input.value(u"retake_days"_s)) },
              { u"company_id"_s, company },
              { u"role_id"_s, nullIfNotNumber(input.value(u"role_id"_s)) },
              { u"skill_id"_s, nullIfNotNumber(input.value(u"skill_id"_s)) },
              { u"created_by"_s, by.userId },
              { u"active"_s, true },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    Sql(db, u"UPDATE assessment_instruments SET slug = :slug WHERE id = :id"_s)
            .bind(u":slug"_s, u"bank-%1"_s.arg(id))
            .bind(u":id"_s, id)
            .exec();

    // Domains first, so that facets can name them as their parent.
    const QJsonArray categories = input.value(u"categories"_s).toArray();
    QHash<QString, qint64> byCode;
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const QJsonObject category = categories.at(i).toObject();
            const QString parent = category.value(u"parent"_s).toString();
            if (parent.isEmpty() != (pass == 0))
                continue;
            const QString code = category.value(u"code"_s).toString();
            if (byCode.contains(code))
                throw ApiError::badRequest(QStringList {
                        u"categories[%1].code must not repeat %2"_s.arg(i).arg(code) });
            if (!parent.isEmpty() && !byCode.contains(parent))
                throw ApiError::badRequest(QStringList {
                        u"categories[%1].parent must be the code of a category without a parent"_s
                                .arg(i) });
            byCode.insert(
                    code,
                    insertRowReturningId(
                            db, u"assessment_categories"_s,
                            { { u"instrument_id"_s, id },
                              { u"parent_id"_s,
                                parent.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                 : QVariant(byCode.value(parent)) },
                              { u"code"_s, code },
                              { u"name"_s, category.value(u"name"_s).toString() },
                              { u"description"_s, nullIfEmpty(category.value(u"description"_s)) },
                              { u"position"_s, int(i) } }));
        }
    }
    const Instrument created = resolve(db, QString::number(id));
    const QJsonArray questions = input.value(u"questions"_s).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i)
        writeQuestion(db, created, questions.at(i).toObject(), 0, u"questions[%1]"_s.arg(i));
    tx.commit();
    return instrument(by, QString::number(id));
}

QJsonArray AssessmentService::categories(const Principal &viewer, const QString &ref,
                                         bool withFacets)
{
    QSqlDatabase db = m_context.db();
    const Instrument found = visible(db, viewer, ref);
    const QList<Category> all = loadCategories(db, found.id);
    QJsonArray domains;
    for (const Category &domain : all) {
        if (domain.parentId)
            continue;
        QJsonObject json = categoryJson(domain);
        if (withFacets) {
            QJsonArray facets;
            for (const Category &facet : all) {
                if (facet.parentId == domain.id)
                    facets.append(categoryJson(facet));
            }
            json.insert(u"facets"_s, facets);
        }
        domains.append(json);
    }
    return domains;
}

QJsonObject AssessmentService::category(const Principal &viewer, const QString &ref, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const Instrument found = visible(db, viewer, ref);
    const QList<Category> all = loadCategories(db, found.id);
    for (const Category &category : all) {
        if (category.id != id)
            continue;
        QJsonObject json = categoryJson(category);
        QJsonArray facets;
        for (const Category &facet : all) {
            if (facet.parentId == id)
                facets.append(categoryJson(facet));
        }
        json.insert(u"facets"_s, facets);
        json.insert(u"questions"_s,
                    Sql(db,
                        u"SELECT COUNT(*) FROM assessment_questions q JOIN assessment_categories c "
                        u"ON c.id = q.category_id WHERE (c.id = :id OR c.parent_id = :id) AND "
                        u"q.active AND q.deleted_at IS NULL"_s)
                            .bind(u":id"_s, id)
                            .scalar()
                            .toLongLong());
        return json;
    }
    throw ApiError::notFound(u"Category not found"_s);
}

// ---- The bank ----

QJsonObject AssessmentService::questions(const Principal &by, const QString &ref,
                                         const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    const Instrument found = editable(db, by, ref);
    SqlFilter filter;
    filter.add(u"q.instrument_id = :instrument AND q.deleted_at IS NULL"_s, u":instrument"_s,
               found.id);
    filter.addEqual(query, u"active"_s, u"q.active"_s);
    filter.addEqual(query, u"type"_s, u"q.type"_s);
    if (query.contains(u"category"_s))
        filter.add(u"q.category_id IN (SELECT c.id FROM assessment_categories c WHERE "
                   u"c.instrument_id = :instrument AND (c.code = :category OR c.parent_id IN "
                   u"(SELECT p.id FROM assessment_categories p WHERE p.instrument_id = "
                   u":instrument AND p.code = :category)))"_s,
                   u":category"_s, query.value(u"category"_s).toString());
    if (query.contains(u"q"_s))
        filter.addContains({ u"LOWER(q.text)"_s }, query.value(u"q"_s).toString());
    return selectPage(db, questionColumns(), u"assessment_questions q"_s, filter,
                      u"q.passage_id, q.position, q.id"_s, page, limit,
                      [](Sql &row) { return questionJson(row, true); });
}

QJsonObject AssessmentService::question(const Principal &by, const QString &ref, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const Instrument found = editable(db, by, ref);
    Sql q(db,
          u"SELECT "_s + questionColumns()
                  + u" FROM assessment_questions q WHERE q.id = :id AND q.instrument_id = "
                    u":instrument AND q.deleted_at IS NULL"_s);
    q.bind(u":id"_s, id).bind(u":instrument"_s, found.id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Question not found"_s);
    return questionJson(q, true);
}

QJsonObject AssessmentService::createQuestion(const Principal &by, const QString &ref,
                                              const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Instrument found = editable(db, by, ref);
    const qint64 id = writeQuestion(db, found, input);
    tx.commit();
    return question(by, ref, id);
}

QJsonObject AssessmentService::updateQuestion(const Principal &by, const QString &ref, qint64 id,
                                              const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    question(by, ref, id); // 404 unless it is this instrument's and may be edited
    writeQuestion(db, editable(db, by, ref), input, id);
    tx.commit();
    return question(by, ref, id);
}

void AssessmentService::deleteQuestion(const Principal &by, const QString &ref, qint64 id)
{
    QSqlDatabase db = m_context.db();
    question(by, ref, id);
    // Answers and results keep pointing at it, so it is hidden rather than removed.
    Sql(db,
        u"UPDATE assessment_questions SET deleted_at = :now, active = FALSE, updated_at = :now "
        u"WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
}

QJsonObject AssessmentService::setQuestionsActive(const Principal &by, const QString &ref,
                                                  const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Instrument found = editable(db, by, ref);
    QList<qint64> ids;
    for (const QJsonValue &value : input.value(u"question_ids"_s).toArray())
        ids.append(value.toInteger());
    Sql known(db,
              u"SELECT COUNT(*) FROM assessment_questions WHERE instrument_id = :instrument AND "
              u"deleted_at IS NULL AND id IN ("_s
                      + Sql::placeholders(u"q"_s, ids.size()) + u')');
    known.bind(u":instrument"_s, found.id).bindEach(u"q"_s, ids);
    if (known.scalar().toLongLong() != QSet<qint64>(ids.begin(), ids.end()).size())
        throw ApiError::badRequest(
                QStringList { u"question_ids must hold ids of this assessment's questions"_s });
    Sql update(db,
               u"UPDATE assessment_questions SET active = :active, updated_at = :now WHERE id IN ("_s
                       + Sql::placeholders(u"q"_s, ids.size()) + u')');
    update.bind(u":active"_s, input.value(u"active"_s).toBool())
            .bind(u":now"_s, nowText())
            .bindEach(u"q"_s, ids)
            .exec();
    tx.commit();
    return { { u"updated"_s, QSet<qint64>(ids.begin(), ids.end()).size() },
             { u"active"_s, input.value(u"active"_s).toBool() } };
}

namespace {

/** The passages @p ids with their questions, in that order. */
QJsonArray passageRows(QSqlDatabase db, const QList<qint64> &ids)
{
    QHash<qint64, QJsonArray> questions;
    Sql q(db,
          u"SELECT "_s + questionColumns()
                  + u" FROM assessment_questions q WHERE q.deleted_at IS NULL AND "
                    u"q.passage_id IN ("_s
                  + Sql::placeholders(u"p"_s, ids.size()) + u") ORDER BY q.position, q.id"_s);
    q.bindEach(u"p"_s, ids).exec();
    while (q.next())
        questions[q.id(u"passage_id"_s)].append(questionJson(q, true));
    // How many attempts drew each: once one has, its text is what that talent read.
    QHash<qint64, qint64> attempts;
    Sql a(db,
          u"SELECT passage_id, COUNT(*) AS attempts FROM assessment_attempts WHERE passage_id IN ("_s
                  + Sql::placeholders(u"p"_s, ids.size()) + u") GROUP BY passage_id"_s);
    a.bindEach(u"p"_s, ids).exec();
    while (a.next())
        attempts.insert(a.id(u"passage_id"_s), a.id(u"attempts"_s));
    QHash<qint64, QJsonObject> passages;
    Sql p(db,
          u"SELECT id, title, body, word_count, active, created_at FROM "
          u"assessment_passages WHERE id IN ("_s
                  + Sql::placeholders(u"p"_s, ids.size()) + u')');
    p.bindEach(u"p"_s, ids).exec();
    while (p.next()) {
        const qint64 id = p.id(u"id"_s);
        passages.insert(id,
                        { { u"id"_s, id },
                          { u"title"_s, p.text(u"title"_s) },
                          { u"body"_s, p.text(u"body"_s) },
                          { u"word_count"_s, p.integer(u"word_count"_s) },
                          { u"active"_s, p.flag(u"active"_s) },
                          { u"created_at"_s, p.text(u"created_at"_s) },
                          { u"attempts"_s, attempts.value(id) },
                          { u"questions"_s, questions.value(id) } });
    }
    QJsonArray rows;
    for (qint64 id : ids)
        rows.append(passages.value(id));
    return rows;
}

int wordCount(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return int(text.split(space, Qt::SkipEmptyParts).size());
}

} // namespace

QJsonObject AssessmentService::createPassage(const Principal &by, const QString &ref,
                                             const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Instrument found = editable(db, by, ref);
    const QString body = input.value(u"body"_s).toString();
    const qint64 id = insertRowReturningId(db, u"assessment_passages"_s,
                                           { { u"instrument_id"_s, found.id },
                                             { u"title"_s, input.value(u"title"_s).toString() },
                                             { u"body"_s, body },
                                             { u"word_count"_s, wordCount(body) },
                                             { u"active"_s, true },
                                             { u"created_at"_s, nowText() } });
    const QJsonArray questions = input.value(u"questions"_s).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QJsonObject question = questions.at(i).toObject();
        question.insert(u"type"_s, u"passage"_s);
        writeQuestion(db, found, question, 0, u"questions[%1]"_s.arg(i), id);
    }
    tx.commit();
    return passageRows(db, { id }).at(0).toObject();
}

QJsonObject AssessmentService::updatePassage(const Principal &by, const QString &ref, qint64 id,
                                             const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Instrument found = editable(db, by, ref);
    const SqlRow current = Sql(db,
                               u"SELECT title, body FROM assessment_passages WHERE id = :id AND "
                               u"instrument_id = :instrument"_s)
                                   .bind(u":id"_s, id)
                                   .bind(u":instrument"_s, found.id)
                                   .found(u"Passage not found"_s);
    refuseBlank(input, { u"title"_s, u"body"_s });
    const QString title = input.value(u"title"_s).toString(current.text(u"title"_s));
    const QString body = input.value(u"body"_s).toString(current.text(u"body"_s));
    if (title != current.text(u"title"_s) || body != current.text(u"body"_s)) {
        // A drawn passage is the record of what its talents read, and their reading speed is
        // counted from its words: it is not rewritten under their answers. A correction is a new
        // passage, and this one is taken out of the pool.
        const qint64 drawn = Sql(db,
                                 u"SELECT COUNT(*) FROM assessment_attempts WHERE passage_id = "
                                 u":id"_s)
                                     .bind(u":id"_s, id)
                                     .scalar()
                                     .toLongLong();
        const ApiError refusal = ApiError::conflict(
                u"This passage has been drawn into %1, and its text is what those talents read: "
                u"add the corrected passage and deactivate this one"_s.arg(
                        drawn == 1 ? u"1 attempt"_s : u"%1 attempts"_s.arg(drawn)));
        if (drawn > 0)
            throw refusal;
        Sql(db,
            u"UPDATE assessment_passages SET title = :title, body = :body, word_count = :words "
            u"WHERE id = :id AND NOT EXISTS (SELECT 1 FROM assessment_attempts a WHERE "
            u"a.passage_id = :id)"_s)
                .bind(u":title"_s, title)
                .bind(u":body"_s, body)
                .bind(u":words"_s, wordCount(body))
                .bind(u":id"_s, id)
                .execChanging(refusal);
    }
    tx.commit();
    return passageRows(db, { id }).at(0).toObject();
}

QJsonObject AssessmentService::passages(const Principal &by, const QString &ref, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    const Instrument found = editable(db, by, ref);
    SqlFilter filter;
    filter.add(u"p.instrument_id = :instrument"_s, u":instrument"_s, found.id);
    return selectPage(db, u"p.id"_s, u"assessment_passages p"_s, filter, u"p.id"_s, page, limit,
                      [db](const QList<qint64> &ids) { return passageRows(db, ids); });
}

} // namespace wn
