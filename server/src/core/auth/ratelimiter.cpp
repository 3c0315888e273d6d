// SPDX-License-Identifier: Apache-2.0
#include "ratelimiter.h"

#include <QDateTime>

namespace wn {

int RateLimiter::retryAfter(const QString &key, int limit, int windowSeconds)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    m_window = windowSeconds;
    if (m_failures.size() > 100000)
        prune(now, windowSeconds);
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    QList<qint64> &times = *it;
    const qint64 cutoff = now - qint64(windowSeconds) * 1000;
    while (!times.isEmpty() && times.first() <= cutoff)
        times.removeFirst();
    if (times.size() < limit)
        return 0;
    // Free again when the oldest failure that keeps the count at the limit leaves the window.
    const qint64 freeAt = times.at(times.size() - limit) + qint64(windowSeconds) * 1000;
    return int(std::max<qint64>(1, (freeAt - now + 999) / 1000));
}

void RateLimiter::recordFailure(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_failures[key].append(QDateTime::currentMSecsSinceEpoch());
}

void RateLimiter::reset(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(key);
}

void RateLimiter::prune(qint64 now, int windowSeconds)
{
    const qint64 cutoff = now - qint64(windowSeconds) * 1000;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it->isEmpty() || it->last() <= cutoff)
            it = m_failures.erase(it);
        else
            ++it;
    }
}

} // namespace wn
