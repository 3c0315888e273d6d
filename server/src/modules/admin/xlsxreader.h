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
    /** The sheet as CSV; ApiError 413 naming the budget a workbook goes over, 415 when it is no
     *  workbook. */
    static QString firstSheetAsCsv(const QByteArray &bytes);

    // A few kilobytes of ZIP can stand for gigabytes: each budget below bounds what reading one
    // costs, whatever its bytes claim.
    /** Unpacked parts larger than this are refused (a small ZIP can unpack to gigabytes). */
    static constexpr qint64 maxPartBytes = 64 * 1024 * 1024;
    /** Rows and columns beyond these are not read: an import needs a few columns. */
    static constexpr int maxRows = 100000;
    static constexpr int maxColumns = 64;
    /** Cells (and shared strings) a sheet may have: 50,000 rows of 10 columns. */
    static constexpr int maxCells = 500000;
    /** The most characters a cell holds (a spreadsheet program's own limit). */
    static constexpr int maxCellChars = 32767;
    /** The text the sheet becomes, at most: as much as a CSV file the import takes. */
    static constexpr qsizetype maxTextChars = 8 * 1024 * 1024;
    /** Reading stops after this long, whatever is left. */
    static constexpr int maxReadMs = 10000;
};

} // namespace wn
