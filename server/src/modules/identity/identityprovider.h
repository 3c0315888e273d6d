// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace wn {

struct ServerContext;

enum class IdentityKind { Bvn, Nin, Tin };
/** "bvn", "nin" or "tin": the kind as it is stored and asked for. */
QString identityKindName(IdentityKind kind);
/** The kind identityKindName() names @p name; none for another word. */
std::optional<IdentityKind> identityKindNamed(QStringView name);

/** @brief What a provider knows about an identity number. */
struct IdentityRecord
{
    bool found = false;
    QString firstName;
    QString lastName;
    QString dateOfBirth;
    QString companyName;
};

/** @brief Looks identity numbers up: the local registry or an outside verification service. */
class IdentityProvider
{
public:
    virtual ~IdentityProvider() = default;
    virtual QString name() const = 0;
    /** The record for @p number (already well-formed); throws ApiError 503 if the provider cannot
     * answer. */
    virtual IdentityRecord lookup(QSqlDatabase db, IdentityKind kind, const QString &number) = 0;
};

/**
 * @brief The built-in provider: numbers are looked up in the identity_registry table, which admins
 * load from their own records (only masked values and keyed hashes are kept). A number that is
 * not in the registry is not verified.
 */
class LocalIdentityProvider : public IdentityProvider
{
public:
    explicit LocalIdentityProvider(ServerContext &context);
    QString name() const override { return QStringLiteral("local"); }
    IdentityRecord lookup(QSqlDatabase db, IdentityKind kind, const QString &number) override;

private:
    ServerContext &m_context;
};

/**
 * @brief A Dojah-style verification API over HTTPS: GET
 * <base>/api/v1/kyc/{bvn|nin|tin}?{bvn|nin|tin}=N with the AppId and Authorization headers,
 * answering {"entity": {...}}; 404 means no record.
 */
class HttpIdentityProvider : public IdentityProvider
{
public:
    HttpIdentityProvider(QString baseUrl, QString appId, QString secretKey, int timeoutSeconds);
    QString name() const override { return QStringLiteral("http"); }
    IdentityRecord lookup(QSqlDatabase db, IdentityKind kind, const QString &number) override;

private:
    QString m_baseUrl;
    QString m_appId;
    QString m_secretKey;
    int m_timeoutSeconds;
};

std::unique_ptr<IdentityProvider> makeIdentityProvider(ServerContext &context);

/** The keyed hash under which a number is stored and compared. */
QString identityDigest(ServerContext &context, IdentityKind kind, const QString &number);
/** "221******89": enough to recognise, not enough to use. */
QString maskIdentity(const QString &number);

} // namespace wn
