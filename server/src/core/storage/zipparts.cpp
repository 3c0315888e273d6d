// SPDX-License-Identifier: Apache-2.0
#include "zipparts.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

struct ArchiveFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};

std::unique_ptr<archive, ArchiveFree> openZip(QByteArrayView bytes)
{
    std::unique_ptr<archive, ArchiveFree> zip(archive_read_new());
    archive_read_support_format_zip(zip.get());
    if (archive_read_open_memory(zip.get(), bytes.data(), size_t(bytes.size())) != ARCHIVE_OK)
        return nullptr;
    return zip;
}

} // namespace

QMap<QString, QByteArray> unzipParts(const QByteArray &bytes, const QStringList &wanted,
                                     qint64 maxPartBytes,
                                     const std::function<ApiError(const QString &why)> &notReadable)
{
    const auto zip = openZip(bytes);
    if (!zip)
        throw notReadable(u"not a ZIP file"_s);
    QMap<QString, QByteArray> parts;
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(zip.get(), &entry)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (!wanted.contains(name)) {
            archive_read_data_skip(zip.get());
            continue;
        }
        if (parts.contains(name)) // a second copy would be unpacked (and paid for) again
            throw notReadable(u"%1 appears twice"_s.arg(name));
        QByteArray data;
        char buffer[64 * 1024];
        la_ssize_t read = 0;
        while ((read = archive_read_data(zip.get(), buffer, sizeof buffer)) > 0) {
            data.append(buffer, qsizetype(read));
            if (data.size() > maxPartBytes)
                throw ApiError::payloadTooLarge(
                        u"The file is too large once unpacked (%1 over %2 MiB)"_s.arg(name).arg(
                                maxPartBytes / (1024 * 1024)));
        }
        if (read < 0)
            throw notReadable(u"a damaged part"_s);
        parts.insert(name, data);
    }
    if (status != ARCHIVE_EOF)
        throw notReadable(u"a damaged ZIP file"_s);
    return parts;
}

QStringList zipEntryNames(QByteArrayView bytes, int maxEntries)
{
    QStringList names;
    const auto zip = openZip(bytes);
    if (!zip)
        return names;
    archive_entry *entry = nullptr;
    while (names.size() < maxEntries && archive_read_next_header(zip.get(), &entry) == ARCHIVE_OK) {
        names.append(QString::fromUtf8(archive_entry_pathname(entry)));
        archive_read_data_skip(zip.get());
    }
    return names;
}

} // namespace wn
