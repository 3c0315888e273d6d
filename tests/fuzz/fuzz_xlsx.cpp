// SPDX-License-Identifier: Apache-2.0
// A user import's XLSX workbook: XlsxReader::firstSheetAsCsv (libarchive unzips, the reader
// parses the shared strings and the first sheet's XML within its budgets), then the CSV text it
// makes read back by CsvReader as the import does.
#include "modules/admin/csvreader.h"
#include "modules/admin/xlsxreader.h"

#include <wn/common/apierror.h>

#include "fuzzing.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString text;
    try {
        text = wn::XlsxReader::firstSheetAsCsv(wn::fuzz::bytesOf(data, size));
    } catch (const wn::ApiError &error) {
        wn::fuzz::check(error.status() >= 400 && error.status() < 500, "refused with no 4xx");
        return 0;
    }
    wn::fuzz::check(text.size() <= wn::XlsxReader::maxTextChars,
                    "the sheet's text is over its budget");
    wn::CsvReader reader(text);
    while (!reader.atEnd()) {
        QString error;
        const QStringList fields = reader.next(nullptr, &error);
        wn::fuzz::check(error.isEmpty() && fields.size() <= wn::XlsxReader::maxColumns,
                        "the CSV it made does not read back");
    }
    return 0;
}
