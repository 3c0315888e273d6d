// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/auth/principal.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <exception>
#include <memory>
#include <optional>

class QWebSocket;

namespace wn {

struct ServerContext;
class ChatService;
class MessageQueue;

/**
 * @brief One chat socket, in either wire format: plain WebSocket frames {"event", "data"} (/ws)
 * or Socket.IO 5 over Engine.IO 4 (/socket.io/). It authenticates the user, runs the seed's
 * events through the ChatService, and receives what the EventBus delivers to the user.
 */
class ChatConnection : public QObject
{
    Q_OBJECT
public:
    enum class Protocol { Json, SocketIo };

    /** @p messages stores what this socket sends, with those of the other sockets of its thread. */
    ChatConnection(std::unique_ptr<QWebSocket> socket, Protocol protocol, ServerContext &context,
                   std::shared_ptr<ChatService> chats, MessageQueue *messages, QObject *parent);
    ~ChatConnection() override;

    /** Closes with 1001 (going away): the server stops, the client should reconnect. */
    void closeForRestart();

private:
    void onText(const QString &text);
    void onSocketIoMessage(const QString &text);
    void onClosed();
    /** Checks the handshake's (or Socket.IO auth payload's) userId and token; answers why not. */
    QString authenticate(const QJsonObject &auth);
    void dispatch(const QString &event, const QJsonValue &data, std::optional<qint64> ackId);
    QJsonValue run(const QString &event, const QJsonObject &data);
    /** create_message: checked now, stored with its thread's batch, acknowledged after that. */
    void queueMessage(const QJsonObject &data, std::optional<qint64> ackId);
    /** Tells the client that @p event failed, and why if it was the client's doing. */
    void report(const QString &event, const std::exception_ptr &error, std::optional<qint64> ackId);
    void send(const QString &event, const QJsonValue &data);
    void sendAck(qint64 id, const QJsonValue &value);
    void sendFrame(const QString &frame);
    void fail(const QString &message, std::optional<qint64> ackId);
    void closeWith(int code, const QString &reason);
    bool takeToken();

    std::unique_ptr<QWebSocket> m_socket;
    Protocol m_protocol;
    ServerContext &m_context;
    std::shared_ptr<ChatService> m_chats;
    QPointer<MessageQueue> m_messages;
    std::optional<Principal> m_principal;
    quint64 m_subscription = 0;
    bool m_namespaceOpen = false;
    QTimer m_ping;
    bool m_awaitingPong = false;
    double m_tokens;
    QElapsedTimer m_refill;
    int m_eventsPerSecond;
    int m_overruns = 0;
    bool m_closing = false;
};

/** Takes upgraded sockets from a worker's HTTP server and gives each its ChatConnection. */
void acceptChatSocket(std::unique_ptr<QWebSocket> socket, QObject *owner, ServerContext &context,
                      std::shared_ptr<ChatService> chats);

} // namespace wn
