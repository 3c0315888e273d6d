// SPDX-License-Identifier: Apache-2.0
#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace wn::json {

QJsonObject parseObject(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(
                u"Request body is not valid JSON: %1 at offset %2"_s.arg(error.errorString())
                        .arg(error.offset));
    if (!document.isObject())
        throw ApiError::badRequest(u"Request body must be a JSON object"_s);
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QJsonValue orNull(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<QString> optionalText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? std::optional(value.toString()) : std::nullopt;
}

std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional(value.toInteger()) : std::nullopt;
}

QJsonValue timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QJsonObject firstOrNotFound(const QJsonArray &found, const QString &notFound)
{
    if (found.isEmpty())
        throw ApiError::notFound(notFound);
    return found.first().toObject();
}

} // namespace wn::json
