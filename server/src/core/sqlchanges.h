// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

namespace wn {

/**
 * @brief What an edit changes in a row: columns and their values, gathered from the fields a
 * request holds, then written by one UPDATE (as SqlFilter gathers a WHERE). Column and table
 * names come from the code, never from a request; the values are bound.
 */
class SqlChanges
{
public:
    /** Sets @p column to @p value (a null QVariant for NULL). */
    SqlChanges &set(const QString &column, const QVariant &value);
    /** Sets each of @p columns that @p input holds (a field named like its column) to what
     *  @p stored makes of the field's value (by default storedValue()). */
    SqlChanges &setFrom(
            const QJsonObject &input, const QStringList &columns,
            const std::function<QVariant(const QString &column, const QJsonValue &value)> &stored
            = {});
    bool isEmpty() const { return m_columns.isEmpty(); }

    /** Writes the changes, if there are any, to the rows of @p table whose @p keyColumn is
     *  @p key, setting updated_at to the time of the write as well unless @p stamp is false.
     *  Whether there were any. */
    bool write(QSqlDatabase db, const QString &table, const QVariant &key,
               const QString &keyColumn = QStringLiteral("id"), bool stamp = true) const;

private:
    QStringList m_columns;
    QList<QVariant> m_values;
};

/** The columns of one new row, each beside its value, in the order they are written. */
using SqlValues = QList<std::pair<QString, QVariant>>;

/** Writes one new row of @p table holding @p values with one INSERT. Each column is named once,
 *  beside its value, rather than in a column list, a VALUES list and a bind apart. Column and
 *  table names come from the code, never from a request; the values are bound. @p onConflict,
 *  if given, says what to do when a unique key already holds the row ("ON CONFLICT (user_id) DO
 *  NOTHING", or DO UPDATE SET a column = excluded.column). */
void insertRow(QSqlDatabase db, const QString &table, const SqlValues &values,
               const QString &onConflict = {});
/** The onConflict of an insertRow() that updates the row already there: "ON CONFLICT (@p keys)
 *  DO UPDATE SET" each of @p columns to the value the INSERT brought. */
QString onConflictUpdate(const QString &keys, const QStringList &columns);
/** insertRow() for a table with an id column: the id the new row was given. */
qint64 insertRowReturningId(QSqlDatabase db, const QString &table, const SqlValues &values);
/** insertRow() with an @p onConflict that may keep the row out ("ON CONFLICT (...) DO
 *  NOTHING"): the new row's id, or nothing when a row with the same key was there. */
std::optional<qint64> insertRowIfNew(QSqlDatabase db, const QString &table, const SqlValues &values,
                                     const QString &onConflict);

} // namespace wn
