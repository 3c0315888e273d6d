// SPDX-License-Identifier: Apache-2.0
#include "countcache.h"

namespace wn {

CountCache::CountCache(int ttlSeconds)
    : m_ttlMs(qint64(ttlSeconds) * 1000)
{
    m_clock.start();
}

std::optional<qint64> CountCache::find(const QString &key) const
{
    if (m_ttlMs <= 0)
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    const auto found = m_entries.constFind(key);
    if (found == m_entries.constEnd() || m_clock.elapsed() - found->storedMs > m_ttlMs)
        return std::nullopt;
    return found->count;
}

void CountCache::store(const QString &key, qint64 count)
{
    if (m_ttlMs <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= maxEntries)
        m_entries.clear(); // simpler than an LRU, and rare: the keys are searches people make
    m_entries.insert(key, { count, m_clock.elapsed() });
}

void CountCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace wn
