// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace wn::qrcode {

/** @p text as a QR code (error correction M) in a PNG, each module @p scale pixels square, with
 *  the four-module quiet zone scanners need. */
QByteArray png(const QString &text, int scale = 8);
/** The same code as an SVG drawing, one unit a module, scaled freely by whoever shows it. */
QByteArray svg(const QString &text);

} // namespace wn::qrcode
