// SPDX-License-Identifier: Apache-2.0
#include "codingservice.h"

#include "builtinlanguages.h"
#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/logging.h"
#include "core/mail/mailer.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString runKind = u"run"_s;
const QString submitKind = u"submit"_s;
/** A talent's runs and submissions waiting at once; more are refused until they are judged. */
constexpr int maxPendingPerTalent = 3;
/** Uids of the sandboxes when the server runs as root: one per worker, outside any in use. */
constexpr uint sandboxUidBase = 2000000000;

QStringList stringList(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

QList<qint64> idList(const QString &json)
{
    QList<qint64> ids;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        ids.append(value.toInteger());
    return ids;
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const JsonColumns &languageColumns()
{
    static const JsonColumns columns { .ids = { u"id"_s, u"extra_address_space_mb"_s },
                                       .texts
                                       = { u"name"_s, u"version"_s, u"file_name"_s, u"template"_s },
                                       .flags = { u"active"_s } };
    return columns;
}

const QString languageSelect
        = u"SELECT id, name, version, file_name, compile_command, run_command, "
          u"version_command, read_only_paths, extra_address_space_mb, "
          u"template, active FROM code_languages"_s;

template<typename Row>
CodeLanguage languageOf(const Row &row)
{
    return { .id = row.id(u"id"_s),
             .name = row.text(u"name"_s),
             .version = row.text(u"version"_s),
             .fileName = row.text(u"file_name"_s),
             .compileCommand = stringList(row.text(u"compile_command"_s)),
             .runCommand = stringList(row.text(u"run_command"_s)),
             .versionCommand = stringList(row.text(u"version_command"_s)),
             .readOnlyPaths = stringList(row.text(u"read_only_paths"_s)),
             .extraAddressSpaceMb = int(row.integer(u"extra_address_space_mb"_s)) };
}

template<typename Row>
QJsonObject languageJson(const Row &row)
{
    QJsonObject json = jsonOf(row, languageColumns());
    const CodeLanguage language = languageOf(row);
    json.insert(u"compile_command"_s, QJsonArray::fromStringList(language.compileCommand));
    json.insert(u"run_command"_s, QJsonArray::fromStringList(language.runCommand));
    json.insert(u"compiled"_s, !language.compileCommand.isEmpty());
    return json;
}

/** The link value of an invitation: its id and expiry, signed; nothing in it is secret. */
QString invitationToken(const QByteArray &key, qint64 id, qint64 expires)
{
    const QByteArray payload = QByteArray::number(id) + '.' + QByteArray::number(expires);
    const QByteArray signature
            = Keys::hmac(key, "coding-invitation:" + payload)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(payload + '.' + signature);
}

} // namespace

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

CodingService::CodingService(ServerContext &context)
    : m_context(context)
    , m_judge(Sandbox(context.config.value(u"sandbox/bwrap"_s)))
{ }

CodingService::~CodingService()
{
    stopWorkers();
}

CodingMaxima CodingService::maxima(const ServerContext &context)
{
    const Config &config = context.config;
    return { .cpuMs = int(config.integer(u"sandbox/max_cpu_ms"_s)),
             .wallMs = int(config.integer(u"sandbox/max_wall_ms"_s)),
             .memoryMb = int(config.integer(u"sandbox/max_memory_mb"_s)),
             .stackMb = int(config.integer(u"sandbox/max_stack_mb"_s)),
             .processes = int(config.integer(u"sandbox/max_processes"_s)),
             .fileKb = int(config.integer(u"sandbox/max_file_kb"_s)) };
}

// ---- Languages ----

void CodingService::seedLanguages()
{
    QSqlDatabase db = m_context.db();
    for (const BuiltinLanguage &entry : builtinLanguages()) {
        const CodeLanguage &language = entry.language;
        if (Sql(db, u"SELECT id FROM code_languages WHERE name = :name"_s)
                    .bind(u":name"_s, language.name)
                    .exists())
            continue;
        Sql(db,
            u"INSERT INTO code_languages (name, file_name, compile_command, run_command, "
            u"version_command, read_only_paths, extra_address_space_mb, template, active, "
            u"created_at, updated_at) VALUES (:name, :file, :compile, :run, :version, :paths, "
            u":extra, :template, :active, :now, :now)"_s)
                .bind(u":name"_s, language.name)
                .bind(u":file"_s, language.fileName)
                .bind(u":compile"_s, jsonText(QJsonArray::fromStringList(language.compileCommand)))
                .bind(u":run"_s, jsonText(QJsonArray::fromStringList(language.runCommand)))
                .bind(u":version"_s, jsonText(QJsonArray::fromStringList(language.versionCommand)))
                .bind(u":paths"_s, jsonText(QJsonArray::fromStringList(language.readOnlyPaths)))
                .bind(u":extra"_s, language.extraAddressSpaceMb)
                .bind(u":template"_s, entry.templateText)
                .bind(u":active"_s, true)
                .bind(u":now"_s, nowText())
                .exec();
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
        .compileCommand = stringList(jsonText(input.value(u"compile_command"_s).toArray())),
        .runCommand = stringList(jsonText(input.value(u"run_command"_s).toArray())),
        .versionCommand = stringList(jsonText(input.value(u"version_command"_s).toArray())),
        .readOnlyPaths = stringList(jsonText(paths)),
        .extraAddressSpaceMb = int(input.value(u"extra_address_space_mb"_s).toInteger())
    };
    language.version = m_judge.version(language, sandboxUidBase + 999);
    if (!language.versionCommand.isEmpty() && language.version.isEmpty())
        throw ApiError::badRequest(
                u"version_command did not run in the sandbox: is the language installed?"_s);
    const qint64 id
            = Sql(db,
                  u"INSERT INTO code_languages (name, version, file_name, compile_command, "
                  u"run_command, version_command, read_only_paths, extra_address_space_mb, "
                  u"template, active, created_at, updated_at) VALUES (:name, :v, :file, "
                  u":compile, :run, :version, :paths, :extra, :template, :active, :now, :now) "
                  u"RETURNING id"_s)
                      .bind(u":name"_s, language.name)
                      .bind(u":v"_s, language.version)
                      .bind(u":file"_s, language.fileName)
                      .bind(u":compile"_s, jsonText(input.value(u"compile_command"_s).toArray()))
                      .bind(u":run"_s, jsonText(input.value(u"run_command"_s).toArray()))
                      .bind(u":version"_s, jsonText(input.value(u"version_command"_s).toArray()))
                      .bind(u":paths"_s, jsonText(paths))
                      .bind(u":extra"_s, language.extraAddressSpaceMb)
                      .bind(u":template"_s, input.value(u"template"_s).toString(u""_s))
                      .bind(u":active"_s, input.value(u"active"_s).toBool(true))
                      .bind(u":now"_s, nowText())
                      .scalar()
                      .toLongLong();
    return this->language(id);
}

void CodingService::readVersions(QSqlDatabase db)
{
    // Each language's version is asked of its compiler once, the first time the list is read.
    Sql missing(db, languageSelect + u" WHERE version = '' AND active = :yes"_s);
    missing.bind(u":yes"_s, true).exec();
    QList<CodeLanguage> languages;
    while (missing.next())
        languages.append(languageOf(missing));
    for (const CodeLanguage &language : std::as_const(languages)) {
        const QString version = m_judge.version(language, sandboxUidBase + 999);
        if (!version.isEmpty())
            Sql(db, u"UPDATE code_languages SET version = :v, updated_at = :now WHERE id = :id"_s)
                    .bind(u":v"_s, version)
                    .bind(u":now"_s, nowText())
                    .bind(u":id"_s, language.id)
                    .exec();
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
    return languageJson(Sql(db, languageSelect + u" WHERE id = :id"_s)
                                .bind(u":id"_s, id)
                                .found(u"Language not found"_s));
}

QJsonObject CodingService::languageByName(const QString &name)
{
    QSqlDatabase db = m_context.db();
    readVersions(db);
    return languageJson(Sql(db, languageSelect + u" WHERE LOWER(name) = LOWER(:name)"_s)
                                .bind(u":name"_s, name)
                                .found(u"Language not found"_s));
}

// ---- Challenges ----

CodingService::Challenge CodingService::load(QSqlDatabase db, qint64 id)
{
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT id, company_id, created_by, title, description, difficulty, "
                  u"language_ids, cpu_time_ms, wall_time_ms, memory_kb, stack_kb, max_processes, "
                  u"max_file_kb, stop_on_first_failure, closes_at, created_at, updated_at FROM "
                  u"coding_challenges WHERE id = :id AND deleted_at IS NULL"_s)
                      .bind(u":id"_s, id)
                      .one();
    if (!row)
        throw ApiError::notFound(u"Coding challenge not found"_s);
    Challenge challenge;
    challenge.id = row->id(u"id"_s);
    challenge.companyId = row->id(u"company_id"_s);
    challenge.languageIds = idList(row->text(u"language_ids"_s));
    challenge.limits.cpuMs = int(row->integer(u"cpu_time_ms"_s));
    challenge.limits.wallMs = int(row->integer(u"wall_time_ms"_s));
    challenge.limits.memoryKb = row->integer(u"memory_kb"_s);
    challenge.limits.stackKb = row->integer(u"stack_kb"_s);
    challenge.limits.processes = int(row->integer(u"max_processes"_s));
    challenge.limits.fileKb = row->integer(u"max_file_kb"_s);
    challenge.stopOnFirstFailure = row->flag(u"stop_on_first_failure"_s);
    challenge.closesAt = row->text(u"closes_at"_s);
    challenge.row = row;
    return challenge;
}

CodingService::Challenge CodingService::owned(QSqlDatabase db, const Principal &by, qint64 id)
{
    Challenge challenge = load(db, id);
    // Another company's challenge is answered as missing: its existence is not ours to reveal.
    if (!by.isStaff() && (!by.companyId || *by.companyId != challenge.companyId))
        throw ApiError::notFound(u"Coding challenge not found"_s);
    return challenge;
}

bool CodingService::invited(QSqlDatabase db, const Principal &talent, qint64 challengeId)
{
    return Sql(db,
               u"SELECT id FROM coding_invitations WHERE challenge_id = :challenge AND "
               u"LOWER(email) = LOWER(:email) AND expires_at > :now"_s)
            .bind(u":challenge"_s, challengeId)
            .bind(u":email"_s, talent.email)
            .bind(u":now"_s, nowText())
            .exists();
}

CodingService::Challenge CodingService::reachable(QSqlDatabase db, const Principal &by, qint64 id)
{
    if (by.role != Role::Talent)
        return owned(db, by, id);
    Challenge challenge = load(db, id);
    if (!invited(db, by, id))
        throw ApiError::notFound(u"Coding challenge not found"_s);
    return challenge;
}

QJsonArray CodingService::casesJson(QSqlDatabase db, qint64 challengeId, bool withHidden)
{
    Sql q(db,
          u"SELECT id, position, input, expected_output, is_sample, weight FROM coding_test_cases "
          u"WHERE challenge_id = :id AND deleted_at IS NULL ORDER BY position"_s);
    q.bind(u":id"_s, challengeId).exec();
    QJsonArray cases;
    while (q.next()) {
        const bool sample = q.flag(u"is_sample"_s);
        if (!sample && !withHidden)
            continue;
        QJsonObject json = jsonOf(q,
                                  { .ids = { u"id"_s, u"position"_s, u"weight"_s },
                                    .texts = { u"input"_s, u"expected_output"_s },
                                    .flags = { u"is_sample"_s } });
        cases.append(json);
    }
    return cases;
}

QJsonObject CodingService::challengeJson(QSqlDatabase db, const Challenge &challenge,
                                         bool withHidden)
{
    QJsonObject json = jsonOf(*challenge.row,
                              { .ids = { u"id"_s, u"company_id"_s, u"created_by"_s },
                                .texts = { u"title"_s, u"description"_s, u"difficulty"_s,
                                           u"created_at"_s, u"updated_at"_s },
                                .optionalTexts = { u"closes_at"_s },
                                .flags = { u"stop_on_first_failure"_s } });
    json.insert(u"limits"_s,
                QJsonObject { { u"cpu_time_ms"_s, challenge.limits.cpuMs },
                              { u"wall_time_ms"_s, challenge.limits.wallMs },
                              { u"memory_mb"_s, qint64(challenge.limits.memoryKb / 1024) },
                              { u"stack_mb"_s, qint64(challenge.limits.stackKb / 1024) },
                              { u"max_processes"_s, challenge.limits.processes },
                              { u"max_file_kb"_s, qint64(challenge.limits.fileKb) } });
    QJsonArray languages;
    if (!challenge.languageIds.isEmpty()) {
        Sql q(db,
              languageSelect
                      + u" WHERE id IN (%1) ORDER BY name"_s.arg(
                              Sql::placeholders(u"l"_s, challenge.languageIds.size())));
        q.bindEach(u"l"_s, challenge.languageIds).exec();
        while (q.next())
            languages.append(languageJson(q));
    }
    json.insert(u"languages"_s, languages);
    const QJsonArray cases = casesJson(db, challenge.id, true);
    QJsonArray shown;
    int samples = 0;
    for (const QJsonValue &testCase : cases) {
        const bool sample = testCase[u"is_sample"_s].toBool();
        samples += sample ? 1 : 0;
        if (withHidden || sample)
            shown.append(testCase);
    }
    json.insert(u"test_cases"_s, shown);
    json.insert(u"sample_cases"_s, samples);
    json.insert(u"hidden_cases"_s, int(cases.size()) - samples);
    return json;
}

void CodingService::checkLimits(const QJsonObject &input)
{
    const int cpu = int(input.value(u"cpu_time_ms"_s).toInteger(0));
    const int wall = int(input.value(u"wall_time_ms"_s).toInteger(0));
    if (cpu && wall && wall < cpu)
        throw ApiError::badRequest(u"wall_time_ms must not be less than cpu_time_ms"_s);
}

void CodingService::checkLanguages(QSqlDatabase db, const QJsonArray &ids)
{
    for (const QJsonValue &id : ids) {
        if (!Sql(db, u"SELECT id FROM code_languages WHERE id = :id AND active = :yes"_s)
                     .bind(u":id"_s, id.toInteger())
                     .bind(u":yes"_s, true)
                     .exists())
            throw ApiError::badRequest(
                    u"language_ids names no active language: %1"_s.arg(id.toInteger()));
    }
}

void CodingService::writeCases(QSqlDatabase db, qint64 challengeId, const QJsonArray &cases)
{
    bool sample = false;
    for (const QJsonValue &testCase : cases)
        sample = sample || testCase[u"is_sample"_s].toBool();
    if (!sample)
        throw ApiError::badRequest(
                u"test_cases must hold at least one sample case (is_sample), for RUN"_s);
    // Cases already judged stay for their results; the challenge shows the new ones.
    Sql(db,
        u"UPDATE coding_test_cases SET deleted_at = :now WHERE challenge_id = :id AND "
        u"deleted_at IS NULL"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, challengeId)
            .exec();
    Sql insert(db,
               u"INSERT INTO coding_test_cases (challenge_id, position, input, expected_output, "
               u"is_sample, weight) VALUES (:challenge, :position, :input, :expected, :sample, "
               u":weight)"_s);
    int position = 0;
    for (const QJsonValue &testCase : cases) {
        insert.bind(u":challenge"_s, challengeId)
                .bind(u":position"_s, ++position)
                .bind(u":input"_s, testCase[u"input"_s].toString())
                .bind(u":expected"_s, testCase[u"expected_output"_s].toString())
                .bind(u":sample"_s, testCase[u"is_sample"_s].toBool())
                .bind(u":weight"_s, testCase[u"weight"_s].toInteger(1))
                .exec();
    }
}

QJsonObject CodingService::create(const Principal &by, const QJsonObject &input)
{
    checkLimits(input);
    QSqlDatabase db = m_context.db();
    const QJsonArray languageIds = input.value(u"language_ids"_s).toArray();
    checkLanguages(db, languageIds);
    qint64 id = 0;
    {
        Transaction transaction(db);
        id = Sql(db,
                 u"INSERT INTO coding_challenges (company_id, created_by, title, description, "
                 u"difficulty, language_ids, cpu_time_ms, wall_time_ms, memory_kb, stack_kb, "
                 u"max_processes, max_file_kb, stop_on_first_failure, closes_at, created_at, "
                 u"updated_at) VALUES (:company, :by, :title, :description, :difficulty, "
                 u":languages, :cpu, :wall, :memory, :stack, :processes, :file, :stop, :closes, "
                 u":now, :now) RETURNING id"_s)
                     .bind(u":company"_s, by.companyId.value_or(0))
                     .bind(u":by"_s, by.userId)
                     .bind(u":title"_s, input.value(u"title"_s).toString())
                     .bind(u":description"_s, input.value(u"description"_s).toString())
                     .bind(u":difficulty"_s, input.value(u"difficulty"_s).toString(u"medium"_s))
                     .bind(u":languages"_s, jsonText(languageIds))
                     .bind(u":cpu"_s, input.value(u"cpu_time_ms"_s).toInteger(2000))
                     .bind(u":wall"_s, input.value(u"wall_time_ms"_s).toInteger(5000))
                     .bind(u":memory"_s, input.value(u"memory_mb"_s).toInteger(128) * 1024)
                     .bind(u":stack"_s, input.value(u"stack_mb"_s).toInteger(64) * 1024)
                     .bind(u":processes"_s, input.value(u"max_processes"_s).toInteger(60))
                     .bind(u":file"_s, input.value(u"max_file_kb"_s).toInteger(1024))
                     .bind(u":stop"_s, input.value(u"stop_on_first_failure"_s).toBool(false))
                     .bind(u":closes"_s, nullIfEmpty(input.value(u"closes_at"_s).toString()))
                     .bind(u":now"_s, nowText())
                     .scalar()
                     .toLongLong();
        writeCases(db, id, input.value(u"test_cases"_s).toArray());
        transaction.commit();
    }
    return challengeJson(db, load(db, id), true);
}

QJsonObject CodingService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const Challenge challenge = owned(db, by, id);
    // The limits are checked as they will stand, with what the input leaves unchanged.
    QJsonObject limits { { u"cpu_time_ms"_s, challenge.limits.cpuMs },
                         { u"wall_time_ms"_s, challenge.limits.wallMs } };
    for (const QString &key : { u"cpu_time_ms"_s, u"wall_time_ms"_s })
        if (input.contains(key))
            limits.insert(key, input.value(key));
    checkLimits(limits);
    if (input.contains(u"language_ids"_s))
        checkLanguages(db, input.value(u"language_ids"_s).toArray());
    Transaction transaction(db);
    struct Column
    {
        QString field;
        QString column;
        qint64 scale;
    };
    // Column names come from this list, never from the request.
    static const QList<Column> columns {
        { u"title"_s, u"title"_s, 0 },
        { u"description"_s, u"description"_s, 0 },
        { u"difficulty"_s, u"difficulty"_s, 0 },
        { u"cpu_time_ms"_s, u"cpu_time_ms"_s, 1 },
        { u"wall_time_ms"_s, u"wall_time_ms"_s, 1 },
        { u"memory_mb"_s, u"memory_kb"_s, 1024 },
        { u"stack_mb"_s, u"stack_kb"_s, 1024 },
        { u"max_processes"_s, u"max_processes"_s, 1 },
        { u"max_file_kb"_s, u"max_file_kb"_s, 1 },
        { u"stop_on_first_failure"_s, u"stop_on_first_failure"_s, -1 },
        { u"closes_at"_s, u"closes_at"_s, 0 },
    };
    for (const Column &column : columns) {
        if (!input.contains(column.field))
            continue;
        const QJsonValue value = input.value(column.field);
        QVariant stored;
        if (column.scale > 0)
            stored = value.toInteger() * column.scale;
        else if (column.scale < 0)
            stored = value.toBool();
        else
            stored = nullIfEmpty(value.toString());
        Sql(db, u"UPDATE coding_challenges SET %1 = :value WHERE id = :id"_s.arg(column.column))
                .bind(u":value"_s, stored)
                .bind(u":id"_s, id)
                .exec();
    }
    if (input.contains(u"language_ids"_s))
        Sql(db, u"UPDATE coding_challenges SET language_ids = :value WHERE id = :id"_s)
                .bind(u":value"_s, jsonText(input.value(u"language_ids"_s).toArray()))
                .bind(u":id"_s, id)
                .exec();
    if (input.contains(u"test_cases"_s))
        writeCases(db, id, input.value(u"test_cases"_s).toArray());
    Sql(db, u"UPDATE coding_challenges SET updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
    transaction.commit();
    return challengeJson(db, load(db, id), true);
}

void CodingService::remove(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    owned(db, by, id);
    Sql(db, u"UPDATE coding_challenges SET deleted_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
}

QJsonObject CodingService::list(const Principal &by, const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    filter.add(u"c.deleted_at IS NULL"_s);
    if (by.role == Role::Talent) {
        filter.add(u"EXISTS (SELECT 1 FROM coding_invitations i WHERE i.challenge_id = c.id AND "
                   u"LOWER(i.email) = LOWER(:email) AND i.expires_at > :now)"_s,
                   u":email"_s, by.email);
        filter.bindValue(u":now"_s, nowText());
    } else if (!by.isStaff()) {
        filter.add(u"c.company_id = :company"_s, u":company"_s, by.companyId.value_or(0));
    }
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.add(u"LOWER(c.title) LIKE :q ESCAPE '\\'"_s, u":q"_s, likePattern(search.toLower()));
    if (query.contains(u"difficulty"_s))
        filter.add(u"c.difficulty = :difficulty"_s, u":difficulty"_s,
                   query.value(u"difficulty"_s).toString());
    return selectPage(db, u"c.id, c.company_id, c.title, c.difficulty, c.closes_at, c.created_at"_s,
                      u"coding_challenges c"_s, filter, u"c.created_at DESC, c.id DESC"_s, page,
                      limit, [](Sql &row) {
                          return jsonOf(row,
                                        { .ids = { u"id"_s, u"company_id"_s },
                                          .texts = { u"title"_s, u"difficulty"_s, u"created_at"_s },
                                          .optionalTexts = { u"closes_at"_s } });
                      });
}

QJsonObject CodingService::one(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const Challenge challenge = reachable(db, by, id);
    return challengeJson(db, challenge, by.role != Role::Talent);
}

// ---- Invitations ----

QJsonObject CodingService::invite(const Principal &by, qint64 challengeId, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const Challenge challenge = owned(db, by, challengeId);
    const int days = int(input.value(u"expires_in_days"_s).toInteger(7));
    const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(days);
    const QString baseUrl = m_context.config.publicUrl();
    const QString title = challenge.row->text(u"title"_s);
    QJsonArray invitations;
    Transaction transaction(db);
    const QJsonArray emails = input.value(u"emails"_s).toArray();
    for (const QJsonValue &value : emails) {
        const QString email = value.toString().trimmed().toLower();
        const qint64 id = Sql(db,
                              u"INSERT INTO coding_invitations (challenge_id, email, invited_by, "
                              u"expires_at, created_at) VALUES (:challenge, :email, :by, "
                              u":expires, :now) RETURNING id"_s)
                                  .bind(u":challenge"_s, challengeId)
                                  .bind(u":email"_s, email)
                                  .bind(u":by"_s, by.userId)
                                  .bind(u":expires"_s, timeText(expires))
                                  .bind(u":now"_s, nowText())
                                  .scalar()
                                  .toLongLong();
        const QString token
                = invitationToken(m_context.keys->invitationLinks, id, expires.toSecsSinceEpoch());
        // A page of the web portal, its value in the query as in the portal's other mailed links
        // (a path whose last part holds dots would be taken for a file).
        const QString link = baseUrl + u"/coding/invitation?token="_s + token;
        m_context.mailer->send(
                db,
                { email, u"You are invited to a coding challenge: %1"_s.arg(title),
                  u"You have been invited to solve the coding challenge \"%1\".\n\nOpen it here "
                  u"until %2 (UTC):\n%3\n\nSign in with this email address to run and submit "
                  u"your code."_s.arg(title, expires.toString(u"yyyy-MM-dd HH:mm"_s), link) });
        invitations.append(QJsonObject { { u"id"_s, id },
                                         { u"email"_s, email },
                                         { u"token"_s, token },
                                         { u"link"_s, link },
                                         { u"expires_at"_s, timeText(expires) } });
    }
    transaction.commit();
    return { { u"data"_s, invitations } };
}

QJsonObject CodingService::invitation(const QString &token)
{
    const QStringList parts = token.split(u'.');
    const qint64 id = parts.value(0).toLongLong();
    const qint64 expires = parts.value(1).toLongLong();
    if (parts.size() != 3 || id <= 0
        || !Keys::equal(invitationToken(m_context.keys->invitationLinks, id, expires).toLatin1(),
                        token.toLatin1()))
        throw ApiError::notFound(u"Invitation not found"_s);
    if (expires < QDateTime::currentSecsSinceEpoch())
        throw ApiError(410, u"This invitation has expired"_s);
    QSqlDatabase db = m_context.db();
    const SqlRow invitation = Sql(db,
                                  u"SELECT id, challenge_id, email, expires_at, created_at FROM "
                                  u"coding_invitations WHERE id = :id"_s)
                                      .bind(u":id"_s, id)
                                      .found(u"Invitation not found"_s);
    QJsonObject json = challengeJson(db, load(db, invitation.id(u"challenge_id"_s)), false);
    json.insert(u"invitation"_s,
                jsonOf(invitation,
                       { .ids = { u"id"_s, u"challenge_id"_s },
                         .texts = { u"email"_s, u"expires_at"_s, u"created_at"_s } }));
    return json;
}

// ---- Runs and submissions ----

QJsonObject CodingService::enqueue(const Principal &by, qint64 challengeId,
                                   const QJsonObject &input, bool submission)
{
    QSqlDatabase db = m_context.db();
    const Challenge challenge = reachable(db, by, challengeId);
    const qint64 languageId = input.value(u"language_id"_s).toInteger();
    if (!challenge.languageIds.contains(languageId))
        throw ApiError::badRequest(u"language_id is not a language of this challenge"_s);
    if (submission && !challenge.closesAt.isEmpty() && challenge.closesAt < nowText())
        throw ApiError::forbidden(u"This challenge closed at %1"_s.arg(challenge.closesAt));
    const qint64 pending = Sql(db,
                               u"SELECT COUNT(*) FROM coding_submissions WHERE user_id = :user "
                               u"AND status IN (:queued, :processing)"_s)
                                   .bind(u":user"_s, by.userId)
                                   .bind(u":queued"_s, CodeVerdict::InQueue)
                                   .bind(u":processing"_s, CodeVerdict::Processing)
                                   .scalar()
                                   .toLongLong();
    if (pending >= maxPendingPerTalent)
        throw ApiError::tooManyRequests(
                u"Wait for your earlier runs to be judged before sending more"_s, 5);
    const qint64 id = Sql(db,
                          u"INSERT INTO coding_submissions (challenge_id, user_id, language_id, "
                          u"kind, source, status, created_at) VALUES (:challenge, :user, "
                          u":language, :kind, :source, :status, :now) RETURNING id"_s)
                              .bind(u":challenge"_s, challengeId)
                              .bind(u":user"_s, by.userId)
                              .bind(u":language"_s, languageId)
                              .bind(u":kind"_s, submission ? submitKind : runKind)
                              .bind(u":source"_s, input.value(u"source_code"_s).toString())
                              .bind(u":status"_s, CodeVerdict::InQueue)
                              .bind(u":now"_s, nowText())
                              .scalar()
                              .toLongLong();
    m_wake.notify_one();
    return submissionJson(db, id, by.role != Role::Talent);
}

QJsonObject CodingService::submissionJson(QSqlDatabase db, qint64 id, bool mayReadHidden)
{
    const SqlRow row = Sql(db,
                           u"SELECT s.id, s.challenge_id, s.user_id, s.language_id, s.kind, "
                           u"s.source, s.status, s.compile_output, s.message, s.score, "
                           u"s.max_score, s.passed_cases, s.total_cases, s.cpu_time_ms, "
                           u"s.wall_time_ms, s.memory_kb, s.created_at, s.started_at, "
                           u"s.finished_at FROM coding_submissions s WHERE s.id = :id"_s)
                               .bind(u":id"_s, id)
                               .found(u"Submission not found"_s);
    QJsonObject json = jsonOf(
            row,
            { .ids = { u"id"_s, u"challenge_id"_s, u"user_id"_s, u"language_id"_s, u"score"_s,
                       u"max_score"_s, u"passed_cases"_s, u"total_cases"_s },
              .texts = { u"kind"_s, u"source"_s, u"created_at"_s },
              .optionalTexts
              = { u"compile_output"_s, u"message"_s, u"started_at"_s, u"finished_at"_s },
              .optionalIntegers = { u"cpu_time_ms"_s, u"wall_time_ms"_s, u"memory_kb"_s } });
    const QString status = row.text(u"status"_s);
    json.insert(u"status"_s,
                QJsonObject { { u"id"_s, CodeVerdict::id(status) }, { u"description"_s, status } });
    if (status == CodeVerdict::InQueue)
        json.insert(u"queue_position"_s,
                    Sql(db,
                        u"SELECT COUNT(*) FROM coding_submissions WHERE status = :queued "
                        u"AND id <= :id"_s)
                            .bind(u":queued"_s, CodeVerdict::InQueue)
                            .bind(u":id"_s, id)
                            .scalar()
                            .toLongLong());
    Sql cases(db,
              u"SELECT r.test_case_id, r.status, r.stdout, r.stderr, r.exit_code, r.exit_signal, "
              u"r.cpu_time_ms, r.wall_time_ms, r.memory_kb, t.position, t.is_sample, t.input, "
              u"t.expected_output, t.weight FROM coding_case_results r JOIN coding_test_cases t "
              u"ON t.id = r.test_case_id WHERE r.submission_id = :id ORDER BY t.position"_s);
    cases.bind(u":id"_s, id).exec();
    QJsonArray results;
    while (cases.next()) {
        const bool sample = cases.flag(u"is_sample"_s);
        QJsonObject result = jsonOf(cases,
                                    { .ids = { u"test_case_id"_s, u"position"_s, u"weight"_s },
                                      .optionalIntegers = { u"exit_code"_s, u"cpu_time_ms"_s,
                                                            u"wall_time_ms"_s, u"memory_kb"_s },
                                      .flags = { u"is_sample"_s } });
        const QString verdict = cases.text(u"status"_s);
        result.insert(u"status"_s,
                      QJsonObject { { u"id"_s, CodeVerdict::id(verdict) },
                                    { u"description"_s, verdict } });
        result.insert(u"exit_signal"_s, cases.textOrNull(u"exit_signal"_s));
        // A hidden case tells its talent only how it went, never what it holds.
        if (sample || mayReadHidden)
            for (const QString &column :
                 { u"input"_s, u"expected_output"_s, u"stdout"_s, u"stderr"_s })
                result.insert(column, cases.text(column));
        results.append(result);
    }
    json.insert(u"test_cases"_s, results);
    return json;
}

QJsonObject CodingService::submission(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> row
            = Sql(db, u"SELECT user_id, challenge_id FROM coding_submissions WHERE id = :id"_s)
                      .bind(u":id"_s, id)
                      .one();
    if (!row)
        throw ApiError::notFound(u"Submission not found"_s);
    if (by.role == Role::Talent) {
        if (row->id(u"user_id"_s) != by.userId)
            throw ApiError::notFound(u"Submission not found"_s);
        return submissionJson(db, id, false);
    }
    const std::optional<SqlRow> challenge
            = Sql(db, u"SELECT company_id FROM coding_challenges WHERE id = :id"_s)
                      .bind(u":id"_s, row->id(u"challenge_id"_s))
                      .one();
    if (!by.isStaff() && (!challenge || challenge->id(u"company_id"_s) != by.companyId.value_or(0)))
        throw ApiError::notFound(u"Submission not found"_s);
    return submissionJson(db, id, true);
}

QJsonObject CodingService::submissions(const Principal &by, qint64 challengeId,
                                       const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    filter.add(u"s.challenge_id = :challenge"_s, u":challenge"_s, challengeId);
    if (by.role == Role::Talent) {
        // A talent reads their own work, as their result (userResult), invited or no longer.
        load(db, challengeId);
        filter.add(u"s.user_id = :user"_s, u":user"_s, by.userId);
    } else {
        owned(db, by, challengeId);
        if (query.contains(u"user_id"_s))
            filter.add(u"s.user_id = :user"_s, u":user"_s, query.value(u"user_id"_s).toInteger());
    }
    if (query.contains(u"kind"_s))
        filter.add(u"s.kind = :kind"_s, u":kind"_s, query.value(u"kind"_s).toString());
    return selectPage(db,
                      u"s.id, s.user_id, s.language_id, s.kind, s.status, s.score, s.max_score, "
                      u"s.passed_cases, s.total_cases, s.created_at, s.finished_at"_s,
                      u"coding_submissions s"_s, filter, u"s.id DESC"_s, page, limit, [](Sql &row) {
                          QJsonObject json = jsonOf(
                                  row,
                                  { .ids = { u"id"_s, u"user_id"_s, u"language_id"_s, u"score"_s,
                                             u"max_score"_s, u"passed_cases"_s, u"total_cases"_s },
                                    .texts = { u"kind"_s, u"created_at"_s },
                                    .optionalTexts = { u"finished_at"_s } });
                          const QString status = row.text(u"status"_s);
                          json.insert(u"status"_s,
                                      QJsonObject { { u"id"_s, CodeVerdict::id(status) },
                                                    { u"description"_s, status } });
                          return json;
                      });
}

bool CodingService::judgeNext(uint uid)
{
    QSqlDatabase db = m_context.db();
    const QString now = nowText();
    const std::optional<SqlRow> claimed
            = Sql(db,
                  u"UPDATE coding_submissions SET status = :processing, started_at = :now, "
                  u"locked_until = :lock WHERE id = (SELECT id FROM coding_submissions WHERE "
                  u"status = :queued OR (status = :processing AND locked_until < :now) ORDER BY "
                  u"id LIMIT 1) AND (status = :queued OR locked_until < :now) RETURNING id, "
                  u"challenge_id, language_id, kind, source"_s)
                      .bind(u":processing"_s, CodeVerdict::Processing)
                      .bind(u":queued"_s, CodeVerdict::InQueue)
                      .bind(u":now"_s, now)
                      // Past this a submission left processing by a stopped server is taken
                      // again: enough for the most cases at the highest limits.
                      .bind(u":lock"_s,
                            timeText(QDateTime::currentDateTimeUtc().addSecs(
                                    m_context.config.integer(u"sandbox/max_wall_ms"_s) / 10 + 120)))
                      .one();
    if (!claimed)
        return false;
    const qint64 id = claimed->id(u"id"_s);
    JudgeReport report;
    try {
        const Challenge challenge = load(db, claimed->id(u"challenge_id"_s));
        const CodeLanguage language
                = languageOf(Sql(db, languageSelect + u" WHERE id = :id"_s)
                                     .bind(u":id"_s, claimed->id(u"language_id"_s))
                                     .found(u"Language not found"_s));
        const bool samplesOnly = claimed->text(u"kind"_s) == runKind;
        Sql q(db,
              u"SELECT id, input, expected_output, is_sample, weight FROM coding_test_cases "
              u"WHERE challenge_id = :id AND deleted_at IS NULL ORDER BY position"_s);
        q.bind(u":id"_s, challenge.id).exec();
        QList<JudgeCase> cases;
        while (q.next()) {
            if (samplesOnly && !q.flag(u"is_sample"_s))
                continue;
            cases.append({ q.id(u"id"_s), q.text(u"input"_s).toUtf8(),
                           q.text(u"expected_output"_s).toUtf8(), int(q.integer(u"weight"_s)) });
        }
        report = m_judge.judge(language, claimed->text(u"source"_s), cases, challenge.limits,
                               challenge.stopOnFirstFailure, uid);
    } catch (const std::exception &error) {
        report.status = CodeVerdict::InternalError;
        report.message = QString::fromUtf8(error.what());
    }
    if (report.status == CodeVerdict::InternalError)
        qCWarning(lcServer).noquote() << "coding submission" << id << "failed:" << report.message;
    int cpu = 0, wall = 0;
    qint64 memory = 0;
    Transaction transaction(db);
    Sql insert(db,
               u"INSERT INTO coding_case_results (submission_id, test_case_id, status, stdout, "
               u"stderr, exit_code, exit_signal, cpu_time_ms, wall_time_ms, memory_kb) VALUES "
               u"(:submission, :case, :status, :out, :err, :code, :signal, :cpu, :wall, "
               u":memory)"_s);
    for (const CaseVerdict &verdict : std::as_const(report.cases)) {
        cpu = std::max(cpu, verdict.cpuMs);
        wall = std::max(wall, verdict.wallMs);
        memory = std::max(memory, verdict.memoryKb);
        insert.bind(u":submission"_s, id)
                .bind(u":case"_s, verdict.caseId)
                .bind(u":status"_s, verdict.status)
                .bind(u":out"_s, QString::fromUtf8(verdict.output))
                .bind(u":err"_s, QString::fromUtf8(verdict.errors))
                .bind(u":code"_s,
                      verdict.exitCode ? QVariant(*verdict.exitCode)
                                       : QVariant(QMetaType::fromType<int>()))
                .bind(u":signal"_s, nullIfEmpty(verdict.signal))
                .bind(u":cpu"_s, verdict.cpuMs)
                .bind(u":wall"_s, verdict.wallMs)
                .bind(u":memory"_s, verdict.memoryKb)
                .exec();
    }
    Sql(db,
        u"UPDATE coding_submissions SET status = :status, compile_output = :compile, message = "
        u":message, score = :score, max_score = :max, passed_cases = :passed, total_cases = "
        u":total, cpu_time_ms = :cpu, wall_time_ms = :wall, memory_kb = :memory, locked_until = "
        u"NULL, finished_at = :now WHERE id = :id"_s)
            .bind(u":status"_s, report.status)
            .bind(u":compile"_s, nullIfEmpty(report.compileOutput))
            .bind(u":message"_s, nullIfEmpty(report.message))
            .bind(u":score"_s, report.score)
            .bind(u":max"_s, report.maxScore)
            .bind(u":passed"_s, report.passed)
            .bind(u":total"_s, qint64(report.cases.size()))
            .bind(u":cpu"_s, cpu)
            .bind(u":wall"_s, wall)
            .bind(u":memory"_s, memory)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
    transaction.commit();
    return true;
}

void CodingService::workerLoop(int slot)
{
    const uint uid = sandboxUidBase + uint(slot);
    const auto poll = std::chrono::milliseconds(m_context.config.integer(u"jobs/poll_ms"_s));
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_stopping)
                break;
        }
        bool judged = false;
        try {
            judged = judgeNext(uid);
        } catch (const std::exception &error) {
            qCWarning(lcServer).noquote() << "coding worker:" << error.what();
        }
        if (!judged) {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, poll, [this] { return m_stopping; });
        }
    }
    m_context.database->releaseThreadConnection();
}

void CodingService::startWorkers()
{
    std::lock_guard lock(m_mutex);
    if (!m_workers.empty())
        return;
    m_stopping = false;
    const int count = int(m_context.config.integer(u"sandbox/workers"_s));
    for (int slot = 0; slot < count; ++slot)
        m_workers.emplace_back([this, slot] { workerLoop(slot); });
}

void CodingService::stopWorkers()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
    m_workers.clear();
}

// ---- Results ----

namespace {

/** The results of pairs (challenge, user) sharing one of the two, from their submissions:
 *  attempts, the best (highest score, earliest first) and the latest. Keyed by the other. */
QMap<qint64, QJsonObject> resultsOf(QSqlDatabase db, const QString &fixedColumn, qint64 fixed,
                                    const QString &keyColumn, const QList<qint64> &keys)
{
    QMap<qint64, QJsonObject> results;
    if (keys.isEmpty())
        return results;
    // The column names are the two below, chosen by the callers.
    Sql q(db,
          u"SELECT id, challenge_id, user_id, status, score, max_score, passed_cases, "
          u"total_cases, created_at FROM coding_submissions WHERE kind = 'submit' AND "
          u"%1 = :fixed AND %2 IN (%3) ORDER BY id"_s.arg(fixedColumn, keyColumn,
                                                          Sql::placeholders(u"k"_s, keys.size())));
    q.bind(u":fixed"_s, fixed).bindEach(u"k"_s, keys).exec();
    QMap<qint64, QJsonObject> best, latest;
    QMap<qint64, int> attempts;
    while (q.next()) {
        const qint64 key = q.id(keyColumn);
        const QString status = q.text(u"status"_s);
        QJsonObject submission = jsonOf(q,
                                        { .ids = { u"id"_s, u"score"_s, u"max_score"_s,
                                                   u"passed_cases"_s, u"total_cases"_s },
                                          .texts = { u"created_at"_s } });
        submission.insert(
                u"status"_s,
                QJsonObject { { u"id"_s, CodeVerdict::id(status) }, { u"description"_s, status } });
        attempts[key] += 1;
        latest[key] = submission;
        if (!CodeVerdict::pending(status)
            && (!best.contains(key)
                || submission[u"score"_s].toInteger() > best[key][u"score"_s].toInteger()))
            best[key] = submission;
        results[key] = QJsonObject { { u"challenge_id"_s, q.id(u"challenge_id"_s) },
                                     { u"user_id"_s, q.id(u"user_id"_s) } };
    }
    for (auto it = results.begin(); it != results.end(); ++it) {
        it->insert(u"attempts"_s, attempts.value(it.key()));
        it->insert(u"best"_s,
                   best.contains(it.key()) ? QJsonValue(best.value(it.key()))
                                           : QJsonValue(QJsonValue::Null));
        it->insert(u"latest"_s, latest.value(it.key()));
    }
    return results;
}

/** A page of the results sharing @p fixedColumn = @p fixed (a challenge's or a user's), one row
 *  per value of the other column, newest first; @p filter may name the challenge as c. */
QJsonObject resultsPage(QSqlDatabase db, const QString &fixedColumn, qint64 fixed,
                        const QString &keyColumn, SqlFilter filter, int page, int limit)
{
    // The column names are challenge_id and user_id, chosen by the callers.
    filter.add(u"r.%1 = :fixed"_s.arg(fixedColumn), u":fixed"_s, fixed);
    return selectPage(db, u"r."_s + keyColumn,
                      u"(SELECT DISTINCT challenge_id, user_id FROM coding_submissions WHERE "
                      u"kind = 'submit') r JOIN coding_challenges c ON c.id = r.challenge_id"_s,
                      filter, u"r.%1 DESC"_s.arg(keyColumn), page, limit,
                      [&](const QList<qint64> &keys) {
                          const QMap<qint64, QJsonObject> results
                                  = resultsOf(db, fixedColumn, fixed, keyColumn, keys);
                          QJsonArray rows;
                          for (qint64 key : keys)
                              rows.append(results.value(key));
                          return rows;
                      });
}

} // namespace

QJsonObject CodingService::challengeResults(const Principal &by, qint64 challengeId, int page,
                                            int limit)
{
    QSqlDatabase db = m_context.db();
    owned(db, by, challengeId);
    return resultsPage(db, u"challenge_id"_s, challengeId, u"user_id"_s, {}, page, limit);
}

QJsonObject CodingService::userResults(const Principal &by, qint64 userId, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    if (by.role == Role::Talent) {
        if (by.userId != userId)
            throw ApiError::notFound(u"User not found"_s);
    } else if (!by.isStaff()) {
        filter.add(u"c.company_id = :company"_s, u":company"_s, by.companyId.value_or(0));
    }
    return resultsPage(db, u"user_id"_s, userId, u"challenge_id"_s, filter, page, limit);
}

QJsonObject CodingService::userResult(const Principal &by, qint64 challengeId, qint64 userId)
{
    QSqlDatabase db = m_context.db();
    if (by.role == Role::Talent) {
        if (by.userId != userId)
            throw ApiError::notFound(u"Result not found"_s);
        load(db, challengeId);
    } else {
        owned(db, by, challengeId);
    }
    const QMap<qint64, QJsonObject> results
            = resultsOf(db, u"challenge_id"_s, challengeId, u"user_id"_s, { userId });
    if (!results.contains(userId))
        throw ApiError::notFound(u"No submission from this user"_s);
    QJsonObject result = results.value(userId);
    // Its company reads the code of the best and the latest submission.
    if (by.role != Role::Talent)
        for (const QString &key : { u"best"_s, u"latest"_s })
            if (result.value(key).isObject())
                result.insert(key, submissionJson(db, result.value(key)[u"id"_s].toInteger(), true));
    return result;
}

} // namespace wn
