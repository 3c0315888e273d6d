// SPDX-License-Identifier: Apache-2.0
#include "areas/webhooks.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace wn::test {

Receiver::Receiver()
{
    m_clock.start();
}

void Receiver::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Received request;
        const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer->size() < headEnd + 4 + length)
            return;
        request.body = buffer->mid(headEnd + 4, length);
        request.atMs = m_clock.elapsed();
        requests.append(request);
        const int status = answers.isEmpty() ? fallback : answers.takeFirst();
        const QByteArray body = status >= 500 ? QByteArray("server error") : responseBody;
        const QByteArray redirect
                = status >= 300 && status < 400 ? "Location: " + location + "\r\n" : QByteArray();
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                      + " Status\r\nContent-Type: "
                        "text/plain\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n" + redirect
                      + "Connection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

QByteArray expectedSignature(const QString &secret, const Received &request)
{
    if (!secret.startsWith(u"whsec_"_s))
        return {};
    const QByteArray key = QByteArray::fromBase64(secret.mid(6).toLatin1());
    const QByteArray signedContent = request.headers.value("webhook-id") + '.'
            + request.headers.value("webhook-timestamp") + '.' + request.body;
    return "v1,"
            + QMessageAuthenticationCode::hash(signedContent, key, QCryptographicHash::Sha256)
                      .toBase64();
}

QJsonObject endpointBody(const QString &url, const QStringList &events)
{
    return { { u"url"_s, url }, { u"events"_s, QJsonArray::fromStringList(events) } };
}

QHash<QString, QString> deliverySettings()
{
    return { { u"webhooks/allow_private_targets"_s, u"true"_s },
             { u"webhooks/allow_http"_s, u"true"_s },
             { u"webhooks/max_attempts"_s, u"3"_s },
             { u"jobs/retry_base_seconds"_s, u"1"_s } };
}

QJsonObject registerEndpoint(TestServer &server, const TestUser &owner, const QString &url,
                             const QStringList &events)
{
    const Reply reply = server.post(u"/api/v1/webhooks"_s, endpointBody(url, events), owner.token);
    if (reply.status != 201)
        qWarning("registering %s: %d %s", qPrintable(url), reply.status, reply.body.constData());
    return reply.json();
}

QJsonObject deliveries(TestServer &server, const TestUser &owner, qint64 endpointId)
{
    return server.get(u"/api/v1/webhooks/%1/deliveries"_s.arg(endpointId), owner.token).json();
}

} // namespace wn::test
