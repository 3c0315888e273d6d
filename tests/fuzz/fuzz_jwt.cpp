// SPDX-License-Identifier: Apache-2.0
// The access token of an Authorization header (and of signed links): jwt::verify, as
// TokenService::authenticate calls it before any database is asked. Two ways in: the input as a
// token, which checks that nothing unsigned passes; and the input as a header and claims that
// are signed here with the server's key, so that the claims checks after the signature (purpose,
// expiry, issue time) are reached too.
#include "core/auth/jwt.h"
#include "core/auth/keys.h"
#include "fuzzing.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>

using namespace Qt::StringLiterals;
using wn::fuzz::check;

namespace {

const QByteArray key = QByteArray(32, 'k');
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1) {
        // Header and claims JSON, one per line, signed under the key.
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArray header = newline < 0 ? bytes : bytes.left(newline);
        const QByteArray claims = newline < 0 ? QByteArray() : bytes.mid(newline + 1);
        const QByteArray input = header.toBase64(base64url) + '.' + claims.toBase64(base64url);
        const QString token
                = QString::fromLatin1(input + '.' + wn::Keys::hmac(key, input).toBase64(base64url));
        const auto verified = wn::jwt::verify(key, token, u"access"_s);
        if (verified) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            check(verified->value(u"typ"_s).toString() == u"access"_s, "wrong purpose accepted");
            check(qint64(verified->value(u"exp"_s).toDouble()) > now, "expired token accepted");
            // The same claims under another purpose, or another key, are refused.
            check(!wn::jwt::verify(key, token, u"reset"_s), "purpose not checked");
            check(!wn::jwt::verify(QByteArray(32, 'x'), token, u"access"_s), "key not checked");
        }
        return 0;
    }
    // The input as a token: nothing passes without the key's signature.
    const QString token = QString::fromUtf8(bytes);
    check(!wn::jwt::verify(key, token, u"access"_s)
                  || token.section(u'.', 2).toLatin1()
                          == wn::Keys::hmac(key, token.section(u'.', 0, 1).toLatin1())
                                     .toBase64(base64url),
          "a token without the key's signature passed");
    // A token signed here from the input's claims passes, and says what was signed.
    const QString issued = wn::jwt::sign(key, { { u"sub"_s, QString::fromUtf8(bytes.left(64)) } },
                                         u"access"_s, 600);
    const auto back = wn::jwt::verify(key, issued, u"access"_s);
    check(back && back->value(u"sub"_s).toString() == QString::fromUtf8(bytes.left(64)),
          "a token just signed did not verify");
    return 0;
}
