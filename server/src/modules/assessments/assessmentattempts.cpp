// SPDX-License-Identifier: Apache-2.0
// Attempts: drawn, answered question by question under the server's clock and submitted once;
// the result is scored and stored by assessmentresults.cpp.
#include "assessmentrows.h"
#include "assessmentservice.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"

#include <wn/common/apierror.h>
#include <wn/common/assessments.h>
#include <wn/common/workflows.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentrows;

namespace {

const QString InProgress = assessmentAttemptWorkflow().statuses().at(0);
const QString Submitted = assessmentAttemptWorkflow().statuses().at(1);

/** An attempt's row, the talent's own; 404 for anyone else's. */
SqlRow ownAttempt(QSqlDatabase db, const Principal &talent, qint64 id)
{
    return Sql(db,
               u"SELECT a.id, a.instrument_id, a.user_id, a.status, a.question_ids, a.passage_id, "
               u"a.started_at, a.deadline_at, a.reading_done_at, a.submitted_at, i.slug, i.title, "
               u"i.kind FROM assessment_attempts a JOIN assessment_instruments i ON "
               u"i.id = a.instrument_id WHERE a.id = :id AND a.user_id = :user"_s)
            .bind(u":id"_s, id)
            .bind(u":user"_s, talent.userId)
            .found(u"Attempt not found"_s);
}

/** The talent's attempt in progress on the instrument, if there is one. */
std::optional<qint64> openAttemptId(QSqlDatabase db, qint64 userId, qint64 instrumentId)
{
    const std::optional<SqlRow> open
            = Sql(db,
                  u"SELECT id FROM assessment_attempts WHERE user_id = :user AND instrument_id = "
                  u":instrument AND status = :open"_s)
                      .bind(u":user"_s, userId)
                      .bind(u":instrument"_s, instrumentId)
                      .bind(u":open"_s, InProgress)
                      .one();
    return open ? std::optional<qint64>(open->id(u"id"_s)) : std::nullopt;
}

bool pastDeadline(const SqlRow &attempt)
{
    return !attempt.isNull(u"deadline_at"_s) && nowText() > attempt.text(u"deadline_at"_s);
}

/** Submits @p attempt unless another request did; the result's id either way. */
qint64 submitRow(QSqlDatabase db, const SqlRow &attempt)
{
    const QString now = nowText();
    Sql move(db,
             u"UPDATE assessment_attempts SET status = :submitted, submitted_at = :now "
             u"WHERE id = :id AND status = :open"_s);
    move.bind(u":submitted"_s, Submitted)
            .bind(u":now"_s, now)
            .bind(u":id"_s, attempt.id(u"id"_s))
            .bind(u":open"_s, InProgress)
            .exec();
    if (move.rowsAffected() > 0)
        return scoreAndStore(db, attempt, now);
    // Submitted by a request that came first: its result is the one.
    return Sql(db, u"SELECT id FROM assessment_results WHERE attempt_id = :id"_s)
            .bind(u":id"_s, attempt.id(u"id"_s))
            .single()
            .id(u"id"_s);
}

/** Holds the talent's row until the transaction ends: one start or submit of theirs at a time
 *  (SQLite's write transactions already take turns). */
void lockTalent(QSqlDatabase db, qint64 userId)
{
    lockRow(db, u"users"_s, userId);
}

/** When the talent may start the instrument again after a result of @p lastSubmitted; null when
 *  never, empty when now. */
std::optional<QString> retakeFrom(const Instrument &instrument, const QString &lastSubmitted)
{
    if (lastSubmitted.isEmpty())
        return QString();
    if (!instrument.retakeDays)
        return std::nullopt;
    const QString from = timeText(timeOf(lastSubmitted).addDays(*instrument.retakeDays));
    return from <= nowText() ? QString() : from;
}

QString lastSubmitted(QSqlDatabase db, qint64 userId, qint64 instrumentId)
{
    return Sql(db,
               u"SELECT MAX(submitted_at) FROM assessment_attempts WHERE user_id = :user AND "
               u"instrument_id = :instrument AND status = :submitted"_s)
            .bind(u":user"_s, userId)
            .bind(u":instrument"_s, instrumentId)
            .bind(u":submitted"_s, Submitted)
            .scalar()
            .toString();
}

QJsonObject attemptJson(QSqlDatabase db, const SqlRow &attempt)
{
    const QString now = nowText();
    const bool open = attempt.text(u"status"_s) == InProgress;
    QJsonObject json { { u"id"_s, attempt.id(u"id"_s) },
                       { u"status"_s, attempt.text(u"status"_s) },
                       { u"instrument"_s,
                         QJsonObject { { u"id"_s, attempt.id(u"instrument_id"_s) },
                                       { u"slug"_s, attempt.text(u"slug"_s) },
                                       { u"title"_s, attempt.text(u"title"_s) },
                                       { u"kind"_s, attempt.text(u"kind"_s) } } },
                       { u"started_at"_s, attempt.text(u"started_at"_s) },
                       { u"deadline_at"_s, attempt.textOrNull(u"deadline_at"_s) },
                       { u"submitted_at"_s, attempt.textOrNull(u"submitted_at"_s) },
                       { u"reading_done_at"_s, attempt.textOrNull(u"reading_done_at"_s) } };
    QJsonValue left;
    if (!attempt.isNull(u"deadline_at"_s) && open)
        left = std::max<qint64>(
                0, QDateTime::currentDateTimeUtc().secsTo(timeOf(attempt.text(u"deadline_at"_s))));
    json.insert(u"seconds_left"_s, left);
    json.insert(u"time_up"_s, pastDeadline(attempt));
    const std::optional<SqlRow> result
            = Sql(db, u"SELECT id FROM assessment_results WHERE attempt_id = :id"_s)
                      .bind(u":id"_s, attempt.id(u"id"_s))
                      .one();
    json.insert(u"result_id"_s, result ? QJsonValue(result->id(u"id"_s)) : QJsonValue());

    const bool reading = !attempt.isNull(u"passage_id"_s) && attempt.isNull(u"reading_done_at"_s);
    if (!attempt.isNull(u"passage_id"_s)) {
        const SqlRow passage = Sql(db,
                                   u"SELECT id, title, body, word_count FROM assessment_passages "
                                   u"WHERE id = :id"_s)
                                       .bind(u":id"_s, attempt.id(u"passage_id"_s))
                                       .single();
        // The text is shown while it is read; its questions come once reading is done.
        json.insert(u"passage"_s,
                    QJsonObject { { u"id"_s, passage.id(u"id"_s) },
                                  { u"title"_s, passage.text(u"title"_s) },
                                  { u"body"_s,
                                    reading ? QJsonValue(passage.text(u"body"_s)) : QJsonValue() },
                                  { u"word_count"_s, passage.integer(u"word_count"_s) } });
    }
    const QList<qint64> order = idsIn(storedArray(attempt.text(u"question_ids"_s)));
    const QHash<qint64, QJsonObject> answers = answersOf(db, attempt.id(u"id"_s));
    QHash<qint64, QJsonObject> questions;
    if (!reading && !order.isEmpty()) {
        Sql q(db,
              u"SELECT "_s + questionColumns() + u" FROM assessment_questions q WHERE q.id IN ("_s
                      + Sql::placeholders(u"q"_s, order.size()) + u')');
        q.bindEach(u"q"_s, order).exec();
        while (q.next())
            questions.insert(q.id(u"id"_s), questionJson(q, false));
    }
    QJsonArray shown;
    for (qint64 id : order) {
        if (!questions.contains(id))
            continue;
        QJsonObject question = questions.value(id);
        question.insert(u"answer"_s,
                        answers.contains(id) ? QJsonValue(answers.value(id)) : QJsonValue());
        shown.append(question);
    }
    json.insert(u"questions"_s, shown);
    json.insert(u"answered"_s, answers.size());
    json.insert(u"total"_s, order.size());
    return json;
}

} // namespace

QJsonObject AssessmentService::start(const Principal &talent, const QString &ref, bool *created)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    lockTalent(db, talent.userId);
    const Instrument instrument = visible(db, talent, ref);
    if (!instrument.active)
        throw ApiError::unprocessable(u"This assessment is not open"_s);
    const std::optional<qint64> open = openAttemptId(db, talent.userId, instrument.id);
    if (open) {
        const SqlRow attempt = ownAttempt(db, talent, *open);
        if (!pastDeadline(attempt)) {
            *created = false;
            tx.commit();
            return attemptJson(db, attempt);
        }
        // Its time ran out unsubmitted: what was answered in time is its result.
        submitRow(db, attempt);
    }
    const std::optional<QString> from
            = retakeFrom(instrument, lastSubmitted(db, talent.userId, instrument.id));
    if (!from || !from->isEmpty()) {
        // No new attempt; an expired one scored above keeps its result all the same.
        tx.commit();
        if (!from)
            throw ApiError::conflict(u"You have already taken this assessment"_s);
        throw ApiError::conflict(u"You can take this assessment again from %1"_s.arg(*from));
    }

    // Questions from the active pool in random order; a comprehension test draws a passage.
    QVariant passage = nullIfNotNumber(QJsonValue());
    QList<qint64> pool;
    QList<qint64> passages;
    Sql p(db,
          u"SELECT p.id FROM assessment_passages p WHERE p.instrument_id = :instrument AND "
          u"p.active AND EXISTS (SELECT 1 FROM assessment_questions q WHERE q.passage_id = p.id "
          u"AND q.active AND q.deleted_at IS NULL) ORDER BY p.id"_s);
    p.bind(u":instrument"_s, instrument.id).exec();
    passages = p.takeIds();
    Sql q(db,
          u"SELECT id FROM assessment_questions WHERE instrument_id = :instrument AND active AND "
          u"deleted_at IS NULL AND "_s
                  + (passages.isEmpty() ? u"passage_id IS NULL"_s : u"passage_id = :passage"_s)
                  + u" ORDER BY id"_s);
    q.bind(u":instrument"_s, instrument.id);
    if (!passages.isEmpty()) {
        passage = passages.at(QRandomGenerator::global()->bounded(int(passages.size())));
        q.bind(u":passage"_s, passage);
    }
    q.exec();
    pool = q.takeIds();
    if (pool.isEmpty())
        throw ApiError::unprocessable(u"This assessment has no active questions"_s);
    std::shuffle(pool.begin(), pool.end(), *QRandomGenerator::global());
    if (instrument.questionCount && *instrument.questionCount < pool.size())
        pool = pool.first(*instrument.questionCount);
    QJsonArray order;
    for (qint64 id : std::as_const(pool))
        order.append(id);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 id = insertRowReturningId(
            db, u"assessment_attempts"_s,
            { { u"instrument_id"_s, instrument.id },
              { u"user_id"_s, talent.userId },
              { u"status"_s, InProgress },
              { u"question_ids"_s, jsonText(order) },
              { u"passage_id"_s, passage },
              { u"started_at"_s, timeText(now) },
              { u"deadline_at"_s,
                instrument.timeLimitSeconds
                        ? QVariant(timeText(now.addSecs(*instrument.timeLimitSeconds)))
                        : QVariant(QMetaType::fromType<QString>()) } });
    tx.commit();
    *created = true;
    return attemptJson(db, ownAttempt(db, talent, id));
}

QJsonObject AssessmentService::attempt(const Principal &talent, qint64 id)
{
    QSqlDatabase db = m_context.db();
    return attemptJson(db, ownAttempt(db, talent, id));
}

namespace {

/** The attempt, open and in time, for a change; 409 otherwise. */
SqlRow openAttempt(QSqlDatabase db, const Principal &talent, qint64 id)
{
    SqlRow attempt = ownAttempt(db, talent, id);
    if (attempt.text(u"status"_s) != InProgress)
        throw ApiError::conflict(u"This attempt has been submitted"_s);
    if (pastDeadline(attempt))
        throw ApiError::conflict(
                u"The time for this attempt ran out at %1"_s.arg(attempt.text(u"deadline_at"_s)));
    return attempt;
}

/** The answer @p input gives to @p item, checked against its type and options. */
scoring::Answer checkedAnswer(const scoring::Item &item, const QJsonObject &input,
                              const QString &prefix = {})
{
    const QuestionType *type = questionType(item.type);
    const QString field = prefix + type->answerField;
    if (!input.contains(type->answerField))
        throw ApiError::badRequest(
                QStringList { u"%1 is required to answer a %2 question"_s.arg(field, item.type) });
    const scoring::Answer answer = scoring::Answer::fromJson(input);
    QStringList keys;
    for (const scoring::Option &option : item.options)
        keys.append(option.key);
    if (type->answerField == u"choice"_s && !keys.contains(answer.choice))
        throw ApiError::badRequest(QStringList {
                u"%1 must be one of the question's options: %2"_s.arg(field, keys.join(u", "_s)) });
    if (type->answerField == u"choices"_s) {
        for (const QString &key : answer.choices) {
            if (!keys.contains(key) || answer.choices.count(key) > 1)
                throw ApiError::badRequest(
                        QStringList { u"%1 must hold distinct options of the question: %2"_s.arg(
                                field, keys.join(u", "_s)) });
        }
    }
    return answer;
}

void saveAnswer(QSqlDatabase db, qint64 attemptId, qint64 questionId, const scoring::Answer &answer)
{
    insertRow(db, u"assessment_answers"_s,
              { { u"attempt_id"_s, attemptId },
                { u"question_id"_s, questionId },
                { u"answer"_s, jsonText(answer.toJson()) },
                { u"answered_at"_s, nowText() } },
              onConflictUpdate(u"attempt_id, question_id"_s, { u"answer"_s, u"answered_at"_s }));
}

/** Checks and saves @p answers ([{question_id, ...}]) into @p attempt. */
void saveAnswers(QSqlDatabase db, const SqlRow &attempt, const QJsonArray &answers)
{
    if (!attempt.isNull(u"passage_id"_s) && attempt.isNull(u"reading_done_at"_s))
        throw ApiError::conflict(u"Finish reading the passage before answering"_s);
    const QList<qint64> order = idsIn(storedArray(attempt.text(u"question_ids"_s)));
    QHash<qint64, scoring::Item> items;
    for (const scoring::Item &item : itemsOf(db, order))
        items.insert(item.id, item);
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject input = answers.at(i).toObject();
        const qint64 questionId = input.value(u"question_id"_s).toInteger();
        const QString prefix = u"answers[%1]."_s.arg(i);
        if (!items.contains(questionId))
            throw ApiError::badRequest(QStringList {
                    u"%1question_id must be a question of this attempt"_s.arg(prefix) });
        saveAnswer(db, attempt.id(u"id"_s), questionId,
                   checkedAnswer(items.value(questionId), input, prefix));
    }
}

} // namespace

QJsonObject AssessmentService::answer(const Principal &talent, qint64 attemptId, qint64 questionId,
                                      const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    // In turn with a submission: an answer lands before the scoring or is refused after it.
    lockTalent(db, talent.userId);
    const SqlRow attempt = openAttempt(db, talent, attemptId);
    if (!idsIn(storedArray(attempt.text(u"question_ids"_s))).contains(questionId))
        throw ApiError::notFound(u"That question is not in this attempt"_s);
    if (!attempt.isNull(u"passage_id"_s) && attempt.isNull(u"reading_done_at"_s))
        throw ApiError::conflict(u"Finish reading the passage before answering"_s);
    const QList<scoring::Item> items = itemsOf(db, { questionId });
    const scoring::Answer answer = checkedAnswer(items.first(), input);
    saveAnswer(db, attemptId, questionId, answer);
    const qint64 answered
            = Sql(db, u"SELECT COUNT(*) FROM assessment_answers WHERE attempt_id = :id"_s)
                      .bind(u":id"_s, attemptId)
                      .scalar()
                      .toLongLong();
    tx.commit();
    return { { u"question_id"_s, questionId },
             { u"answer"_s, answer.toJson() },
             { u"answered"_s, answered },
             { u"total"_s, idsIn(storedArray(attempt.text(u"question_ids"_s))).size() } };
}

QJsonObject AssessmentService::finishReading(const Principal &talent, qint64 attemptId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const SqlRow attempt = openAttempt(db, talent, attemptId);
    if (attempt.isNull(u"passage_id"_s))
        throw ApiError::unprocessable(u"This attempt has no passage to read"_s);
    Sql(db,
        u"UPDATE assessment_attempts SET reading_done_at = :now WHERE id = :id AND "
        u"reading_done_at IS NULL"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, attemptId)
            .exec();
    tx.commit();
    return attemptJson(db, ownAttempt(db, talent, attemptId));
}

QJsonObject AssessmentService::submit(const Principal &talent, qint64 attemptId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    lockTalent(db, talent.userId);
    const qint64 resultId = submitRow(db, ownAttempt(db, talent, attemptId));
    tx.commit();
    return result(talent, resultId);
}

QJsonObject AssessmentService::submitAnswers(const Principal &talent, const QString &ref,
                                             const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    lockTalent(db, talent.userId);
    const Instrument instrument = visible(db, talent, ref);
    const std::optional<qint64> open = openAttemptId(db, talent.userId, instrument.id);
    if (!open)
        throw ApiError::conflict(
                u"Start this assessment first: its questions and its clock come with the attempt"_s);
    const SqlRow attempt = ownAttempt(db, talent, *open);
    const QJsonArray answers = input.value(u"answers"_s).toArray();
    if (!answers.isEmpty()) {
        if (pastDeadline(attempt))
            throw ApiError::conflict(u"The time for this attempt ran out at %1"_s.arg(
                    attempt.text(u"deadline_at"_s)));
        saveAnswers(db, attempt, answers);
    }
    const qint64 resultId = submitRow(db, attempt);
    tx.commit();
    return result(talent, resultId);
}

QJsonObject AssessmentService::taken(const Principal &talent, const QString &ref)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, talent, ref);
    const SqlRow counts = Sql(db,
                              u"SELECT COUNT(*) AS results, MAX(id) AS last_result FROM "
                              u"assessment_results WHERE user_id = :user AND instrument_id = "
                              u":instrument"_s)
                                  .bind(u":user"_s, talent.userId)
                                  .bind(u":instrument"_s, instrument.id)
                                  .single();
    const std::optional<qint64> open = openAttemptId(db, talent.userId, instrument.id);
    const QString last = lastSubmitted(db, talent.userId, instrument.id);
    const std::optional<QString> from = retakeFrom(instrument, last);
    return { { u"taken"_s, counts.id(u"results"_s) > 0 },
             { u"results"_s, counts.id(u"results"_s) },
             { u"last_result_id"_s, counts.integerOrNull(u"last_result"_s) },
             { u"last_submitted_at"_s, last.isEmpty() ? QJsonValue() : QJsonValue(last) },
             { u"open_attempt_id"_s, open ? QJsonValue(*open) : QJsonValue() },
             { u"can_start"_s, open.has_value() || (from && from->isEmpty()) },
             { u"retake_from"_s, from && !from->isEmpty() ? QJsonValue(*from) : QJsonValue() },
             { u"retake_days"_s,
               instrument.retakeDays ? QJsonValue(*instrument.retakeDays) : QJsonValue() } };
}

} // namespace wn
