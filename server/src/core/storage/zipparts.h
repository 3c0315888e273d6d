// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/apierror.h>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace wn {

/**
 * The entries of the ZIP archive @p bytes named in @p wanted, unpacked (an entry not there is
 * absent from the answer). An entry larger than @p maxPartBytes once unpacked is refused with
 * ApiError 413 (a few kilobytes of ZIP can stand for gigabytes); what is no ZIP, damaged or holds
 * a wanted entry twice is refused with the ApiError @p notReadable makes of the reason.
 */
QMap<QString, QByteArray> unzipParts(const QByteArray &bytes, const QStringList &wanted,
                                     qint64 maxPartBytes,
                                     const std::function<ApiError(const QString &why)> &notReadable);

/** The names of the first @p maxEntries entries of the ZIP archive @p bytes, none unpacked;
 *  empty when it is no readable ZIP. */
QStringList zipEntryNames(QByteArrayView bytes, int maxEntries = 1000);

} // namespace wn
