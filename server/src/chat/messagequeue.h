// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/chat/chatservice.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace wn {

struct ServerContext;

/**
 * @brief The chat messages a worker thread's sockets sent since its event loop last came round,
 * stored together when it comes round again: one transaction and one durable commit for all of
 * them, where each message used to pay for its own.
 *
 * Under load a batch is what arrived while the one before it was being written (at most 256 a
 * transaction); a message alone waits for nothing but the rest of the loop's pass. Each sender
 * hears back (its ack, or the error) only after the commit, and the receivers are told only then,
 * as before.
 */
class MessageQueue : public QObject
{
public:
    /** Called on this thread with what became of a message, after its batch is stored. */
    using Done = std::function<void(const ChatService::Stored &stored)>;

    MessageQueue(ServerContext &context, std::shared_ptr<ChatService> chats, QObject *parent);
    /** Stores what is still queued. */
    ~MessageQueue() override;

    void add(ChatService::Outgoing message, Done done);
    /** Stores the queued messages now and tells their senders: before a socket's next event
     *  runs or is refused, what the thread's sockets sent before it is in the database and
     *  acknowledged. */
    void flush();

private:
    ServerContext &m_context;
    std::shared_ptr<ChatService> m_chats;
    QList<ChatService::Outgoing> m_messages;
    QList<Done> m_done;
};

} // namespace wn
