// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTcpServer>

namespace wn::test {

/** One request the receiver got. */
struct Received
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    qint64 atMs = 0;
};

/** A minimal HTTP receiver: answers each request with the next status of @c answers (then
 * @c fallback) and records what it got. */
class Receiver : public QTcpServer
{
public:
    QList<int> answers;
    int fallback = 200;
    QByteArray responseBody = "ok";
    QByteArray location; ///< sent with 3xx answers
    QList<Received> requests;

    Receiver();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QElapsedTimer m_clock;
};

/** The signature Standard Webhooks asks for, computed here on its own terms. */
QByteArray expectedSignature(const QString &secret, const Received &request);
QJsonObject endpointBody(const QString &url, const QStringList &events);
/** A public receiver's address (TEST-NET-3: never dialled). */
inline const QString publicUrl = QStringLiteral("https://203.0.113.10/hooks/worknation");
/** Settings of a server that may deliver to this process's receivers, retrying quickly. */
QHash<QString, QString> deliverySettings();
/** Registers an endpoint on @p server; its JSON (with the secret). */
QJsonObject registerEndpoint(TestServer &server, const TestUser &owner, const QString &url,
                             const QStringList &events);
/** The delivery log of an endpoint. */
QJsonObject deliveries(TestServer &server, const TestUser &owner, qint64 endpointId);

} // namespace wn::test
