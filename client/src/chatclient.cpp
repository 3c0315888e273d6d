// SPDX-License-Identifier: Apache-2.0
#include "chatclient.h"

#include "appsingleton.h"

#include "session.h"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
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
        flushOutbox();
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
    // Each user's unsent messages wait on disk for their next session.
    m_userId = wanted ? Session::instance()->userId() : 0;
    loadOutbox();
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
    query.addQueryItem(u"userId"_s, QString::number(session->userId()));
    query.addQueryItem(u"token"_s, session->api()->token());
    url.setQuery(query);
    m_socket.open(url);
}

void ChatClient::disconnected()
{
    setConnected(false);
    // What the server did not confirm goes again on the next socket. (One it stored just as the
    // socket dropped would then be stored twice: better than lost.)
    for (Outgoing &message : m_outbox)
        message.sent = false;
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

QVariantList ChatClient::outbox() const
{
    QVariantList list;
    for (const Outgoing &message : m_outbox)
        list.append(
                QVariantMap { { u"chat_id"_s, message.chatId }, { u"message"_s, message.text } });
    return list;
}

void ChatClient::sendMessage(qint64 chatId, qint64 receiverId, const QString &text)
{
    m_outbox.append({ chatId, receiverId, text, false });
    saveOutbox();
    Q_EMIT outboxChanged();
    flushOutbox();
}

void ChatClient::discard(int index)
{
    if (index < 0 || index >= m_outbox.size())
        return;
    m_outbox.removeAt(index);
    saveOutbox();
    Q_EMIT outboxChanged();
}

void ChatClient::flushOutbox()
{
    if (!m_connected)
        return;
    for (Outgoing &message : m_outbox) {
        if (message.sent)
            continue;
        emitEvent(u"create_message"_s,
                  { { u"chat_id"_s, message.chatId },
                    { u"receiver_id"_s, message.receiverId },
                    { u"message"_s, message.text } });
        message.sent = true;
    }
}

void ChatClient::delivered(const QJsonObject &message)
{
    if (message.value(u"sender_id"_s).toInteger() != m_userId)
        return;
    const qint64 chatId = message.value(u"chat_id"_s).toInteger();
    const QString text = message.value(u"message"_s).toString();
    for (qsizetype i = 0; i < m_outbox.size(); ++i) {
        if (m_outbox.at(i).sent && m_outbox.at(i).chatId == chatId && m_outbox.at(i).text == text) {
            m_outbox.removeAt(i);
            saveOutbox();
            Q_EMIT outboxChanged();
            return;
        }
    }
}

QString ChatClient::outboxKey() const
{
    // One outbox per server and user: the same account on another server is another person.
    return u"outbox/%1/%2"_s.arg(Session::instance()->serverUrl()).arg(m_userId);
}

void ChatClient::saveOutbox()
{
    if (!m_userId)
        return;
    QJsonArray list;
    for (const Outgoing &message : std::as_const(m_outbox))
        list.append(QJsonObject { { u"chat_id"_s, message.chatId },
                                  { u"receiver_id"_s, message.receiverId },
                                  { u"message"_s, message.text } });
    QSettings settings;
    const QString key = outboxKey();
    if (list.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key,
                          QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

void ChatClient::loadOutbox()
{
    m_outbox.clear();
    if (m_userId) {
        const QString key = outboxKey();
        const QJsonArray list
                = QJsonDocument::fromJson(QSettings().value(key).toString().toUtf8()).array();
        for (const QJsonValue &value : list) {
            const QJsonObject message = value.toObject();
            m_outbox.append({ message.value(u"chat_id"_s).toInteger(),
                              message.value(u"receiver_id"_s).toInteger(),
                              message.value(u"message"_s).toString(), false });
        }
    }
    Q_EMIT outboxChanged();
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
        delivered(data);
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
