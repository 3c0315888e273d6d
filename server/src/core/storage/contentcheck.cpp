// SPDX-License-Identifier: Apache-2.0
// A file whose first bytes say "PNG" but which goes on as an HTML page is two files in one: a
// browser, a mail client or a tool that looks past the signature may run the page. Uploads of
// pictures and PDFs are therefore walked to the end their format gives them, and searched for the
// markers of HTML and script.
#include "contentcheck.h"

#include <QHash>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

quint32 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    const auto byte
            = [&](qsizetype i) { return quint32(static_cast<unsigned char>(bytes[at + i])); };
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

quint32 littleEndian32(QByteArrayView bytes, qsizetype at)
{
    const auto byte
            = [&](qsizetype i) { return quint32(static_cast<unsigned char>(bytes[at + i])); };
    return byte(3) << 24 | byte(2) << 16 | byte(1) << 8 | byte(0);
}

unsigned char at(QByteArrayView bytes, qsizetype i)
{
    return static_cast<unsigned char>(bytes[i]);
}

/** A PNG chunk's name: four ASCII letters. */
bool isChunkName(QByteArrayView name)
{
    for (char c : name) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

/** A RIFF chunk's name: four printable ASCII characters ("VP8 ", "VP8L", "EXIF"). */
bool isFourCc(QByteArrayView name)
{
    for (char c : name) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

QString trailing(const QString &label, qsizetype count)
{
    return u"This %1 goes on for %2 bytes after its end: an upload must be wholly one %1"_s
            .arg(label)
            .arg(count);
}

QString cutShort(const QString &label)
{
    return u"This %1 is cut short or damaged: it does not reach its own end"_s.arg(label);
}

/** Chunks from the signature to IEND, and nothing after. */
std::optional<QString> pngProblem(QByteArrayView bytes)
{
    const QString label = u"PNG"_s;
    qsizetype pos = 8;
    bool first = true;
    while (pos + 12 <= bytes.size()) {
        const quint32 length = bigEndian32(bytes, pos);
        const QByteArrayView name = bytes.sliced(pos + 4, 4);
        if (length > 0x7fffffffu || !isChunkName(name) || (first && name != "IHDR")
            || qsizetype(length) > bytes.size() - pos - 12)
            return cutShort(label);
        first = false;
        pos += 12 + qsizetype(length);
        if (name == "IEND") {
            if (pos != bytes.size())
                return trailing(label, bytes.size() - pos);
            return std::nullopt;
        }
    }
    return cutShort(label);
}

/**
 * Segments from SOI to EOI. Bytes after EOI are let through (phones append their own data
 * there, a motion photo's video say); they are still searched for HTML and script.
 */
std::optional<QString> jpegProblem(QByteArrayView bytes)
{
    const QString label = u"JPEG"_s;
    qsizetype pos = 2;
    while (true) {
        if (pos >= bytes.size() || at(bytes, pos) != 0xff)
            return cutShort(label);
        while (pos < bytes.size() && at(bytes, pos) == 0xff)
            ++pos; // fill bytes
        if (pos >= bytes.size())
            return cutShort(label);
        const unsigned char marker = at(bytes, pos++);
        if (marker == 0xd9) // end of image
            return std::nullopt;
        if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) // no length
            continue;
        if (pos + 2 > bytes.size())
            return cutShort(label);
        const qsizetype length = at(bytes, pos) << 8 | at(bytes, pos + 1);
        if (length < 2 || length > bytes.size() - pos)
            return cutShort(label);
        pos += length;
        if (marker == 0xda) {
            // The compressed scan runs to the next marker: 0xff followed by neither a stuffed
            // 0x00 nor a restart marker.
            while (pos + 1 < bytes.size()
                   && !(at(bytes, pos) == 0xff && at(bytes, pos + 1) != 0x00
                        && !(at(bytes, pos + 1) >= 0xd0 && at(bytes, pos + 1) <= 0xd7)))
                ++pos;
        }
    }
}

/** One RIFF chunk whose size is the whole file, made of chunks that fill it exactly. */
std::optional<QString> webpProblem(QByteArrayView bytes)
{
    const QString label = u"WebP"_s;
    if (bytes.size() < 12)
        return cutShort(label);
    const qint64 riffEnd = 8 + qint64(littleEndian32(bytes, 4));
    if (riffEnd > bytes.size())
        return cutShort(label);
    qsizetype pos = 12;
    while (pos + 8 <= riffEnd) {
        const qint64 size = littleEndian32(bytes, pos + 4);
        if (!isFourCc(bytes.sliced(pos, 4)) || pos + 8 + size > riffEnd)
            return cutShort(label);
        pos += 8 + qsizetype(size) + qsizetype(size & 1);
    }
    if (pos < riffEnd)
        return cutShort(label);
    if (bytes.size() > pos)
        return trailing(label, bytes.size() - pos);
    return std::nullopt;
}

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

/** The header at the very start, and nothing but white space after the last %%EOF. */
std::optional<QString> pdfProblem(QByteArrayView bytes)
{
    const QString label = u"PDF"_s;
    if (!bytes.startsWith("%PDF-"))
        return u"This PDF does not start with its header (%PDF-): an upload must be wholly one PDF"_s;
    const qsizetype end = bytes.lastIndexOf("%%EOF");
    if (end < 0)
        return cutShort(label);
    qsizetype after = end + 5;
    while (after < bytes.size() && isPdfWhitespace(bytes[after]))
        ++after;
    if (after < bytes.size())
        return trailing(label, bytes.size() - end - 5);
    return std::nullopt;
}

bool endsMarker(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '>' || c == '/';
}

/**
 * The first marker of HTML or script in @p bytes. A marker is a tag name and what ends one, so
 * that compressed data, where any short run of bytes turns up, does not pass for a page.
 */
std::optional<QByteArray> htmlMarker(QByteArrayView bytes)
{
    static const std::array<QByteArrayView, 8> tags { "<!doctype", "<html",   "<head",   "<body",
                                                      "<script",   "<iframe", "<object", "<embed" };
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    for (qsizetype pos = 0; pos < size; ++pos) {
        const void *open = std::memchr(data + pos, '<', size_t(size - pos));
        if (!open)
            break;
        pos = static_cast<const char *>(open) - data;
        for (QByteArrayView tag : tags) {
            if (size - pos > tag.size()
                && bytes.sliced(pos, tag.size()).compare(tag, Qt::CaseInsensitive) == 0
                && endsMarker(bytes[pos + tag.size()]))
                return tag.toByteArray();
        }
    }
    return std::nullopt;
}

/** A PDF action that runs script when the document is opened or used. */
bool hasPdfScript(QByteArrayView bytes)
{
    constexpr QByteArrayView name = "/JavaScript";
    for (qsizetype pos = bytes.indexOf(name); pos >= 0; pos = bytes.indexOf(name, pos + 1)) {
        const qsizetype next = pos + name.size();
        if (next == bytes.size())
            return true;
        const char c = bytes[next];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> mixedContentProblem(const QString &type, QByteArrayView bytes)
{
    using Check = std::optional<QString> (*)(QByteArrayView);
    static const QHash<QString, std::pair<QString, Check>> formats {
        { u"image/png"_s, { u"PNG"_s, pngProblem } },
        { u"image/jpeg"_s, { u"JPEG"_s, jpegProblem } },
        { u"image/webp"_s, { u"WebP"_s, webpProblem } },
        { u"application/pdf"_s, { u"PDF"_s, pdfProblem } },
    };
    const auto format = formats.constFind(type);
    if (format == formats.cend())
        return std::nullopt;
    const auto &[label, structureProblem] = *format;
    if (std::optional<QString> problem = structureProblem(bytes))
        return problem;
    if (const std::optional<QByteArray> marker = htmlMarker(bytes))
        return u"This %1 holds HTML or script (%2): an upload must be wholly one %1"_s.arg(
                label, QString::fromLatin1(*marker));
    if (type == u"application/pdf"_s && hasPdfScript(bytes))
        return u"This PDF holds script (/JavaScript): PDFs that run script are not accepted"_s;
    return std::nullopt;
}

} // namespace wn
