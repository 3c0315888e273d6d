// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "response.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wn {

/** @p value as one CSV field: quoted when it holds a comma or a quote, line breaks as spaces. */
QString csvField(QString value);

/** A CSV download (RFC 4180, UTF-8, CRLF) named @p filename: the @p header line, then @p rows.
 *  A cell a spreadsheet would run as a formula (=, +, -, @ first) is written with a ' before it. */
Response csvDownload(const QString &filename, const QStringList &header,
                     const QList<QStringList> &rows);

} // namespace wn
