// SPDX-License-Identifier: Apache-2.0
#include "passwordhasher.h"

#include "../database.h"

#include <QSemaphoreReleaser>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace wn {

PasswordHasher::PasswordHasher(int concurrency)
    : m_slots(std::max(1, concurrency))
{
    if (sodium_init() < 0)
        throw DatabaseError(u"libsodium could not be initialised"_s);
    m_dummyHash = hash(u"not a password of anyone"_s);
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    m_slots.acquire();
    QSemaphoreReleaser release(m_slots);
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), opsLimit, memLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        throw DatabaseError(u"out of memory while hashing a password"_s);
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    m_slots.acquire();
    QSemaphoreReleaser release(m_slots);
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

void PasswordHasher::verifyNothing(const QString &password)
{
    verify(m_dummyHash, password);
}

} // namespace wn
