// SPDX-License-Identifier: Apache-2.0
// A chat WebSocket text frame as ChatConnection reads it: the Engine.IO packet type, then for a
// message the Socket.IO packet (socketio::parse). What parses is encoded as the server would
// answer it, and that encoding must read back as the same packet.
#include "chat/socketio.h"
#include "fuzzing.h"

#include <QJsonValue>
#include <QString>

#include <cstdint>

using namespace wn::socketio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (text.isEmpty() || EnginePacket(text.at(0).toLatin1()) != EnginePacket::Message)
        return 0;
    QString error;
    const auto packet = parse(text.mid(1), &error);
    if (!packet) {
        wn::fuzz::check(!error.isEmpty(), "refused without a reason");
        return 0;
    }
    const QString encoded = encode(*packet);
    // A payload the protocol gives a packet (an event's array, a connect's object) comes back
    // whole. A bare scalar after an ack id is not checked: "4" "12" then 3 reads back as ack
    // id 123, and leading zeros of an id are not kept; the server sends neither.
    if (!packet->data.isArray() && !packet->data.isObject() && !packet->data.isUndefined())
        return 0;
    QString again;
    const auto reread = parse(encoded.mid(1), &again);
    wn::fuzz::check(encoded.startsWith(u'4') && reread && reread->type == packet->type
                            && reread->nsp == packet->nsp && reread->ackId == packet->ackId
                            && reread->data == packet->data,
                    "a packet encodes as something that reads back differently");
    return 0;
}
