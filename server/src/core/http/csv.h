// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "response.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wn {

/** @p value as one CSV field: quoted when it holds a comma or a quote, line breaks as spaces. */
QString csvField(QString value);

/** One CSV record with its CRLF: each cell as csvField, a cell a spreadsheet would run as a
 *  formula (=, +, -, @ first, not a number) written with a ' before it. */
QString csvLine(const QStringList &cells);

/** A CSV download (RFC 4180, UTF-8, CRLF) named @p filename: the @p header line, then @p rows.
 *  A cell a spreadsheet would run as a formula (=, +, -, @ first) is written with a ' before it. */
Response csvDownload(const QString &filename, const QStringList &header,
                     const QList<QStringList> &rows);

} // namespace wn
