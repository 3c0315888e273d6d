// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "identityprovider.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace wn {

struct Principal;
class Transaction;

/**
 * @brief Verifies BVN, NIN and TIN for the caller: the number's format, that no other account
 * has claimed it, the provider's record, and that the record's name matches the account's.
 */
class IdentityService
{
public:
    IdentityService(ServerContext &context, std::unique_ptr<IdentityProvider> provider);

    /** BVN or NIN of a talent. */
    QJsonObject verifyPerson(const Principal &principal, IdentityKind kind, const QString &number,
                             const QString &dateOfBirth);
    /** TIN of the caller's company. */
    QJsonObject verifyCompany(const Principal &principal, const QString &tin);
    /** Loads records into the local registry; answers how many were stored and which were refused. */
    QJsonObject loadRegistry(const QJsonArray &records);

private:
    /** Records the check in @p tx: verified when @p failure is empty; a failed check is committed
     *  (it stays on record) and thrown as 422. */
    void record(Transaction &tx, QSqlDatabase db, const Principal &principal, IdentityKind kind,
                const QString &number, const QString &failure);

    ServerContext &m_context;
    std::unique_ptr<IdentityProvider> m_provider;
};

/** Names compared loosely: case, accents' absence, punctuation and company suffixes ignored. */
bool sameName(const QString &a, const QString &b);

} // namespace wn
