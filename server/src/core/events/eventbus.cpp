// SPDX-License-Identifier: Apache-2.0
#include "eventbus.h"

#include "../database.h"
#include "../logging.h"
#include "../servercontext.h"
#include "../sqlchanges.h"

#include <wn/common/json.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr auto channel = "wn_events";
constexpr int heartbeatMs = 20000;
constexpr int instanceDeadSeconds = 60;

} // namespace

EventBus::EventBus(ServerContext &context)
    : m_context(context)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_listenThread.setObjectName(u"wn-events"_s);
}

EventBus::~EventBus()
{
    stop();
}

void EventBus::start()
{
    if (m_started)
        return;
    m_started = true;
    QSqlDatabase db = m_context.db();
    const QString now = nowText();
    insertRow(db, u"server_instances"_s,
              { { u"id"_s, m_instanceId }, { u"started_at"_s, now }, { u"heartbeat_at"_s, now } });

    m_listener = std::make_unique<QObject>();
    auto *timer = new QTimer(m_listener.get());
    timer->setInterval(heartbeatMs);
    connect(timer, &QTimer::timeout, m_listener.get(), [this] { heartbeat(); });
    m_listener->moveToThread(&m_listenThread);
    const bool postgres = m_context.database->isPostgres();
    connect(
            &m_listenThread, &QThread::started, m_listener.get(),
            [this, timer, postgres] {
                timer->start();
                if (!postgres)
                    return;
                // A connection of its own, owned by this thread, whose socket the event loop watches.
                QSqlDatabase listen = m_context.database->openExtraConnection(u"listen"_s);
                QSqlDriver *driver = listen.driver();
                connect(driver, &QSqlDriver::notification, m_listener.get(),
                        [this](const QString &name, QSqlDriver::NotificationSource,
                               const QVariant &payload) { onNotification(name, payload); });
                if (!driver->subscribeToNotification(QString::fromLatin1(channel)))
                    qCCritical(lcServer) << "cannot LISTEN for events from other instances";
            },
            Qt::DirectConnection);
    connect(
            &m_listenThread, &QThread::finished, m_listener.get(),
            [this] {
                delete m_listener.release();
                m_context.database->releaseThreadConnection();
            },
            Qt::DirectConnection);
    m_listenThread.start();
}

void EventBus::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_listenThread.quit();
    m_listenThread.wait();
    try {
        QSqlDatabase db = m_context.db();
        Sql(db, u"DELETE FROM chat_presence WHERE instance_id = :id"_s)
                .bind(u":id"_s, m_instanceId)
                .exec();
        Sql(db, u"DELETE FROM server_instances WHERE id = :id"_s).bind(u":id"_s, m_instanceId).exec();
    } catch (const std::exception &error) {
        qCWarning(lcServer) << "could not clear presence:" << error.what();
    }
}

void EventBus::heartbeat()
{
    try {
        QSqlDatabase db = m_context.db();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Sql(db, u"UPDATE server_instances SET heartbeat_at = :now WHERE id = :id"_s)
                .bind(u":now"_s, timeText(now))
                .bind(u":id"_s, m_instanceId)
                .exec();
        // An instance that stopped beating crashed: its sockets are gone.
        const QString dead = timeText(now.addSecs(-instanceDeadSeconds));
        Sql(db,
            u"DELETE FROM chat_presence WHERE instance_id IN (SELECT id FROM server_instances WHERE heartbeat_at < :dead)"_s)
                .bind(u":dead"_s, dead)
                .exec();
        Sql(db, u"DELETE FROM server_instances WHERE heartbeat_at < :dead"_s)
                .bind(u":dead"_s, dead)
                .exec();
    } catch (const std::exception &error) {
        qCWarning(lcServer) << "heartbeat failed:" << error.what();
    }
}

void EventBus::publish(qint64 userId, const QString &event, const QJsonValue &data)
{
    deliverLocal(userId, event, data);
    if (!m_context.database->isPostgres())
        return;
    const QJsonObject envelope {
        { u"i"_s, m_instanceId }, { u"u"_s, userId }, { u"e"_s, event }, { u"d"_s, data }
    };
    const QString payload
            = QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    if (payload.toUtf8().size() >= 8000) {
        qCWarning(lcServer) << "event" << event << "too large to relay to other instances";
        return;
    }
    Sql(m_context.db(), u"SELECT pg_notify(:channel, :payload)"_s)
            .bind(u":channel"_s, QString::fromLatin1(channel))
            .bind(u":payload"_s, payload)
            .exec();
}

void EventBus::onNotification(const QString &name, const QVariant &payload)
{
    if (name != QLatin1StringView(channel))
        return;
    const QJsonObject envelope = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (envelope.value(u"i"_s).toString() == m_instanceId)
        return; // delivered locally when published
    deliverLocal(envelope.value(u"u"_s).toInteger(), envelope.value(u"e"_s).toString(),
                 envelope.value(u"d"_s));
}

void EventBus::deliverLocal(qint64 userId, const QString &event, const QJsonValue &data)
{
    QMutexLocker lock(&m_mutex);
    const QList<quint64> ids = m_byUser.values(userId);
    for (quint64 id : ids) {
        const Subscriber &subscriber = m_subscribers.value(id);
        if (!subscriber.context)
            continue;
        QMetaObject::invokeMethod(
                subscriber.context, [sink = subscriber.sink, event, data] { sink(event, data); },
                Qt::QueuedConnection);
    }
}

quint64 EventBus::subscribe(qint64 userId, QObject *context, Sink sink)
{
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        m_subscribers.insert(id, { userId, context, std::move(sink) });
        m_byUser.insert(userId, id);
    }
    changePresence(userId, +1);
    return id;
}

bool EventBus::unsubscribe(quint64 subscription)
{
    qint64 userId = 0;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_subscribers.constFind(subscription);
        if (it == m_subscribers.constEnd())
            return false;
        userId = it->userId;
        m_byUser.remove(userId, subscription);
        m_subscribers.erase(it);
    }
    changePresence(userId, -1);
    return connectionCount(userId) == 0;
}

void EventBus::changePresence(qint64 userId, int delta)
{
    QSqlDatabase db = m_context.db();
    Sql(db,
        u"INSERT INTO chat_presence (instance_id, user_id, connections) VALUES (:instance, :user, "
        u":delta) "
        "ON CONFLICT (instance_id, user_id) DO UPDATE SET connections = chat_presence.connections + :delta"_s)
            .bind(u":instance"_s, m_instanceId)
            .bind(u":user"_s, userId)
            .bind(u":delta"_s, delta)
            .exec();
    Sql(db,
        u"DELETE FROM chat_presence WHERE instance_id = :instance AND user_id = :user AND connections <= 0"_s)
            .bind(u":instance"_s, m_instanceId)
            .bind(u":user"_s, userId)
            .exec();
}

int EventBus::connectionCount(qint64 userId)
{
    Sql q(m_context.db(),
          u"SELECT COALESCE(SUM(p.connections), 0) FROM chat_presence p "
          "JOIN server_instances s ON s.id = p.instance_id WHERE p.user_id = :user AND s.heartbeat_at > :alive"_s);
    q.bind(u":user"_s, userId)
            .bind(u":alive"_s,
                  timeText(QDateTime::currentDateTimeUtc().addSecs(-instanceDeadSeconds)));
    return q.scalar().toInt();
}

bool EventBus::isOnline(qint64 userId)
{
    return onlineAmong({ userId }).contains(userId);
}

QSet<qint64> EventBus::onlineAmong(const QList<qint64> &userIds)
{
    QSet<qint64> online;
    QList<qint64> elsewhere;
    {
        QMutexLocker lock(&m_mutex);
        for (const qint64 userId : userIds) {
            if (m_byUser.contains(userId))
                online.insert(userId);
            else
                elsewhere.append(userId);
        }
    }
    if (elsewhere.isEmpty())
        return online;
    Sql q(m_context.db(),
          u"SELECT DISTINCT p.user_id FROM chat_presence p JOIN server_instances s "
          "ON s.id = p.instance_id WHERE p.user_id IN (%1) AND p.connections > 0 "
          "AND s.heartbeat_at > :alive"_s.arg(Sql::placeholders(u"u"_s, elsewhere.size())));
    q.bindEach(u"u"_s, elsewhere)
            .bind(u":alive"_s,
                  timeText(QDateTime::currentDateTimeUtc().addSecs(-instanceDeadSeconds)))
            .exec();
    while (q.next())
        online.insert(q.id(u"user_id"_s));
    return online;
}

int EventBus::localConnectionCount(qint64 userId) const
{
    QMutexLocker lock(&m_mutex);
    return int(m_byUser.count(userId));
}

} // namespace wn
