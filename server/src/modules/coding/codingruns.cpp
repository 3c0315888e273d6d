// SPDX-License-Identifier: Apache-2.0
// Runs and submissions: queued, judged by the worker threads in the sandbox, and the results
// read from them.
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

namespace {

const QString runKind = u"run"_s;
const QString submitKind = u"submit"_s;
/** A talent's runs and submissions waiting at once; more are refused until they are judged. */
constexpr int maxPendingPerTalent = 3;

/** A submission's or a case's verdict as Judge0 answers it: its id and its words. */
QJsonObject verdictJson(const QString &verdict)
{
    return { { u"id"_s, CodeVerdict::id(verdict) }, { u"description"_s, verdict } };
}

} // namespace

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
    const qint64 id
            = insertRowReturningId(db, u"coding_submissions"_s,
                                   { { u"challenge_id"_s, challengeId },
                                     { u"user_id"_s, by.userId },
                                     { u"language_id"_s, languageId },
                                     { u"kind"_s, submission ? submitKind : runKind },
                                     { u"source"_s, input.value(u"source_code"_s).toString() },
                                     { u"status"_s, CodeVerdict::InQueue },
                                     { u"created_at"_s, nowText() } });
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
    json.insert(u"status"_s, verdictJson(status));
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
        result.insert(u"status"_s, verdictJson(cases.text(u"status"_s)));
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
    const SqlRow row
            = Sql(db, u"SELECT user_id, challenge_id FROM coding_submissions WHERE id = :id"_s)
                      .bind(u":id"_s, id)
                      .found(u"Submission not found"_s);
    if (by.role == Role::Talent) {
        if (row.id(u"user_id"_s) != by.userId)
            throw ApiError::notFound(u"Submission not found"_s);
        return submissionJson(db, id, false);
    }
    const std::optional<SqlRow> challenge
            = Sql(db, u"SELECT company_id FROM coding_challenges WHERE id = :id"_s)
                      .bind(u":id"_s, row.id(u"challenge_id"_s))
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
        filter.addEqual(query, u"user_id"_s, u"s.user_id"_s);
    }
    filter.addEqual(query, u"kind"_s, u"s.kind"_s);
    // Who sent it and in which language come with each row, for a company reading everyone's.
    return selectPage(
            db,
            u"s.id, s.user_id, s.language_id, s.kind, s.status, s.score, s.max_score, "
            u"s.passed_cases, s.total_cases, s.created_at, s.finished_at, u.first_name, "
            u"u.last_name, u.email, l.name AS language_name, l.version AS language_version"_s,
            u"coding_submissions s JOIN users u ON u.id = s.user_id LEFT JOIN code_languages l "
            u"ON l.id = s.language_id"_s,
            filter, u"s.id DESC"_s, page, limit,
            [](Sql &row) {
                QJsonObject json
                        = jsonOf(row,
                                 { .ids = { u"id"_s, u"user_id"_s, u"language_id"_s, u"score"_s,
                                            u"max_score"_s, u"passed_cases"_s, u"total_cases"_s },
                                   .texts = { u"kind"_s, u"created_at"_s },
                                   .optionalTexts = { u"finished_at"_s } });
                json.insert(u"status"_s, verdictJson(row.text(u"status"_s)));
                json.insert(
                        u"talent"_s,
                        jsonOf(row, { .texts = { u"first_name"_s, u"last_name"_s, u"email"_s } }));
                json.insert(u"language"_s,
                            QJsonObject { { u"name"_s, row.text(u"language_name"_s) },
                                          { u"version"_s, row.text(u"language_version"_s) } });
                return json;
            },
            u"coding_submissions s"_s);
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
                = languageOf(Sql(db, languageSelect() + u" WHERE id = :id"_s)
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
        submission.insert(u"status"_s, verdictJson(status));
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
