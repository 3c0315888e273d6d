// SPDX-License-Identifier: Apache-2.0
#include "rowjson.h"

#include <QJsonDocument>

namespace wn {

QString jsonText(const QJsonValue &value)
{
    const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonArray storedArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QList<qint64> idsIn(const QJsonArray &array)
{
    QList<qint64> ids;
    ids.reserve(array.size());
    for (const QJsonValue &value : array)
        ids.append(value.toInteger());
    return ids;
}

QStringList stringsIn(const QJsonArray &array)
{
    QStringList strings;
    strings.reserve(array.size());
    for (const QJsonValue &value : array)
        strings.append(value.toString());
    return strings;
}

} // namespace wn
