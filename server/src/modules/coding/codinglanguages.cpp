// SPDX-License-Identifier: Apache-2.0
// The languages challenges are written in: the built-in ones seeded, others added, each
// one's version read from its compiler.
#include "codingservice.h"

#include "builtinlanguages.h"
#include "codingrows.h"
#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/logging.h"
#include "core/mail/mailer.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn {

using namespace codingrows;

// ---- Languages ----

namespace {

/** Records @p language, its programs' template and whether it is offered; its id. */
qint64 insertLanguage(QSqlDatabase db, const CodeLanguage &language, const QString &templateText,
                      bool active)
{
    auto stored
            = [](const QStringList &list) { return jsonText(QJsonArray::fromStringList(list)); };
    const QString now = nowText();
    return insertRowReturningId(
            db, u"code_languages"_s,
            { { u"name"_s, language.name },
              { u"version"_s,
                language.version.isNull() ? u""_s : language.version }, // not read yet
              { u"file_name"_s, language.fileName },
              { u"compile_command"_s, stored(language.compileCommand) },
              { u"run_command"_s, stored(language.runCommand) },
              { u"version_command"_s, stored(language.versionCommand) },
              { u"read_only_paths"_s, stored(language.readOnlyPaths) },
              { u"extra_address_space_mb"_s, language.extraAddressSpaceMb },
              { u"template"_s, templateText },
              { u"active"_s, active },
              { u"created_at"_s, now },
              { u"updated_at"_s, now } });
}

} // namespace

void CodingService::seedLanguages()
{
    QSqlDatabase db = m_context.db();
    for (const BuiltinLanguage &entry : builtinLanguages()) {
        const CodeLanguage &language = entry.language;
        if (Sql(db, u"SELECT id FROM code_languages WHERE name = :name"_s)
                    .bind(u":name"_s, language.name)
                    .exists())
            continue;
        insertLanguage(db, language, entry.templateText, true);
    }
}

QJsonObject CodingService::addLanguage(const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const QString name = input.value(u"name"_s).toString().trimmed();
    if (Sql(db, u"SELECT id FROM code_languages WHERE LOWER(name) = LOWER(:name)"_s)
                .bind(u":name"_s, name)
                .exists())
        throw ApiError::conflict(u"A language named %1 exists"_s.arg(name));
    // Read-only binds reach host files from inside the sandbox: only system folders, never the
    // server's own configuration or data.
    static const QRegularExpression allowedPath(
            u"^/(usr|etc|opt)/[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*$"_s);
    const QJsonArray paths = input.value(u"read_only_paths"_s).toArray();
    for (const QJsonValue &path : paths) {
        const QString text = path.toString();
        if (!allowedPath.match(text).hasMatch() || text.contains(u"/.."_s)
            || text.startsWith(u"/etc/worknation"_s) || text.startsWith(u"/etc/shadow"_s)
            || text.startsWith(u"/etc/gshadow"_s) || text.startsWith(u"/etc/ssl/private"_s))
            throw ApiError::badRequest(
                    u"read_only_paths must be folders or files under /usr, /etc or /opt, not "
                    u"the server's own or secret ones: %1"_s.arg(text));
    }
    CodeLanguage language {
        .name = name,
        .fileName = input.value(u"file_name"_s).toString(),
        .compileCommand = stringsIn(input.value(u"compile_command"_s).toArray()),
        .runCommand = stringsIn(input.value(u"run_command"_s).toArray()),
        .versionCommand = stringsIn(input.value(u"version_command"_s).toArray()),
        .readOnlyPaths = stringsIn(paths),
        .extraAddressSpaceMb = int(input.value(u"extra_address_space_mb"_s).toInteger())
    };
    language.version = m_judge.version(language, sandboxUidBase + 999);
    if (!language.versionCommand.isEmpty() && language.version.isEmpty())
        throw ApiError::badRequest(
                u"version_command did not run in the sandbox: is the language installed?"_s);
    return this->language(insertLanguage(db, language, input.value(u"template"_s).toString(u""_s),
                                         input.value(u"active"_s).toBool(true)));
}

void CodingService::readVersions(QSqlDatabase db)
{
    // Each language's version is asked of its compiler once, the first time the list is read.
    Sql missing(db, languageSelect() + u" WHERE version = '' AND active = :yes"_s);
    missing.bind(u":yes"_s, true).exec();
    QList<CodeLanguage> languages;
    while (missing.next())
        languages.append(languageOf(missing));
    for (const CodeLanguage &language : std::as_const(languages)) {
        const QString version = m_judge.version(language, sandboxUidBase + 999);
        if (!version.isEmpty())
            SqlChanges().set(u"version"_s, version).write(db, u"code_languages"_s, language.id);
    }
}

QJsonObject CodingService::languages(const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    readVersions(db);
    SqlFilter filter;
    if (!query.value(u"include_inactive"_s).toBool())
        filter.add(u"active = :yes"_s, u":yes"_s, true);
    return selectPage(
            db,
            u"id, name, version, file_name, compile_command, run_command, "
            u"version_command, read_only_paths, extra_address_space_mb, template, active"_s,
            u"code_languages"_s, filter, u"name, id"_s, page, limit,
            [](Sql &row) { return languageJson(row); });
}

QJsonObject CodingService::language(qint64 id)
{
    QSqlDatabase db = m_context.db();
    readVersions(db);
    return languageJson(Sql(db, languageSelect() + u" WHERE id = :id"_s)
                                .bind(u":id"_s, id)
                                .found(u"Language not found"_s));
}

QJsonObject CodingService::languageByName(const QString &name)
{
    QSqlDatabase db = m_context.db();
    readVersions(db);
    return languageJson(Sql(db, languageSelect() + u" WHERE LOWER(name) = LOWER(:name)"_s)
                                .bind(u":name"_s, name)
                                .found(u"Language not found"_s));
}

} // namespace wn
