// SPDX-License-Identifier: Apache-2.0
#include "keys.h"

#include "../database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QByteArray derive(const QByteArray &master, quint64 id)
{
    QByteArray key(32, Qt::Uninitialized);
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                               id, "wnserver",
                               reinterpret_cast<const unsigned char *>(master.constData()));
    return key;
}

} // namespace

Keys::Keys(const QByteArray &master)
{
    Q_ASSERT(master.size() == crypto_kdf_KEYBYTES);
    jwt = derive(master, 1);
    codes = derive(master, 2);
    identity = derive(master, 3);
    storage = derive(master, 4);
}

Keys Keys::loadOrCreate(const QString &path)
{
    if (sodium_init() < 0)
        throw DatabaseError(u"libsodium could not be initialised"_s);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError(u"cannot read the server key %1"_s.arg(path));
        const QByteArray master = QByteArray::fromBase64(file.readAll().trimmed());
        if (master.size() != crypto_kdf_KEYBYTES)
            throw DatabaseError(u"the server key %1 is not 32 base64-encoded bytes"_s.arg(path));
        return Keys(master);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray master = random(crypto_kdf_KEYBYTES);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw DatabaseError(u"cannot create the server key %1"_s.arg(path));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(master.toBase64() + '\n');
    file.close();
    return Keys(master);
}

QByteArray Keys::hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

bool Keys::equal(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
            && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray Keys::random(int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(out.size()));
    return out;
}

QString Keys::randomDigits(int digits)
{
    QString out;
    for (int i = 0; i < digits; ++i)
        out.append(QChar(u'0' + int(randombytes_uniform(10))));
    return out;
}

} // namespace wn
