// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace wn {

class Sql;
class SqlRow;

/** @brief WHERE fragments and their values, built from validated filters. */
struct SqlFilter
{
    QStringList clauses;
    QList<QPair<QString, QVariant>> values;

    /** A filter of one condition and the value its placeholder @p name takes. */
    static SqlFilter of(const QString &clause, const QString &name, const QVariant &value);
    /** Adds a condition, and the value its placeholder @p name takes (if it has one). */
    void add(const QString &clause, const QString &name = {}, const QVariant &value = {});
    /** When @p query holds @p field, keeps the rows whose @p column (SQL from the code) equals
     *  its value: a whole number, a flag or a text, as the field's rule made it. Binds :field. */
    void addEqual(const QJsonObject &query, const QString &field, const QString &column);
    /** Keeps the rows where one of @p expressions (SQL from the code, never from a request)
     *  holds @p text, lower-cased, as LIKE matches with likePattern() (so % and _ are plain
     *  characters); the expressions give lower-case text (LOWER(...), a name_key). Binds :q. */
    void addContains(const QStringList &expressions, const QString &text);
    void bindValue(const QString &name, const QVariant &value) { values.append({ name, value }); }
    QString where() const;
    void bindTo(Sql &q) const;
};

/**
 * One page of a list, as every list endpoint answers it ({data, meta}): a COUNT over
 * @p countFrom (default: @p from), then the page's rows of @p from, each turned into JSON by
 * @p row. Two queries, whatever the page size.
 */
QJsonObject selectPage(QSqlDatabase db, const QString &columns, const QString &from,
                       const SqlFilter &filter, const QString &order, int page, int limit,
                       const std::function<QJsonObject(Sql &)> &row, const QString &countFrom = {});

/** The rows of a page built together from their ids, so that what they carry beside them comes
 *  by one IN query for the whole page; in the order of the ids. */
using PageRows = std::function<QJsonArray(const QList<qint64> &ids)>;

/** One page of a list whose rows are built together (PageRows), as selectPage above: a COUNT,
 *  then the page's ids, @p idColumn of @p from. */
QJsonObject selectPage(QSqlDatabase db, const QString &idColumn, const QString &from,
                       const SqlFilter &filter, const QString &order, int page, int limit,
                       const PageRows &rows);

/** The one row of @p from that @p filter keeps, turned into JSON by @p row; 404 with
 *  @p notFound when there is none. The statement is finished when it returns, so the caller may
 *  run the next at once (PostgreSQL streams a statement's rows). */
QJsonObject selectOne(QSqlDatabase db, const QString &columns, const QString &from,
                      const SqlFilter &filter, const std::function<QJsonObject(Sql &)> &row,
                      const QString &notFound);

/** How many rows of @p from @p filter keeps. */
qint64 countRows(QSqlDatabase db, const QString &from, const SqlFilter &filter);

/** The row of @p table, other than the one of id @p exceptId, that @p filter keeps, with its
 *  @p columns; none when there is none. How a value kept unique (a name, an email, a URL) is
 *  checked before a row is added (@p exceptId 0) or changed: @p filter looks for the value. */
std::optional<SqlRow> holderOf(QSqlDatabase db, const QString &table, SqlFilter filter,
                               qint64 exceptId, const QString &columns = QStringLiteral("1"));

} // namespace wn
