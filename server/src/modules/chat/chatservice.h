// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <exception>
#include <optional>

namespace wn {

class NotificationService;
struct ServerContext;

/**
 * @brief Chats between two users and their messages, for the socket gateway and the REST
 * endpoints alike. Every call checks that the caller is a member of the chat it names; a chat
 * that is not theirs does not exist for them.
 */
class ChatService
{
public:
    ChatService(ServerContext &context, NotificationService &notifications);

    /** The chat between @p me and @p other, created if new; answers it and whether it was created. */
    QJsonObject openChat(qint64 me, qint64 other, bool *created = nullptr);
    /** A message checked and ready to store (see prepareMessage()). */
    struct Outgoing
    {
        qint64 sender = 0;
        qint64 chatId = 0;
        qint64 receiver = 0;
        QString text;
        bool receiverOnline = false;
    };
    /** What became of an Outgoing: the message as stored, or why it was not. */
    struct Stored
    {
        QJsonObject message;
        std::exception_ptr error;
    };

    /** Stores a message, then tells the sender's and receiver's sockets ("response_message"). */
    QJsonObject sendMessage(qint64 me, qint64 chatId, qint64 receiverId, const QString &text);
    /** Checks that @p me may send @p text to @p receiverId in the chat; ApiError if not. */
    Outgoing prepareMessage(qint64 me, qint64 chatId, qint64 receiverId, const QString &text);
    /**
     * Stores @p batch in one transaction, so that one durable commit serves them all, then tells
     * each message's sockets. A message whose statements fail fails alone: the others are
     * written again without it; a conflict with another transaction (deadlock, serialization
     * failure) fails no one: the whole batch is written again, a few times at most.
     * Answers one Stored for each, in order.
     */
    QList<Stored> storeMessages(const QList<Outgoing> &batch);
    /** Marks the messages sent to @p me in the chat seen and tells the other member
     * ("messages_seen"). */
    QJsonObject markSeen(qint64 me, qint64 chatId);
    /** All messages, oldest first; or, with @p limit, the latest @p limit before message @p before. */
    QJsonArray messages(qint64 me, qint64 chatId, std::optional<qint64> before,
                        std::optional<int> limit);
    /** @p me's chats, most recent first, each with its last message and unread count. */
    QJsonArray chats(qint64 me);
    QJsonObject chat(qint64 me, qint64 chatId);
    QJsonArray members(qint64 me, qint64 chatId);
    /** Relays a typing indicator to the other member; nothing is stored. */
    void typing(qint64 me, qint64 chatId, bool isTyping);
    /** Tells @p me's chat partners that @p me came online or went offline. */
    void announcePresence(qint64 me, bool online);

    /** Chat profiles: the display name others see. */
    QJsonObject onboard(qint64 me, const QJsonObject &input);
    QJsonObject initialize(qint64 userId);
    QJsonObject profiles(qint64 me, bool staff, const QString &search, int page, int limit);

    /** The chat-digest job: one mail to a user who stayed offline with unread messages. */
    void sendDigest(qint64 userId);

    /** The other member of a chat @p me belongs to; ApiError 404 if @p me is not a member. */
    qint64 partnerIn(QSqlDatabase db, qint64 me, qint64 chatId);

private:
    QJsonObject chatJson(QSqlDatabase db, qint64 me, qint64 chatId);
    QJsonObject memberJson(QSqlDatabase db, qint64 userId);
    /** The chat members of @p userIds, by id, from one query (the unknown left out). */
    QHash<qint64, QJsonObject> members(QSqlDatabase db, const QList<qint64> &userIds);
    /** The chats of @p me (or only @p chatId), newest first, as @p me sees them: last message,
     *  unread count and members, from two queries. */
    QJsonArray chatsOf(QSqlDatabase db, qint64 me, std::optional<qint64> chatId);
    void checkCanChatWith(QSqlDatabase db, qint64 me, qint64 other);
    /** Writes one message inside the caller's transaction (not its chat's last message: the
     *  batch sets those after); answers it and, for a receiver who is away, the notification to
     *  publish after the commit. */
    std::pair<QJsonObject, QJsonObject> writeMessage(QSqlDatabase db, const Outgoing &message);

    ServerContext &m_context;
    NotificationService &m_notifications;
};

} // namespace wn
