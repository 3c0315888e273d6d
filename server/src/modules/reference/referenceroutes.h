// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

namespace wn {
class Api;
struct ServerContext;
/** Countries and states. */
void installReference(Api &api, ServerContext &context);
/** Loads countries and Nigerian states from the shipped reference data (idempotent). */
void seedCountries(ServerContext &context);
/** The array a shipped reference file (a resource path) holds; throws DatabaseError if missing. */
QJsonArray readReferenceData(const QString &resource);
/** True if @p code is a known ISO country code. */
bool isCountry(QSqlDatabase db, const QString &code, bool *african = nullptr);
/** The state's canonical name if @p name (or code) is a state of @p countryCode; empty otherwise. */
QString stateName(QSqlDatabase db, const QString &countryCode, const QString &name);
} // namespace wn
