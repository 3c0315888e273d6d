// SPDX-License-Identifier: Apache-2.0
#include "stationpass.h"

#include <QStringList>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace wn::stationpass {

namespace {

const QString prefix = u"wnatt1"_s;

QByteArray signedPart(const Pass &pass)
{
    return u"%1.%2.%3.%4"_s.arg(prefix).arg(pass.sessionId).arg(pass.from).arg(pass.until).toLatin1();
}

} // namespace

QString issue(const QByteArray &secretKey, const Pass &pass)
{
    Q_ASSERT(secretKey.size() == crypto_sign_SECRETKEYBYTES);
    const QByteArray message = signedPart(pass);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return QString::fromLatin1(
            message + '.'
            + signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Pass> verify(const QByteArray &publicKey, const QString &text)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return std::nullopt;
    const QStringList parts = text.split(u'.');
    if (parts.size() != 5 || parts.at(0) != prefix)
        return std::nullopt;
    bool sessionOk = false;
    bool fromOk = false;
    bool untilOk = false;
    const Pass pass { parts.at(1).toLongLong(&sessionOk), parts.at(2).toLongLong(&fromOk),
                      parts.at(3).toLongLong(&untilOk) };
    if (!sessionOk || !fromOk || !untilOk || pass.sessionId <= 0 || pass.until < pass.from)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
            parts.at(4).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_BYTES)
        return std::nullopt;
    // The signed text is rebuilt from the numbers read: a pass written differently ("007")
    // does not verify, so one pass has one spelling.
    const QByteArray message = signedPart(pass);
    if (text.toLatin1() != message + '.' + parts.at(4).toLatin1())
        return std::nullopt;
    if (crypto_sign_verify_detached(
                reinterpret_cast<const unsigned char *>(decoded.decoded.constData()),
                reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                reinterpret_cast<const unsigned char *>(publicKey.constData()))
        != 0)
        return std::nullopt;
    return pass;
}

} // namespace wn::stationpass
