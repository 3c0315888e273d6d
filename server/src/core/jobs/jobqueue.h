// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>

namespace wn {

struct ServerContext;

/**
 * @brief Background work kept in the background_jobs table: enqueued in the caller's transaction,
 * run by a runner thread, retried with exponential back-off when the handler throws, and picked up
 * again after a restart. Several instances sharing PostgreSQL never run one job twice at once.
 */
class JobQueue : public QObject
{
    Q_OBJECT
public:
    /** Does the work; throws (any std::exception) to have it retried later. */
    using Handler = std::function<void(const QJsonObject &payload)>;
    /** Told once when a job has failed its last attempt, with the last failure, so that what the
     * job stood for (an import, say) can say it failed instead of waiting for ever. */
    using GiveUp = std::function<void(const QJsonObject &payload, const QString &failure)>;

    explicit JobQueue(ServerContext &context);
    ~JobQueue() override;

    void registerHandler(const QString &kind, Handler handler, int maxAttempts = 8,
                         GiveUp giveUp = {});
    /**
     * Runs @p handler every @p intervalSeconds (asked each time a run is scheduled) as jobs of
     * @p kind: start() schedules one when none is waiting, and each run schedules the next, so
     * one waits at a time on every instance sharing the database. A run that throws is not
     * retried; the next one comes as usual.
     */
    void registerPeriodic(const QString &kind, Handler handler,
                          std::function<int()> intervalSeconds);
    /** Where the periodic @p kind, working in slices, goes on from (empty before its first). */
    static QString cursor(QSqlDatabase db, const QString &kind);
    /** Keeps @p value as the periodic @p kind's cursor for its next run. */
    static void keepCursor(QSqlDatabase db, const QString &kind, const QString &value);
    /** Higher @p priority runs first among due jobs; bulk work uses a negative one. */
    qint64 enqueue(QSqlDatabase db, const QString &kind, const QJsonObject &payload,
                   const QDateTime &runAt = QDateTime(), int priority = 0);

    /** Starts the runner thread. */
    void start();
    /** Stops it after the job in hand. */
    void stop();
    /** Runs one due job on the calling thread; false when none was due. */
    bool runOne();
    /** Seconds to wait before attempt @p attempt + 1: doubling from @p base, at most an hour, with
     * jitter. */
    static int backoffSeconds(int attempt, int base);

Q_SIGNALS:
    void wakeRequested();

private:
    /** Enqueues the next run of the periodic @p kind unless one is waiting already. */
    void schedulePeriodic(QSqlDatabase db, const QString &kind);

    struct Registered
    {
        Handler handler;
        int maxAttempts;
        GiveUp giveUp;
    };
    ServerContext &m_context;
    QHash<QString, Registered> m_handlers;
    QHash<QString, std::function<int()>> m_periodic;
    QThread m_thread;
    std::unique_ptr<QObject> m_runner;
    QString m_workerId;
};

} // namespace wn
