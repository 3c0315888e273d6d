// SPDX-License-Identifier: Apache-2.0
#include "csvreader.h"

using namespace Qt::StringLiterals;

namespace wn {

CsvReader::CsvReader(QStringView text, qsizetype position, int line)
    : m_text(text)
    , m_position(position)
    , m_line(line)
{ }

bool CsvReader::isBlank(const QStringList &record)
{
    return std::all_of(record.begin(), record.end(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

QStringList CsvReader::next(int *startLine, QString *error)
{
    if (startLine)
        *startLine = m_line;
    if (error)
        error->clear();
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted part of the field
    const qsizetype size = m_text.size();
    while (m_position < size) {
        const QChar c = m_text.at(m_position++);
        if (quoted) {
            if (c == u'"') {
                if (m_position < size && m_text.at(m_position) == u'"') {
                    field.append(u'"');
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && m_position < size && m_text.at(m_position) == u'\n')
                ++m_position;
            ++m_line;
            record.append(field);
            return record;
        } else {
            // Lenient where RFC 4180 is strict: a stray quote inside an unquoted field, or text
            // after a closing quote, is kept as written.
            field.append(c);
        }
    }
    if (quoted && error)
        *error = u"a quoted field is not closed"_s;
    record.append(field);
    return record;
}

} // namespace wn
