// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace wn {

/**
 * @brief Reads RFC 4180 CSV records: fields separated by commas, quoted fields with embedded
 * commas, line breaks and doubled quotes, CRLF or LF line ends. It can resume: position() and
 * line() say where the next record starts, so a long file is read a chunk at a time.
 */
class CsvReader
{
public:
    explicit CsvReader(QStringView text, qsizetype position = 0, int line = 1);

    bool atEnd() const { return m_position >= m_text.size(); }
    /**
     * The next record. @p startLine receives the line it starts on; @p error the problem with it
     * (an unterminated quote), or empty.
     */
    QStringList next(int *startLine = nullptr, QString *error = nullptr);

    qsizetype position() const { return m_position; }
    int line() const { return m_line; }

    /** True if every field is empty or blank: an empty line, or one of bare commas. */
    static bool isBlank(const QStringList &record);

private:
    QStringView m_text;
    qsizetype m_position;
    int m_line;
};

} // namespace wn
