// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QWebSocket>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace wn::client {

/**
 * @brief The chat socket (/ws, {event, data} frames) of the logged-in user: open while someone
 * is logged in, reopened with back-off when the server goes away, closed on logout.
 *
 * Messages go through an outbox: one written while the socket is away waits there, and is sent
 * when the socket is back; it leaves the outbox only when the server has stored it (its
 * response_message comes back). The outbox is kept on disk per user, so neither a dropped socket
 * nor a closed client loses what someone wrote.
 */
class ChatClient : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
    /** Messages written and not yet stored by the server, oldest first: {chat_id, message}. */
    Q_PROPERTY(QVariantList outbox READ outbox NOTIFY outboxChanged)

public:
    static ChatClient *create(QQmlEngine *, QJSEngine *);
    static ChatClient *instance();

    bool connected() const { return m_connected; }

    QVariantList outbox() const;

    /** Puts a message in the outbox; it is sent now, or as soon as the socket is back. */
    Q_INVOKABLE void sendMessage(qint64 chatId, qint64 receiverId, const QString &text);
    /** Takes the outbox's message at @p index out without sending it. */
    Q_INVOKABLE void discard(int index);
    /** Marks the messages sent to me in @p chatId seen; the sender is told. */
    Q_INVOKABLE void markSeen(qint64 chatId);
    Q_INVOKABLE void setTyping(qint64 chatId, bool typing);
    /** Whether @p userId has a socket open, as last announced (false when unknown). */
    Q_INVOKABLE bool isOnline(qint64 userId) const { return m_online.value(userId); }

Q_SIGNALS:
    void connectedChanged();
    void outboxChanged();
    void messageReceived(const QVariantMap &message);
    void messagesSeen(const QVariantMap &receipt);
    void typingChanged(qint64 chatId, qint64 userId, bool typing);
    void presenceChanged(qint64 userId, bool online);
    void notificationReceived(const QVariantMap &notification);
    void errorReceived(const QString &message);

private:
    // Private: Qt 6.4 builds a singleton with a public default constructor in preference to
    // create(), which would give QML a second instance.
    explicit ChatClient(QObject *parent = nullptr);

    void follow(); // open or close with the session
    void open();
    void emitEvent(const QString &event, const QJsonObject &data);
    void received(const QString &frame);
    void disconnected();
    void setConnected(bool connected);
    /** Sends what waits in the outbox and is not on its way yet. */
    void flushOutbox();
    /** A message of mine the server stored: the outbox's first like it leaves. */
    void delivered(const QJsonObject &message);
    QString outboxKey() const;
    void saveOutbox();
    void loadOutbox();

    struct Outgoing
    {
        qint64 chatId = 0;
        qint64 receiverId = 0;
        QString text;
        bool sent = false; ///< on the current socket, waiting for the server to store it
    };

    QWebSocket m_socket;
    QList<Outgoing> m_outbox;
    qint64 m_userId = 0; ///< whose outbox is loaded
    QTimer m_reconnect;
    int m_backoffMs = 500;
    bool m_wanted = false;
    bool m_connected = false;
    QHash<qint64, bool> m_online;
};

} // namespace wn::client
