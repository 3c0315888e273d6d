// SPDX-License-Identifier: Apache-2.0
#include "sqlchanges.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace wn {

SqlChanges &SqlChanges::set(const QString &column, const QVariant &value)
{
    m_columns.append(column);
    m_values.append(value);
    return *this;
}

SqlChanges &SqlChanges::setFrom(
        const QJsonObject &input, const QStringList &columns,
        const std::function<QVariant(const QString &column, const QJsonValue &value)> &stored)
{
    for (const QString &column : columns) {
        if (input.contains(column))
            set(column,
                stored ? stored(column, input.value(column)) : storedValue(input.value(column)));
    }
    return *this;
}

bool SqlChanges::write(QSqlDatabase db, const QString &table, const QVariant &key,
                       const QString &keyColumn, bool stamp) const
{
    if (m_columns.isEmpty())
        return false;
    QStringList assignments;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        assignments.append(u"%1 = :c%2"_s.arg(m_columns.at(i)).arg(i));
    if (stamp)
        assignments.append(u"updated_at = :now"_s);
    Sql update(
            db,
            u"UPDATE %1 SET %2 WHERE %3 = :key"_s.arg(table, assignments.join(u", "_s), keyColumn));
    for (qsizetype i = 0; i < m_values.size(); ++i)
        update.bind(u":c%1"_s.arg(i), m_values.at(i));
    if (stamp)
        update.bind(u":now"_s, nowText());
    update.bind(u":key"_s, key).exec();
    return true;
}

namespace {

/** Binds each of @p values to the placeholder insertText() named after its column. */
Sql &bindInsert(Sql &insert, const SqlValues &values)
{
    for (const auto &[column, value] : values)
        insert.bind(u':' + column, value);
    return insert;
}

/** The INSERT of one row of @p table holding @p values, then @p onConflict and @p returning. */
QString insertText(const QString &table, const SqlValues &values, const QString &onConflict,
                   const QString &returning = {})
{
    QStringList columns;
    QStringList placeholders;
    for (const auto &[column, value] : values) {
        columns.append(column);
        placeholders.append(u':' + column);
    }
    QString text = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                            placeholders.join(u", "_s));
    if (!onConflict.isEmpty())
        text += u' ' + onConflict;
    return text + returning;
}

} // namespace

void insertRow(QSqlDatabase db, const QString &table, const SqlValues &values,
               const QString &onConflict)
{
    Sql insert(db, insertText(table, values, onConflict));
    bindInsert(insert, values).exec();
}

QString onConflictUpdate(const QString &keys, const QStringList &columns)
{
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(u"%1 = excluded.%1"_s.arg(column));
    return u"ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(keys, assignments.join(u", "_s));
}

qint64 insertRowReturningId(QSqlDatabase db, const QString &table, const SqlValues &values)
{
    Sql insert(db, insertText(table, values, {}, u" RETURNING id"_s));
    return bindInsert(insert, values).scalar().toLongLong();
}

std::optional<qint64> insertRowIfNew(QSqlDatabase db, const QString &table, const SqlValues &values,
                                     const QString &onConflict)
{
    Sql insert(db, insertText(table, values, onConflict, u" RETURNING id"_s));
    const QVariant id = bindInsert(insert, values).scalar();
    if (id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

} // namespace wn
