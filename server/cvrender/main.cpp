// SPDX-License-Identifier: Apache-2.0
// Renders one CV to PDF: the CV as JSON on stdin, the PDF on stdout. The server starts one per
// CV, so that fonts (which need a QGuiApplication) never enter the server itself; the platform
// is offscreen, so no display is involved.
#include "cvpdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    QJsonParseError error;
    const QJsonDocument cv = QJsonDocument::fromJson(in.readAll(), &error);
    if (!cv.isObject()) {
        std::fprintf(stderr, "the CV is not a JSON object: %s\n", qPrintable(error.errorString()));
        return 1;
    }
    const QByteArray pdf = wn::renderCvPdf(cv.object());
    return out.write(pdf) == pdf.size() && out.flush() ? 0 : 2;
}
