// SPDX-License-Identifier: Apache-2.0
// A user import's CSV file as UserImportService reads it: UTF-8 text, then CsvReader record by
// record, resumed from position() and line() the way the import job reads a long file a chunk at
// a time. Each record written back with csvLine reads as the same fields.
#include "core/http/csv.h"
#include "fuzzing.h"
#include "modules/admin/csvreader.h"

#include <QList>
#include <QStringDecoder>

#include <cstdint>

using wn::fuzz::check;

namespace {

/** What csvLine promises to keep of a cell: line breaks become spaces, formulas get a '. */
bool sameCell(const QString &written, const QString &read)
{
    QString expected = written;
    expected.replace(QLatin1String("\r\n"), QLatin1String(" "));
    expected.replace(QLatin1Char('\r'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    return read == expected || read == QLatin1Char('\'') + expected;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(data, qsizetype(size)));
    if (decoder.hasError())
        return 0; // refused with a 400 before any reading

    struct Record
    {
        qsizetype position;
        int line;
        QStringList fields;
        QString error;
    };
    QList<Record> records;
    wn::CsvReader reader(text);
    while (!reader.atEnd()) {
        Record record { reader.position(), reader.line(), {}, {} };
        int startLine = 0;
        record.fields = reader.next(&startLine, &record.error);
        check(reader.position() > record.position, "a record that does not move the reader on");
        check(reader.position() <= text.size(), "read past the end");
        check(startLine >= record.line && reader.line() >= startLine, "lines counted backwards");
        records.append(record);
    }
    // Resuming where a record starts reads the same record.
    for (qsizetype i = 0; i < records.size(); i += 1 + records.size() / 16) {
        const Record &record = records.at(i);
        wn::CsvReader resumed(text, record.position, record.line);
        QString error;
        check(resumed.next(nullptr, &error) == record.fields && error == record.error,
              "a resumed reader reads another record");
    }
    // A record written as CSV reads back as its fields.
    for (qsizetype i = 0; i < records.size() && i < 8; ++i) {
        const QStringList &fields = records.at(i).fields;
        const QString line = wn::csvLine(fields);
        wn::CsvReader back(line);
        const QStringList read = back.next();
        check(back.atEnd() && read.size() == fields.size(), "csvLine wrote another number of cells");
        for (qsizetype c = 0; c < fields.size(); ++c)
            check(sameCell(fields.at(c), read.at(c)), "csvLine changed a cell");
    }
    return 0;
}
