// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

struct lxw_workbook;
struct lxw_worksheet;

namespace wn {

/**
 * @brief A table written to a file a row at a time, as CSV (RFC 4180, UTF-8, CRLF) or as an
 * XLSX workbook of one sheet (libxlsxwriter in its constant-memory mode, so a large export
 * holds one row at a time). The file at the path appears only when commit() succeeds; until
 * then, and whenever writing fails, whatever was there stays.
 *
 * In a CSV file a cell a spreadsheet would run as a formula is written with a ' before it
 * (csvLine); in a workbook every text is a text cell, never a formula, and numbers are numbers.
 */
class TableFile
{
public:
    enum class Format { Csv, Xlsx };

    /** "csv" or "xlsx"; nothing for any other name. */
    static std::optional<Format> formatNamed(const QString &name);
    static QString nameOf(Format format);
    /** The file name's extension, without the dot. */
    static QString extension(Format format) { return nameOf(format); }
    static QByteArray contentType(Format format);

    /** A sheet holds at most this many rows, its header included (the format's own limit). */
    static constexpr int maxXlsxRows = 1048576;
    /** A workbook's cell holds at most this many characters; longer texts are cut. */
    static constexpr int maxXlsxCellChars = 32767;

    /** Starts the table at @p path with its @p header row; throws std::runtime_error when the
     *  file cannot be started. */
    TableFile(const QString &path, Format format, const QStringList &header);
    ~TableFile();
    TableFile(const TableFile &) = delete;
    TableFile &operator=(const TableFile &) = delete;

    /** One row: numbers as numbers, null as an empty cell, anything else as its text. Throws
     *  std::runtime_error when the row cannot be written (a workbook's rows are full). */
    void append(const QVariantList &cells);
    /** Finishes the file and puts it at the path; throws std::runtime_error when it cannot. */
    void commit();

private:
    void appendToSheet(const QVariantList &cells);

    Format m_format;
    QString m_path;
    std::unique_ptr<QSaveFile> m_csv;
    QString m_partPath; ///< the workbook being written, renamed to m_path by commit()
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    QByteArray m_tmpDir; ///< where libxlsxwriter keeps its row data while it writes
    int m_row = 0;
};

} // namespace wn
