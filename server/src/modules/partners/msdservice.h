// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wn {

struct ServerContext;
struct Principal;
class PartnerService;

/**
 * @brief The MSD partner's doors: registering a user by email in the background, opening the
 * tokens it seals to Worknation's public key (libsodium sealed boxes), and reading a consenting
 * talent's answers to the profile's questions.
 */
class MsdService
{
public:
    MsdService(ServerContext &context, PartnerService &partners);

    static inline const QString registerJob = QStringLiteral("msd-register");

    /** Key: queues the registration of @p input's email; the job opens the account. */
    QJsonObject queueRegistration(const Principal &key, const QJsonObject &input);
    /** The job: an invited account sharing with the partner, or a consent request. */
    void registerInBackground(const QJsonObject &payload);

    /** The public key tokens are sealed to (X25519), base64. */
    QJsonObject publicKey() const;
    /** Key: the JSON a sealed token holds; 400 naming token when it is not one sealed to us. */
    QJsonObject decrypt(const QString &token) const;

    /** Key: the consenting talent's answers to the profile's questions; the read is recorded. */
    QJsonObject profileResponses(const Principal &key, const QString &wnId);

private:
    ServerContext &m_context;
    PartnerService &m_partners;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
};

} // namespace wn
