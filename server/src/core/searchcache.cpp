// SPDX-License-Identifier: Apache-2.0
#include "searchcache.h"

namespace wn {

SearchCache::SearchCache(int countSeconds, int pageSeconds)
    : m_counts(countSeconds, 2000)
    , m_pages(pageSeconds, 500)
{ }

void SearchCache::clear()
{
    m_counts.clear();
    m_pages.clear();
}

} // namespace wn
