// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace wn {

/**
 * @brief The server's secret (32 random bytes in a file of the data dir) and the keys derived from
 * it for each purpose, so that no two uses ever share a key.
 */
class Keys
{
public:
    /** Reads @p path, creating it (mode 0600) with a fresh random key if it does not exist. */
    static Keys loadOrCreate(const QString &path);
    explicit Keys(const QByteArray &master);

    QByteArray jwt; ///< HS256 signing key for access tokens
    QByteArray codes; ///< HMAC key for one-time codes at rest
    QByteArray identity; ///< HMAC key for identity numbers (BVN, NIN, TIN) at rest
    QByteArray secrets; ///< seals secrets the database keeps (webhook signing secrets)
    QByteArray fileLinks; ///< HMAC key for signed links to private files
    QByteArray attendance; ///< HMAC key for the rotating tokens of attendance QR codes
    QByteArray invitationLinks; ///< HMAC key for signed invitation links (coding challenges)
    QByteArray partners; ///< HMAC key for API keys at rest and partners' signed links and codes
    QByteArray databaseRoles; ///< HMAC key for the passwords of the server's own database roles
    /// Ed25519 key pair (libsodium) that signs the offline attendance codes check-in stations
    /// verify without the network: the public half is given to them, the secret half never.
    QByteArray stationPublic;
    QByteArray stationSecret;

    /** HMAC-SHA256 of @p data under @p key. */
    static QByteArray hmac(const QByteArray &key, const QByteArray &data);
    /** Compares in constant time. */
    static bool equal(const QByteArray &a, const QByteArray &b);
    /** @p bytes random bytes from the system's CSPRNG. */
    static QByteArray random(int bytes);
    /** Encrypts and authenticates @p plain under @p key (libsodium secretbox, random nonce). */
    static QString seal(const QByteArray &key, const QString &plain);
    /** The plain text of a seal() result; nullopt if it was not sealed under @p key or was altered. */
    static std::optional<QString> unseal(const QByteArray &key, const QString &sealed);
    /** A random number of @p digits decimal digits, uniformly drawn. */
    static QString randomDigits(int digits);
};

} // namespace wn
