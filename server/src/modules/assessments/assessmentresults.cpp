// SPDX-License-Identifier: Apache-2.0
// Results: an attempt scored and stored, then read back with percentiles, and the reports over
// an instrument's takers.
#include "assessmentrows.h"
#include "assessmentservice.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/assessments.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentrows;

namespace {

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

} // namespace

qint64 assessmentrows::scoreAndStore(QSqlDatabase db, const SqlRow &attempt, const QString &now)
{
    const qint64 attemptId = attempt.id(u"id"_s);
    const qint64 instrumentId = attempt.id(u"instrument_id"_s);
    const qint64 userId = attempt.id(u"user_id"_s);
    const QList<qint64> order = idsIn(storedArray(attempt.text(u"question_ids"_s)));
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
            = insertRowReturningId(db, u"assessment_results"_s,
                                   { { u"attempt_id"_s, attemptId },
                                     { u"instrument_id"_s, instrumentId },
                                     { u"user_id"_s, userId },
                                     { u"percent"_s,
                                       headline ? QVariant(scoring::rounded(*headline))
                                                : QVariant(QMetaType::fromType<double>()) },
                                     { u"latest"_s, true },
                                     { u"details"_s, jsonText(details) },
                                     { u"created_at"_s, now } });
    for (auto it = scored.categories.cbegin(); it != scored.categories.cend(); ++it) {
        const std::optional<double> percent = it.value().percent();
        if (!percent)
            continue;
        insertRow(db, u"assessment_scores"_s,
                  { { u"result_id"_s, resultId },
                    { u"category_id"_s, it.key() },
                    { u"raw"_s, it.value().raw },
                    { u"mean"_s, it.value().mean().value_or(0) },
                    { u"percent"_s, scoring::rounded(*percent) } });
    }
    return resultId;
}

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

/** Gives each written answer of @p details the question it answers, as the reader needs it (read
 *  now, so results stored before keep working; a deleted question still has its text). */
void addWrittenQuestions(QSqlDatabase db, QJsonObject &details)
{
    QJsonArray written = details.value(u"written"_s).toArray();
    if (written.isEmpty())
        return;
    QList<qint64> ids;
    for (const QJsonValue &value : std::as_const(written))
        ids.append(value.toObject().value(u"question_id"_s).toInteger());
    QHash<qint64, QString> texts;
    Sql q(db,
          u"SELECT id, text FROM assessment_questions WHERE id IN ("_s
                  + Sql::placeholders(u"q"_s, ids.size()) + u')');
    q.bindEach(u"q"_s, ids).exec();
    while (q.next())
        texts.insert(q.id(u"id"_s), q.text(u"text"_s));
    for (qsizetype i = 0; i < written.size(); ++i) {
        QJsonObject answer = written.at(i).toObject();
        answer.insert(u"question"_s, texts.value(answer.value(u"question_id"_s).toInteger()));
        written.replace(i, answer);
    }
    details.insert(u"written"_s, written);
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
    addWrittenQuestions(db, details);
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
    const SqlRow latest
            = Sql(db,
                  u"SELECT id FROM assessment_results WHERE user_id = :user AND instrument_id = "
                  u":instrument AND latest"_s)
                      .bind(u":user"_s, talent.userId)
                      .bind(u":instrument"_s, instrument.id)
                      .found(u"You have not taken this assessment yet"_s);
    return result(talent, latest.id(u"id"_s));
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

/** Keeps the results a company's staff may see: anyone's on its own banks, and on the platform's
 *  as each talent's setting lets it (platformResultsShown). */
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
    filter.addEqual(query, u"user_id"_s, u"r.user_id"_s);
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
    if (!everything && scores.isEmpty() && !knowsTalent(db, viewer, userId))
        throw ApiError::notFound(u"User not found"_s);
    return { { u"user_id"_s, userId }, { u"data"_s, scores } };
}

namespace {

/** The 25th, 50th, 75th and 90th percentiles of @p percents (p25 ... p90); null for none. */
QJsonValue reportPercentiles(QList<double> percents)
{
    if (percents.isEmpty())
        return QJsonValue();
    std::sort(percents.begin(), percents.end());
    QJsonObject json;
    for (const int p : { 25, 50, 75, 90 })
        json.insert(u"p%1"_s.arg(p),
                    scoring::rounded(*scoring::quantile(percents, double(p) / 100.0)));
    return json;
}

} // namespace

QJsonObject AssessmentService::reports(const Principal &viewer, const QString &ref,
                                       const QJsonObject &query)
{
    QSqlDatabase db = m_context.db();
    const Instrument instrument = visible(db, viewer, ref);
    SqlFilter filter;
    filter.add(u"r.instrument_id = :instrument AND r.latest"_s, u":instrument"_s, instrument.id);
    if (!viewer.isStaff())
        // A company's report is over its own applicants (who keep their results to share),
        // and its own banks' takers: not the talents who merely share with every employer.
        filter.add(companyApplicantsOnly(), u":company"_s, viewer.companyId.value_or(0));
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
    QList<double> headlines;
    {
        Sql q(db, u"SELECT r.created_at, r.percent FROM assessment_results r"_s + filter.where());
        filter.bindTo(q);
        q.exec();
        while (q.next()) {
            ++takers;
            auto &cohort = cohorts[q.text(u"created_at"_s).left(7)];
            ++cohort.first;
            cohort.second += q.number(u"percent"_s);
            headlines.append(q.number(u"percent"_s));
        }
    }
    // Per category: takers, mean percent, the distribution in fifths of the range, and the
    // scores themselves for the quartiles (sorted here, so both databases give the same).
    struct Spread
    {
        qint64 takers = 0;
        double sum = 0;
        std::array<qint64, 5> bins {};
        QList<double> percents;
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
            spread.percents.append(percent);
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
                { u"distribution"_s, distribution },
                { u"percentiles"_s, reportPercentiles(spread.percents) } });
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
             { u"percentiles"_s, reportPercentiles(headlines) },
             { u"categories"_s, categories },
             { u"cohorts"_s, periods } };
}
} // namespace wn
