// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace wn::attendancetoken {

/** A session's code changes every this many seconds. */
constexpr qint64 rotationSeconds = 30;

/** The rotation window @p secondsSinceEpoch falls in. */
constexpr qint64 windowAt(qint64 secondsSinceEpoch)
{
    return secondsSinceEpoch / rotationSeconds;
}

/** The token a session's QR code carries during @p window: "<session>.<window>.<HMAC>" under
 *  @p key, so that nobody without the server's secret makes one. */
QString issue(const QByteArray &key, qint64 sessionId, qint64 window);

struct Claim
{
    qint64 sessionId = 0;
    qint64 window = 0;
};
/** What @p token claims, if it is well formed and signed under @p key; freshness is the
 *  caller's to judge. */
std::optional<Claim> verify(const QByteArray &key, const QString &token);

} // namespace wn::attendancetoken
