// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace wn {

/**
 * @brief Counts failures per key (an account, an address) in a sliding window. Kept in memory:
 * each server instance counts its own; behind a load balancer the effective limit is per instance.
 */
class RateLimiter
{
public:
    /** Seconds until @p key may try again, or 0 when it has fewer than @p limit recent failures. */
    int retryAfter(const QString &key, int limit, int windowSeconds);
    void recordFailure(const QString &key);
    void reset(const QString &key);

private:
    void prune(qint64 now, int windowSeconds);

    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_failures; ///< key -> failure times (ms since epoch)
    int m_window = 900;
};

} // namespace wn
