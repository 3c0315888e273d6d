// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wn::socketio {

/** Engine.IO 4 packet types: the first character of every websocket text frame. */
enum class EnginePacket : char {
    Open = '0',
    Close = '1',
    Ping = '2',
    Pong = '3',
    Message = '4',
    Upgrade = '5',
    Noop = '6'
};

/** @brief One Socket.IO (protocol 5) packet, carried in an Engine.IO message. */
struct Packet
{
    enum class Type {
        Connect = 0,
        Disconnect = 1,
        Event = 2,
        Ack = 3,
        ConnectError = 4,
        BinaryEvent = 5,
        BinaryAck = 6
    };

    Type type = Type::Event;
    QString nsp = QStringLiteral("/");
    std::optional<qint64> ackId;
    QJsonValue data = QJsonValue::Undefined; ///< undefined when the packet carries none
};

/**
 * Parses the text after the Engine.IO "4": "<type>[<n>-][<nsp>,][<ack id>][<json>]".
 * Answers nullopt (with @p error) for anything malformed.
 */
std::optional<Packet> parse(const QString &text, QString *error);
/** Encodes @p packet as an Engine.IO message frame ("4..."). */
QString encode(const Packet &packet);

/** "42[\"event\",data]" */
QString event(const QString &name, const QJsonValue &data);
/** "43<id>[args...]" */
QString ack(qint64 id, const QJsonArray &args);

} // namespace wn::socketio
