// SPDX-License-Identifier: Apache-2.0
#include "csv.h"

using namespace Qt::StringLiterals;

namespace wn {

QString csvField(QString value)
{
    value.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    if (!value.contains(u',') && !value.contains(u'"'))
        return value;
    return u'"' + value.replace(u'"', u"\"\""_s) + u'"';
}

QString csvLine(const QStringList &cells)
{
    QStringList fields;
    for (const QString &cell : cells) {
        // What a spreadsheet would run as a formula starts with one of these; a number ("-12.5")
        // is left as it is, anything else that starts so is quoted as text.
        static const QString starts = u"=+-@\t\r"_s;
        bool number = false;
        cell.toDouble(&number);
        const bool formula = !cell.isEmpty() && starts.contains(cell.front()) && !number;
        fields.append(csvField(formula ? u'\'' + cell : cell));
    }
    return fields.join(u',') + u"\r\n"_s;
}

Response csvDownload(const QString &filename, const QStringList &header,
                     const QList<QStringList> &rows)
{
    QString text = csvLine(header);
    for (const QStringList &row : rows)
        text += csvLine(row);
    return Response::bytes(text.toUtf8(), "text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"" + filename.toUtf8() + '"');
}

} // namespace wn
