// SPDX-License-Identifier: Apache-2.0
#include "qrcode.h"

#include "core/database.h"

#include <QBuffer>
#include <QImage>

#include <qrencode.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace wn::qrcode {

namespace {

constexpr int quietZone = 4;

/** The modules of @p text's code: width × width, true for dark. */
struct Modules
{
    int width = 0;
    QByteArray dark;
    bool at(int x, int y) const { return dark.at(y * width + x) != 0; }
};

Modules encode(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        throw DatabaseError(u"the QR code of %1 bytes could not be made"_s.arg(bytes.size()));
    Modules modules;
    modules.width = code->width;
    modules.dark.resize(qsizetype(code->width) * code->width);
    for (int i = 0; i < modules.dark.size(); ++i)
        modules.dark[i] = char(code->data[i] & 1); // the low bit is the module's colour
    return modules;
}

} // namespace

QByteArray png(const QString &text, int scale)
{
    const Modules modules = encode(text);
    const int side = (modules.width + 2 * quietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules.width; ++y) {
        for (int x = 0; x < modules.width; ++x) {
            if (!modules.at(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + quietZone) * scale + dy);
                std::fill_n(line + (x + quietZone) * scale, scale, uchar(0));
            }
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svg(const QString &text)
{
    const Modules modules = encode(text);
    const int side = modules.width + 2 * quietZone;
    QByteArray path;
    for (int y = 0; y < modules.width; ++y) {
        for (int x = 0; x < modules.width; ++x) {
            if (modules.at(x, y))
                path += "M" + QByteArray::number(x + quietZone) + ' '
                        + QByteArray::number(y + quietZone) + "h1v1h-1z";
        }
    }
    const QByteArray size = QByteArray::number(side);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + ' ' + size
            + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
            + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

} // namespace wn::qrcode
