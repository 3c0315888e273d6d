// SPDX-License-Identifier: Apache-2.0
#include "spoolbudget.h"

namespace wn {

SpoolReservation::~SpoolReservation()
{
    m_budget->release(m_owner, m_bytes);
}

std::unique_ptr<SpoolReservation> SpoolBudget::reserve(qint64 owner, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    qint64 &arriving = m_arriving[owner];
    if (arriving + bytes > m_bytesPerAccount) {
        if (arriving == 0)
            m_arriving.remove(owner);
        return nullptr;
    }
    arriving += bytes;
    return std::make_unique<SpoolReservation>(shared_from_this(), owner, bytes);
}

void SpoolBudget::release(qint64 owner, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_arriving.find(owner);
    if (it == m_arriving.end())
        return;
    *it -= bytes;
    if (*it <= 0)
        m_arriving.erase(it);
}

} // namespace wn
