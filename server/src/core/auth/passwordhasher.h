// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSemaphore>
#include <QString>

namespace wn {

/**
 * @brief argon2id password hashes (libsodium) with OWASP's minimum cost: 19 MiB, 2 passes.
 * At most N hashes run at once, so a burst of logins cannot exhaust memory.
 */
class PasswordHasher
{
public:
    explicit PasswordHasher(int concurrency);

    QString hash(const QString &password);
    bool verify(const QString &hash, const QString &password);
    /** Spends the time of one verification, so unknown accounts answer as slowly as known ones. */
    void verifyNothing(const QString &password);

    static constexpr unsigned long long opsLimit = 2;
    static constexpr size_t memLimit = size_t(19) * 1024 * 1024;

private:
    QSemaphore m_slots;
    QString m_dummyHash;
};

} // namespace wn
