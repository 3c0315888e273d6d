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
    if (m_messages.isEmpty())
        return;
    const QList<ChatService::Outgoing> batch = std::exchange(m_messages, {});
    const QList<Done> done = std::exchange(m_done, {});
    QList<ChatService::Stored> stored;
    try {
        stored = m_chats->storeMessages(batch);
    } catch (...) { // telling the sockets failed (the bus): each sender hears of it
        stored = QList<ChatService::Stored>(batch.size(), { {}, std::current_exception() });
    }
    m_context.metrics->increment(u"wn_chat_message_batches_total"_s);
    m_context.metrics->increment(u"wn_chat_messages_batched_total"_s, {}, batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        done.at(i)(stored.at(i));
}

} // namespace wn
