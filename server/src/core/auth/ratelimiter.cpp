// SPDX-License-Identifier: Apache-2.0
#include "ratelimiter.h"

#include "../sqlchanges.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** How many admissions pass between two sweeps of the attempts that left every window. */
constexpr quint32 pruneEvery = 256;
/** The sweep keeps what any count's window may still need: counts use windows of their own (a
 *  minute for an API key, an hour for codes sent), so one count's window never sweeps another's. */
constexpr int sweepAfterSeconds = 2 * 86400;

/** The PostgreSQL advisory lock of @p key: the same on every instance. */
qint64 lockOf(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(u"rate-limit:"_s.append(key).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

} // namespace

RateAdmission RateLimiter::admit(QSqlDatabase db, const QList<RateLimit> &limits, int windowSeconds)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = qint64(windowSeconds) * 1000;
    if (m_admissions.fetch_add(1, std::memory_order_relaxed) % pruneEvery == 0)
        prune(db, now, std::max(windowSeconds, sweepAfterSeconds));

    RateAdmission admission;
    // SQLite writes one transaction at a time, so counting and inserting in one is atomic there;
    // PostgreSQL counts under a lock per key, taken in one order by every attempt so that two
    // attempts sharing keys never wait for each other in a circle.
    Transaction tx(db);
    if (m_dialect == Dialect::Postgres) {
        QList<qint64> locks;
        for (const RateLimit &limit : limits)
            locks.append(lockOf(limit.key));
        std::sort(locks.begin(), locks.end());
        locks.erase(std::unique(locks.begin(), locks.end()), locks.end());
        for (qint64 lock : std::as_const(locks))
            Sql(db, u"SELECT pg_advisory_xact_lock(:lock)"_s).bind(u":lock"_s, lock).exec();
    }
    for (const RateLimit &limit : limits) {
        // Each key is counted with one window, so what left it is gone for good.
        Sql(db, u"DELETE FROM login_attempts WHERE limit_key = :key AND attempted_at <= :cutoff"_s)
                .bind(u":key"_s, limit.key)
                .bind(u":cutoff"_s, now - window)
                .exec();
        Sql recent(db,
                   u"SELECT attempted_at FROM login_attempts WHERE limit_key = :key "
                   u"AND attempted_at > :cutoff ORDER BY attempted_at DESC LIMIT :limit"_s);
        recent.bind(u":key"_s, limit.key)
                .bind(u":cutoff"_s, now - window)
                .bind(u":limit"_s, limit.limit)
                .exec();
        QList<qint64> times; // newest first
        while (recent.next())
            times.append(recent.id(u"attempted_at"_s));
        if (times.size() + limit.cost <= limit.limit)
            continue;
        // Free again when enough attempts have left the window for this one's places: the
        // attempt at (limit - cost), newest first, is the last that must go. One costing more
        // than the whole limit waits a whole window and still does not fit; callers refuse
        // such an attempt before they ask.
        const qsizetype mustGo = limit.limit - limit.cost;
        const qint64 leaves = mustGo >= 0 && mustGo < times.size() ? times.at(mustGo) : now;
        const qint64 wait = (leaves + window - now + 999) / 1000;
        admission.retryAfter = std::max(admission.retryAfter, int(std::max<qint64>(1, wait)));
    }
    if (!admission.admitted())
        return admission;
    for (const RateLimit &limit : limits) {
        for (int place = 0; place < limit.cost; ++place)
            admission.places.append(insertRowReturningId(
                    db, u"login_attempts"_s,
                    { { u"limit_key"_s, limit.key }, { u"attempted_at"_s, now } }));
    }
    tx.commit();
    return admission;
}

void RateLimiter::release(QSqlDatabase db, const QList<qint64> &places)
{
    if (places.isEmpty())
        return;
    Sql(db,
        u"DELETE FROM login_attempts WHERE id IN (%1)"_s.arg(
                Sql::placeholders(u"p"_s, places.size())))
            .bindEach(u"p"_s, places)
            .exec();
}

void RateLimiter::reset(QSqlDatabase db, const QString &key)
{
    Sql(db, u"DELETE FROM login_attempts WHERE limit_key = :key"_s).bind(u":key"_s, key).exec();
}

void RateLimiter::prune(QSqlDatabase db, qint64 now, int windowSeconds)
{
    Sql(db, u"DELETE FROM login_attempts WHERE attempted_at <= :cutoff"_s)
            .bind(u":cutoff"_s, now - qint64(windowSeconds) * 1000)
            .exec();
}

} // namespace wn
