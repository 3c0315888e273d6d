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

    /** Stores a notification in the caller's transaction and answers it; call publish() after
     * commit. */
    QJsonObject create(QSqlDatabase db, qint64 userId, const QString &type, const QString &title,
                       const QString &body, const QJsonObject &data = {});
    /** Sends a stored notification to the user's sockets. */
    void publish(qint64 userId, const QJsonObject &notification);
    /** create() in its own transaction, then publish(). */
    QJsonObject notify(qint64 userId, const QString &type, const QString &title,
                       const QString &body, const QJsonObject &data = {});

    /** One notification of a batch: to whom, and what it says. */
    struct Note
    {
        qint64 userId = 0;
        QString type;
        QString title;
        QString body;
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
