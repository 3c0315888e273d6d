// SPDX-License-Identifier: Apache-2.0
// Attempts: drawn, answered question by question under the server's clock, submitted once and
// scored; then the results, percentiles, reports and culture-fit rankings read from them.
#include "assessmentrows.h"
#include "assessmentservice.h"
#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/assessments.h>
#include <wn/common/workflows.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentrows;

namespace {

const QString InProgress = assessmentAttemptWorkflow().statuses().at(0);
const QString Submitted = assessmentAttemptWorkflow().statuses().at(1);

QDateTime timeOf(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QList<qint64> idsOf(const QString &stored)
{
    QList<qint64> ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(stored.toUtf8()).array())
        ids.append(value.toInteger());
    return ids;
}

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

/** The questions of @p ids as scoring items, in any order. */
QList<scoring::Item> itemsOf(QSqlDatabase db, const QList<qint64> &ids)
{
    QList<scoring::Item> items;
    if (ids.isEmpty())
        return items;
    Sql q(db,
          u"SELECT "_s + questionColumns() + u" FROM assessment_questions q WHERE q.id IN ("_s
                  + Sql::placeholders(u"q"_s, ids.size()) + u')');
    q.bindEach(u"q"_s, ids).exec();
    while (q.next())
        items.append(itemOf(q));
    return items;
}

QHash<qint64, QJsonObject> answersOf(QSqlDatabase db, qint64 attemptId)
{
    QHash<qint64, QJsonObject> answers;
    Sql q(db, u"SELECT question_id, answer FROM assessment_answers WHERE attempt_id = :id"_s);
    q.bind(u":id"_s, attemptId).exec();
    while (q.next())
        answers.insert(q.id(u"question_id"_s),
                       QJsonDocument::fromJson(q.text(u"answer"_s).toUtf8()).object());
    return answers;
}

/** A category's scores as a result shows them, with its band and the band's words. */
QJsonObject categoryScore(const Category &category, const scoring::Sum &sum)
{
    QJsonObject json { { u"id"_s, category.id },
                       { u"code"_s, category.code },
                       { u"name"_s, category.name },
                       { u"score"_s, sum.toJson() } };
    const std::optional<double> percent = sum.percent();
    if (!percent) {
        json.insert(u"band"_s, QJsonValue());
        json.insert(u"description"_s, textOrNull(category.description));
        return json;
    }
    const QString band = scoreBand(*percent);
    QString words = band == u"low"_s ? category.lowText
            : band == u"high"_s      ? category.highText
                                     : category.midText;
    const QString capitalised = band.left(1).toUpper() + band.mid(1);
    // Facets describe themselves and their band says how strongly; a bare category, the band.
    if (words.isEmpty())
        words = category.description.isEmpty()
                ? capitalised
                : u"%1 %2: %3"_s.arg(capitalised, category.name.toLower(), category.description);
    json.insert(u"band"_s, band);
    json.insert(u"description"_s, words);
    return json;
}

/** Scores the attempt on @p attempt's row and stores its result, in the caller's transaction. */
qint64 scoreAndStore(QSqlDatabase db, const SqlRow &attempt, const QString &now)
{
    const qint64 attemptId = attempt.id(u"id"_s);
    const qint64 instrumentId = attempt.id(u"instrument_id"_s);
    const qint64 userId = attempt.id(u"user_id"_s);
    const QList<qint64> order = idsOf(attempt.text(u"question_ids"_s));
    const QList<scoring::Item> items = itemsOf(db, order);
    const QHash<qint64, QJsonObject> stored = answersOf(db, attemptId);
    QHash<qint64, scoring::Answer> answers;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        answers.insert(it.key(), scoring::Answer::fromJson(it.value()));
    const QList<Category> categories = loadCategories(db, instrumentId);
    QHash<qint64, qint64> parents;
    for (const Category &category : categories) {
        if (category.parentId)
            parents.insert(category.id, category.parentId);
    }
    const scoring::Scored scored = scoring::score(items, answers, parents);

    QJsonArray domains;
    for (const Category &domain : categories) {
        if (domain.parentId || !scored.categories.contains(domain.id))
            continue;
        QJsonObject json = categoryScore(domain, scored.categories.value(domain.id));
        QJsonArray facets;
        for (const Category &facet : categories) {
            if (facet.parentId == domain.id && scored.categories.contains(facet.id))
                facets.append(categoryScore(facet, scored.categories.value(facet.id)));
        }
        json.insert(u"facets"_s, facets);
        domains.append(json);
    }
    QJsonObject details { { u"total"_s, scored.total.toJson() }, { u"domains"_s, domains } };
    const bool paired = std::any_of(items.begin(), items.end(), [](const scoring::Item &item) {
        return !item.pairCode.isEmpty();
    });
    details.insert(u"inconsistency"_s,
                   paired ? QJsonValue(scored.inconsistency.toJson()) : QJsonValue());
    details.insert(u"correct"_s, scored.gradable ? QJsonValue(scored.correct) : QJsonValue());
    details.insert(u"gradable"_s, scored.gradable ? QJsonValue(scored.gradable) : QJsonValue());

    std::optional<double> headline = scored.total.percent();
    QJsonArray written;
    for (const scoring::Item &item : items) {
        if (item.type == u"free_text"_s && answers.contains(item.id))
            written.append(QJsonObject { { u"question_id"_s, item.id },
                                         { u"text"_s, answers.value(item.id).text } });
    }
    details.insert(u"written"_s, written);
    if (!attempt.isNull(u"passage_id"_s)) {
        const SqlRow passage
                = Sql(db, u"SELECT word_count FROM assessment_passages WHERE id = :id"_s)
                          .bind(u":id"_s, attempt.id(u"passage_id"_s))
                          .single();
        const int words = passage.integer(u"word_count"_s);
        const QString readingEnd = attempt.textOrNull(u"reading_done_at"_s).isNull()
                ? now
                : attempt.text(u"reading_done_at"_s);
        const double seconds = std::max<qint64>(
                1, timeOf(attempt.text(u"started_at"_s)).msecsTo(timeOf(readingEnd)) / 1000);
        const std::optional<double> accuracy = scored.gradable
                ? std::optional<double>(100.0 * scored.correct / scored.gradable)
                : std::nullopt;
        details.insert(
                u"reading"_s,
                QJsonObject {
                        { u"words"_s, words },
                        { u"seconds"_s, seconds },
                        { u"words_per_minute"_s, scoring::rounded(words * 60.0 / seconds) },
                        { u"accuracy"_s,
                          accuracy ? QJsonValue(scoring::rounded(*accuracy)) : QJsonValue() } });
        headline = accuracy;
    }

    Sql(db,
        u"UPDATE assessment_results SET latest = FALSE WHERE user_id = :user AND instrument_id = "
        u":instrument AND latest"_s)
            .bind(u":user"_s, userId)
            .bind(u":instrument"_s, instrumentId)
            .exec();
    const qint64 resultId
            = Sql(db,
                  u"INSERT INTO assessment_results (attempt_id, instrument_id, user_id, percent, "
                  u"latest, details, created_at) VALUES (:attempt, :instrument, :user, :percent, "
                  u"TRUE, :details, :now) RETURNING id"_s)
                      .bind(u":attempt"_s, attemptId)
                      .bind(u":instrument"_s, instrumentId)
                      .bind(u":user"_s, userId)
                      .bind(u":percent"_s,
                            headline ? QVariant(scoring::rounded(*headline))
                                     : QVariant(QMetaType::fromType<double>()))
                      .bind(u":details"_s, jsonText(details))
                      .bind(u":now"_s, now)
                      .scalar()
                      .toLongLong();
    for (auto it = scored.categories.cbegin(); it != scored.categories.cend(); ++it) {
        const std::optional<double> percent = it.value().percent();
        if (!percent)
            continue;
        Sql(db,
            u"INSERT INTO assessment_scores (result_id, category_id, raw, mean, percent) VALUES "
            u"(:result, :category, :raw, :mean, :percent)"_s)
                .bind(u":result"_s, resultId)
                .bind(u":category"_s, it.key())
                .bind(u":raw"_s, it.value().raw)
                .bind(u":mean"_s, it.value().mean().value_or(0))
                .bind(u":percent"_s, scoring::rounded(*percent))
                .exec();
    }
    return resultId;
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
void lockTalent(ServerContext &context, QSqlDatabase db, qint64 userId)
{
    if (context.database->isPostgres())
        Sql(db, u"SELECT id FROM users WHERE id = :id FOR UPDATE"_s).bind(u":id"_s, userId).exec();
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

template<typename Row>
QJsonObject resultSummary(const Row &row)
{
    return { { u"id"_s, row.id(u"id"_s) },
             { u"attempt_id"_s, row.id(u"attempt_id"_s) },
             { u"instrument"_s,
               QJsonObject { { u"id"_s, row.id(u"instrument_id"_s) },
                             { u"slug"_s, row.text(u"slug"_s) },
                             { u"title"_s, row.text(u"title"_s) } } },
             { u"user"_s,
               QJsonObject { { u"id"_s, row.id(u"user_id"_s) },
                             { u"first_name"_s, row.text(u"first_name"_s) },
                             { u"last_name"_s, row.text(u"last_name"_s) } } },
             { u"percent"_s, row.numberOrNull(u"percent"_s) },
             { u"latest"_s, row.flag(u"latest"_s) },
             { u"submitted_at"_s, row.text(u"created_at"_s) } };
}

QString resultColumns()
{
    return u"r.id, r.attempt_id, r.instrument_id, r.user_id, r.percent, r.latest, r.created_at, "
           u"i.slug, i.title, u.first_name, u.last_name"_s;
}

QString resultFrom()
{
    return u"assessment_results r JOIN assessment_instruments i ON i.id = r.instrument_id "
           u"JOIN users u ON u.id = r.user_id"_s;
}

} // namespace

// ---- Attempts ----

namespace {

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
    const QList<qint64> order = idsOf(attempt.text(u"question_ids"_s));
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
    lockTalent(m_context, db, talent.userId);
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
    QVariant passage = storedInteger(QJsonValue());
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
    const qint64 id
            = Sql(db,
                  u"INSERT INTO assessment_attempts (instrument_id, user_id, status, question_ids, "
                  u"passage_id, started_at, deadline_at) VALUES (:instrument, :user, :open, "
                  u":questions, :passage, :now, :deadline) RETURNING id"_s)
                      .bind(u":instrument"_s, instrument.id)
                      .bind(u":user"_s, talent.userId)
                      .bind(u":open"_s, InProgress)
                      .bind(u":questions"_s, jsonText(order))
                      .bind(u":passage"_s, passage)
                      .bind(u":now"_s, timeText(now))
                      .bind(u":deadline"_s,
                            instrument.timeLimitSeconds
                                    ? QVariant(timeText(now.addSecs(*instrument.timeLimitSeconds)))
                                    : QVariant(QMetaType::fromType<QString>()))
                      .scalar()
                      .toLongLong();
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
    Sql(db,
        u"INSERT INTO assessment_answers (attempt_id, question_id, answer, answered_at) VALUES "
        u"(:attempt, :question, :answer, :now) ON CONFLICT (attempt_id, question_id) DO UPDATE "
        u"SET answer = excluded.answer, answered_at = excluded.answered_at"_s)
            .bind(u":attempt"_s, attemptId)
            .bind(u":question"_s, questionId)
            .bind(u":answer"_s, jsonText(answer.toJson()))
            .bind(u":now"_s, nowText())
            .exec();
}

/** Checks and saves @p answers ([{question_id, ...}]) into @p attempt. */
void saveAnswers(QSqlDatabase db, const SqlRow &attempt, const QJsonArray &answers)
{
    if (!attempt.isNull(u"passage_id"_s) && attempt.isNull(u"reading_done_at"_s))
        throw ApiError::conflict(u"Finish reading the passage before answering"_s);
    const QList<qint64> order = idsOf(attempt.text(u"question_ids"_s));
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
    lockTalent(m_context, db, talent.userId);
    const SqlRow attempt = openAttempt(db, talent, attemptId);
    if (!idsOf(attempt.text(u"question_ids"_s)).contains(questionId))
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
             { u"total"_s, idsOf(attempt.text(u"question_ids"_s)).size() } };
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
    lockTalent(m_context, db, talent.userId);
    const qint64 resultId = submitRow(db, ownAttempt(db, talent, attemptId));
    tx.commit();
    return result(talent, resultId);
}

QJsonObject AssessmentService::submitAnswers(const Principal &talent, const QString &ref,
                                             const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    lockTalent(m_context, db, talent.userId);
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

// ---- Results ----

namespace {

/** Adds to each scored category of @p details its percentile among the takers' latest results,
 *  or withholds it (null) while fewer than minimumTakersForPercentile have one. */
void addPercentiles(QSqlDatabase db, qint64 resultId, QJsonObject &details)
{
    struct Rank
    {
        qint64 takers = 0;
        qint64 below = 0;
        qint64 equal = 0;
    };
    QHash<qint64, Rank> ranks;
    Sql q(db,
          u"SELECT mine.category_id, COUNT(*) AS takers, "
          u"SUM(CASE WHEN s.percent < mine.percent THEN 1 ELSE 0 END) AS below, "
          u"SUM(CASE WHEN s.percent = mine.percent THEN 1 ELSE 0 END) AS equal "
          u"FROM assessment_scores mine JOIN assessment_scores s ON s.category_id = "
          u"mine.category_id JOIN assessment_results r ON r.id = s.result_id "
          u"WHERE mine.result_id = :id AND r.latest GROUP BY mine.category_id"_s);
    q.bind(u":id"_s, resultId).exec();
    while (q.next())
        ranks.insert(q.id(u"category_id"_s),
                     { q.id(u"takers"_s), q.id(u"below"_s), q.id(u"equal"_s) });
    auto rank = [&ranks](QJsonObject category) {
        const Rank found = ranks.value(category.value(u"id"_s).toInteger());
        const bool shown = found.takers >= minimumTakersForPercentile;
        category.insert(u"takers"_s, found.takers);
        category.insert(u"percentile"_s,
                        shown ? QJsonValue(scoring::rounded(
                                scoring::percentile(found.below, found.equal, found.takers)))
                              : QJsonValue());
        category.insert(u"percentile_withheld"_s, !shown);
        return category;
    };
    QJsonArray domains;
    for (const QJsonValue &value : details.value(u"domains"_s).toArray()) {
        QJsonObject domain = rank(value.toObject());
        QJsonArray facets;
        for (const QJsonValue &facet : domain.value(u"facets"_s).toArray())
            facets.append(rank(facet.toObject()));
        domain.insert(u"facets"_s, facets);
        domains.append(domain);
    }
    details.insert(u"domains"_s, domains);
}

} // namespace

QJsonObject AssessmentService::result(const Principal &viewer, qint64 id, const QString &ref)
{
    QSqlDatabase db = m_context.db();
    const SqlRow row = Sql(db,
                           u"SELECT "_s + resultColumns() + u", r.details, i.company_id FROM "_s
                                   + resultFrom() + u" WHERE r.id = :id"_s)
                               .bind(u":id"_s, id)
                               .found(u"Result not found"_s);
    const std::optional<qint64> company = row.isNull(u"company_id"_s)
            ? std::nullopt
            : std::optional<qint64>(row.id(u"company_id"_s));
    const qint64 userId = row.id(u"user_id"_s);
    QJsonObject json = resultSummary(row);
    QJsonObject details = QJsonDocument::fromJson(row.text(u"details"_s).toUtf8()).object();
    const bool otherInstrument = !ref.isEmpty() && ref != row.text(u"slug"_s)
            && ref != QString::number(row.id(u"instrument_id"_s));
    if (otherInstrument || !maySeeTalent(db, viewer, userId, company))
        throw ApiError::notFound(u"Result not found"_s);
    addPercentiles(db, id, details);
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject AssessmentService::myResults(const Principal &talent, const QString &ref, int page,
                                         int limit)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, talent, ref);
    SqlFilter filter;
    filter.add(u"r.user_id = :user"_s, u":user"_s, talent.userId);
    filter.add(u"r.instrument_id = :instrument"_s, u":instrument"_s, instrument.id);
    return selectPage(db, resultColumns(), resultFrom(), filter, u"r.id DESC"_s, page, limit,
                      resultSummary<Sql>, u"assessment_results r"_s);
}

QJsonObject AssessmentService::myScore(const Principal &talent, const QString &ref)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, talent, ref);
    const std::optional<SqlRow> latest
            = Sql(db,
                  u"SELECT id FROM assessment_results WHERE user_id = :user AND instrument_id = "
                  u":instrument AND latest"_s)
                      .bind(u":user"_s, talent.userId)
                      .bind(u":instrument"_s, instrument.id)
                      .one();
    if (!latest)
        throw ApiError::notFound(u"You have not taken this assessment yet"_s);
    return result(talent, latest->id(u"id"_s));
}

QJsonObject AssessmentService::userResults(const Principal &viewer, const QString &ref,
                                           qint64 userId, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, viewer, ref);
    if (!maySeeTalent(db, viewer, userId, instrument.companyId))
        throw ApiError::notFound(u"User not found"_s);
    SqlFilter filter;
    filter.add(u"r.user_id = :user"_s, u":user"_s, userId);
    filter.add(u"r.instrument_id = :instrument"_s, u":instrument"_s, instrument.id);
    return selectPage(db, resultColumns(), resultFrom(), filter, u"r.id DESC"_s, page, limit,
                      resultSummary<Sql>, u"assessment_results r"_s);
}

namespace {

/** Keeps the results a company's staff may see: anyone's on its own banks, its applicants' on the
 *  platform's. */
void companyScope(SqlFilter &filter, const Principal &viewer)
{
    filter.add(companyMaySee(), u":company"_s, viewer.companyId.value_or(0));
}

} // namespace

QJsonObject AssessmentService::results(const Principal &viewer, const QString &ref,
                                       const QJsonObject &query, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    const QString instrumentRef = ref.isEmpty() ? query.value(u"instrument"_s).toString() : ref;
    if (!instrumentRef.isEmpty())
        filter.add(u"r.instrument_id = :instrument"_s, u":instrument"_s,
                   visible(db, viewer, instrumentRef).id);
    if (!viewer.isStaff())
        companyScope(filter, viewer);
    if (query.contains(u"user_id"_s))
        filter.add(u"r.user_id = :user"_s, u":user"_s, query.value(u"user_id"_s).toInteger());
    if (query.value(u"latest"_s).toBool())
        filter.add(u"r.latest"_s);
    if (query.contains(u"min_percent"_s))
        filter.add(u"r.percent >= :min"_s, u":min"_s, query.value(u"min_percent"_s).toDouble());
    return selectPage(db, resultColumns(), resultFrom(), filter, u"r.id DESC"_s, page, limit,
                      resultSummary<Sql>, u"assessment_results r"_s);
}

QJsonObject AssessmentService::talentScores(const Principal &viewer, qint64 userId)
{
    QSqlDatabase db = m_context.db();
    const bool everything = viewer.userId == userId || viewer.isStaff();
    if (!everything && !viewer.companyId)
        throw ApiError::notFound(u"User not found"_s);
    // A company sees the scores on its own banks and, for its applicants, on the platform's.
    Sql q(db,
          u"SELECT "_s + resultColumns() + u", r.details FROM "_s + resultFrom()
                  + u" WHERE r.user_id = :user AND r.latest"_s
                  + (everything ? QString() : u" AND "_s + companyMaySee()) + u" ORDER BY i.id"_s);
    q.bind(u":user"_s, userId);
    if (!everything)
        q.bind(u":company"_s, *viewer.companyId);
    q.exec();
    QJsonArray scores;
    while (q.next()) {
        QJsonObject json = resultSummary(q);
        const QJsonObject details = QJsonDocument::fromJson(q.text(u"details"_s).toUtf8()).object();
        QJsonArray domains;
        for (const QJsonValue &value : details.value(u"domains"_s).toArray()) {
            const QJsonObject domain = value.toObject();
            domains.append(QJsonObject {
                    { u"code"_s, domain.value(u"code"_s) },
                    { u"name"_s, domain.value(u"name"_s) },
                    { u"percent"_s, domain.value(u"score"_s).toObject().value(u"percent"_s) },
                    { u"band"_s, domain.value(u"band"_s) } });
        }
        json.insert(u"domains"_s, domains);
        scores.append(json);
    }
    // A company that sees nothing of a talent who is not its applicant learns nothing of them.
    if (!everything && scores.isEmpty() && !maySeeTalent(db, viewer, userId))
        throw ApiError::notFound(u"User not found"_s);
    return { { u"user_id"_s, userId }, { u"data"_s, scores } };
}

QJsonObject AssessmentService::reports(const Principal &viewer, const QString &ref,
                                       const QJsonObject &query)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, viewer, ref);
    SqlFilter filter;
    filter.add(u"r.instrument_id = :instrument AND r.latest"_s, u":instrument"_s, instrument.id);
    if (!viewer.isStaff())
        companyScope(filter, viewer);
    if (query.contains(u"from"_s))
        filter.add(u"r.created_at >= :from"_s, u":from"_s, query.value(u"from"_s).toString());
    if (query.contains(u"to"_s))
        filter.add(
                u"r.created_at < :to"_s, u":to"_s,
                timeText(QDateTime(QDate::fromString(query.value(u"to"_s).toString(), Qt::ISODate),
                                   QTime(0, 0), Qt::UTC)
                                 .addDays(1)));

    // Per period (a month's cohort): takers and their mean headline percent.
    QMap<QString, QPair<qint64, double>> cohorts;
    qint64 takers = 0;
    {
        Sql q(db, u"SELECT r.created_at, r.percent FROM assessment_results r"_s + filter.where());
        filter.bindTo(q);
        q.exec();
        while (q.next()) {
            ++takers;
            auto &cohort = cohorts[q.text(u"created_at"_s).left(7)];
            ++cohort.first;
            cohort.second += q.number(u"percent"_s);
        }
    }
    // Per category: takers, mean percent and the distribution in fifths of the range.
    struct Spread
    {
        qint64 takers = 0;
        double sum = 0;
        std::array<qint64, 5> bins {};
    };
    QHash<qint64, Spread> spreads;
    {
        Sql q(db,
              u"SELECT s.category_id, s.percent FROM assessment_scores s JOIN "
              u"assessment_results r ON r.id = s.result_id"_s
                      + filter.where());
        filter.bindTo(q);
        q.exec();
        while (q.next()) {
            Spread &spread = spreads[q.id(u"category_id"_s)];
            const double percent = q.number(u"percent"_s);
            ++spread.takers;
            spread.sum += percent;
            ++spread.bins.at(std::min<std::size_t>(4, std::size_t(percent / 20.0)));
        }
    }
    QJsonArray categories;
    for (const Category &category : loadCategories(db, instrument.id)) {
        const Spread spread = spreads.value(category.id);
        QJsonArray distribution;
        for (int bin = 0; bin < 5; ++bin)
            distribution.append(QJsonObject { { u"from"_s, bin * 20 },
                                              { u"to"_s, bin * 20 + 20 },
                                              { u"count"_s, spread.bins.at(bin) } });
        categories.append(QJsonObject {
                { u"id"_s, category.id },
                { u"code"_s, category.code },
                { u"name"_s, category.name },
                { u"parent_id"_s, category.parentId ? QJsonValue(category.parentId) : QJsonValue() },
                { u"takers"_s, spread.takers },
                { u"mean_percent"_s,
                  spread.takers ? QJsonValue(scoring::rounded(spread.sum / spread.takers))
                                : QJsonValue() },
                { u"distribution"_s, distribution } });
    }
    QJsonArray periods;
    for (auto it = cohorts.cbegin(); it != cohorts.cend(); ++it)
        periods.append(QJsonObject {
                { u"period"_s, it.key() },
                { u"takers"_s, it.value().first },
                { u"mean_percent"_s, scoring::rounded(it.value().second / it.value().first) } });
    return { { u"instrument"_s,
               QJsonObject { { u"id"_s, instrument.id },
                             { u"slug"_s, instrument.slug },
                             { u"title"_s, instrument.title } } },
             { u"scope"_s, viewer.isStaff() ? u"platform"_s : u"applicants"_s },
             { u"takers"_s, takers },
             { u"categories"_s, categories },
             { u"cohorts"_s, periods } };
}

// ---- Target profiles ----

QJsonObject AssessmentService::target(const Principal &by, const QString &ref)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, by, ref);
    QHash<qint64, double> targets;
    Sql q(db,
          u"SELECT t.category_id, t.target FROM assessment_targets t JOIN assessment_categories c "
          u"ON c.id = t.category_id WHERE t.company_id = :company AND c.instrument_id = "
          u":instrument"_s);
    q.bind(u":company"_s, by.companyId.value_or(0)).bind(u":instrument"_s, instrument.id).exec();
    while (q.next())
        targets.insert(q.id(u"category_id"_s), q.number(u"target"_s));
    QJsonArray rows;
    for (const Category &category : loadCategories(db, instrument.id)) {
        rows.append(QJsonObject { { u"category"_s, category.code },
                                  { u"name"_s, category.name },
                                  { u"target"_s,
                                    targets.contains(category.id)
                                            ? QJsonValue(targets.value(category.id))
                                            : QJsonValue() } });
    }
    return { { u"instrument"_s, instrument.slug }, { u"targets"_s, rows } };
}

QJsonObject AssessmentService::setTarget(const Principal &by, const QString &ref,
                                         const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const Instrument instrument = visible(db, by, ref);
    const qint64 company = companyOf(by);
    QHash<QString, qint64> codes;
    for (const Category &category : loadCategories(db, instrument.id))
        codes.insert(category.code, category.id);
    const QJsonArray targets = input.value(u"targets"_s).toArray();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (!codes.contains(targets.at(i).toObject().value(u"category"_s).toString()))
            throw ApiError::badRequest(QStringList {
                    u"targets[%1].category must be the code of one of the instrument's categories"_s
                            .arg(i) });
    }
    Sql remove(db,
               u"DELETE FROM assessment_targets WHERE company_id = :company AND category_id IN "
               u"(SELECT id FROM assessment_categories WHERE instrument_id = :instrument)"_s);
    remove.bind(u":company"_s, company).bind(u":instrument"_s, instrument.id).exec();
    const QString now = nowText();
    for (const QJsonValue &value : targets) {
        const QJsonObject row = value.toObject();
        Sql(db,
            u"INSERT INTO assessment_targets (company_id, category_id, target, updated_at) VALUES "
            u"(:company, :category, :target, :now) ON CONFLICT (company_id, category_id) DO "
            u"UPDATE SET target = excluded.target, updated_at = excluded.updated_at"_s)
                .bind(u":company"_s, company)
                .bind(u":category"_s, codes.value(row.value(u"category"_s).toString()))
                .bind(u":target"_s, row.value(u"target"_s).toDouble())
                .bind(u":now"_s, now)
                .exec();
    }
    tx.commit();
    return target(by, ref);
}

QJsonObject AssessmentService::rankedApplicants(const Principal &by, const QString &ref, int page,
                                                int limit)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, by, ref);
    const qint64 company = companyOf(by);
    QHash<qint64, double> targets;
    {
        Sql q(db,
              u"SELECT category_id, target FROM assessment_targets WHERE company_id = :company"_s);
        q.bind(u":company"_s, company).exec();
        while (q.next())
            targets.insert(q.id(u"category_id"_s), q.number(u"target"_s));
    }
    struct Ranked
    {
        QJsonObject row;
        QList<QPair<double, double>> meanAndTarget;
        std::optional<double> fit;
        double percent = 0;
    };
    QHash<qint64, Ranked> byResult;
    QList<qint64> order;
    {
        Sql q(db,
              u"SELECT "_s + resultColumns() + u", u.email FROM "_s + resultFrom()
                      + u" WHERE r.instrument_id = :instrument AND r.latest AND "_s
                      + appliedToCompany(u"r.user_id"_s));
        q.bind(u":instrument"_s, instrument.id).bind(u":company"_s, company).exec();
        while (q.next()) {
            QJsonObject row = resultSummary(q);
            QJsonObject user = row.value(u"user"_s).toObject();
            user.insert(u"email"_s, q.text(u"email"_s));
            row.insert(u"user"_s, user);
            byResult.insert(q.id(u"id"_s), { row, {}, std::nullopt, q.number(u"percent"_s) });
            order.append(q.id(u"id"_s));
        }
    }
    if (!order.isEmpty() && !targets.isEmpty()) {
        Sql q(db,
              u"SELECT result_id, category_id, mean FROM assessment_scores WHERE result_id IN ("_s
                      + Sql::placeholders(u"r"_s, order.size()) + u')');
        q.bindEach(u"r"_s, order).exec();
        while (q.next()) {
            const qint64 category = q.id(u"category_id"_s);
            if (targets.contains(category))
                byResult[q.id(u"result_id"_s)].meanAndTarget.append(
                        { q.number(u"mean"_s), targets.value(category) });
        }
    }
    QList<Ranked> ranked;
    for (qint64 id : std::as_const(order)) {
        Ranked entry = byResult.value(id);
        entry.fit = scoring::fitPercent(entry.meanAndTarget);
        entry.row.insert(u"fit"_s,
                         entry.fit ? QJsonValue(scoring::rounded(*entry.fit)) : QJsonValue());
        ranked.append(entry);
    }
    // By fit when the company has a target, then by the headline score.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.fit.value_or(-1) != b.fit.value_or(-1))
            return a.fit.value_or(-1) > b.fit.value_or(-1);
        return a.percent > b.percent;
    });
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * limit; i < ranked.size() && data.size() < limit; ++i)
        data.append(ranked.at(i).row);
    QJsonObject json = pageOf(data, page, limit, ranked.size());
    json.insert(u"target_set"_s, !targets.isEmpty());
    return json;
}

} // namespace wn
