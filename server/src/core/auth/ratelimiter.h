// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../database.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace wn {

/** @brief One count an attempt must find room in: at most @p limit attempts per window. */
struct RateLimit
{
    QString key; ///< what is counted: "login-account:<email>", "login-ip:<address>"
    int limit = 0;
    int cost = 1; ///< places the attempt takes (a request that does the work of several)
};

/** @brief The places one attempt holds in its counts (see RateLimiter::admit). */
struct RateAdmission
{
    int retryAfter = 0; ///< seconds until a place is free; 0 when admitted
    QList<qint64> places; ///< the attempt's rows, one per place taken, when admitted
    bool admitted() const { return retryAfter == 0; }
};

/**
 * @brief Counts login attempts per key (an account, an address) in a sliding window, in the
 * database (login_attempts): every instance on the same database shares the counts.
 *
 * An attempt takes its place in every count before the work it guards (a password check) and
 * keeps it if that work fails: taking a place is one transaction that counts and inserts, under
 * a lock per key, so attempts arriving together can never take more places than the limit.
 * Each count (key) is always taken with the same window; different counts may use different
 * windows (a login's minutes, an API key's minute, an hour of codes sent).
 */
class RateLimiter
{
public:
    /** Counts in a database of @p dialect: how attempts wait for each other depends on it. */
    explicit RateLimiter(Dialect dialect)
        : m_dialect(dialect)
    { }

    /**
     * Takes a place for one attempt in each of @p limits over the last @p windowSeconds; when any
     * count is full, takes none and says in how many seconds a place frees up.
     */
    RateAdmission admit(QSqlDatabase db, const QList<RateLimit> &limits, int windowSeconds);
    /** Gives back an admitted attempt's @p places: it turned out not to be a failure. */
    void release(QSqlDatabase db, const QList<qint64> &places);
    /** Forgets every attempt counted under @p key. */
    void reset(QSqlDatabase db, const QString &key);

private:
    void prune(QSqlDatabase db, qint64 now, int windowSeconds);

    const Dialect m_dialect;
    std::atomic<quint32> m_admissions = 0;
};

} // namespace wn
