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

namespace {

QString line(const QStringList &cells)
{
    QStringList fields;
    for (const QString &cell : cells) {
        const bool formula = !cell.isEmpty()
                && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'@'
                    || (cell.front() == u'-' && cell.size() > 1 && !cell.at(1).isDigit()));
        fields.append(csvField(formula ? u'\'' + cell : cell));
    }
    return fields.join(u',') + u"\r\n"_s;
}

} // namespace

Response csvDownload(const QString &filename, const QStringList &header,
                     const QList<QStringList> &rows)
{
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return Response::bytes(text.toUtf8(), "text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"" + filename.toUtf8() + '"');
}

} // namespace wn
