// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QMultiHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace wn {

struct ServerContext;

/**
 * @brief Delivers events to users wherever they are connected: to sockets on any worker thread
 * of this instance by queued calls, and to other instances sharing PostgreSQL through
 * LISTEN/NOTIFY. It also keeps presence: how many sockets each user holds on each instance.
 */
class EventBus : public QObject
{
    Q_OBJECT
public:
    /** Receives an event on the thread of the context object it was subscribed with. */
    using Sink = std::function<void(const QString &event, const QJsonValue &data)>;

    explicit EventBus(ServerContext &context);
    ~EventBus() override;

    /** Registers this instance and, on PostgreSQL, starts listening. */
    void start();
    void stop();
    const QString &instanceId() const { return m_instanceId; }

    /**
     * Sends @p event to every socket of @p userId, on this instance and the others. Call it after
     * the transaction that made the event true has committed.
     */
    void publish(qint64 userId, const QString &event, const QJsonValue &data);

    /** A socket of @p userId on the thread of @p context; answers a subscription id. */
    quint64 subscribe(qint64 userId, QObject *context, Sink sink);
    /** Ends a subscription; answers true if it was the user's last socket on every instance. */
    bool unsubscribe(quint64 subscription);
    /** Sockets the user holds on all live instances. */
    int connectionCount(qint64 userId);
    /** Whether @p userId has a socket open anywhere; a socket here answers without a query. */
    bool isOnline(qint64 userId);
    /** Which of @p userIds have a socket open anywhere: those here without a query, the rest
     *  from one. */
    QSet<qint64> onlineAmong(const QList<qint64> &userIds);
    int localConnectionCount(qint64 userId) const;

private:
    struct Subscriber
    {
        qint64 userId;
        QPointer<QObject> context;
        Sink sink;
    };
    void deliverLocal(qint64 userId, const QString &event, const QJsonValue &data);
    void onNotification(const QString &name, const QVariant &payload);
    void heartbeat();
    void changePresence(qint64 userId, int delta);

    ServerContext &m_context;
    QString m_instanceId;
    mutable QMutex m_mutex;
    QHash<quint64, Subscriber> m_subscribers;
    QMultiHash<qint64, quint64> m_byUser;
    quint64 m_nextId = 1;
    QThread m_listenThread;
    std::unique_ptr<QObject> m_listener;
    bool m_started = false;
};

} // namespace wn
