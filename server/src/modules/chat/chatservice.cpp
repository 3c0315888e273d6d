// SPDX-License-Identifier: Apache-2.0
#include "chatservice.h"

#include "core/database.h"
#include "core/events/eventbus.h"
#include "core/jobs/jobqueue.h"
#include "core/logging.h"
#include "core/mail/mailer.h"
#include "core/metrics.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/notifications/notificationservice.h"

#include <wn/common/apierror.h>
#include <wn/common/chatmessage.h>
#include <wn/common/json.h>

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** How often a chat batch is tried again after a conflict with another transaction. */
constexpr int maxConflictRetries = 5;

constexpr auto messageColumns = "id, chat_id, sender_id, receiver_id, body, created_at, seen_at";

/** A message from a row selecting messageColumns, each named behind @p prefix when there is one.
 *  Its seen_at is NULL or a time, never empty. */
QJsonObject messageJson(const Sql &q, const QString &prefix = {})
{
    ChatMessage message;
    message.id = q.id(prefix + u"id"_s);
    message.chatId = q.id(prefix + u"chat_id"_s);
    message.senderId = q.id(prefix + u"sender_id"_s);
    message.receiverId = q.id(prefix + u"receiver_id"_s);
    message.text = q.text(prefix + u"body"_s);
    message.createdAt = q.text(prefix + u"created_at"_s);
    message.seenAt = q.optionalText(prefix + u"seen_at"_s);
    return message.toJson();
}

} // namespace

ChatService::ChatService(ServerContext &context, NotificationService &notifications)
    : m_context(context)
    , m_notifications(notifications)
{ }

qint64 ChatService::partnerIn(QSqlDatabase db, qint64 me, qint64 chatId)
{
    const SqlRow chat
            = Sql(db,
                  u"SELECT user_low, user_high FROM chats WHERE id = :id AND (user_low = :me OR user_high = :me)"_s)
                      .bind(u":id"_s, chatId)
                      .bind(u":me"_s, me)
                      .found(u"Chat not found"_s);
    const qint64 low = chat.id(u"user_low"_s);
    return low == me ? chat.id(u"user_high"_s) : low;
}

void ChatService::checkCanChatWith(QSqlDatabase db, qint64 me, qint64 other)
{
    if (me == other)
        throw ApiError::badRequest(u"You cannot start a chat with yourself"_s);
    const SqlRow user = Sql(db, u"SELECT status FROM users WHERE id = :id AND deleted_at IS NULL"_s)
                                .bind(u":id"_s, other)
                                .found(u"User not found"_s);
    if (user.text(u"status"_s) == u"suspended"_s)
        throw ApiError::unprocessable(u"This user cannot receive messages"_s);
}

QJsonObject ChatService::memberJson(QSqlDatabase db, qint64 userId)
{
    return members(db, { userId }).value(userId, QJsonObject { { u"id"_s, userId } });
}

QHash<qint64, QJsonObject> ChatService::members(QSqlDatabase db, const QList<qint64> &userIds)
{
    QHash<qint64, QJsonObject> found;
    if (userIds.isEmpty())
        return found;
    const QSet<qint64> online = m_context.events->onlineAmong(userIds);
    Sql q(db,
          u"SELECT u.id, u.first_name, u.last_name, u.role, u.avatar_key, p.display_name, "
          "p.last_seen_at FROM users u LEFT JOIN chat_profiles p ON p.user_id = u.id "
          "WHERE u.id IN (%1)"_s.arg(Sql::placeholders(u"u"_s, userIds.size())));
    q.bindEach(u"u"_s, userIds).exec();
    while (q.next()) {
        const qint64 userId = q.id(u"id"_s);
        const QString name = q.isNull(u"display_name"_s)
                ? (q.text(u"first_name"_s) + u' ' + q.text(u"last_name"_s)).trimmed()
                : q.text(u"display_name"_s);
        // last_seen_at is NULL or a time, never empty.
        found.insert(userId,
                     { { u"id"_s, userId },
                       { u"first_name"_s, q.text(u"first_name"_s) },
                       { u"last_name"_s, q.text(u"last_name"_s) },
                       { u"display_name"_s, name },
                       { u"role"_s, q.text(u"role"_s) },
                       { u"avatar_url"_s,
                         q.isNull(u"avatar_key"_s)
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(m_context.storage->url(q.text(u"avatar_key"_s))) },
                       { u"last_seen_at"_s, q.textOrNull(u"last_seen_at"_s) },
                       { u"online"_s, online.contains(userId) } });
    }
    return found;
}

QJsonArray ChatService::chatsOf(QSqlDatabase db, qint64 me, std::optional<qint64> chatId)
{
    struct Row
    {
        QJsonObject chat;
        qint64 low;
        qint64 high;
    };
    QList<Row> rows;
    QList<qint64> people;
    QSet<qint64> seen;
    {
        Sql q(db,
              u"SELECT c.id, c.user_low, c.user_high, c.created_at, c.updated_at, "
              "m.id AS message_id, m.chat_id AS message_chat_id, "
              "m.sender_id AS message_sender_id, m.receiver_id AS message_receiver_id, "
              "m.body AS message_body, m.created_at AS message_created_at, "
              "m.seen_at AS message_seen_at, "
              "(SELECT COUNT(*) FROM chat_messages u WHERE u.chat_id = c.id AND u.receiver_id = "
              ":me "
              "AND u.seen_at IS NULL) AS unread_count "
              "FROM chats c LEFT JOIN chat_messages m ON m.id = c.last_message_id WHERE "_s
                      + (chatId ? u"c.id = :id"_s : u"(c.user_low = :me OR c.user_high = :me)"_s)
                      + u" ORDER BY c.updated_at DESC, c.id DESC"_s);
        q.bind(u":me"_s, me);
        if (chatId)
            q.bind(u":id"_s, *chatId);
        q.exec();
        while (q.next()) {
            const Row row { { { u"id"_s, q.id(u"id"_s) },
                              { u"created_at"_s, q.text(u"created_at"_s) },
                              { u"updated_at"_s, q.text(u"updated_at"_s) },
                              { u"last_message"_s,
                                q.isNull(u"message_id"_s)
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(messageJson(q, u"message_"_s)) },
                              { u"unread_count"_s, q.id(u"unread_count"_s) } },
                            q.id(u"user_low"_s),
                            q.id(u"user_high"_s) };
            for (const qint64 person : { row.low, row.high }) {
                if (!seen.contains(person)) {
                    seen.insert(person);
                    people.append(person);
                }
            }
            rows.append(row);
        }
    }
    const QHash<qint64, QJsonObject> known = members(db, people);
    QJsonArray out;
    for (Row &row : rows) {
        row.chat.insert(u"members"_s,
                        QJsonArray { known.value(row.low, QJsonObject { { u"id"_s, row.low } }),
                                     known.value(row.high, QJsonObject { { u"id"_s, row.high } }) });
        out.append(row.chat);
    }
    return out;
}

QJsonObject ChatService::chatJson(QSqlDatabase db, qint64 me, qint64 chatId)
{
    return json::firstOrNotFound(chatsOf(db, me, chatId), u"Chat not found"_s);
}

QJsonObject ChatService::openChat(qint64 me, qint64 other, bool *created)
{
    QSqlDatabase db = m_context.db();
    checkCanChatWith(db, me, other);
    const qint64 low = std::min(me, other);
    const qint64 high = std::max(me, other);
    Transaction tx(db);
    const QVariant existing
            = Sql(db, u"SELECT id FROM chats WHERE user_low = :low AND user_high = :high"_s)
                      .bind(u":low"_s, low)
                      .bind(u":high"_s, high)
                      .scalar();
    qint64 id = 0;
    if (!existing.isNull()) {
        id = existing.toLongLong();
    } else {
        const QString now = nowText();
        id = Sql(db,
                 u"INSERT INTO chats (user_low, user_high, created_by, created_at, updated_at) "
                 "VALUES (:low, :high, :me, :now, :now) ON CONFLICT (user_low, user_high) DO "
                 "UPDATE SET updated_at = chats.updated_at "
                 "RETURNING id"_s)
                     .bind(u":low"_s, low)
                     .bind(u":high"_s, high)
                     .bind(u":me"_s, me)
                     .bind(u":now"_s, now)
                     .scalar()
                     .toLongLong();
        if (created)
            *created = true;
    }
    tx.commit();
    return chatJson(db, me, id);
}

QJsonObject ChatService::sendMessage(qint64 me, qint64 chatId, qint64 receiverId,
                                     const QString &text)
{
    const Stored stored = storeMessages({ prepareMessage(me, chatId, receiverId, text) }).first();
    if (stored.error)
        std::rethrow_exception(stored.error);
    return stored.message;
}

ChatService::Outgoing ChatService::prepareMessage(qint64 me, qint64 chatId, qint64 receiverId,
                                                  const QString &text)
{
    const qint64 partner = partnerIn(m_context.db(), me, chatId);
    if (receiverId != partner)
        throw ApiError::badRequest(
                QStringList { u"receiver_id must be the other member of the chat"_s });
    const int maxChars = m_context.config.integer(u"chat/max_message_chars"_s);
    if (text.trimmed().isEmpty())
        throw ApiError::badRequest(QStringList { u"message should not be empty"_s });
    if (text.size() > maxChars)
        throw ApiError::payloadTooLarge(u"A message may be at most %1 characters"_s.arg(maxChars));
    return { me, chatId, partner, text, m_context.events->isOnline(partner) };
}

QList<ChatService::Stored> ChatService::storeMessages(const QList<Outgoing> &batch)
{
    QSqlDatabase db = m_context.db();
    QList<Stored> stored(batch.size());
    QList<QJsonObject> notifications(batch.size());
    QList<qsizetype> left(batch.size());
    std::iota(left.begin(), left.end(), 0);
    // What the failure of the message being written (or, at -1, of the transaction itself) means
    // for the batch; false when no one is left to try.
    const auto refuse = [&](qsizetype writing) {
        if (writing < 0) { // the database refused the transaction itself: no one is stored
            for (const qsizetype i : std::as_const(left)) {
                stored[i] = { {}, std::current_exception() };
                notifications[i] = {};
            }
            return false;
        }
        // This message cannot be stored; the others go again without it.
        stored[writing] = { {}, std::current_exception() };
        notifications[writing] = {};
        left.removeOne(writing);
        return true;
    };
    int conflicts = 0;
    while (!left.isEmpty()) {
        qsizetype writing = -1;
        try {
            Transaction tx(db);
            std::map<qint64, qint64> lastOfChat; // ordered: chats are locked in one order
            for (const qsizetype i : std::as_const(left)) {
                writing = i;
                std::tie(stored[i].message, notifications[i]) = writeMessage(db, batch.at(i));
                lastOfChat[batch.at(i).chatId] = stored.at(i).message.value(u"id"_s).toInteger();
            }
            writing = -1;
            // Each chat once, in id order, so that two batches sharing chats (other threads,
            // other instances on PostgreSQL) never wait on each other's rows in a circle; and
            // never back to an older message than one another batch stored.
            const QString now = nowText();
            for (const auto &[chatId, messageId] : lastOfChat)
                Sql(db,
                    u"UPDATE chats SET last_message_id = :id, updated_at = :now WHERE id = :chat "
                    "AND (last_message_id IS NULL OR last_message_id < :id)"_s)
                        .bind(u":id"_s, messageId)
                        .bind(u":now"_s, now)
                        .bind(u":chat"_s, chatId)
                        .exec();
            tx.commit();
            break;
        } catch (const DatabaseError &error) {
            if (error.transient() && conflicts < maxConflictRetries) {
                // Another transaction crossed this one (a deadlock or a serialization failure):
                // nothing was stored, nothing is wrong with the messages; the batch goes again.
                ++conflicts;
                m_context.metrics->increment(u"wn_chat_batch_conflicts_total"_s);
                QThread::msleep(QRandomGenerator::global()->bounded(5u << conflicts));
                continue;
            }
            if (!refuse(writing))
                break;
        } catch (...) {
            if (!refuse(writing))
                break;
        }
    }

    // Committed: now everyone may be told. A message is stored whether or not telling works
    // (on PostgreSQL that is a NOTIFY, which can fail): its sender hears it stored, and the
    // others find it in the history.
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (stored.at(i).error)
            continue;
        const Outgoing &message = batch.at(i);
        try {
            m_context.events->publish(message.sender, u"response_message"_s, stored.at(i).message);
            m_context.events->publish(message.receiver, u"response_message"_s, stored.at(i).message);
            if (!notifications.at(i).isEmpty())
                m_notifications.publish(message.receiver, notifications.at(i));
        } catch (const std::exception &error) {
            qCWarning(lcServer) << "chat message" << stored.at(i).message.value(u"id"_s).toInteger()
                                << "stored but not delivered:" << error.what();
            m_context.metrics->increment(u"wn_chat_undelivered_total"_s);
        }
    }
    return stored;
}

std::pair<QJsonObject, QJsonObject> ChatService::writeMessage(QSqlDatabase db,
                                                              const Outgoing &message)
{
    const QString now = nowText();
    const qint64 id = insertRowReturningId(db, u"chat_messages"_s,
                                           { { u"chat_id"_s, message.chatId },
                                             { u"sender_id"_s, message.sender },
                                             { u"receiver_id"_s, message.receiver },
                                             { u"body"_s, message.text },
                                             { u"created_at"_s, now } });
    const QJsonObject json { { u"id"_s, id },
                             { u"chat_id"_s, message.chatId },
                             { u"sender_id"_s, message.sender },
                             { u"receiver_id"_s, message.receiver },
                             { u"message"_s, message.text },
                             { u"created_at"_s, now },
                             { u"seen_at"_s, QJsonValue::Null } };
    if (message.receiverOnline)
        return { json, {} };
    // The seed's "inMail": the receiver finds it in their notifications, and a digest mail
    // follows if they stay away.
    const SqlRow sender = Sql(db, u"SELECT first_name, last_name FROM users WHERE id = :id"_s)
                                  .bind(u":id"_s, message.sender)
                                  .single();
    const QString name
            = (sender.text(u"first_name"_s) + u' ' + sender.text(u"last_name"_s)).trimmed();
    const QJsonObject notification = m_notifications.create(db, message.receiver, u"chat_message"_s,
                                                            { { u"chat_id"_s, message.chatId },
                                                              { u"message_id"_s, id },
                                                              { u"sender_id"_s, message.sender },
                                                              { u"sender_name"_s, name } },
                                                            message.text.left(140));
    const QString payload
            = QString::fromUtf8(json::compact(QJsonObject { { u"user_id"_s, message.receiver } }));
    if (!Sql(db,
             u"SELECT 1 FROM background_jobs WHERE kind = 'chat-digest' AND status = 'pending' AND payload = :p"_s)
                 .bind(u":p"_s, payload)
                 .exists()) {
        m_context.jobs->enqueue(db, u"chat-digest"_s, { { u"user_id"_s, message.receiver } },
                                QDateTime::currentDateTimeUtc().addSecs(
                                        m_context.config.integer(u"chat/digest_delay_seconds"_s)));
    }
    return { json, notification };
}

QJsonObject ChatService::markSeen(qint64 me, qint64 chatId)
{
    QSqlDatabase db = m_context.db();
    const qint64 partner = partnerIn(db, me, chatId);
    const QString now = nowText();
    Sql q(db,
          u"UPDATE chat_messages SET seen_at = :now WHERE chat_id = :chat AND receiver_id = :me AND seen_at IS NULL"_s);
    q.bind(u":now"_s, now).bind(u":chat"_s, chatId).bind(u":me"_s, me).exec();
    const QJsonObject seen { { u"chat_id"_s, chatId },
                             { u"seen_by"_s, me },
                             { u"seen_at"_s, now },
                             { u"count"_s, q.rowsAffected() } };
    if (q.rowsAffected() > 0)
        m_context.events->publish(partner, u"messages_seen"_s, seen);
    return seen;
}

QJsonArray ChatService::messages(qint64 me, qint64 chatId, std::optional<qint64> before,
                                 std::optional<int> limit)
{
    QSqlDatabase db = m_context.db();
    partnerIn(db, me, chatId);
    QJsonArray out;
    if (!limit && !before) {
        Sql q(db,
              u"SELECT %1 FROM chat_messages WHERE chat_id = :chat ORDER BY id"_s.arg(
                      QLatin1StringView(messageColumns)));
        q.bind(u":chat"_s, chatId).exec();
        while (q.next())
            out.append(messageJson(q));
        return out;
    }
    // The latest page before a message, returned oldest first like the full history.
    Sql q(db,
          u"SELECT %1 FROM chat_messages WHERE chat_id = :chat AND id < :before ORDER BY id DESC LIMIT :limit"_s
                  .arg(QLatin1StringView(messageColumns)));
    q.bind(u":chat"_s, chatId)
            .bind(u":before"_s, before.value_or(std::numeric_limits<qint64>::max()))
            .bind(u":limit"_s, limit.value_or(50))
            .exec();
    QList<QJsonObject> page;
    while (q.next())
        page.prepend(messageJson(q));
    for (const QJsonObject &message : std::as_const(page))
        out.append(message);
    return out;
}

QJsonArray ChatService::chats(qint64 me)
{
    // Every chat of the user, with its last message and unread count, in one query; the
    // members of them all in another.
    return chatsOf(m_context.db(), me, std::nullopt);
}

QJsonObject ChatService::chat(qint64 me, qint64 chatId)
{
    QSqlDatabase db = m_context.db();
    partnerIn(db, me, chatId);
    return chatJson(db, me, chatId);
}

QJsonArray ChatService::members(qint64 me, qint64 chatId)
{
    QSqlDatabase db = m_context.db();
    const qint64 partner = partnerIn(db, me, chatId);
    return { memberJson(db, std::min(me, partner)), memberJson(db, std::max(me, partner)) };
}

void ChatService::typing(qint64 me, qint64 chatId, bool isTyping)
{
    const qint64 partner = partnerIn(m_context.db(), me, chatId);
    m_context.events->publish(partner, u"typing"_s,
                              QJsonObject { { u"chat_id"_s, chatId },
                                            { u"user_id"_s, me },
                                            { u"is_typing"_s, isTyping } });
}

void ChatService::announcePresence(qint64 me, bool online)
{
    QSqlDatabase db = m_context.db();
    const QString now = nowText();
    if (!online) {
        Sql(db, u"UPDATE chat_profiles SET last_seen_at = :now WHERE user_id = :me"_s)
                .bind(u":now"_s, now)
                .bind(u":me"_s, me)
                .exec();
    }
    Sql q(db,
          u"SELECT CASE WHEN user_low = :me THEN user_high ELSE user_low END AS partner_id FROM chats WHERE user_low = :me OR user_high = :me"_s);
    q.bind(u":me"_s, me).exec();
    const QList<qint64> partners = q.takeIds();
    const QJsonObject event = online
            ? QJsonObject { { u"user_id"_s, me } }
            : QJsonObject { { u"user_id"_s, me }, { u"last_seen_at"_s, now } };
    for (qint64 partner : std::as_const(partners))
        m_context.events->publish(partner, online ? u"user_online"_s : u"user_offline"_s, event);
}

QJsonObject ChatService::initialize(qint64 userId)
{
    QSqlDatabase db = m_context.db();
    const SqlRow user
            = Sql(db,
                  u"SELECT first_name, last_name FROM users WHERE id = :id AND deleted_at IS NULL"_s)
                      .bind(u":id"_s, userId)
                      .found(u"User not found"_s);
    const QString name = (user.text(u"first_name"_s) + u' ' + user.text(u"last_name"_s)).trimmed();
    insertRow(db, u"chat_profiles"_s,
              { { u"user_id"_s, userId },
                { u"display_name"_s, name },
                { u"initialized_at"_s, nowText() } },
              u"ON CONFLICT (user_id) DO NOTHING"_s);
    return memberJson(db, userId);
}

QJsonObject ChatService::onboard(qint64 me, const QJsonObject &input)
{
    initialize(me);
    QSqlDatabase db = m_context.db();
    SqlChanges()
            .setFrom(input, { u"display_name"_s, u"about"_s },
                     [](const QString &, const QJsonValue &value) { return value.toString(); })
            .write(db, u"chat_profiles"_s, me, u"user_id"_s, false); // it has no updated_at
    QJsonObject profile = memberJson(db, me);
    const std::optional<SqlRow> about
            = Sql(db, u"SELECT about FROM chat_profiles WHERE user_id = :me"_s)
                      .bind(u":me"_s, me)
                      .one();
    // An empty about stays empty: only a missing one is null.
    profile.insert(u"about"_s,
                   about && !about->isNull(u"about"_s) ? QJsonValue(about->text(u"about"_s))
                                                       : QJsonValue(QJsonValue::Null));
    return profile;
}

QJsonObject ChatService::profiles(qint64 me, bool staff, const QString &search, int page, int limit)
{
    // Staff see every chat profile; everyone else sees the people they already chat with.
    SqlFilter filter;
    filter.add(u"u.deleted_at IS NULL"_s);
    if (!staff)
        filter.add(u"p.user_id IN (SELECT CASE WHEN user_low = :me THEN user_high ELSE user_low "
                   u"END FROM chats WHERE user_low = :me OR user_high = :me)"_s,
                   u":me"_s, me);
    if (!search.isEmpty())
        filter.addContains({ u"LOWER(p.display_name)"_s }, search);
    QSqlDatabase db = m_context.db();
    return selectPage(db, u"p.user_id"_s, u"chat_profiles p JOIN users u ON u.id = p.user_id"_s,
                      filter, u"p.display_name, p.user_id"_s, page, limit,
                      [&](const QList<qint64> &ids) {
                          const QHash<qint64, QJsonObject> found = members(db, ids);
                          QJsonArray data;
                          for (qint64 id : ids)
                              data.append(found.value(id, QJsonObject { { u"id"_s, id } }));
                          return data;
                      });
}

void ChatService::sendDigest(qint64 userId)
{
    if (m_context.events->isOnline(userId))
        return; // back online: they see their messages themselves
    QSqlDatabase db = m_context.db();
    // No digest yet, or a NULL time: everything unread counts.
    const QString after = Sql(db, u"SELECT last_digest_at FROM chat_profiles WHERE user_id = :id"_s)
                                  .bind(u":id"_s, userId)
                                  .scalar()
                                  .toString();
    const SqlRow counts
            = Sql(db,
                  u"SELECT COUNT(*) AS unread, COUNT(DISTINCT sender_id) AS senders FROM chat_messages WHERE receiver_id = :id AND seen_at IS NULL AND created_at > :after"_s)
                      .bind(u":id"_s, userId)
                      .bind(u":after"_s, after.isEmpty() ? u"0"_s : after)
                      .single();
    const qint64 unread = counts.id(u"unread"_s);
    const qint64 senders = counts.id(u"senders"_s);
    if (unread == 0)
        return;
    const std::optional<SqlRow> user
            = Sql(db,
                  u"SELECT email, first_name, language FROM users WHERE id = :id AND deleted_at IS NULL AND status = 'active'"_s)
                      .bind(u":id"_s, userId)
                      .one();
    if (!user)
        return;
    const QString email = user->text(u"email"_s);
    const QString firstName = user->text(u"first_name"_s);
    Transaction tx(db);
    initialize(userId);
    Sql(db, u"UPDATE chat_profiles SET last_digest_at = :now WHERE user_id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, userId)
            .exec();
    const MailWords words = m_context.mailer->words(user->text(u"language"_s));
    m_context.mailer->send(
            db,
            { email,
              words(QT_TRANSLATE_N_NOOP("Mail", "You have %n unread message(s) on Worknation"),
                    int(unread)),
              words(QT_TRANSLATE_NOOP("Mail",
                                      "Hello %1,\n\nWhile you were away, %2 sent you %3. Open "
                                      "Worknation to read and answer them:\n\n%4\n"),
                    { firstName, words(QT_TRANSLATE_N_NOOP("Mail", "%n person(s)"), int(senders)),
                      words(QT_TRANSLATE_N_NOOP("Mail", "%n message(s)"), int(unread)),
                      m_context.config.publicUrl() }),
              words.language() });
    tx.commit();
}

} // namespace wn
