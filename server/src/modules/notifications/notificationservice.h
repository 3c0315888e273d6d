// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace wn {

struct ServerContext;

/**
 * @brief In-app notifications: stored per user, listed and counted, marked read, and pushed live
 * to the user's sockets as a "notification" event.
 */
class NotificationService
{
public:
    explicit NotificationService(ServerContext &context);

    /**
     * Stores a notification of kind @p type about the facts in @p data in the caller's
     * transaction and answers it; call publish() after commit. Its title and text are
     * notificationWords() of them (common/), so @p data holds every fact they name; @p ownText
     * is the text of a kind whose text is the sender's own (a chat message).
     */
    QJsonObject create(QSqlDatabase db, qint64 userId, const QString &type, const QJsonObject &data,
                       const QString &ownText = {});
    /** Sends a stored notification to the user's sockets. */
    void publish(qint64 userId, const QJsonObject &notification);
    /** create() in its own transaction, then publish(). */
    QJsonObject notify(qint64 userId, const QString &type, const QJsonObject &data);

    /** One notification of a batch: to whom, of what kind, about which facts. */
    struct Note
    {
        qint64 userId = 0;
        QString type;
        QJsonObject data;
    };
    /**
     * Stores @p notes in one transaction of their own and pushes each to its user; call it after
     * the change they tell of committed. A push that fails is logged and the others still go:
     * what was stored is found in the user's list.
     */
    void notifyAll(const QList<Note> &notes);

    QJsonObject list(qint64 userId, const QJsonObject &query, int page, int limit);
    int markRead(qint64 userId, const QList<qint64> &ids);
    int markAllRead(qint64 userId);
    QJsonObject stats(qint64 userId);

private:
    ServerContext &m_context;
};

} // namespace wn
