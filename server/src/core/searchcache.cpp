// SPDX-License-Identifier: Apache-2.0
#include "searchcache.h"

namespace wn {

SearchCache::SearchCache(int countSeconds, int pageSeconds)
    : m_counts(countSeconds, 2000)
    , m_pages(pageSeconds, 200)
{ }

void SearchCache::storeCount(const QString &key, qint64 count, quint64 generation)
{
    m_counts.store(key, count, generation, m_generation);
}

void SearchCache::storePage(const QString &key, const QByteArray &body, quint64 generation)
{
    m_pages.store(key, body, generation, m_generation);
}

void SearchCache::clear()
{
    // Moved on first: a search that read the old jobs can no longer store what it found.
    ++m_generation;
    m_counts.clear();
    m_pages.clear();
}

} // namespace wn
