// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/principal.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace wn {

struct ServerContext;

/** @brief One thing an API key may be allowed to do. */
struct ApiKeyScope
{
    QString name;
    QString description;
    /** Only a partner organisation (a company of kind 'partner') may hold it: it reaches talents'
     *  data or speaks for them. An employer's keys serve its assessment portal. */
    bool partnersOnly = false;
};

/**
 * @brief API keys: issued to a company (a partner, an employer's assessment portal), shown once
 * and kept as an HMAC of the secret, limited to scopes, rotated with an overlap during which the
 * old and the new key both work, revoked at once, rate-limited per key and stamped when used.
 *
 * authenticate() is the one door of the external routes (Api::setKeyDoor).
 */
class ApiKeyService
{
public:
    explicit ApiKeyService(ServerContext &context);

    static const QList<ApiKeyScope> &scopes();
    static QStringList scopeNames();
    /** Whether only a partner organisation may hold @p scope (ApiKeyScope::partnersOnly). */
    static bool isPartnersOnly(const QString &scope);
    /** Every scope with its description, whether it is partners' only, and whether the caller's
     *  company may hold it (may_hold), so a key form offers only those. */
    QJsonObject scopesFor(const Principal &by);

    /** A new key for the caller's company; the answer holds the key and its webhook signing
     *  secret, shown this once. */
    QJsonObject create(const Principal &by, const QJsonObject &input);
    /** The caller's company's keys, newest first. */
    QJsonObject listOwn(const Principal &by, int page, int limit);
    /** The keys of company @p companyId: staff, or the company's own people. */
    QJsonObject listOfCompany(const Principal &by, qint64 companyId, int page, int limit);
    /** Every key (staff). */
    QJsonObject listAll(const QJsonObject &query, int page, int limit);
    QJsonObject get(const Principal &by, qint64 id);
    /** Stops the key at once. */
    QJsonObject revoke(const Principal &by, qint64 id);
    /** A new key with the old one's name and scopes; the old one keeps working for the overlap. */
    QJsonObject rotate(const Principal &by, qint64 id, const QJsonObject &input);

    /** The caller behind @p key for an endpoint needing @p scope (see Api::KeyDoor). */
    Principal authenticate(QSqlDatabase db, const QString &key, const QString &scope);
    /** Counts @p calls more against the calling key and its company this minute, for a
     *  request that does the work of several; 429 when there is no room, 400 when there never
     *  would be. */
    void charge(QSqlDatabase db, const Principal &key, int calls);

    /** Keys one company may hold live (neither revoked nor expired) at once. */
    static constexpr int maxKeysPerCompany = 25;
    /** The webhook signing secret of the key @p keyId. */
    QString signingSecret(QSqlDatabase db, qint64 keyId) const;

private:
    /** Takes @p cost places in the key's count and its company's; 429 when either is full, 400
     *  when @p cost with the @p alreadyCounted calls of the same request could never fit. */
    void admit(QSqlDatabase db, qint64 keyId, qint64 companyId, int ownLimit, int cost,
               int alreadyCounted = 0);
    /** Whether company @p companyId is a partner organisation (kind 'partner'). */
    static bool isPartner(QSqlDatabase db, qint64 companyId);
    /** 403 unless company @p companyId may hold every one of @p scopes. */
    static void checkScopesFit(QSqlDatabase db, qint64 companyId, const QStringList &scopes);
    /** Issues a key; @p perMinute is its own limit of requests a minute (null: the platform's). */
    QJsonObject issue(QSqlDatabase db, qint64 companyId, const QString &name,
                      const QStringList &scopes, qint64 createdBy, qint64 replaces,
                      const QJsonValue &perMinute = {});
    /** The key if @p by may see it (its company's people, or staff); 404 otherwise. */
    QJsonObject visibleKey(QSqlDatabase db, const Principal &by, qint64 id) const;
    QString hashOf(const QString &key) const;

    ServerContext &m_context;
};

} // namespace wn
