// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace wn::stationpass {

/**
 * An offline attendance code: a session and the time window its check-ins fall in, signed with
 * the server's Ed25519 key, so that a check-in station holding only the public key tells a code
 * the server made from a forged one without the network. Written
 * "wnatt1.<session>.<from>.<until>.<signature>", the times in seconds since the epoch, the
 * signature (base64url) over the text before its dot.
 */
struct Pass
{
    qint64 sessionId = 0;
    qint64 from = 0;
    qint64 until = 0;
};

/** The pass for @p pass signed with @p secretKey (libsodium's 64-byte Ed25519 secret key). */
QString issue(const QByteArray &secretKey, const Pass &pass);

/** What @p text claims, if it is well formed and its signature verifies under @p publicKey;
 *  whether a check-in falls in its window is the caller's to judge. */
std::optional<Pass> verify(const QByteArray &publicKey, const QString &text);

} // namespace wn::stationpass
