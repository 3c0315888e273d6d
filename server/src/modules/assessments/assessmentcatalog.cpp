// SPDX-License-Identifier: Apache-2.0
// The roles and skills an assessment can be filed under, and the question types the engine knows.
#include "assessmentrows.h"
#include "assessmentservice.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/assessments.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentrows;

namespace {

QJsonObject roleJson(const Sql &row)
{
    return jsonOf(row,
                  { .ids = { u"id"_s },
                    .texts = { u"name"_s, u"created_at"_s },
                    .optionalTexts = { u"description"_s } });
}

QJsonObject skillJson(const Sql &row)
{
    QJsonObject json = jsonOf(row,
                              { .ids = { u"id"_s },
                                .texts = { u"name"_s, u"created_at"_s, u"updated_at"_s },
                                .optionalTexts = { u"description"_s },
                                .optionalIntegers = { u"role_id"_s } });
    json.insert(u"role"_s, row.textOrNull(u"role_name"_s));
    return json;
}

const QString skillFrom = u"assessment_skills s LEFT JOIN assessment_roles r ON r.id = s.role_id"_s;
const QString skillColumns = u"s.id, s.name, s.description, s.role_id, s.created_at, "
                             u"s.updated_at, r.name AS role_name"_s;

void checkRole(QSqlDatabase db, const QJsonObject &input)
{
    if (input.value(u"role_id"_s).isDouble()
        && !Sql(db, u"SELECT 1 FROM assessment_roles WHERE id = :id"_s)
                    .bind(u":id"_s, input.value(u"role_id"_s).toInteger())
                    .exists())
        throw ApiError::badRequest(QStringList { u"role_id must name an existing role"_s });
}

/** Inserts or renames a row of a table with a unique name_key; 409 when the name is taken. */
void checkNameFree(QSqlDatabase db, const QString &table, const QString &name, qint64 except = 0)
{
    if (holderOf(db, table, SqlFilter::of(u"name_key = :key"_s, u":key"_s, nameKey(name)), except))
        throw ApiError::conflict(u"The name %1 is taken"_s.arg(name));
}

/** Adds a row of @p table, a list of named things (roles, skills), with the name and description
 *  @p input gives and the @p more columns of its own: its id; 409 when the name is taken. */
qint64 insertNamed(QSqlDatabase db, const QString &table, const QJsonObject &input,
                   const SqlValues &more = {})
{
    const QString name = input.value(u"name"_s).toString();
    checkNameFree(db, table, name);
    const QString now = nowText();
    return insertRowReturningId(
            db, table,
            SqlValues { { u"name"_s, name },
                        { u"name_key"_s, nameKey(name) },
                        { u"description"_s, nullIfEmpty(input.value(u"description"_s)) } }
                    + more + SqlValues { { u"created_at"_s, now }, { u"updated_at"_s, now } });
}

} // namespace

QJsonObject AssessmentService::roles(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    if (query.contains(u"q"_s))
        filter.addContains({ u"name_key"_s }, nameKey(query.value(u"q"_s).toString()));
    return selectPage(m_context.db(), u"id, name, description, created_at"_s, u"assessment_roles"_s,
                      filter, u"name_key"_s, page, limit, roleJson);
}

QJsonObject AssessmentService::createRole(const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const qint64 id = insertNamed(db, u"assessment_roles"_s, input);
    tx.commit();
    return role(id);
}

QJsonObject AssessmentService::role(qint64 id)
{
    return selectOne(m_context.db(), u"id, name, description, created_at"_s, u"assessment_roles"_s,
                     SqlFilter::of(u"id = :id"_s, u":id"_s, id), roleJson, u"Role not found"_s);
}

QJsonObject AssessmentService::skills(const QJsonObject &query, int page, int limit)
{
    SqlFilter filter;
    filter.add(u"s.deleted_at IS NULL"_s);
    if (query.contains(u"q"_s))
        filter.addContains({ u"s.name_key"_s }, nameKey(query.value(u"q"_s).toString()));
    filter.addEqual(query, u"role_id"_s, u"s.role_id"_s);
    return selectPage(m_context.db(), skillColumns, skillFrom, filter, u"s.name_key"_s, page, limit,
                      skillJson, u"assessment_skills s"_s);
}

QJsonObject AssessmentService::createSkill(const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    checkRole(db, input);
    const qint64 id = insertNamed(db, u"assessment_skills"_s, input,
                                  { { u"role_id"_s, nullIfNotNumber(input.value(u"role_id"_s)) } });
    tx.commit();
    return skill(id);
}

QJsonObject AssessmentService::skill(qint64 id)
{
    return selectOne(m_context.db(), skillColumns, skillFrom,
                     SqlFilter::of(u"s.id = :id AND s.deleted_at IS NULL"_s, u":id"_s, id),
                     skillJson, u"Skill not found"_s);
}

QJsonObject AssessmentService::updateSkill(qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    skill(id);
    checkRole(db, input);
    // Stamped even when nothing else is sent.
    SqlChanges changes;
    changes.set(u"updated_at"_s, nowText());
    if (input.contains(u"name"_s)) {
        const QString name = input.value(u"name"_s).toString();
        checkNameFree(db, u"assessment_skills"_s, name, id);
        changes.set(u"name"_s, name).set(u"name_key"_s, nameKey(name));
    }
    if (input.contains(u"description"_s))
        changes.set(u"description"_s, nullIfEmpty(input.value(u"description"_s)));
    if (input.contains(u"role_id"_s))
        changes.set(u"role_id"_s, nullIfNotNumber(input.value(u"role_id"_s)));
    changes.write(db, u"assessment_skills"_s, id, u"id"_s, false);
    tx.commit();
    return skill(id);
}

void AssessmentService::deleteSkill(qint64 id)
{
    QSqlDatabase db = m_context.db();
    skill(id);
    // Instruments filed under it keep the link; the skill leaves the lists, and its name is free.
    Sql(db, u"UPDATE assessment_skills SET deleted_at = :now, name_key = :key WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":key"_s, u"#deleted-%1"_s.arg(id))
            .bind(u":id"_s, id)
            .exec();
}

QJsonArray AssessmentService::questionTypeList()
{
    QJsonArray types;
    for (const QuestionType &type : questionTypes())
        types.append(QJsonObject { { u"code"_s, type.code },
                                   { u"name"_s, QString::fromLatin1(type.label) },
                                   { u"answer_field"_s, type.answerField },
                                   { u"has_options"_s, type.hasOptions },
                                   { u"scored"_s, type.scored },
                                   { u"scoring"_s, QString::fromLatin1(type.scoring) } });
    return types;
}

} // namespace wn
