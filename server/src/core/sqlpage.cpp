// SPDX-License-Identifier: Apache-2.0
#include "sqlpage.h"

#include "database.h"
#include "http/api.h"

#include <wn/common/apierror.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

SqlFilter SqlFilter::of(const QString &clause, const QString &name, const QVariant &value)
{
    SqlFilter filter;
    filter.add(clause, name, value);
    return filter;
}

void SqlFilter::add(const QString &clause, const QString &name, const QVariant &value)
{
    clauses.append(clause);
    if (!name.isEmpty())
        values.append({ name, value });
}

void SqlFilter::addEqual(const QJsonObject &query, const QString &field, const QString &column)
{
    const auto found = query.constFind(field);
    if (found == query.constEnd())
        return;
    const QJsonValue value = *found;
    const QString name = u':' + field;
    add(u"%1 = %2"_s.arg(column, name), name,
        value.isBool()             ? QVariant(value.toBool())
                : value.isDouble() ? QVariant(value.toInteger())
                                   : QVariant(value.toString()));
}

void SqlFilter::addContains(const QStringList &expressions, const QString &text)
{
    QStringList matches;
    for (const QString &expression : expressions)
        matches.append(expression + u" LIKE :q ESCAPE '\\'"_s);
    add(matches.size() == 1 ? matches.constFirst() : u"("_s + matches.join(u" OR "_s) + u")"_s,
        u":q"_s, likePattern(text.toLower()));
}

QString SqlFilter::where() const
{
    return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
}

void SqlFilter::bindTo(Sql &q) const
{
    for (const auto &[name, value] : values)
        q.bind(name, value);
}

QJsonObject selectOne(QSqlDatabase db, const QString &columns, const QString &from,
                      const SqlFilter &filter, const std::function<QJsonObject(Sql &)> &row,
                      const QString &notFound)
{
    Sql q(db, u"SELECT "_s + columns + u" FROM "_s + from + filter.where());
    filter.bindTo(q);
    q.exec();
    if (!q.next())
        throw ApiError::notFound(notFound);
    return row(q);
}

qint64 countRows(QSqlDatabase db, const QString &from, const SqlFilter &filter)
{
    Sql count(db, u"SELECT COUNT(*) FROM "_s + from + filter.where());
    filter.bindTo(count);
    return count.scalar().toLongLong();
}

std::optional<SqlRow> holderOf(QSqlDatabase db, const QString &table, SqlFilter filter,
                               qint64 exceptId, const QString &columns)
{
    filter.add(u"id <> :except"_s, u":except"_s, exceptId);
    Sql q(db, u"SELECT "_s + columns + u" FROM "_s + table + filter.where());
    filter.bindTo(q);
    return q.one();
}

namespace {

/** The statement of one page's rows, bound and run. */
void runPage(Sql &q, const SqlFilter &filter, int page, int limit)
{
    filter.bindTo(q);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(page - 1) * limit).exec();
}

QString pageStatement(const QString &columns, const QString &from, const SqlFilter &filter,
                      const QString &order)
{
    return u"SELECT "_s + columns + u" FROM "_s + from + filter.where() + u" ORDER BY "_s + order
            + u" LIMIT :limit OFFSET :offset"_s;
}

} // namespace

QJsonObject selectPage(QSqlDatabase db, const QString &columns, const QString &from,
                       const SqlFilter &filter, const QString &order, int page, int limit,
                       const std::function<QJsonObject(Sql &)> &row, const QString &countFrom)
{
    const qint64 total = countRows(db, countFrom.isEmpty() ? from : countFrom, filter);
    Sql q(db, pageStatement(columns, from, filter, order));
    runPage(q, filter, page, limit);
    QJsonArray data;
    while (q.next())
        data.append(row(q));
    return pageOf(data, page, limit, total);
}

QJsonObject selectPage(QSqlDatabase db, const QString &idColumn, const QString &from,
                       const SqlFilter &filter, const QString &order, int page, int limit,
                       const PageRows &rows)
{
    const qint64 total = countRows(db, from, filter);
    Sql q(db, pageStatement(idColumn, from, filter, order));
    runPage(q, filter, page, limit);
    return pageOf(rows(q.takeIds()), page, limit, total);
}

} // namespace wn
