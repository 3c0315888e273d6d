// SPDX-License-Identifier: Apache-2.0
#include "messagesmodel.h"

#include "backend.h"
#include "chatclient.h"
#include "session.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

constexpr int pageSize = 30;

} // namespace

MessagesModel::MessagesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(ChatClient::instance(), &ChatClient::messageReceived, this, &MessagesModel::append);
    connect(ChatClient::instance(), &ChatClient::messagesSeen, this, &MessagesModel::markSeen);
}

int MessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const ChatMessage &message = m_messages.at(index.row());
    switch (role) {
    case MessageIdRole:
        return message.id;
    case Qt::DisplayRole:
    case TextRole:
        return message.text;
    case MineRole:
        return message.senderId == Session::instance()->userId();
    case SentAtRole:
        return QDateTime::fromString(message.createdAt, Qt::ISODateWithMs).toLocalTime();
    case SeenRole:
        return message.seen();
    default:
        return {};
    }
}

QHash<int, QByteArray> MessagesModel::roleNames() const
{
    return { { MessageIdRole, "messageId" },
             { TextRole, "text" },
             { MineRole, "mine" },
             { SentAtRole, "sentAt" },
             { SeenRole, "seen" } };
}

void MessagesModel::setChatId(int chatId)
{
    if (m_chatId == chatId)
        return;
    m_chatId = chatId;
    Q_EMIT chatIdChanged();
    ++m_generation;
    beginResetModel();
    m_messages.clear();
    endResetModel();
    setLoading(false);
    m_hasOlder = false;
    Q_EMIT hasOlderChanged();
    if (chatId > 0)
        load(0);
}

void MessagesModel::loadOlder()
{
    if (m_hasOlder && !m_loading && !m_messages.isEmpty())
        load(m_messages.constFirst().id);
}

void MessagesModel::load(qint64 before)
{
    QJsonObject arguments { { u"id"_s, m_chatId }, { u"limit"_s, pageSize } };
    if (before > 0)
        arguments.insert(u"before"_s, before);
    const auto call = Backend::resolve(u"chatMessages"_s, arguments);
    setLoading(true);
    const int generation = m_generation;
    Session::instance()->api()->send(call->method, call->path, {},
                                     [this, guard = QPointer<MessagesModel>(this),
                                      generation](int status, const QJsonObject &body) {
                                         if (!guard || generation != m_generation)
                                             return;
                                         setLoading(false);
                                         if (status != 200) {
                                             m_error = ApiClient::errorMessage(status, body);
                                             Q_EMIT errorChanged();
                                             return;
                                         }
                                         const QJsonArray page = body.value(u"data"_s).toArray();
                                         // A live message may have arrived before the first page:
                                         // keep it once.
                                         QList<ChatMessage> older;
                                         const qint64 firstShown = m_messages.isEmpty()
                                                 ? std::numeric_limits<qint64>::max()
                                                 : m_messages.constFirst().id;
                                         for (const QJsonValue &value : page) {
                                             const auto message
                                                     = ChatMessage::fromJson(value.toObject());
                                             if (message && message->id < firstShown)
                                                 older.append(*message);
                                         }
                                         if (!older.isEmpty()) {
                                             beginInsertRows({}, 0, int(older.size() - 1));
                                             m_messages = older + m_messages;
                                             endInsertRows();
                                         }
                                         const bool hasOlder = page.size() == pageSize;
                                         if (hasOlder != m_hasOlder) {
                                             m_hasOlder = hasOlder;
                                             Q_EMIT hasOlderChanged();
                                         }
                                     });
}

void MessagesModel::append(const QVariantMap &message)
{
    const auto arrived = ChatMessage::fromJson(QJsonObject::fromVariantMap(message));
    if (!arrived || arrived->chatId != m_chatId)
        return;
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->id == arrived->id)
            return; // already shown (sent from another socket of mine, or in the first page)
    }
    beginInsertRows({}, int(m_messages.size()), int(m_messages.size()));
    m_messages.append(*arrived);
    endInsertRows();
}

void MessagesModel::markSeen(const QVariantMap &receipt)
{
    if (receipt.value(u"chat_id"_s).toLongLong() != m_chatId)
        return;
    const qint64 me = Session::instance()->userId();
    if (receipt.value(u"seen_by"_s).toLongLong() == me)
        return;
    for (int row = 0; row < m_messages.size(); ++row) {
        ChatMessage &message = m_messages[row];
        if (message.senderId == me && !message.seen()) {
            message.seenAt = receipt.value(u"seen_at"_s).toString();
            Q_EMIT dataChanged(index(row), index(row), { SeenRole });
        }
    }
}

void MessagesModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace wn::client
