// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace wn {

/**
 * @brief The columns of a row that a JSON object shows under their own names, by how each is
 * read (see ColumnReads): a row builder names its columns once, by kind, instead of spelling out
 * a key and a read for each.
 */
struct JsonColumns
{
    QStringList ids; ///< whole numbers: ids, counts
    QStringList texts;
    QStringList optionalTexts; ///< null when NULL or empty
    QStringList optionalIntegers; ///< null when NULL
    QStringList flags; ///< booleans, whichever way the database keeps them
    QString prefix; ///< what the statement puts before each name (training_id for id)
};

/** The JSON object of @p columns of @p row (a Sql on its current row, or a SqlRow). */
template<typename Row>
QJsonObject jsonOf(const Row &row, const JsonColumns &columns)
{
    const QString &prefix = columns.prefix;
    QJsonObject json;
    for (const QString &name : columns.ids)
        json.insert(name, row.id(prefix + name));
    for (const QString &name : columns.texts)
        json.insert(name, row.text(prefix + name));
    for (const QString &name : columns.optionalTexts)
        json.insert(name, row.textOrNull(prefix + name));
    for (const QString &name : columns.optionalIntegers)
        json.insert(name, row.integerOrNull(prefix + name));
    for (const QString &name : columns.flags)
        json.insert(name, row.flag(prefix + name));
    return json;
}

/** @p value (an object or an array) as a JSON column holds it: compact text. */
QString jsonText(const QJsonValue &value);
/** The array a JSON column holds; empty when it holds none. */
QJsonArray storedArray(const QString &text);
/** The whole numbers, and the strings, of @p array (a stored one, or a request's). */
QList<qint64> idsIn(const QJsonArray &array);
QStringList stringsIn(const QJsonArray &array);

} // namespace wn
