// SPDX-License-Identifier: Apache-2.0
#include "tablefile.h"

#include "core/http/csv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaType>

#include <xlsxwriter.h>

#include <cstdio>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

[[noreturn]] void fail(const char *what, lxw_error error)
{
    throw std::runtime_error(std::string(what) + ": " + lxw_strerror(error));
}

} // namespace

std::optional<TableFile::Format> TableFile::formatNamed(const QString &name)
{
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"xlsx"_s)
        return Format::Xlsx;
    return std::nullopt;
}

QString TableFile::nameOf(Format format)
{
    return format == Format::Xlsx ? u"xlsx"_s : u"csv"_s;
}

QByteArray TableFile::contentType(Format format)
{
    return format == Format::Xlsx
            ? QByteArrayLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            : QByteArrayLiteral("text/csv; charset=utf-8");
}

TableFile::TableFile(const QString &path, Format format, const QStringList &header)
    : m_format(format)
    , m_path(path)
{
    const QString dir = QFileInfo(path).absolutePath();
    QDir().mkpath(dir);
    if (format == Format::Csv) {
        m_csv = std::make_unique<QSaveFile>(path);
        if (!m_csv->open(QIODevice::WriteOnly))
            throw std::runtime_error("cannot write " + path.toStdString());
        m_csv->write(csvLine(header).toUtf8());
        return;
    }
    // The row data waits beside the file, not in a temporary directory that may live in memory.
    m_tmpDir = QFile::encodeName(dir);
    m_partPath = path + u".part"_s;
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.data();
    m_workbook = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    if (!m_workbook)
        throw std::runtime_error("cannot start the workbook " + path.toStdString());
    m_sheet = workbook_add_worksheet(m_workbook, nullptr);
    if (!m_sheet)
        throw std::runtime_error("cannot add a worksheet");
    QVariantList cells;
    for (const QString &name : header)
        cells.append(name);
    appendToSheet(cells);
}

TableFile::~TableFile()
{
    if (m_workbook) { // never committed: the half-written workbook goes
        workbook_close(m_workbook);
        QFile::remove(m_partPath);
    }
}

void TableFile::append(const QVariantList &cells)
{
    if (m_format == Format::Xlsx) {
        appendToSheet(cells);
        return;
    }
    QStringList texts;
    texts.reserve(cells.size());
    for (const QVariant &cell : cells)
        texts.append(cell.isNull() ? QString() : cell.toString());
    m_csv->write(csvLine(texts).toUtf8());
}

void TableFile::appendToSheet(const QVariantList &cells)
{
    if (m_row >= maxXlsxRows)
        throw std::runtime_error("a worksheet holds at most 1,048,576 rows");
    for (int column = 0; column < cells.size(); ++column) {
        const QVariant &cell = cells.at(column);
        lxw_error error = LXW_NO_ERROR;
        if (cell.isNull())
            continue;
        if (isNumber(cell)) {
            error = worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column),
                                           cell.toDouble(), nullptr);
        } else {
            const QByteArray text = cell.toString().left(maxXlsxCellChars).toUtf8();
            error = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column),
                                           text.constData(), nullptr);
        }
        if (error != LXW_NO_ERROR)
            fail("cannot write a cell", error);
    }
    ++m_row;
}

void TableFile::commit()
{
    if (m_format == Format::Csv) {
        if (!m_csv->commit())
            throw std::runtime_error("cannot write " + m_path.toStdString());
        return;
    }
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        fail("cannot write the workbook", error);
    }
    // rename() replaces an older file at the path in one step, as QSaveFile does for CSV.
    if (std::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_path).constData())
        != 0) {
        QFile::remove(m_partPath);
        throw std::runtime_error("cannot put the workbook at " + m_path.toStdString());
    }
}

} // namespace wn
