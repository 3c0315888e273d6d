// SPDX-License-Identifier: Apache-2.0
// The Socket.IO protocol (version 5) framing: https://socket.io/docs/v4/socket-io-protocol/
#include "socketio.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn::socketio {

std::optional<Packet> parse(const QString &text, QString *error)
{
    if (text.isEmpty() || text.at(0) < u'0' || text.at(0) > u'6') {
        *error = u"unknown packet type"_s;
        return std::nullopt;
    }
    Packet packet;
    packet.type = Packet::Type(text.at(0).unicode() - u'0');
    qsizetype pos = 1;

    if (packet.type == Packet::Type::BinaryEvent || packet.type == Packet::Type::BinaryAck) {
        *error = u"binary packets are not supported"_s;
        return std::nullopt;
    }
    if (pos < text.size() && text.at(pos) == u'/') {
        const qsizetype comma = text.indexOf(u',', pos);
        packet.nsp = comma < 0 ? text.mid(pos) : text.mid(pos, comma - pos);
        pos = comma < 0 ? text.size() : comma + 1;
    }
    const qsizetype digitsStart = pos;
    while (pos < text.size() && text.at(pos).isDigit() && pos - digitsStart < 15)
        ++pos;
    if (pos > digitsStart)
        packet.ackId = text.mid(digitsStart, pos - digitsStart).toLongLong();

    if (pos < text.size()) {
        QJsonParseError parseError;
        // QJsonDocument reads objects and arrays only; wrap to accept any JSON value.
        const QJsonDocument document = QJsonDocument::fromJson(
                u"["_s.toUtf8() + text.mid(pos).toUtf8() + "]", &parseError);
        if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
            *error = u"payload is not JSON"_s;
            return std::nullopt;
        }
        packet.data = document.array().first();
    }

    switch (packet.type) {
    case Packet::Type::Event:
    case Packet::Type::Ack:
        if (!packet.data.isArray()
            || (packet.type == Packet::Type::Event
                && (packet.data.toArray().isEmpty() || !packet.data.toArray().first().isString()))) {
            *error = u"an event is an array starting with its name"_s;
            return std::nullopt;
        }
        if (packet.type == Packet::Type::Ack && !packet.ackId) {
            *error = u"an acknowledgement needs an id"_s;
            return std::nullopt;
        }
        break;
    case Packet::Type::Connect:
        if (!packet.data.isUndefined() && !packet.data.isObject()) {
            *error = u"the connect payload must be an object"_s;
            return std::nullopt;
        }
        break;
    default:
        break;
    }
    return packet;
}

QString encode(const Packet &packet)
{
    QString out = u"4"_s + QChar(u'0' + int(packet.type));
    if (packet.nsp != u"/"_s)
        out += packet.nsp + u',';
    if (packet.ackId)
        out += QString::number(*packet.ackId);
    if (!packet.data.isUndefined()) {
        const QByteArray json
                = QJsonDocument(QJsonArray { packet.data }).toJson(QJsonDocument::Compact);
        out += QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    return out;
}

QString event(const QString &name, const QJsonValue &data)
{
    return encode({ Packet::Type::Event, u"/"_s, std::nullopt, QJsonArray { name, data } });
}

QString ack(qint64 id, const QJsonArray &args)
{
    return encode({ Packet::Type::Ack, u"/"_s, id, args });
}

} // namespace wn::socketio
