// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

struct ServerContext;

/**
 * @brief Countries and states: the lists people pick from, and the checks every address a job,
 * a company or a talent gives goes through.
 */
class ReferenceService
{
public:
    explicit ReferenceService(ServerContext &context);

    /** The array a shipped reference file (a resource path) holds; throws DatabaseError if missing. */
    static QJsonArray readShipped(const QString &resource);

    /** Loads countries and Nigerian states from the shipped reference data (idempotent). */
    void seed();

    /** True if @p code is a known ISO country code; says in @p african whether it is in Africa. */
    bool isCountry(QSqlDatabase db, const QString &code, bool *african = nullptr) const;
    /** The state's canonical name if @p name (or code) is a state of @p countryCode; empty
     * otherwise. */
    QString stateName(QSqlDatabase db, const QString &countryCode, const QString &name) const;

    /** The canonical name of the Nigerian state @p text; 400 naming @p field if it is none. */
    QString nigerianState(QSqlDatabase db, const QString &field, const QString &text) const;

    /** Every country, or only the African ones (@p african true) or only the others (false). */
    QJsonObject countries(const QJsonValue &african);
    /** The states of the country @p code; 404 for an unknown country. */
    QJsonObject states(const QString &code);

private:
    ServerContext &m_context;
};

} // namespace wn
