// SPDX-License-Identifier: Apache-2.0
// A user import's XLSX workbook: XlsxReader::firstSheetAsCsv (libarchive unzips, the reader
// parses the shared strings and the first sheet's XML within its budgets), then the CSV text it
// makes read back by CsvReader as the import does.
#include "modules/admin/csvreader.h"
#include "modules/admin/xlsxreader.h"

#include <wn/common/apierror.h>

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    QString text;
    try {
        text = wn::XlsxReader::firstSheetAsCsv(bytes);
    } catch (const wn::ApiError &error) {
        if (error.status() < 400 || error.status() >= 500) {
            std::fprintf(stderr, "xlsx: refused with %d\n", error.status());
            std::abort();
        }
        return 0;
    }
    if (text.size() > wn::XlsxReader::maxTextChars) {
        std::fprintf(stderr, "xlsx: %lld characters, over the budget\n", qlonglong(text.size()));
        std::abort();
    }
    wn::CsvReader reader(text);
    while (!reader.atEnd()) {
        QString error;
        const QStringList fields = reader.next(nullptr, &error);
        if (!error.isEmpty() || fields.size() > wn::XlsxReader::maxColumns) {
            std::fprintf(stderr, "xlsx: the CSV it made does not read back (%s)\n",
                         qPrintable(error));
            std::abort();
        }
    }
    return 0;
}
