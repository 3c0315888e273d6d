// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace wn {

/**
 * @brief Reads the first worksheet of an XLSX workbook (xl/sharedStrings.xml and
 * xl/worksheets/sheet1.xml, unzipped with libarchive) into CSV text, so that a spreadsheet
 * takes the same path as a CSV file. Line n of the text is row n of the sheet: rows the sheet
 * leaves out become empty lines, and line breaks inside a cell become spaces.
 */
class XlsxReader
{
public:
    /** The sheet as CSV; ApiError 413 when it unpacks too large, 415 when it is no workbook. */
    static QString firstSheetAsCsv(const QByteArray &bytes);

    /** Unpacked parts larger than this are refused (a small ZIP can unpack to gigabytes). */
    static constexpr qint64 maxPartBytes = 64 * 1024 * 1024;
    /** Rows and columns beyond these are not read: an import needs a few columns. */
    static constexpr int maxRows = 100000;
    static constexpr int maxColumns = 64;
};

} // namespace wn
