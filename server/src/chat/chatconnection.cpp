// SPDX-License-Identifier: Apache-2.0
#include "chatconnection.h"

#include "core/auth/tokenservice.h"
#include "core/database.h"
#include "core/events/eventbus.h"
#include "core/http/httpserver.h"
#include "core/logging.h"
#include "core/metrics.h"
#include "core/servercontext.h"
#include "messagequeue.h"
#include "modules/chat/chatservice.h"
#include "socketio.h"

#include <wn/common/apierror.h>
#include <wn/common/schema.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr qint64 slowPeerBytes = 4 * 1024 * 1024;

QJsonObject requireFields(const QJsonObject &data, const Schema &schema)
{
    return schema.require(data);
}

const Schema &chatIdSchema()
{
    static const Schema schema { { u"chat_id"_s, Field::integer().required() } };
    return schema;
}

} // namespace

ChatConnection::ChatConnection(std::unique_ptr<QWebSocket> socket, Protocol protocol,
                               ServerContext &context, std::shared_ptr<ChatService> chats,
                               MessageQueue *messages, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_protocol(protocol)
    , m_context(context)
    , m_chats(std::move(chats))
    , m_messages(messages)
    , m_eventsPerSecond(context.config.integer(u"chat/events_per_second"_s))
{
    m_tokens = m_eventsPerSecond * 2.0;
    m_refill.start();
    m_context.metrics->openSockets.fetch_add(1);
    const qint64 maxFrame = context.config.bytes(u"chat/max_frame_bytes"_s);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(maxFrame));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(maxFrame));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &ChatConnection::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this] { fail(u"Binary frames are not supported"_s, {}); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &ChatConnection::onClosed);
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_awaitingPong = false; });

    const int pingMs = context.config.integer(u"chat/ping_interval_ms"_s);
    m_ping.setInterval(pingMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_awaitingPong) {
            closeWith(1001, u"ping timeout"_s);
            return;
        }
        m_awaitingPong = true;
        if (m_protocol == Protocol::SocketIo)
            sendFrame(u"2"_s);
        else
            m_socket->ping();
    });
    m_ping.start();

    const QJsonObject query = [this] {
        QJsonObject out;
        const auto items = QUrlQuery(m_socket->requestUrl()).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            out.insert(key, value);
        return out;
    }();
    if (m_protocol == Protocol::SocketIo) {
        // Engine.IO's open packet; the client then asks to join the "/" namespace.
        const QJsonObject open { { u"sid"_s, QUuid::createUuid().toString(QUuid::Id128) },
                                 { u"upgrades"_s, QJsonArray {} },
                                 { u"pingInterval"_s, pingMs },
                                 { u"pingTimeout"_s,
                                   context.config.integer(u"chat/ping_interval_ms"_s) },
                                 { u"maxPayload"_s, maxFrame } };
        sendFrame(u"0"_s + QString::fromUtf8(QJsonDocument(open).toJson(QJsonDocument::Compact)));
        setProperty("query", query);
        return;
    }
    const QString refusal = authenticate(query);
    if (!refusal.isEmpty()) {
        send(u"exception"_s, QJsonObject { { u"status"_s, u"error"_s }, { u"message"_s, refusal } });
        closeWith(1008, refusal);
    }
}

ChatConnection::~ChatConnection()
{
    m_context.metrics->openSockets.fetch_sub(1);
    if (m_subscription) {
        const qint64 userId = m_principal->userId;
        try {
            if (m_context.events->unsubscribe(m_subscription))
                m_chats->announcePresence(userId, false);
        } catch (const std::exception &error) {
            qCWarning(lcServer) << "chat disconnect:" << error.what();
        }
    }
}

QString ChatConnection::authenticate(const QJsonObject &auth)
{
    const QString token = auth.value(u"token"_s).toString();
    const QJsonValue userValue = auth.value(u"userId"_s);
    const qint64 userId
            = userValue.isString() ? userValue.toString().toLongLong() : userValue.toInteger();
    if (token.isEmpty() || userId <= 0)
        return u"Unauthorized: userId and token are required"_s;
    try {
        Principal principal;
        try {
            principal = m_context.tokens->authenticate(token);
        } catch (const ApiError &error) {
            return u"Unauthorized: "_s + error.message();
        }
        if (principal.userId != userId)
            return u"Unauthorized: the token does not belong to this user"_s;
        const int maxPerUser = m_context.config.integer(u"chat/max_connections_per_user"_s);
        if (m_context.events->localConnectionCount(userId) >= maxPerUser)
            return u"Too many open connections for this user"_s;

        m_principal = principal;
        m_chats->initialize(userId);
        const bool firstSocket = m_context.events->connectionCount(userId) == 0;
        QPointer<ChatConnection> self(this);
        m_subscription = m_context.events->subscribe(
                userId, this, [self](const QString &event, const QJsonValue &data) {
                    if (self)
                        self->send(event, data);
                });
        if (firstSocket)
            m_chats->announcePresence(userId, true);
        return {};
    } catch (const std::exception &error) { // the database, say: the client may try again
        qCCritical(lcServer) << "chat connect failed:" << error.what();
        if (m_subscription) {
            try {
                m_context.events->unsubscribe(m_subscription);
            } catch (const std::exception &) { // a count left too high clears at restart
            }
            m_subscription = 0;
        }
        m_principal.reset();
        return u"The server cannot take the connection now; try again"_s;
    }
}

void ChatConnection::onText(const QString &text)
{
    if (m_closing)
        return;
    if (m_protocol == Protocol::SocketIo) {
        onSocketIoMessage(text);
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject frame = document.object();
    if (!document.isObject() || !frame.value(u"event"_s).isString()) {
        fail(u"Frames must be JSON objects {\"event\": name, \"data\": {...}}"_s, {});
        return;
    }
    dispatch(frame.value(u"event"_s).toString(), frame.value(u"data"_s), std::nullopt);
}

void ChatConnection::onSocketIoMessage(const QString &text)
{
    if (text.isEmpty())
        return;
    switch (socketio::EnginePacket(text.at(0).toLatin1())) {
    case socketio::EnginePacket::Ping:
        sendFrame(u"3"_s + text.mid(1));
        return;
    case socketio::EnginePacket::Pong:
        m_awaitingPong = false;
        return;
    case socketio::EnginePacket::Close:
        closeWith(1000, u"client closed"_s);
        return;
    case socketio::EnginePacket::Message:
        break;
    default:
        return; // upgrade and noop packets mean nothing on a websocket-only transport
    }
    QString error;
    const auto packet = socketio::parse(text.mid(1), &error);
    if (!packet) {
        fail(u"Malformed Socket.IO packet: "_s + error, {});
        return;
    }
    if (packet->nsp != u"/"_s) {
        sendFrame(socketio::encode({ socketio::Packet::Type::ConnectError, packet->nsp, std::nullopt,
                                     QJsonObject { { u"message"_s, u"Invalid namespace"_s } } }));
        return;
    }
    switch (packet->type) {
    case socketio::Packet::Type::Connect: {
        // Credentials from the handshake query, or from the auth payload of the connect packet.
        QJsonObject auth = property("query").toJsonObject();
        const QJsonObject payload = packet->data.toObject();
        for (auto it = payload.begin(); it != payload.end(); ++it)
            auth.insert(it.key(), it.value());
        const QString refusal = m_principal ? QString() : authenticate(auth);
        if (!refusal.isEmpty()) {
            sendFrame(socketio::encode({ socketio::Packet::Type::ConnectError, u"/"_s, std::nullopt,
                                         QJsonObject { { u"message"_s, refusal } } }));
            return;
        }
        m_namespaceOpen = true;
        sendFrame(socketio::encode(
                { socketio::Packet::Type::Connect, u"/"_s, std::nullopt,
                  QJsonObject { { u"sid"_s, QUuid::createUuid().toString(QUuid::Id128) } } }));
        return;
    }
    case socketio::Packet::Type::Disconnect:
        closeWith(1000, u"client disconnected"_s);
        return;
    case socketio::Packet::Type::Event: {
        if (!m_namespaceOpen) {
            fail(u"Connect to the namespace first"_s, packet->ackId);
            return;
        }
        const QJsonArray args = packet->data.toArray();
        dispatch(args.at(0).toString(), args.size() > 1 ? args.at(1) : QJsonValue(), packet->ackId);
        return;
    }
    default:
        return; // acknowledgements from the client: the server asks for none
    }
}

bool ChatConnection::takeToken()
{
    const double elapsed = double(m_refill.restart()) / 1000.0;
    m_tokens = std::min(m_eventsPerSecond * 2.0, m_tokens + elapsed * m_eventsPerSecond);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void ChatConnection::dispatch(const QString &event, const QJsonValue &data,
                              std::optional<qint64> ackId)
{
    if (!m_principal) {
        fail(u"Unauthorized"_s, ackId);
        return;
    }
    if (!takeToken()) {
        if (++m_overruns > m_eventsPerSecond * 5) {
            closeWith(1008, u"too many events"_s);
            return;
        }
        fail(u"Too many events; slow down"_s, ackId);
        return;
    }
    m_overruns = 0;
    try {
        // Each event re-checks the session (its signature was checked at connect), so expiry,
        // a logout or a suspension ends what the socket may do.
        m_context.tokens->recheck(*m_principal);
    } catch (const ApiError &error) {
        fail(u"Unauthorized: "_s + error.message(), ackId);
        closeWith(1008, u"unauthorized"_s);
        return;
    } catch (const std::exception &error) {
        qCCritical(lcServer) << "chat session check failed:" << error.what();
        fail(u"%1: internal error"_s.arg(event), ackId);
        return;
    }
    if (!data.isUndefined() && !data.isNull() && !data.isObject()) {
        fail(u"%1: data must be an object"_s.arg(event), ackId);
        return;
    }
    try {
        if (event == u"create_message"_s) {
            queueMessage(data.toObject(), ackId);
            return;
        }
        if (m_messages)
            m_messages->flush(); // what was sent before this event is stored before it runs
        const QJsonValue result = run(event, data.toObject());
        if (ackId)
            sendAck(*ackId, result);
    } catch (...) {
        report(event, std::current_exception(), ackId);
    }
}

void ChatConnection::report(const QString &event, const std::exception_ptr &error,
                            std::optional<qint64> ackId)
{
    try {
        std::rethrow_exception(error);
    } catch (const ApiError &apiError) {
        fail(u"%1: %2"_s.arg(event, apiError.messages().join(u"; "_s)), ackId);
    } catch (const std::exception &failure) {
        qCCritical(lcServer) << "chat event" << event << "failed:" << failure.what();
        fail(u"%1: internal error"_s.arg(event), ackId);
    } catch (...) {
        qCCritical(lcServer) << "chat event" << event << "failed";
        fail(u"%1: internal error"_s.arg(event), ackId);
    }
}

void ChatConnection::queueMessage(const QJsonObject &data, std::optional<qint64> ackId)
{
    const QJsonObject input
            = requireFields(data,
                            { { u"chat_id"_s, Field::integer().required() },
                              { u"receiver_id"_s, Field::integer().required() },
                              { u"message"_s, Field::string(1, 100000).verbatim().required() } });
    ChatService::Outgoing message = m_chats->prepareMessage(
            m_principal->userId, input.value(u"chat_id"_s).toInteger(),
            input.value(u"receiver_id"_s).toInteger(), input.value(u"message"_s).toString());
    // The sender's sockets receive the message through the bus, like the receiver's.
    QPointer<ChatConnection> self(this);
    auto done = [self, ackId](const ChatService::Stored &stored) {
        if (!self)
            return;
        if (stored.error)
            self->report(u"create_message"_s, stored.error, ackId);
        else if (ackId)
            self->sendAck(*ackId, stored.message);
    };
    if (m_messages)
        m_messages->add(std::move(message), std::move(done));
    else // the thread is ending and its queue is gone: stored alone
        done(m_chats->storeMessages({ message }).first());
}

QJsonValue ChatConnection::run(const QString &event, const QJsonObject &data)
{
    const qint64 me = m_principal->userId;
    if (event == u"create_chat"_s) {
        const QJsonObject input
                = requireFields(data, { { u"receiver_id"_s, Field::integer().required() } });
        const QJsonObject chat = m_chats->openChat(me, input.value(u"receiver_id"_s).toInteger());
        send(u"chat_created"_s, chat);
        return chat;
    }
    if (event == u"seen_message"_s) {
        const QJsonObject input = requireFields(data, chatIdSchema());
        return m_chats->markSeen(me, input.value(u"chat_id"_s).toInteger());
    }
    if (event == u"chat_messages"_s) {
        const QJsonObject input = requireFields(
                data,
                chatIdSchema().plus({ { u"before"_s,
                                        Field::integer(1, std::numeric_limits<qint64>::max() / 2) },
                                      { u"limit"_s, Field::integer(1, 200) } }));
        std::optional<qint64> before;
        std::optional<int> limit;
        if (input.contains(u"before"_s))
            before = input.value(u"before"_s).toInteger();
        if (input.contains(u"limit"_s))
            limit = int(input.value(u"limit"_s).toInteger());
        const QJsonArray messages
                = m_chats->messages(me, input.value(u"chat_id"_s).toInteger(), before, limit);
        send(u"get_all_chat_messages"_s, messages);
        return messages;
    }
    if (event == u"get_chats"_s) {
        const QJsonArray chats = m_chats->chats(me);
        send(u"updated_chat_list"_s, chats);
        return chats;
    }
    if (event == u"typing"_s) {
        const QJsonObject input = requireFields(
                data, chatIdSchema().plus({ { u"is_typing"_s, Field::boolean() } }));
        m_chats->typing(me, input.value(u"chat_id"_s).toInteger(),
                        input.value(u"is_typing"_s).toBool(true));
        return true;
    }
    throw ApiError::badRequest(u"Unknown event"_s);
}

void ChatConnection::send(const QString &event, const QJsonValue &data)
{
    if (m_protocol == Protocol::SocketIo) {
        if (m_namespaceOpen || event == u"exception"_s)
            sendFrame(socketio::event(event, data));
        return;
    }
    sendFrame(QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"event"_s, event }, { u"data"_s, data } })
                    .toJson(QJsonDocument::Compact)));
}

void ChatConnection::sendAck(qint64 id, const QJsonValue &value)
{
    sendFrame(socketio::ack(id, QJsonArray { value }));
}

void ChatConnection::sendFrame(const QString &frame)
{
    if (m_closing)
        return;
    // A peer that does not read falls behind; drop it rather than buffer without end.
    if (m_socket->bytesToWrite() > slowPeerBytes) {
        m_context.metrics->increment(u"wn_sockets_dropped_total"_s, u"reason=\"slow\""_s);
        closeWith(1008, u"too slow"_s);
        return;
    }
    m_socket->sendTextMessage(frame);
}

void ChatConnection::fail(const QString &message, std::optional<qint64> ackId)
{
    // Replies keep the order of the events: the acks of messages still queued go first.
    if (m_messages)
        m_messages->flush();
    const QJsonObject error { { u"status"_s, u"error"_s }, { u"message"_s, message } };
    send(u"exception"_s, error);
    if (ackId)
        sendAck(*ackId, error);
}

void ChatConnection::closeWith(int code, const QString &reason)
{
    if (m_closing)
        return;
    if (m_protocol == Protocol::SocketIo)
        m_socket->sendTextMessage(u"1"_s);
    m_closing = true;
    m_ping.stop();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    // The close handshake may never finish with a dead peer.
    QTimer::singleShot(5000, this, [this] { m_socket->abort(); });
}

void ChatConnection::closeForRestart()
{
    // What the thread's sockets sent is stored and acknowledged before they close, so that no
    // client sends again what was stored.
    if (m_messages)
        m_messages->flush();
    closeWith(1001, u"server restarting"_s);
}

void ChatConnection::onClosed()
{
    m_ping.stop();
    deleteLater();
}

void acceptChatSocket(std::unique_ptr<QWebSocket> socket, QObject *owner, ServerContext &context,
                      std::shared_ptr<ChatService> chats)
{
    const QUrl url = socket->requestUrl();
    const QString path = url.path();
    // Sockets close with "service restart" when their worker's server stops.
    auto watchShutdown = [owner](ChatConnection *connection) {
        if (auto *server = qobject_cast<HttpServer *>(owner))
            QObject::connect(server, &HttpServer::stopping, connection,
                             &ChatConnection::closeForRestart);
    };
    // One message queue for the sockets of each worker thread, made with its first socket.
    auto *messages = qvariant_cast<MessageQueue *>(owner->property("wnChatMessages"));
    if (!messages) {
        messages = new MessageQueue(context, chats, owner);
        owner->setProperty("wnChatMessages", QVariant::fromValue(messages));
    }
    if (path == u"/ws"_s) {
        watchShutdown(new ChatConnection(std::move(socket), ChatConnection::Protocol::Json, context,
                                         std::move(chats), messages, owner));
        return;
    }
    const QUrlQuery query(url);
    if ((path == u"/socket.io/"_s || path == u"/socket.io"_s)
        && query.queryItemValue(u"EIO"_s) == u"4"_s
        && query.queryItemValue(u"transport"_s) == u"websocket"_s) {
        watchShutdown(new ChatConnection(std::move(socket), ChatConnection::Protocol::SocketIo,
                                         context, std::move(chats), messages, owner));
        return;
    }
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                  u"Unknown socket endpoint or protocol version"_s);
    socket.release()->deleteLater();
}

} // namespace wn
