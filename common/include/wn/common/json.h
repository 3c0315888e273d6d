// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace wn::json {

/** Parses a request body as a JSON object; throws ApiError 400 naming what is wrong. An empty body
 * is {}. */
QJsonObject parseObject(const QByteArray &bytes);

/** The first object of what a lookup by id found; ApiError 404 with @p notFound if it found
 *  nothing (a list builder asked for one id, say). */
QJsonObject firstOrNotFound(const QJsonArray &found, const QString &notFound);

/** Compact UTF-8 serialisation. */
QByteArray compact(const QJsonObject &object);
QByteArray compact(const QJsonArray &array);

/** ISO 8601 UTC with milliseconds ("2026-11-24T19:36:25.000Z"), or null for an invalid time. */
QJsonValue timestamp(const QDateTime &time);
/** Parses what timestamp() writes (and other ISO 8601 forms); invalid on failure. */
QDateTime parseTimestamp(const QString &text);

/** @p value as JSON, null when there is none (an optional field of a value type). */
QJsonValue orNull(const std::optional<QString> &value);
QJsonValue orNull(const std::optional<qint64> &value);
/** The text under @p key of @p object; none when it is null, missing or not text. */
std::optional<QString> optionalText(const QJsonObject &object, const QString &key);
/** The whole number under @p key of @p object; none when it is null, missing or not a number. */
std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key);

} // namespace wn::json
