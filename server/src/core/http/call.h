// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../auth/principal.h"
#include "../storage/upload.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVarLengthArray>

#include <memory>
#include <optional>

class QHttpServerRequest;

namespace wn {

struct ServerContext;

/** @brief One request as a handler sees it: parameters, validated input, the caller, the database. */
class Call
{
public:
    /** @p spooledBody: the file the connection wrote a raw body to as it arrived, if it did. */
    Call(const QHttpServerRequest &request, ServerContext &context, const QStringList &paramNames,
         const QVarLengthArray<QString, 4> &paramValues,
         std::shared_ptr<const SpooledFile> spooledBody = {});

    const QHttpServerRequest &request() const { return m_request; }
    ServerContext &context() const { return m_context; }
    QSqlDatabase db() const;

    /** A path parameter as text. */
    QString path(const QString &name) const;
    /** A path parameter that must be a positive integer id; 400 naming it otherwise. */
    qint64 pathId(const QString &name) const;

    /** The request body, validated against the endpoint's schema (only declared fields). */
    const QJsonObject &body() const { return m_body; }
    /** The query string, validated against the endpoint's query schema. */
    const QJsonObject &query() const { return m_query; }
    /** A raw body, read whole into memory: for endpoints whose bodies are small (imports). */
    QByteArray rawBody() const;
    /** A raw body as it was received: in the file the connection spooled it to (every raw body
     *  of a rawBody endpoint), which Storage moves into place without reading it into memory. */
    Upload upload() const;
    QByteArray header(const QByteArray &name) const;
    QHostAddress clientAddress() const;

    /** The authenticated caller; 401 if the endpoint let an anonymous call through. */
    const Principal &principal() const;
    bool isAuthenticated() const { return m_principal.has_value(); }
    /** The caller of an endpoint open to anyone: their principal, or null when anonymous. */
    const Principal *viewer() const { return m_principal ? &*m_principal : nullptr; }

    /** Page and limit from ?page=&limit= (limit at most 100). */
    int page() const;
    int limit() const;

    // Set by the Api wrapper before the handler runs.
    void setPrincipal(const Principal &principal) { m_principal = principal; }
    void setBody(QJsonObject body) { m_body = std::move(body); }
    void setQuery(QJsonObject query) { m_query = std::move(query); }

private:
    const QHttpServerRequest &m_request;
    ServerContext &m_context;
    const QStringList &m_paramNames;
    const QVarLengthArray<QString, 4> &m_paramValues;
    QJsonObject m_body;
    QJsonObject m_query;
    std::optional<Principal> m_principal;
    std::shared_ptr<const SpooledFile> m_spooledBody;
};

} // namespace wn
