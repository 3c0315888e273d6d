// SPDX-License-Identifier: Apache-2.0
#include "xlsxreader.h"

#include "core/http/csv.h"
#include "core/storage/zipparts.h"

#include <wn/common/apierror.h>

#include <QDeadlineTimer>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString sharedStringsPart = u"xl/sharedStrings.xml"_s;
const QString sheetPart = u"xl/worksheets/sheet1.xml"_s;

ApiError notAWorkbook(const QString &why)
{
    return ApiError(415,
                    u"The file is neither CSV text nor a readable XLSX workbook (%1); save the "
                    u"sheet as CSV (UTF-8) or XLSX and upload that"_s.arg(why));
}

/** The text of the element the reader is on, its runs joined, phonetic guides left out. */
QString textOf(QXmlStreamReader &xml)
{
    QString text;
    const QString endName = xml.name().toString();
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement() && xml.name() == endName)
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh"_s)
                xml.skipCurrentElement();
            else if (xml.name() == u"t"_s)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return text;
}

ApiError overBudget(const QString &what)
{
    return ApiError::payloadTooLarge(what
                                     + u"; split the sheet, or save it as CSV and upload that"_s);
}

/** Refuses a cell's text over a spreadsheet's own limit. */
void checkCell(const QString &text, const QString &where)
{
    if (text.size() > XlsxReader::maxCellChars)
        throw overBudget(
                u"%1 holds more than %2 characters, more than a spreadsheet cell can"_s.arg(where)
                        .arg(XlsxReader::maxCellChars));
}

QString tooMuchText()
{
    return u"The sheet holds more than %1 MiB of text"_s.arg(XlsxReader::maxTextChars
                                                             / (1024 * 1024));
}

void checkTime(const QDeadlineTimer &deadline)
{
    if (deadline.hasExpired())
        throw overBudget(
                u"The workbook takes longer than %1 s to read"_s.arg(XlsxReader::maxReadMs / 1000));
}

QStringList sharedStrings(const QByteArray &part, const QDeadlineTimer &deadline)
{
    QStringList strings;
    if (part.isEmpty())
        return strings; // a sheet of numbers only has no shared strings
    QXmlStreamReader xml(part);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si"_s) {
            if (strings.size() >= XlsxReader::maxCells)
                throw overBudget(u"The workbook has more than %1 shared strings"_s.arg(
                        XlsxReader::maxCells));
            strings.append(textOf(xml));
            checkCell(strings.constLast(), u"A shared string"_s);
            if (strings.size() % 1024 == 0)
                checkTime(deadline);
        }
    }
    if (xml.hasError())
        throw notAWorkbook(u"shared strings: "_s + xml.errorString());
    return strings;
}

/** The zero-based column of a cell reference such as "C12"; -1 if there is none. */
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters > 0 ? column - 1 : -1;
}

} // namespace

QString XlsxReader::firstSheetAsCsv(const QByteArray &bytes)
{
    const QMap<QString, QByteArray> parts = unzipParts(bytes, { sharedStringsPart, sheetPart },
                                                       XlsxReader::maxPartBytes, notAWorkbook);
    if (!parts.contains(sheetPart))
        throw notAWorkbook(u"it has no first worksheet"_s);
    const QDeadlineTimer deadline(maxReadMs);
    const QStringList strings = sharedStrings(parts.value(sharedStringsPart), deadline);

    QMap<int, QStringList> rows; // sheet row number (from 1) -> cells
    QXmlStreamReader xml(parts.value(sheetPart));
    int rowNumber = 0;
    int column = -1;
    int cells = 0;
    qsizetype textChars = 0; // what the stored cells add up to: a bound while reading
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row"_s) {
            const int r = xml.attributes().value(u"r"_s).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            column = -1;
            if (rowNumber > maxRows)
                throw ApiError::payloadTooLarge(
                        u"The sheet has rows beyond row %1; an import takes at most that many"_s.arg(
                                maxRows));
        } else if (xml.name() == u"c"_s && rowNumber > 0) {
            if (++cells > maxCells)
                throw overBudget(u"The sheet has more than %1 cells"_s.arg(maxCells));
            if (cells % 1024 == 0)
                checkTime(deadline);
            const QString reference = xml.attributes().value(u"r"_s).toString();
            const int given = columnOf(reference);
            column = given >= 0 ? given : column + 1;
            const QString type = xml.attributes().value(u"t"_s).toString();
            QString value;
            if (type == u"inlineStr"_s) {
                value = textOf(xml);
            } else {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"v"_s)
                        value = xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
                if (type == u"s"_s)
                    value = strings.value(value.toInt());
                else if (type == u"b"_s)
                    value = value == u"1"_s ? u"TRUE"_s : u"FALSE"_s;
            }
            checkCell(value, reference.isEmpty() ? u"A cell"_s : u"Cell "_s + reference);
            if (column < maxColumns) {
                textChars += value.size();
                if (textChars > maxTextChars)
                    throw overBudget(tooMuchText());
                QStringList &row = rows[rowNumber];
                while (row.size() <= column)
                    row.append(QString());
                row[column] = value;
            }
        }
    }
    if (xml.hasError())
        throw notAWorkbook(u"worksheet: "_s + xml.errorString());

    // A sheet leaves out empty cells at the end of a row; every line gets the full width. The
    // budget holds for the text itself, with its commas, quotes and empty lines: a sheet of
    // quote marks, or one cell far down and far right, comes out much larger than its values.
    qsizetype width = 0;
    for (const QStringList &cells : std::as_const(rows))
        width = std::max(width, cells.size());
    QString csv;
    int line = 1;
    for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
        for (; line < row.key(); ++line)
            csv += u'\n';
        QStringList fields;
        for (const QString &cell : row.value())
            fields.append(csvField(cell));
        while (fields.size() < width)
            fields.append(QString());
        csv += fields.join(u',') + u'\n';
        ++line;
        if (csv.size() > maxTextChars)
            throw overBudget(tooMuchText());
    }
    return csv;
}

} // namespace wn
