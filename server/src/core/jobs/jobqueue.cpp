// SPDX-License-Identifier: Apache-2.0
#include "jobqueue.h"

#include "../database.h"
#include "../logging.h"
#include "../metrics.h"
#include "../servercontext.h"
#include "../sqlchanges.h"

#include <wn/common/json.h>

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

constexpr int lockSeconds = 300;

} // namespace

JobQueue::JobQueue(ServerContext &context)
    : m_context(context)
    , m_workerId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    m_thread.setObjectName(u"wn-jobs"_s);
}

JobQueue::~JobQueue()
{
    stop();
}

void JobQueue::registerHandler(const QString &kind, Handler handler, int maxAttempts, GiveUp giveUp)
{
    m_handlers.insert(kind, { std::move(handler), maxAttempts, std::move(giveUp) });
}

void JobQueue::registerPeriodic(const QString &kind, Handler handler,
                                std::function<int()> intervalSeconds)
{
    registerHandler(kind, std::move(handler), 1);
    m_periodic.insert(kind, std::move(intervalSeconds));
}

void JobQueue::schedulePeriodic(QSqlDatabase db, const QString &kind)
{
    const bool waiting = Sql(db,
                             u"SELECT 1 FROM background_jobs WHERE kind = :kind AND status = "
                             "'pending'"_s)
                                 .bind(u":kind"_s, kind)
                                 .exists();
    if (!waiting)
        enqueue(db, kind, {}, QDateTime::currentDateTimeUtc().addSecs(m_periodic.value(kind)()));
}

QString JobQueue::cursor(QSqlDatabase db, const QString &kind)
{
    const std::optional<SqlRow> row
            = Sql(db, u"SELECT cursor FROM periodic_cursors WHERE kind = :kind"_s)
                      .bind(u":kind"_s, kind)
                      .one();
    return row ? row->text(u"cursor"_s) : QString();
}

void JobQueue::keepCursor(QSqlDatabase db, const QString &kind, const QString &value)
{
    insertRow(db, u"periodic_cursors"_s,
              { { u"kind"_s, kind }, { u"cursor"_s, value }, { u"updated_at"_s, nowText() } },
              onConflictUpdate(u"kind"_s, { u"cursor"_s, u"updated_at"_s }));
}

qint64 JobQueue::enqueue(QSqlDatabase db, const QString &kind, const QJsonObject &payload,
                         const QDateTime &runAt, int priority)
{
    const int maxAttempts = m_handlers.value(kind, { {}, 8, {} }).maxAttempts;
    const QString now = nowText();
    const qint64 id
            = insertRowReturningId(db, u"background_jobs"_s,
                                   { { u"kind"_s, kind },
                                     { u"payload"_s, QString::fromUtf8(json::compact(payload)) },
                                     { u"status"_s, u"pending"_s },
                                     { u"attempts"_s, 0 },
                                     { u"max_attempts"_s, maxAttempts },
                                     { u"run_at"_s, runAt.isValid() ? timeText(runAt) : now },
                                     { u"created_at"_s, now },
                                     { u"updated_at"_s, now },
                                     { u"priority"_s, priority } });
    // The runner is told at once; jobs enqueued in a transaction that rolls back are simply not found.
    Q_EMIT wakeRequested();
    return id;
}

int JobQueue::backoffSeconds(int attempt, int base)
{
    const qint64 wait = qint64(base) << std::min(std::max(attempt - 1, 0), 16);
    const int capped = int(std::min<qint64>(wait, 3600));
    return capped + int(QRandomGenerator::global()->bounded(capped / 5 + 1));
}

bool JobQueue::runOne()
{
    QSqlDatabase db = m_context.db();
    const QString now = nowText();
    Sql claim(db,
              u"UPDATE background_jobs SET status = 'running', attempts = attempts + 1, locked_by "
              u"= :worker, "
              "locked_until = :lock, updated_at = :now "
              "WHERE id = (SELECT id FROM background_jobs WHERE (status = 'pending' AND run_at <= "
              ":now) "
              "            OR (status = 'running' AND locked_until < :now) ORDER BY priority DESC, "
              "run_at, id "
              "LIMIT 1) "
              "AND (status = 'pending' OR locked_until < :now) "
              "RETURNING id, kind, payload, attempts, max_attempts"_s);
    claim.bind(u":worker"_s, m_workerId)
            .bind(u":lock"_s, timeText(QDateTime::currentDateTimeUtc().addSecs(lockSeconds)))
            .bind(u":now"_s, now)
            .exec();
    if (!claim.next())
        return false;
    const qint64 id = claim.id(u"id"_s);
    const QString kind = claim.text(u"kind"_s);
    const QJsonObject payload = QJsonDocument::fromJson(claim.text(u"payload"_s).toUtf8()).object();
    const int attempts = claim.integer(u"attempts"_s);
    const int maxAttempts = claim.integer(u"max_attempts"_s);
    claim.query().finish();

    QString failure;
    // A periodic job's next run is waiting before this one runs, whatever becomes of it.
    if (m_periodic.contains(kind))
        schedulePeriodic(db, kind);
    const auto handler = m_handlers.constFind(kind);
    if (handler == m_handlers.constEnd()) {
        failure = u"no handler for job kind "_s + kind;
    } else {
        try {
            handler->handler(payload);
        } catch (const std::exception &error) {
            failure = QString::fromUtf8(error.what());
        }
    }

    if (failure.isEmpty()) {
        Sql(db,
            u"UPDATE background_jobs SET status = 'done', locked_until = NULL, last_error = NULL, updated_at = :now WHERE id = :id"_s)
                .bind(u":now"_s, nowText())
                .bind(u":id"_s, id)
                .exec();
        m_context.metrics->increment(u"wn_jobs_total"_s, u"kind=\"%1\",result=\"done\""_s.arg(kind));
        return true;
    }
    const bool exhausted = attempts >= maxAttempts;
    qCWarning(lcJobs).noquote() << "job" << id << kind << "attempt" << attempts
                                << "failed:" << failure << (exhausted ? "(giving up)" : "");
    Sql(db,
        u"UPDATE background_jobs SET status = :status, run_at = :run, locked_until = NULL, last_error = :error, updated_at = :now WHERE id = :id"_s)
            .bind(u":status"_s, exhausted ? u"failed"_s : u"pending"_s)
            .bind(u":run"_s,
                  timeText(QDateTime::currentDateTimeUtc().addSecs(backoffSeconds(
                          attempts, m_context.config.integer(u"jobs/retry_base_seconds"_s)))))
            .bind(u":error"_s, failure.left(2000))
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
    m_context.metrics->increment(
            u"wn_jobs_total"_s,
            u"kind=\"%1\",result=\"%2\""_s.arg(kind, exhausted ? u"failed"_s : u"retry"_s));
    if (exhausted && handler != m_handlers.constEnd() && handler->giveUp) {
        try {
            handler->giveUp(payload, failure);
        } catch (const std::exception &error) {
            qCWarning(lcJobs).noquote()
                    << "job" << id << kind << "could not record its failure:" << error.what();
        }
    }
    return true;
}

void JobQueue::start()
{
    if (m_thread.isRunning())
        return;
    for (auto it = m_periodic.constBegin(); it != m_periodic.constEnd(); ++it)
        schedulePeriodic(m_context.db(), it.key());
    m_runner = std::make_unique<QObject>();
    auto *timer = new QTimer(m_runner.get());
    timer->setInterval(m_context.config.integer(u"jobs/poll_ms"_s));
    m_runner->moveToThread(&m_thread); // the timer moves with it
    auto drain = [this] {
        try {
            int budget = 100; // yield to the event loop now and then
            while (budget-- > 0 && runOne()) { }
            if (budget < 0)
                QMetaObject::invokeMethod(
                        m_runner.get(), [this] { Q_EMIT wakeRequested(); }, Qt::QueuedConnection);
        } catch (const std::exception &error) {
            qCWarning(lcJobs) << "job runner:" << error.what();
        }
    };
    connect(timer, &QTimer::timeout, m_runner.get(), drain);
    connect(this, &JobQueue::wakeRequested, m_runner.get(), drain, Qt::QueuedConnection);
    connect(&m_thread, &QThread::started, timer, qOverload<>(&QTimer::start));
    // Runs on the jobs thread as it ends: the runner and its timer die where they lived.
    connect(
            &m_thread, &QThread::finished, m_runner.get(),
            [this] {
                delete m_runner.release();
                m_context.database->releaseThreadConnection();
            },
            Qt::DirectConnection);
    m_thread.start();
}

void JobQueue::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_runner.reset();
}

} // namespace wn
