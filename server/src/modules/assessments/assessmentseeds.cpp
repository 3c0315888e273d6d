// SPDX-License-Identifier: Apache-2.0
// The starter banks: each instrument's categories, questions and passages as written in
// resources/reference/assessment-<slug>.json, loaded so that a second run adds nothing.
#include "assessmentrows.h"
#include "assessmentservice.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"

#include <wn/common/apierror.h>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentrows;

namespace {

const QStringList &bankSlugs()
{
    static const QStringList slugs { u"personality"_s,  u"soft-skills"_s, u"culture-fit"_s,
                                     u"scenario"_s,     u"integrity"_s,   u"level-one"_s,
                                     u"comprehension"_s };
    return slugs;
}

QJsonDocument readResource(const QString &name)
{
    QFile file(u":/reference/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(u"missing reference data "_s + name);
    return QJsonDocument::fromJson(file.readAll());
}

/** A bank file's question as the engine's question input. */
QJsonObject questionInput(const QJsonObject &seeded, int position)
{
    QJsonObject input { { u"type"_s, seeded.value(u"type"_s) },
                        { u"text"_s, seeded.value(u"text"_s) },
                        { u"reverse_keyed"_s, seeded.value(u"reverse"_s).toBool() },
                        { u"options"_s, seeded.value(u"options"_s).toArray() },
                        { u"position"_s, position } };
    if (seeded.value(u"category"_s).isString())
        input.insert(u"category"_s, seeded.value(u"category"_s));
    if (seeded.value(u"pair"_s).isString())
        input.insert(u"pair_code"_s, seeded.value(u"pair"_s));
    return input;
}

struct Added
{
    int categories = 0;
    int questions = 0;
    int passages = 0;
};

qint64 ensureCategory(QSqlDatabase db, qint64 instrument, const QJsonObject &seeded,
                      QVariant parent, int position, Added &added)
{
    const QString code = seeded.value(u"code"_s).toString();
    if (const std::optional<qint64> found = categoryId(db, instrument, code))
        return *found;
    ++added.categories;
    return insertRowReturningId(db, u"assessment_categories"_s,
                                { { u"instrument_id"_s, instrument },
                                  { u"parent_id"_s, parent },
                                  { u"code"_s, code },
                                  { u"name"_s, seeded.value(u"name"_s).toString() },
                                  { u"description"_s, nullIfEmpty(seeded.value(u"description"_s)) },
                                  { u"low_text"_s, nullIfEmpty(seeded.value(u"low"_s)) },
                                  { u"mid_text"_s, nullIfEmpty(seeded.value(u"mid"_s)) },
                                  { u"high_text"_s, nullIfEmpty(seeded.value(u"high"_s)) },
                                  { u"position"_s, position } });
}

bool seededBefore(QSqlDatabase db, const QString &table, qint64 instrument, const QString &key)
{
    return Sql(db,
               u"SELECT 1 FROM %1 WHERE instrument_id = :instrument AND seed_key = :key"_s.arg(
                       table))
            .bind(u":instrument"_s, instrument)
            .bind(u":key"_s, key)
            .exists();
}

} // namespace

QJsonObject AssessmentService::seedBanks(const QString &ref)
{
    QSqlDatabase db = m_context.db();
    QJsonArray report;
    for (const QString &slug : bankSlugs()) {
        if (!ref.isEmpty() && ref != slug)
            continue;
        const QJsonObject bank = readResource(u"assessment-%1.json"_s.arg(slug)).object();
        Transaction tx(db);
        const QString now = nowText();
        const QString title = bank.value(u"title"_s).toString();
        insertRow(
                db, u"assessment_instruments"_s,
                { { u"slug"_s, slug },
                  { u"kind"_s, bank.value(u"kind"_s).toString() },
                  { u"title"_s, title },
                  { u"title_key"_s, nameKey(title) },
                  { u"description"_s, bank.value(u"description"_s).toString() },
                  { u"time_limit_seconds"_s, nullIfNotNumber(bank.value(u"time_limit_seconds"_s)) },
                  { u"retake_days"_s, nullIfNotNumber(bank.value(u"retake_days"_s)) },
                  { u"active"_s, true },
                  { u"created_at"_s, now },
                  { u"updated_at"_s, now } },
                u"ON CONFLICT (slug) DO NOTHING"_s);
        const Instrument instrument = resolve(db, slug);
        // Two seed requests on PostgreSQL take turns here; SQLite's writers already do.
        lockRow(db, u"assessment_instruments"_s, instrument.id);

        Added added;
        int position = 0;
        for (const QJsonValue &value : bank.value(u"categories"_s).toArray()) {
            const QJsonObject domain = value.toObject();
            const qint64 domainId = ensureCategory(
                    db, instrument.id, domain, nullIfNotNumber(QJsonValue()), position++, added);
            for (const QJsonValue &facet : domain.value(u"facets"_s).toArray())
                ensureCategory(db, instrument.id, facet.toObject(), domainId, position++, added);
        }
        position = 0;
        for (const QJsonValue &value : bank.value(u"questions"_s).toArray()) {
            const QJsonObject question = value.toObject();
            const QString key = question.value(u"key"_s).toString();
            ++position;
            if (seededBefore(db, u"assessment_questions"_s, instrument.id, key))
                continue;
            writeQuestion(db, instrument, questionInput(question, position), 0,
                          u"%1 question %2"_s.arg(slug, key), std::nullopt, key);
            ++added.questions;
        }
        static const QRegularExpression space(u"\\s+"_s);
        for (const QJsonValue &value : bank.value(u"passages"_s).toArray()) {
            const QJsonObject passage = value.toObject();
            const QString key = passage.value(u"key"_s).toString();
            if (seededBefore(db, u"assessment_passages"_s, instrument.id, key))
                continue;
            const QString body = passage.value(u"body"_s).toString();
            const qint64 passageId = insertRowReturningId(
                    db, u"assessment_passages"_s,
                    { { u"instrument_id"_s, instrument.id },
                      { u"seed_key"_s, key },
                      { u"title"_s, passage.value(u"title"_s).toString() },
                      { u"body"_s, body },
                      { u"word_count"_s, int(body.split(space, Qt::SkipEmptyParts).size()) },
                      { u"active"_s, true },
                      { u"created_at"_s, now } });
            ++added.passages;
            int order = 0;
            for (const QJsonValue &question : passage.value(u"questions"_s).toArray()) {
                const QJsonObject seeded = question.toObject();
                writeQuestion(db, instrument, questionInput(seeded, ++order), 0,
                              u"%1 passage %2"_s.arg(slug, key), passageId,
                              key + u'/' + seeded.value(u"key"_s).toString());
                ++added.questions;
            }
        }
        tx.commit();
        report.append(QJsonObject { { u"slug"_s, slug },
                                    { u"instrument_id"_s, instrument.id },
                                    { u"categories_added"_s, added.categories },
                                    { u"questions_added"_s, added.questions },
                                    { u"passages_added"_s, added.passages } });
    }
    if (report.isEmpty())
        throw ApiError::notFound(u"No starter bank for %1"_s.arg(ref));
    return { { u"banks"_s, report } };
}

QJsonObject AssessmentService::seedRoles()
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QString now = nowText();
    int added = 0;
    for (const QJsonValue &value : readResource(u"assessment-roles.json"_s).array()) {
        const QJsonObject role = value.toObject();
        const QString name = role.value(u"name"_s).toString();
        const std::optional<qint64> inserted
                = insertRowIfNew(db, u"assessment_roles"_s,
                                 { { u"name"_s, name },
                                   { u"name_key"_s, nameKey(name) },
                                   { u"description"_s, role.value(u"description"_s).toString() },
                                   { u"created_at"_s, now },
                                   { u"updated_at"_s, now } },
                                 u"ON CONFLICT (name_key) DO NOTHING"_s);
        added += inserted ? 1 : 0;
    }
    tx.commit();
    return { { u"roles_added"_s, added } };
}

} // namespace wn
