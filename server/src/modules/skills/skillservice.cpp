// SPDX-License-Identifier: Apache-2.0
#include "skillservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/logging.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString skillColumns = u"s.id, s.name, s.category, s.description, s.active, s.created_at, "
                             u"s.updated_at, "
                             "(SELECT COUNT(*) FROM talent_skills ts WHERE ts.skill_id = s.id) "
                             "AS talent_count"_s;

QJsonObject skillJson(const Sql &q)
{
    return jsonOf(q,
                  { .ids = { u"id"_s, u"talent_count"_s },
                    .texts = { u"name"_s, u"created_at"_s, u"updated_at"_s },
                    .optionalTexts = { u"category"_s, u"description"_s },
                    .flags = { u"active"_s } });
}

/** Runs a statement that cannot be prepared (PostgreSQL prepares no SAVEPOINT); throws on failure. */
void runPlain(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        throw DatabaseError(q.lastError().text());
}

} // namespace

SkillService::SkillService(ServerContext &context)
    : m_context(context)
{ }

QJsonObject SkillService::list(const Principal *viewer, const QJsonObject &query, int page,
                               int limit)
{
    const QString status = query.value(u"status"_s).toString(u"active"_s);
    if (status != u"active"_s && !viewer)
        throw ApiError::unauthorized(u"Only staff list inactive skills: send a Bearer token"_s);
    if (status != u"active"_s && !viewer->isStaff())
        throw ApiError::forbidden(u"Only staff list inactive skills"_s);

    SqlFilter filter;
    if (status == u"active"_s)
        filter.add(u"s.active = TRUE"_s);
    else if (status == u"inactive"_s)
        filter.add(u"s.active = FALSE"_s);
    const QString search = nameKey(query.value(u"q"_s).toString());
    if (!search.isEmpty()) {
        filter.addContains({ u"s.name_key"_s }, search);
        // For the order: names that start with the search text come first ("Java" before
        // "JavaScript" for "java").
        filter.bindValue(u":exact"_s, search);
        filter.bindValue(u":prefix"_s, likePattern(search).mid(1));
    }
    const QString category = query.value(u"category"_s).toString().simplified().toLower();
    if (!category.isEmpty())
        filter.add(u"LOWER(s.category) = :category"_s, u":category"_s, category);
    const QString order = search.isEmpty()
            ? u"s.name_key"_s
            : u"CASE WHEN s.name_key = :exact THEN 0 WHEN s.name_key LIKE :prefix ESCAPE '\\' "
              u"THEN 1 ELSE 2 END, s.name_key"_s;
    return selectPage(m_context.db(), skillColumns, u"skills s"_s, filter, order, page, limit,
                      [](Sql &q) { return skillJson(q); });
}

QJsonObject SkillService::byId(qint64 id)
{
    return selectOne(m_context.db(), skillColumns, u"skills s"_s,
                     SqlFilter::of(u"s.id = :id"_s, u":id"_s, id), skillJson, u"Skill not found"_s);
}

QJsonObject SkillService::categories()
{
    Sql q(m_context.db(),
          u"SELECT category, COUNT(*) AS skill_count FROM skills "
          u"WHERE active = TRUE AND category IS NOT NULL GROUP BY category ORDER BY category"_s);
    q.exec();
    QJsonArray data;
    while (q.next())
        data.append(QJsonObject { { u"name"_s, q.text(u"category"_s) },
                                  { u"skills"_s, q.value(u"skill_count"_s).toLongLong() } });
    return { { u"data"_s, data } };
}

void SkillService::requireFreeName(QSqlDatabase db, const QString &name, qint64 exceptId)
{
    const std::optional<SqlRow> taken = holderOf(
            db, u"skills"_s, SqlFilter::of(u"name_key = :key"_s, u":key"_s, nameKey(name)),
            exceptId, u"name"_s);
    if (taken)
        throw ApiError::conflict(u"A skill named %1 already exists"_s.arg(taken->text(u"name"_s)));
}

QJsonObject SkillService::add(const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QString name = input.value(u"name"_s).toString().simplified();
    Transaction tx(db);
    requireFreeName(db, name, 0);
    const QString now = nowText();
    const qint64 id = insertRowReturningId(
            db, u"skills"_s,
            { { u"name"_s, name },
              { u"name_key"_s, nameKey(name) },
              { u"category"_s, nullIfEmpty(input.value(u"category"_s)) },
              { u"description"_s, nullIfEmpty(input.value(u"description"_s)) },
              { u"active"_s, true },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
    tx.commit();
    return byId(id);
}

QJsonObject SkillService::update(qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    byId(id); // 404 first
    if (input.contains(u"name"_s) && input.value(u"name"_s).toString().simplified().isEmpty())
        throw ApiError::badRequest(QStringList { u"name should not be empty"_s });
    Transaction tx(db);
    SqlChanges changes;
    if (input.contains(u"name"_s)) {
        const QString name = input.value(u"name"_s).toString().simplified();
        requireFreeName(db, name, id);
        changes.set(u"name"_s, name).set(u"name_key"_s, nameKey(name));
    }
    changes.setFrom(input, { u"category"_s, u"description"_s },
                    [](const QString &, const QJsonValue &value) { return nullIfEmpty(value); });
    if (input.contains(u"active"_s))
        changes.set(u"active"_s, input.value(u"active"_s).toBool());
    changes.write(db, u"skills"_s, id);
    tx.commit();
    return byId(id);
}

QJsonObject SkillService::remove(qint64 id)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QJsonObject skill = byId(id);
    if (skill.value(u"talent_count"_s).toInteger() == 0) {
        // Jobs, trainings and assessments may name the skill too: their foreign keys refuse the
        // delete, and the skill is deactivated as if talents held it. A savepoint keeps the
        // transaction usable after the refusal (PostgreSQL aborts it otherwise).
        runPlain(db, u"SAVEPOINT skill_delete"_s);
        bool deleted = false;
        {
            QSqlQuery remove(db);
            remove.prepare(u"DELETE FROM skills WHERE id = :id"_s);
            remove.bindValue(u":id"_s, id);
            deleted = remove.exec();
        }
        if (deleted) {
            runPlain(db, u"RELEASE SAVEPOINT skill_delete"_s);
            tx.commit();
            return { { u"message"_s, u"Skill deleted"_s }, { u"deleted"_s, true } };
        }
        runPlain(db, u"ROLLBACK TO SAVEPOINT skill_delete"_s);
    }
    // Whatever refers to the skill keeps it; it just cannot be picked any more.
    SqlChanges().set(u"active"_s, false).write(db, u"skills"_s, id);
    tx.commit();
    return { { u"message"_s,
               u"The skill is in use (%1 talent(s) list it), so it was deactivated "
               u"instead of deleted"_s.arg(skill.value(u"talent_count"_s).toInteger()) },
             { u"deleted"_s, false },
             { u"skill"_s, byId(id) } };
}

void SkillService::seed()
{
    const QString resource = u":/reference/skills.json"_s;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(u"missing reference data "_s + resource);
    const QByteArray bytes = file.readAll();
    const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const std::optional<SqlRow> applied
            = Sql(db, u"SELECT digest FROM reference_seeds WHERE name = 'skills'"_s).one();
    if (applied && applied->text(u"digest"_s) == digest)
        return;

    const QJsonArray skills = QJsonDocument::fromJson(bytes).array();
    const QString now = nowText();
    for (const QJsonValue &value : skills) {
        const QJsonObject skill = value.toObject();
        const QString name = skill.value(u"name"_s).toString().simplified();
        if (name.isEmpty())
            continue;
        // A category an admin set stays; only a missing one is filled in.
        insertRow(db, u"skills"_s,
                  { { u"name"_s, name },
                    { u"name_key"_s, nameKey(name) },
                    { u"category"_s, skill.value(u"category"_s).toString() },
                    { u"active"_s, true },
                    { u"created_at"_s, now },
                    { u"updated_at"_s, now } },
                  u"ON CONFLICT (name_key) DO UPDATE SET category = "
                  u"COALESCE(skills.category, excluded.category)"_s);
    }
    insertRow(db, u"reference_seeds"_s,
              { { u"name"_s, u"skills"_s }, { u"digest"_s, digest }, { u"applied_at"_s, now } },
              onConflictUpdate(u"name"_s, { u"digest"_s, u"applied_at"_s }));
    tx.commit();
    qCInfo(lcDb).noquote() << "skills catalogue:" << skills.size() << "entries applied";
}

} // namespace wn
