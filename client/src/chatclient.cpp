// SPDX-License-Identifier: Apache-2.0
#include "chatclient.h"

#include "appsingleton.h"

#include "session.h"

#include <QJSEngine>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

constexpr int maxBackoffMs = 30000;

} // namespace

ChatClient::ChatClient(QObject *parent)
    : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ChatClient::open);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_backoffMs = 500;
        setConnected(true);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &ChatClient::disconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ChatClient::received);
    connect(Session::instance(), &Session::userChanged, this, &ChatClient::follow);
    follow();
}

ChatClient *ChatClient::instance()
{
    return appSingleton<ChatClient>([] { return new ChatClient(); });
}

ChatClient *ChatClient::create(QQmlEngine *, QJSEngine *)
{
    return instance();
}

void ChatClient::follow()
{
    const bool wanted = Session::instance()->loggedIn();
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    m_reconnect.stop();
    m_online.clear();
    if (wanted) {
        m_backoffMs = 500;
        open();
    } else {
        m_socket.close(QWebSocketProtocol::CloseCodeNormal);
    }
}

void ChatClient::open()
{
    if (!m_wanted || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    Session *session = Session::instance();
    QUrl url(session->serverUrl());
    url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(url.path() + u"/ws"_s);
    QUrlQuery query;
    query.addQueryItem(u"userId"_s, QString::number(session->user().value(u"id"_s).toLongLong()));
    query.addQueryItem(u"token"_s, session->api()->token());
    url.setQuery(query);
    m_socket.open(url);
}

void ChatClient::disconnected()
{
    setConnected(false);
    if (!m_wanted)
        return;
    // A refused token (1008) means the session is over: the next login opens the socket again.
    if (m_socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated) {
        m_wanted = false;
        return;
    }
    m_reconnect.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, maxBackoffMs);
}

void ChatClient::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged();
}

void ChatClient::emitEvent(const QString &event, const QJsonObject &data)
{
    if (!m_connected)
        return;
    m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"event"_s, event }, { u"data"_s, data } })
                    .toJson(QJsonDocument::Compact)));
}

void ChatClient::sendMessage(qint64 chatId, qint64 receiverId, const QString &text)
{
    emitEvent(
            u"create_message"_s,
            { { u"chat_id"_s, chatId }, { u"receiver_id"_s, receiverId }, { u"message"_s, text } });
}

void ChatClient::markSeen(qint64 chatId)
{
    emitEvent(u"seen_message"_s, { { u"chat_id"_s, chatId } });
}

void ChatClient::setTyping(qint64 chatId, bool typing)
{
    emitEvent(u"typing"_s, { { u"chat_id"_s, chatId }, { u"is_typing"_s, typing } });
}

void ChatClient::received(const QString &frame)
{
    const QJsonObject envelope = QJsonDocument::fromJson(frame.toUtf8()).object();
    const QString event = envelope.value(u"event"_s).toString();
    const QJsonObject data = envelope.value(u"data"_s).toObject();
    if (event == u"response_message"_s) {
        Q_EMIT messageReceived(data.toVariantMap());
    } else if (event == u"messages_seen"_s) {
        Q_EMIT messagesSeen(data.toVariantMap());
    } else if (event == u"typing"_s) {
        Q_EMIT typingChanged(data.value(u"chat_id"_s).toInteger(),
                             data.value(u"user_id"_s).toInteger(),
                             data.value(u"is_typing"_s).toBool());
    } else if (event == u"user_online"_s || event == u"user_offline"_s) {
        const qint64 user = data.value(u"user_id"_s).toInteger();
        const bool online = event == u"user_online"_s;
        m_online.insert(user, online);
        Q_EMIT presenceChanged(user, online);
    } else if (event == u"notification"_s) {
        Q_EMIT notificationReceived(data.toVariantMap());
    } else if (event == u"exception"_s) {
        Q_EMIT errorReceived(data.value(u"message"_s).toString());
    }
}

} // namespace wn::client
