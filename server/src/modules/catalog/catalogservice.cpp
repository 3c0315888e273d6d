// SPDX-License-Identifier: Apache-2.0
#include "catalogservice.h"

#include "catalogroutes.h"

#include "core/database.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "modules/reference/referenceservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Field rank()
{
    return Field::integer(0, 10000).describe(
            u"Position in the list, lowest first; after the last entry if left out"_s);
}

Field lowerSnake(const QString &what, int maxLength)
{
    return Field::pattern(u"[a-z0-9]+(_[a-z0-9]+)*"_s, u"lower_snake_case (%1)"_s.arg(what),
                          maxLength);
}

QStringList schoolKinds()
{
    return { u"university"_s, u"polytechnic"_s, u"college_of_education"_s };
}

/** The stable code an entry gets from its name when none is given: "Oil & Gas" -> "oil_gas". */
QString codeFromName(const QString &name)
{
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    QString code = name.toLower().remove(u'\'').replace(separators, u"_"_s);
    while (code.startsWith(u'_'))
        code.remove(0, 1);
    code.truncate(60);
    while (code.endsWith(u'_'))
        code.chop(1);
    return code;
}

QVariant columnValue(const ListColumn &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return column.integer ? QVariant(QMetaType::fromType<qint64>())
                              : QVariant(QMetaType::fromType<QString>());
    return column.integer ? QVariant(value.toInteger()) : QVariant(value.toString());
}

QString selectColumns(const ReferenceList &list)
{
    QString columns = u"id, code, name, active"_s;
    for (const ListColumn &column : list.columns)
        columns += u", "_s + column.name;
    return columns;
}

QJsonObject entryJson(const ReferenceList &list, const Sql &q)
{
    QJsonObject json { { u"id"_s, q.id(u"id"_s) },
                       { u"code"_s, q.text(u"code"_s) },
                       { u"name"_s, q.text(u"name"_s) },
                       { u"active"_s, q.flag(u"active"_s) } };
    for (const ListColumn &column : list.columns) {
        if (q.isNull(column.name))
            json.insert(column.name, QJsonValue::Null);
        else if (column.integer)
            json.insert(column.name, q.value(column.name).toLongLong());
        else
            json.insert(column.name, q.text(column.name));
    }
    return json;
}

/** The INSERT of an entry's @p columns into @p table, each bound as :<column>, that adds nothing
 *  when the code is taken; @p returning follows it. */
QString insertEntry(const QString &table, const QStringList &columns, const QString &returning = {})
{
    QStringList placeholders;
    for (const QString &column : columns)
        placeholders.append(u":"_s + column);
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (code) DO NOTHING%4"_s.arg(
            table, columns.join(u", "_s), placeholders.join(u", "_s), returning);
}

/** The input's column values, states made canonical. */
QJsonObject normalised(QSqlDatabase db, const ReferenceService &reference,
                       const ReferenceList &list, QJsonObject input)
{
    for (const ListColumn &column : list.columns) {
        if (column.nigerianState && input.value(column.name).isString())
            input.insert(
                    column.name,
                    reference.nigerianState(db, column.name, input.value(column.name).toString()));
    }
    return input;
}

void checkNameIsFree(QSqlDatabase db, const ReferenceList &list, const QString &name,
                     qint64 exceptId)
{
    // The table name comes from referenceLists(), never from the request.
    if (holderOf(db, list.table, SqlFilter::of(u"LOWER(name) = LOWER(:name)"_s, u":name"_s, name),
                 exceptId))
        throw ApiError::conflict(u"There already is a %1 named %2"_s.arg(list.noun, name));
}

} // namespace

const QList<ReferenceList> &referenceLists()
{
    static const QList<ReferenceList> lists {
        { .table = u"education_levels"_s,
          .seed = u"User > Applicants > Educational Level > Fetch All"_s,
          .noun = u"education level"_s,
          .order = u"rank, name"_s,
          .columns = { { .name = u"rank"_s, .field = rank(), .integer = true } } },
        { .table = u"schools"_s,
          .seed = u"User > Applicants > Schools > Fetch All"_s,
          .noun = u"school"_s,
          .order = u"name"_s,
          .columns
          = { { .name = u"kind"_s,
                .field = Field::oneOf(schoolKinds()),
                .requiredOnAdd = true,
                .filter = true },
              { .name = u"ownership"_s,
                .field = Field::oneOf({ u"federal"_s, u"state"_s, u"private"_s }),
                .requiredOnAdd = true,
                .filter = true },
              { .name = u"state"_s,
                .field = Field::string(1, 100).describe(u"One of Nigeria's 36 states or the FCT"_s),
                .requiredOnAdd = true,
                .filter = true,
                .nigerianState = true } },
          .searchable = true,
          .paged = true },
        { .table = u"industries"_s,
          .seed = u"User > Employer > Industry Types > Fetch ALl"_s,
          .noun = u"industry"_s,
          .order = u"name"_s,
          .searchable = true },
        { .table = u"employer_types"_s,
          .seed = u"User > Employer > employer types > Fetch All"_s,
          .noun = u"employer type"_s,
          .order = u"name"_s },
        { .table = u"job_preferences"_s,
          .seed = u"User > Job Preference > Fetch all"_s,
          .noun = u"job preference"_s,
          .order = u"category, id"_s,
          .columns = { { .name = u"category"_s,
                         .field = lowerSnake(u"job_type, work_mode, shift, relocation..."_s, 40),
                         .requiredOnAdd = true,
                         .filter = true } } },
        { .table = u"career_levels"_s,
          .seed = u"User > Career Levels > Fetch ALL"_s,
          .noun = u"career level"_s,
          .order = u"rank, name"_s,
          .columns = { { .name = u"rank"_s, .field = rank(), .integer = true } } },
        { .table = u"disabilities"_s,
          .seed = u"User > Disabilities > Get All"_s,
          .noun = u"disability"_s,
          .order = u"id"_s },
    };
    return lists;
}

Schema CatalogService::addSchema(const ReferenceList &list)
{
    Schema schema {
        { u"code"_s,
          lowerSnake(u"letters, digits and underscores"_s, 60)
                  .describe(u"Stable key; made from the name if left out"_s) },
        { u"name"_s, Field::string(2, 150).required() },
        { u"active"_s, Field::boolean().describe(u"Shown in the public list (default true)"_s) },
    };
    for (const ListColumn &column : list.columns)
        schema = schema.plus(
                { { column.name, column.requiredOnAdd ? column.field.required() : column.field } });
    return schema;
}

Schema CatalogService::updateSchema(const ReferenceList &list)
{
    Schema schema { { u"name"_s, Field::string(2, 150) }, { u"active"_s, Field::boolean() } };
    for (const ListColumn &column : list.columns)
        schema = schema.plus({ { column.name, column.field } });
    return schema;
}

Schema CatalogService::querySchema(const ReferenceList &list)
{
    Schema schema { { u"include_inactive"_s,
                      Field::boolean().describe(u"Admins: list deactivated entries too"_s) } };
    if (list.searchable)
        schema = schema.plus({ { u"q"_s, Field::string(0, 100).describe(u"Search in names"_s) } });
    for (const ListColumn &column : list.columns) {
        if (column.filter)
            schema = schema.plus({ { column.name, column.field } });
    }
    return schema;
}

CatalogService::CatalogService(ServerContext &context, ReferenceService &reference)
    : m_context(context)
    , m_reference(reference)
{ }

QJsonObject CatalogService::entry(const ReferenceList &list, qint64 id)
{
    Sql q(m_context.db(),
          u"SELECT %1 FROM %2 WHERE id = :id"_s.arg(selectColumns(list), list.table));
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"No %1 with id %2"_s.arg(list.noun).arg(id));
    return entryJson(list, q);
}

QJsonObject CatalogService::list(const ReferenceList &list, const QJsonObject &query,
                                 bool includeInactive, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    if (!includeInactive)
        filter.add(u"active = TRUE"_s);
    const QString search = query.value(u"q"_s).toString();
    if (list.searchable && !search.isEmpty())
        filter.addContains({ u"LOWER(name)"_s, u"code"_s }, search);
    for (const ListColumn &column : list.columns) {
        if (!column.filter || !query.contains(column.name))
            continue;
        QVariant value = columnValue(column, query.value(column.name));
        if (column.nigerianState)
            value = m_reference.nigerianState(db, column.name, value.toString());
        filter.add(u"%1 = :%1"_s.arg(column.name), u":"_s + column.name, value);
    }
    const auto entry = [&list](Sql &q) { return entryJson(list, q); };
    if (list.paged)
        return selectPage(db, selectColumns(list), list.table, filter, list.order, page, limit,
                          entry);
    // A short list comes whole.
    Sql q(db,
          u"SELECT %1 FROM %2%3 ORDER BY %4"_s.arg(selectColumns(list), list.table, filter.where(),
                                                   list.order));
    filter.bindTo(q);
    q.exec();
    QJsonArray data;
    while (q.next())
        data.append(entry(q));
    return { { u"data"_s, data } };
}

QJsonObject CatalogService::add(const ReferenceList &list, const QJsonObject &body)
{
    QSqlDatabase db = m_context.db();
    const QJsonObject input = normalised(db, m_reference, list, body);
    const QString name = input.value(u"name"_s).toString();
    const QString code
            = input.contains(u"code"_s) ? input.value(u"code"_s).toString() : codeFromName(name);
    if (code.isEmpty())
        throw ApiError::badRequest(
                QStringList { u"code should not be empty: the name gives none, send one"_s });

    Transaction tx(db);
    checkNameIsFree(db, list, name, 0);
    QStringList columns { u"code"_s, u"name"_s, u"active"_s };
    QList<QVariant> values { code, name, input.value(u"active"_s).toBool(true) };
    for (const ListColumn &column : list.columns) {
        QJsonValue value = input.value(column.name);
        if (column.name == u"rank"_s && value.isUndefined()) {
            value = Sql(db, u"SELECT COALESCE(MAX(rank), 0) + 10 FROM %1"_s.arg(list.table))
                            .scalar()
                            .toLongLong();
        }
        columns.append(column.name);
        values.append(columnValue(column, value));
    }
    // A taken code inserts nothing and returns no id: the conflict is answered, not raised.
    Sql insert(db, insertEntry(list.table, columns, u" RETURNING id"_s));
    for (qsizetype i = 0; i < columns.size(); ++i)
        insert.bind(u":"_s + columns.at(i), values.at(i));
    const QVariant id = insert.scalar();
    if (id.isNull())
        throw ApiError::conflict(u"There already is a %1 with the code %2"_s.arg(list.noun, code));
    tx.commit();
    return entry(list, id.toLongLong());
}

QJsonObject CatalogService::update(const ReferenceList &list, qint64 id, const QJsonObject &body)
{
    if (body.isEmpty())
        throw ApiError::badRequest(
                QStringList { u"Send at least one field to change: name, active or one of the "
                              u"list's own fields"_s });
    // An entry keeps its name and the fields it was added with: an edit never blanks them.
    QStringList needed { u"name"_s };
    for (const ListColumn &column : list.columns) {
        if (column.requiredOnAdd)
            needed.append(column.name);
    }
    refuseBlank(body, needed);
    QSqlDatabase db = m_context.db();
    entry(list, id); // 404 if there is none
    const QJsonObject input = normalised(db, m_reference, list, body);
    Transaction tx(db);
    SqlChanges changes;
    if (input.contains(u"name"_s)) {
        checkNameIsFree(db, list, input.value(u"name"_s).toString(), id);
        changes.set(u"name"_s, input.value(u"name"_s).toString());
    }
    if (input.contains(u"active"_s))
        changes.set(u"active"_s, input.value(u"active"_s).toBool());
    for (const ListColumn &column : list.columns) {
        if (input.contains(column.name))
            changes.set(column.name, columnValue(column, input.value(column.name)));
    }
    // Reference lists keep no time of change.
    changes.write(db, list.table, id, u"id"_s, false);
    tx.commit();
    return entry(list, id);
}

QJsonObject CatalogService::plans()
{
    Sql q(m_context.db(),
          u"SELECT id, code, name, description, currency, monthly_price, yearly_price, features, "
          u"limits FROM subscription_plans WHERE active = TRUE ORDER BY rank, id"_s);
    q.exec();
    QJsonArray data;
    while (q.next()) {
        QJsonObject plan
                = jsonOf(q,
                         { .ids = { u"id"_s, u"monthly_price"_s, u"yearly_price"_s },
                           .texts = { u"code"_s, u"name"_s, u"description"_s, u"currency"_s } });
        plan.insert(u"features"_s, QJsonDocument::fromJson(q.text(u"features"_s).toUtf8()).array());
        plan.insert(u"limits"_s, QJsonDocument::fromJson(q.text(u"limits"_s).toUtf8()).object());
        data.append(plan);
    }
    return { { u"data"_s, data } };
}

void seedCatalog(ServerContext &context)
{
    QSqlDatabase db = context.db();
    Transaction tx(db);
    for (const ReferenceList &list : referenceLists()) {
        // Adds the shipped entries that are missing; entries already there are the admins' to
        // edit, so a start never undoes a rename or a deactivation.
        QStringList columns { u"code"_s, u"name"_s };
        for (const ListColumn &column : list.columns)
            columns.append(column.name);
        Sql q(db, insertEntry(list.table, columns));
        const QJsonArray entries = ReferenceService::readShipped(list.resource());
        for (const QJsonValue &value : entries) {
            const QJsonObject item = value.toObject();
            q.bind(u":code"_s, item.value(u"code"_s).toString());
            q.bind(u":name"_s, item.value(u"name"_s).toString());
            for (const ListColumn &column : list.columns)
                q.bind(u":"_s + column.name, columnValue(column, item.value(column.name)));
            q.exec();
        }
    }

    const QJsonArray plans
            = ReferenceService::readShipped(u":/reference/subscription-plans.json"_s);
    for (const QJsonValue &value : plans) {
        const QJsonObject plan = value.toObject();
        insertRow(db, u"subscription_plans"_s,
                  { { u"code"_s, plan.value(u"code"_s).toString() },
                    { u"name"_s, plan.value(u"name"_s).toString() },
                    { u"description"_s, plan.value(u"description"_s).toString() },
                    { u"currency"_s, plan.value(u"currency"_s).toString() },
                    { u"monthly_price"_s, plan.value(u"monthly_price"_s).toInteger() },
                    { u"yearly_price"_s, plan.value(u"yearly_price"_s).toInteger() },
                    { u"features"_s,
                      QString::fromUtf8(json::compact(plan.value(u"features"_s).toArray())) },
                    { u"limits"_s,
                      QString::fromUtf8(json::compact(plan.value(u"limits"_s).toObject())) },
                    { u"rank"_s, plan.value(u"rank"_s).toInteger() } },
                  onConflictUpdate(u"code"_s,
                                   { u"name"_s, u"description"_s, u"currency"_s, u"monthly_price"_s,
                                     u"yearly_price"_s, u"features"_s, u"limits"_s, u"rank"_s }));
    }
    tx.commit();
}

} // namespace wn
