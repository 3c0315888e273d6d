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

} // namespace wn
