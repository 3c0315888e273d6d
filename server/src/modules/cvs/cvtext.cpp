// SPDX-License-Identifier: Apache-2.0
#include "cvtext.h"

#include "core/logging.h"
#include "core/sandbox/sandbox.h"
#include "core/storage/zipparts.h"

#include <QLoggingCategory>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCvText, "worknation.server.cvs.text")

namespace wn::CvText {

namespace {

/** Runs as its own uid when the server is root, apart from the coding challenges' runs. */
constexpr uint extractionUid = 2000001000;

QString pdfText(const QByteArray &bytes)
{
    SandboxRequest request;
    request.command = { u"pdftotext"_s, u"-q"_s, u"-enc"_s,   u"UTF-8"_s,
                        u"-l"_s,        u"20"_s, u"cv.pdf"_s, u"-"_s };
    request.files = { { u"cv.pdf"_s, bytes } };
    request.limits.cpuMs = 5000;
    request.limits.wallMs = 10000;
    request.limits.memoryKb = 512 * 1024;
    request.limits.tmpfsKb = 32 * 1024;
    request.limits.outputBytes = maxChars * 4;
    const SandboxResult result = Sandbox().run(request, extractionUid);
    if (result.end != SandboxResult::End::Exited || result.exitCode != 0) {
        qCWarning(lcCvText) << "no text from an uploaded PDF:" << int(result.end) << result.exitCode
                            << result.error << result.errors.left(200);
        return {};
    }
    return QString::fromUtf8(result.output);
}

QString docxText(const QByteArray &bytes)
{
    const QString part = u"word/document.xml"_s;
    QMap<QString, QByteArray> parts;
    try {
        parts = unzipParts(bytes, { part }, 16 * 1024 * 1024,
                           [](const QString &why) { return ApiError(415, why); });
    } catch (const ApiError &error) {
        qCWarning(lcCvText) << "no text from an uploaded Word document:" << error.message();
        return {};
    }
    // Runs of text (w:t) make paragraphs (w:p); tabs and breaks become spaces and lines.
    QString text;
    QXmlStreamReader xml(parts.value(part));
    while (!xml.atEnd() && text.size() < maxChars) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"t"_s)
                text += xml.readElementText();
            else if (xml.name() == u"tab"_s)
                text += u' ';
            else if (xml.name() == u"br"_s)
                text += u'\n';
        } else if (xml.isEndElement() && xml.name() == u"p"_s) {
            text += u'\n';
        }
    }
    return text;
}

} // namespace

QString extract(const QString &type, const QByteArray &bytes)
{
    QString text = type == u"application/pdf"_s ? pdfText(bytes) : docxText(bytes);
    // Form feeds between pages and runs of blank lines say nothing to a search.
    text.replace(u'\f', u'\n');
    text.remove(QChar(0));
    return text.left(maxChars).trimmed();
}

} // namespace wn::CvText
