// SPDX-License-Identifier: Apache-2.0
// A chat WebSocket text frame as ChatConnection reads it: the Engine.IO packet type, then for a
// message the Socket.IO packet (socketio::parse). What parses is encoded as the server would
// answer it, and that encoding must read back as the same packet.
#include "chat/socketio.h"

#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace wn::socketio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (text.isEmpty() || EnginePacket(text.at(0).toLatin1()) != EnginePacket::Message)
        return 0;
    QString error;
    const auto packet = parse(text.mid(1), &error);
    if (!packet) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "socketio: refused without a reason\n");
            std::abort();
        }
        return 0;
    }
    const QString encoded = encode(*packet);
    QString again;
    const auto reread = parse(encoded.mid(1), &again);
    // A payload the protocol gives a packet (an event's array, a connect's object) comes back
    // whole; a bare scalar after an ack id cannot be told from more digits, so only the
    // packet's type and namespace are compared then.
    const bool structured = packet->data.isArray() || packet->data.isObject()
            || packet->data.isUndefined();
    if (!encoded.startsWith(u'4') || !reread || reread->type != packet->type
        || reread->nsp != packet->nsp
        || (structured && (reread->ackId != packet->ackId || reread->data != packet->data))) {
        std::fprintf(stderr, "socketio: %s encodes as %s, which reads back differently\n",
                     qPrintable(text), qPrintable(encoded));
        std::abort();
    }
    return 0;
}
