// SPDX-License-Identifier: Apache-2.0
#include "chatclient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wn::test {

ChatClient::ChatClient(const QString &baseUrl, qint64 userId, const QString &token,
                       Protocol protocol, bool joinNamespace)
    : m_protocol(protocol)
{
    QString url = baseUrl;
    url.replace(u"http://"_s, u"ws://"_s);
    QUrlQuery query;
    if (userId)
        query.addQueryItem(u"userId"_s, QString::number(userId));
    if (!token.isEmpty())
        query.addQueryItem(u"token"_s, token);
    if (protocol == Protocol::SocketIo) {
        query.addQueryItem(u"EIO"_s, u"4"_s);
        query.addQueryItem(u"transport"_s, u"websocket"_s);
    }
    QUrl target(url + (protocol == Protocol::Json ? u"/ws"_s : u"/socket.io/"_s));
    target.setQuery(query);
    connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &frame) {
        frames.append(frame);
        if (m_protocol == Protocol::SocketIo && frame == u"2"_s)
            socket.sendTextMessage(u"3"_s); // answer the server's ping, as socket.io-client does
    });
    socket.open(target);
    if (protocol == Protocol::SocketIo && joinNamespace) {
        if (waitForFrame(u"0{"_s))
            socket.sendTextMessage(u"40"_s);
    }
}

void ChatClient::emitEvent(const QString &event, const QJsonValue &data)
{
    if (m_protocol == Protocol::Json) {
        socket.sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"event"_s, event }, { u"data"_s, data } })
                        .toJson(QJsonDocument::Compact)));
    } else {
        socket.sendTextMessage(
                u"42"_s
                + QString::fromUtf8(
                        QJsonDocument(QJsonArray { event, data }).toJson(QJsonDocument::Compact)));
    }
}

bool ChatClient::waitForFrame(const QString &prefix, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (qsizetype i = m_rawSeen; i < frames.size(); ++i) {
            if (frames.at(i).startsWith(prefix)) {
                m_rawSeen = i + 1;
                lastFrame = frames.at(i);
                return true;
            }
        }
        QTest::qWait(10);
    }
    return false;
}

QJsonValue ChatClient::next(const QString &event, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (qsizetype i = m_seen.value(event); i < frames.size(); ++i) {
            const auto [name, data] = decode(frames.at(i));
            if (name == event) {
                m_seen.insert(event, i + 1);
                return data;
            }
        }
        QTest::qWait(10);
    }
    return QJsonValue::Undefined;
}

QPair<QString, QJsonValue> ChatClient::decode(const QString &frame) const
{
    if (m_protocol == Protocol::Json) {
        const QJsonObject object = QJsonDocument::fromJson(frame.toUtf8()).object();
        return { object.value(u"event"_s).toString(), object.value(u"data"_s) };
    }
    if (!frame.startsWith(u"42"_s))
        return {};
    const QJsonArray args = QJsonDocument::fromJson(frame.mid(2).toUtf8()).array();
    return { args.at(0).toString(), args.at(1) };
}

} // namespace wn::test
