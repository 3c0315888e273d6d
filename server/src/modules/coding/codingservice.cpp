// SPDX-License-Identifier: Apache-2.0
// Coding challenges: a company's challenges and their cases, and the invitations to them.
#include "codingservice.h"

#include "builtinlanguages.h"
#include "codingrows.h"
#include "core/auth/keys.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
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

namespace {

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

// ---- Challenges ----

CodingService::Challenge CodingService::load(QSqlDatabase db, qint64 id)
{
    const SqlRow row
            = Sql(db,
                  u"SELECT id, company_id, created_by, title, description, difficulty, "
                  u"language_ids, cpu_time_ms, wall_time_ms, memory_kb, stack_kb, max_processes, "
                  u"max_file_kb, stop_on_first_failure, closes_at, created_at, updated_at FROM "
                  u"coding_challenges WHERE id = :id AND deleted_at IS NULL"_s)
                      .bind(u":id"_s, id)
                      .found(u"Coding challenge not found"_s);
    Challenge challenge;
    challenge.id = row.id(u"id"_s);
    challenge.companyId = row.id(u"company_id"_s);
    challenge.languageIds = idsIn(storedArray(row.text(u"language_ids"_s)));
    challenge.limits.cpuMs = int(row.integer(u"cpu_time_ms"_s));
    challenge.limits.wallMs = int(row.integer(u"wall_time_ms"_s));
    challenge.limits.memoryKb = row.integer(u"memory_kb"_s);
    challenge.limits.stackKb = row.integer(u"stack_kb"_s);
    challenge.limits.processes = int(row.integer(u"max_processes"_s));
    challenge.limits.fileKb = row.integer(u"max_file_kb"_s);
    challenge.stopOnFirstFailure = row.flag(u"stop_on_first_failure"_s);
    challenge.closesAt = row.text(u"closes_at"_s);
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
              languageSelect()
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

// The checks below answer as the schema does, a list naming the field, so that a form places
// each problem beside its field.

void CodingService::checkLimits(const QJsonObject &input)
{
    const int cpu = int(input.value(u"cpu_time_ms"_s).toInteger(0));
    const int wall = int(input.value(u"wall_time_ms"_s).toInteger(0));
    if (cpu && wall && wall < cpu)
        throw ApiError::badRequest(QStringList { u"wall_time_ms must be at least the CPU time"_s });
}

void CodingService::checkLanguages(QSqlDatabase db, const QJsonArray &ids)
{
    for (const QJsonValue &id : ids) {
        if (!Sql(db, u"SELECT id FROM code_languages WHERE id = :id AND active = :yes"_s)
                     .bind(u":id"_s, id.toInteger())
                     .bind(u":yes"_s, true)
                     .exists())
            throw ApiError::badRequest(QStringList {
                    u"language_ids names no active language: %1"_s.arg(id.toInteger()) });
    }
}

void CodingService::writeCases(QSqlDatabase db, qint64 challengeId, const QJsonArray &cases)
{
    bool sample = false;
    for (const QJsonValue &testCase : cases)
        sample = sample || testCase[u"is_sample"_s].toBool();
    if (!sample)
        throw ApiError::badRequest(QStringList {
                u"test_cases must hold at least one sample case (is_sample), for RUN"_s });
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
                // A case without input (a program that reads nothing) gets an empty stdin.
                .bind(u":input"_s, testCase[u"input"_s].toString(u""_s))
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
        const QString now = nowText();
        id = insertRowReturningId(
                db, u"coding_challenges"_s,
                { { u"company_id"_s, by.companyId.value_or(0) },
                  { u"created_by"_s, by.userId },
                  { u"title"_s, input.value(u"title"_s).toString() },
                  { u"description"_s, input.value(u"description"_s).toString() },
                  { u"difficulty"_s, input.value(u"difficulty"_s).toString(u"medium"_s) },
                  { u"language_ids"_s, jsonText(languageIds) },
                  { u"cpu_time_ms"_s, input.value(u"cpu_time_ms"_s).toInteger(2000) },
                  { u"wall_time_ms"_s, input.value(u"wall_time_ms"_s).toInteger(5000) },
                  { u"memory_kb"_s, input.value(u"memory_mb"_s).toInteger(128) * 1024 },
                  { u"stack_kb"_s, input.value(u"stack_mb"_s).toInteger(64) * 1024 },
                  { u"max_processes"_s, input.value(u"max_processes"_s).toInteger(60) },
                  { u"max_file_kb"_s, input.value(u"max_file_kb"_s).toInteger(1024) },
                  { u"stop_on_first_failure"_s,
                    input.value(u"stop_on_first_failure"_s).toBool(false) },
                  { u"closes_at"_s, nullIfEmpty(input.value(u"closes_at"_s).toString()) },
                  { u"created_at"_s, now },
                  { u"updated_at"_s, now } });
        writeCases(db, id, input.value(u"test_cases"_s).toArray());
        transaction.commit();
    }
    return challengeJson(db, load(db, id), true);
}

QJsonObject CodingService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"title"_s, u"description"_s });
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
    SqlChanges changes;
    for (const Column &column : columns) {
        if (!input.contains(column.field))
            continue;
        const QJsonValue value = input.value(column.field);
        if (column.scale > 0)
            changes.set(column.column, value.toInteger() * column.scale);
        else if (column.scale < 0)
            changes.set(column.column, value.toBool());
        else
            changes.set(column.column, nullIfEmpty(value.toString()));
    }
    if (input.contains(u"language_ids"_s))
        changes.set(u"language_ids"_s, jsonText(input.value(u"language_ids"_s).toArray()));
    if (input.contains(u"test_cases"_s))
        writeCases(db, id, input.value(u"test_cases"_s).toArray());
    // Stamped even when only the test cases change.
    changes.set(u"updated_at"_s, nowText()).write(db, u"coding_challenges"_s, id, u"id"_s, false);
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
        filter.addContains({ u"LOWER(c.title)"_s }, search);
    filter.addEqual(query, u"difficulty"_s, u"c.difficulty"_s);
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
        const qint64 id = insertRowReturningId(db, u"coding_invitations"_s,
                                               { { u"challenge_id"_s, challengeId },
                                                 { u"email"_s, email },
                                                 { u"invited_by"_s, by.userId },
                                                 { u"expires_at"_s, timeText(expires) },
                                                 { u"created_at"_s, nowText() } });
        const QString token
                = invitationToken(m_context.keys->invitationLinks, id, expires.toSecsSinceEpoch());
        // A page of the web portal, its value in the query as in the portal's other mailed links
        // (a path whose last part holds dots would be taken for a file).
        const QString link = baseUrl + u"/coding/invitation?token="_s + token;
        // In the language of the account the address has, if it has one.
        const MailWords words = m_context.mailer->wordsFor(db, email);
        m_context.mailer->send(
                db,
                { email,
                  words(QT_TRANSLATE_NOOP("Mail", "You are invited to a coding challenge: %1"),
                        { title }),
                  words(QT_TRANSLATE_NOOP("Mail",
                                          "You have been invited to solve the coding "
                                          "challenge \"%1\".\n\nOpen it here until %2 (UTC):"
                                          "\n%3\n\nSign in with this email address to run "
                                          "and submit your code."),
                        { title, expires.toString(u"yyyy-MM-dd HH:mm"_s), link }),
                  words.language() });
        invitations.append(QJsonObject { { u"id"_s, id },
                                         { u"email"_s, email },
                                         { u"token"_s, token },
                                         { u"link"_s, link },
                                         { u"expires_at"_s, timeText(expires) } });
    }
    transaction.commit();
    return { { u"data"_s, invitations } };
}

QJsonObject CodingService::invitations(const Principal &by, qint64 challengeId, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    owned(db, by, challengeId);
    SqlFilter filter;
    filter.add(u"i.challenge_id = :challenge"_s, u":challenge"_s, challengeId);
    // How far the invited talent got: 2 when they submitted, 1 when they only ran code. Emails
    // are kept in lower case on both sides.
    return selectPage(
            db,
            u"i.id, i.email, i.expires_at, i.created_at, u.id AS user_id, u.first_name, "
            u"u.last_name, (SELECT MAX(CASE WHEN s.kind = 'submit' THEN 2 ELSE 1 END) FROM "
            u"coding_submissions s WHERE s.challenge_id = i.challenge_id AND s.user_id = u.id) "
            u"AS progress"_s,
            u"coding_invitations i LEFT JOIN users u ON u.email = i.email AND u.deleted_at IS "
            u"NULL"_s,
            filter, u"i.id DESC"_s, page, limit,
            [now = nowText()](Sql &row) {
                QJsonObject json
                        = jsonOf(row,
                                 { .ids = { u"id"_s },
                                   .texts = { u"email"_s, u"expires_at"_s, u"created_at"_s },
                                   .optionalIntegers = { u"user_id"_s } });
                if (!row.value(u"user_id"_s).isNull())
                    json.insert(u"talent"_s,
                                jsonOf(row, { .texts = { u"first_name"_s, u"last_name"_s } }));
                const qint64 progress = row.integer(u"progress"_s);
                QString state = CodingInvitationState::Invited;
                if (progress == 2)
                    state = CodingInvitationState::Submitted;
                else if (row.text(u"expires_at"_s) < now)
                    state = CodingInvitationState::Expired;
                else if (progress == 1)
                    state = CodingInvitationState::InProgress;
                json.insert(u"state"_s, state);
                return json;
            },
            u"coding_invitations i"_s);
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

} // namespace wn
