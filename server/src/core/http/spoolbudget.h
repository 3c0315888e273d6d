// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QMutex>
#include <QtGlobal>

#include <memory>

namespace wn {

class SpoolBudget;

/** @brief Bytes of one account's upload budget, held from an upload's head until its file is
 *  kept or thrown away, and given back when this goes. */
class SpoolReservation
{
public:
    SpoolReservation(std::shared_ptr<SpoolBudget> budget, qint64 owner, qint64 bytes)
        : m_budget(std::move(budget))
        , m_owner(owner)
        , m_bytes(bytes)
    { }
    ~SpoolReservation();
    Q_DISABLE_COPY_MOVE(SpoolReservation)

private:
    std::shared_ptr<SpoolBudget> m_budget;
    qint64 m_owner;
    qint64 m_bytes;
};

/**
 * @brief How many bytes of uploads each account may have arriving at once, across every
 * connection of this server: the quota counts only files kept, so without this one account
 * could fill the disk with bodies still arriving, each under its own limit.
 */
class SpoolBudget : public std::enable_shared_from_this<SpoolBudget>
{
public:
    explicit SpoolBudget(qint64 bytesPerAccount)
        : m_bytesPerAccount(bytesPerAccount)
    { }

    qint64 bytesPerAccount() const { return m_bytesPerAccount; }
    /** Holds @p bytes of @p owner's budget; nothing when they would go over it. */
    std::unique_ptr<SpoolReservation> reserve(qint64 owner, qint64 bytes);

private:
    friend class SpoolReservation;
    void release(qint64 owner, qint64 bytes);

    const qint64 m_bytesPerAccount;
    QMutex m_mutex;
    QHash<qint64, qint64> m_arriving; ///< per account, the bytes its uploads hold now
};

} // namespace wn
