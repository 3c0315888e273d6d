// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "codingservice.h"
#include "core/database.h"
#include "core/rowjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wn {

/** What the coding service's files share: the stored forms of its rows. */
namespace codingrows {

/** Uids of the sandboxes when the server runs as root: one per worker, outside any in use. */
constexpr uint sandboxUidBase = 2000000000;

/** The statement that reads languages; a condition may follow. */
QString languageSelect();
/** The columns of a language the API shows under their own names. */
const JsonColumns &languageColumns();

/** The language on @p row (a Sql on its current row, or a SqlRow) of languageSelect(). */
template<typename Row>
CodeLanguage languageOf(const Row &row)
{
    using namespace Qt::StringLiterals;
    return { .id = row.id(u"id"_s),
             .name = row.text(u"name"_s),
             .version = row.text(u"version"_s),
             .fileName = row.text(u"file_name"_s),
             .compileCommand = stringsIn(storedArray(row.text(u"compile_command"_s))),
             .runCommand = stringsIn(storedArray(row.text(u"run_command"_s))),
             .versionCommand = stringsIn(storedArray(row.text(u"version_command"_s))),
             .readOnlyPaths = stringsIn(storedArray(row.text(u"read_only_paths"_s))),
             .extraAddressSpaceMb = int(row.integer(u"extra_address_space_mb"_s)) };
}

/** The language as the API shows it. */
template<typename Row>
QJsonObject languageJson(const Row &row)
{
    using namespace Qt::StringLiterals;
    QJsonObject json = jsonOf(row, languageColumns());
    const CodeLanguage language = languageOf(row);
    json.insert(u"compile_command"_s, QJsonArray::fromStringList(language.compileCommand));
    json.insert(u"run_command"_s, QJsonArray::fromStringList(language.runCommand));
    json.insert(u"compiled"_s, !language.compileCommand.isEmpty());
    return json;
}

} // namespace codingrows

struct CodingService::Challenge
{
    qint64 id = 0;
    qint64 companyId = 0;
    QList<qint64> languageIds;
    SandboxLimits limits;
    bool stopOnFirstFailure = false;
    QString closesAt;
    std::optional<SqlRow> row;
};

} // namespace wn
