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
    secrets = derive(master, 4);
    fileLinks = derive(master, 5);
    attendance = derive(master, 6);
    invitationLinks = derive(master, 7);
    // Numbered after its migration (0025), so that keys added by parallel work never collide.
    partners = derive(master, 25);
    databaseRoles = derive(master, 28);
    // A seed, not a key: the pair follows from it, so it is the same every time the server
    // starts. Numbered far from the migrations' numbers, for it comes with none.
    const QByteArray seed = derive(master, 100);
    static_assert(crypto_sign_SEEDBYTES == 32);
    stationPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    stationSecret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(stationPublic.data()),
                             reinterpret_cast<unsigned char *>(stationSecret.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
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

QString Keys::seal(const QByteArray &key, const QString &plain)
{
    const QByteArray message = plain.toUtf8();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(),
                   Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size()), bytes,
                          reinterpret_cast<const unsigned char *>(key.constData()));
    return u"sealed:"_s + QString::fromLatin1(out.toBase64());
}

std::optional<QString> Keys::unseal(const QByteArray &key, const QString &sealed)
{
    if (!sealed.startsWith(u"sealed:"_s))
        return std::nullopt;
    const QByteArray box = QByteArray::fromBase64(sealed.mid(7).toLatin1());
    if (box.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(box.constData());
    QByteArray plain(box.size() - int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES),
                     Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   bytes + crypto_secretbox_NONCEBYTES,
                                   size_t(box.size()) - crypto_secretbox_NONCEBYTES, bytes,
                                   reinterpret_cast<const unsigned char *>(key.constData()))
        != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

QString Keys::randomDigits(int digits)
{
    QString out;
    for (int i = 0; i < digits; ++i)
        out.append(QChar(u'0' + int(randombytes_uniform(10))));
    return out;
}

} // namespace wn
