// SPDX-License-Identifier: Apache-2.0
#include "messagequeue.h"

#include "core/metrics.h"
#include "core/servercontext.h"

using namespace Qt::StringLiterals;

namespace wn {

MessageQueue::MessageQueue(ServerContext &context, std::shared_ptr<ChatService> chats,
                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_chats(std::move(chats))
{ }

MessageQueue::~MessageQueue()
{
    flush();
}

void MessageQueue::add(ChatService::Outgoing message, Done done)
{
    m_messages.append(std::move(message));
    m_done.append(std::move(done));
    if (m_messages.size() == 1)
        QMetaObject::invokeMethod(this, &MessageQueue::flush, Qt::QueuedConnection);
}

void MessageQueue::flush()
{
    // At most maxBatch a transaction: one that grew without end under overload would hold
    // SQLite's one write turn past what other writers wait for.
    constexpr qsizetype maxBatch = 256;
    while (!m_messages.isEmpty()) {
        const qsizetype count = std::min(maxBatch, m_messages.size());
        const QList<ChatService::Outgoing> batch = m_messages.first(count);
        const QList<Done> done = m_done.first(count);
        m_messages.remove(0, count);
        m_done.remove(0, count);
        QList<ChatService::Stored> stored;
        try {
            stored = m_chats->storeMessages(batch);
        } catch (...) { // not even a connection to store them with: each sender hears of it
            stored = QList<ChatService::Stored>(batch.size(), { {}, std::current_exception() });
        }
        m_context.metrics->increment(u"wn_chat_message_batches_total"_s);
        m_context.metrics->increment(u"wn_chat_messages_batched_total"_s, {}, batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i)
            done.at(i)(stored.at(i));
    }
}

} // namespace wn
