// SPDX-License-Identifier: Apache-2.0
#include "trainingservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/applications/applicationflow.h"
#include "modules/skills/skilltags.h"
#include "trainingrows.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wn {

using namespace trainingrows;

namespace {

/** The filters of the public lists: an offer's (text search, mode, state, company), skill and
 *  start date. */
void addSearchFilters(SqlFilter &filter, const QJsonObject &query)
{
    addOfferFilters(filter, query, u"t"_s,
                    { u"t.title"_s, u"COALESCE(t.summary, '')"_s, u"c.name"_s });
    if (query.contains(u"skill"_s))
        filter.add(u"EXISTS (SELECT 1 FROM training_skills fs WHERE fs.training_id = t.id "
                   u"AND fs.skill_id = :skill)"_s,
                   u":skill"_s, query.value(u"skill"_s).toInteger());
    if (query.contains(u"starts_after"_s))
        filter.add(u"t.start_date > :starts_after"_s, u":starts_after"_s,
                   query.value(u"starts_after"_s).toString());
}

/** The editable columns, each set from the input field of its name; names never come from a
 *  request. */
const QStringList &editableColumns()
{
    static const QStringList columns { u"title"_s,      u"summary"_s,  u"description"_s,
                                       u"mode"_s,       u"location"_s, u"state"_s,
                                       u"start_date"_s, u"end_date"_s, u"application_deadline"_s,
                                       u"capacity"_s,   u"fee"_s,      u"currency"_s };
    return columns;
}

/** A validated input value as stored: NULL for null or empty text, upper-case currencies. */
QVariant stored(const QString &field, const QJsonValue &value)
{
    if (value.isNull())
        return field == u"capacity"_s ? QVariant(QMetaType::fromType<qint64>())
                                      : QVariant(QMetaType::fromType<QString>());
    if (value.isDouble())
        return value.toInteger();
    if (field == u"currency"_s)
        return value.toString().toUpper();
    return nullIfEmpty(value.toString());
}

bool mayManage(const Principal *viewer, qint64 companyId)
{
    return viewer
            && (viewer->isStaff()
                || ((viewer->role == Role::Employer || viewer->role == Role::Employee)
                    && viewer->companyId == companyId));
}

} // namespace

TrainingService::TrainingService(ServerContext &context)
    : m_context(context)
    , m_offers({ .table = u"trainings"_s,
                 .noun = u"training"_s,
                 .aNoun = u"A training"_s,
                 .placesColumn = u"capacity"_s,
                 .workflow = &trainingWorkflow(),
                 .seesEveryStatus = mayManage })
{ }

qint64 TrainingService::seatsTaken(QSqlDatabase db, qint64 id)
{
    return ApplicationFlow::placesTaken(db, u"training_applications"_s, u"training_id"_s,
                                        u"accepted"_s, id);
}

QJsonObject TrainingService::trainingJson(QSqlDatabase db, qint64 id)
{
    return selectOne(
            db, trainingColumns(m_context.database->isPostgres()), trainingFrom(),
            SqlFilter::of(u"t.id = :id"_s, u":id"_s, id),
            [this](Sql &q) { return readTraining(q, *m_context.storage); },
            u"Training not found"_s);
}

qint64 TrainingService::insertWithUniqueSlug(QSqlDatabase db, const Principal &by,
                                             const QJsonObject &input)
{
    return m_offers.insertWithFreeSlug(db, input.value(u"title"_s).toString(), [&](const QString &slug) {
        const QString now = nowText();
        Sql insert(db,
                   u"INSERT INTO trainings (company_id, created_by, title, slug, summary, "
                   u"description, mode, location, state, start_date, end_date, "
                   u"application_deadline, capacity, fee, currency, status, created_at, "
                   u"updated_at) VALUES (:company, :by, :title, :slug, :summary, :description, "
                   u":mode, :location, :state, :start, :end, :deadline, :capacity, :fee, "
                   u":currency, 'draft', :now, :now) ON CONFLICT (slug) DO NOTHING RETURNING id"_s);
        insert.bind(u":company"_s, *by.companyId)
                .bind(u":by"_s, by.userId)
                .bind(u":title"_s, input.value(u"title"_s).toString())
                .bind(u":slug"_s, slug)
                .bind(u":summary"_s, stored(u"summary"_s, input.value(u"summary"_s)))
                .bind(u":description"_s, input.value(u"description"_s).toString())
                .bind(u":mode"_s, input.value(u"mode"_s).toString())
                .bind(u":location"_s, stored(u"location"_s, input.value(u"location"_s)))
                .bind(u":state"_s, stored(u"state"_s, input.value(u"state"_s)))
                .bind(u":start"_s, stored(u"start_date"_s, input.value(u"start_date"_s)))
                .bind(u":end"_s, stored(u"end_date"_s, input.value(u"end_date"_s)))
                .bind(u":deadline"_s,
                      stored(u"application_deadline"_s, input.value(u"application_deadline"_s)))
                .bind(u":capacity"_s,
                      input.value(u"capacity"_s).isDouble()
                              ? QVariant(input.value(u"capacity"_s).toInteger())
                              : QVariant(QMetaType::fromType<qint64>()))
                .bind(u":fee"_s, input.value(u"fee"_s).toInteger(0))
                .bind(u":currency"_s, input.value(u"currency"_s).toString(u"NGN"_s).toUpper())
                .bind(u":now"_s, now);
        return insert.scalar();
    });
}

QJsonObject TrainingService::create(const Principal &by, const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    CompanyOffers::checkDates(input.value(u"start_date"_s).toString(),
                              input.value(u"end_date"_s).toString(),
                              input.value(u"application_deadline"_s).toString());
    Transaction tx(db);
    const qint64 id = insertWithUniqueSlug(db, by, input);
    skilltags::writeSkillIds(db, u"training_skills"_s, u"training_id"_s, id, input);
    tx.commit();
    return trainingJson(db, id);
}

QJsonObject TrainingService::update(const Principal &by, qint64 id, const QJsonObject &input)
{
    refuseBlank(input, { u"title"_s, u"description"_s, u"mode"_s });
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    m_offers.lock(db, id);
    const TrainingFacts training = m_offers.own(db, by, id);
    if (training.status == TrainingStatus::Archived)
        throw ApiError::unprocessable(u"An archived training cannot be edited"_s);
    auto after = [&input](const QString &field, const QString &current) {
        return input.contains(field) ? input.value(field).toString() : current;
    };
    CompanyOffers::checkDates(after(u"start_date"_s, training.startDate),
                              after(u"end_date"_s, training.endDate),
                              after(u"application_deadline"_s, training.applicationDeadline));
    if (input.value(u"capacity"_s).isDouble()) {
        const qint64 taken = seatsTaken(db, id);
        if (input.value(u"capacity"_s).toInteger() < taken)
            throw ApiError::unprocessable(
                    u"capacity cannot be below the %1 seat(s) already taken"_s.arg(taken));
    }

    SqlChanges().setFrom(input, editableColumns(), stored).write(db, u"trainings"_s, id);
    if (input.contains(u"skill_ids"_s)) {
        skilltags::writeSkillIds(db, u"training_skills"_s, u"training_id"_s, id, input);
        Sql(db, u"UPDATE trainings SET updated_at = :now WHERE id = :id"_s)
                .bind(u":now"_s, nowText())
                .bind(u":id"_s, id)
                .exec();
    }
    tx.commit();
    return trainingJson(db, id);
}

QJsonObject TrainingService::changeStatus(const Principal &by, qint64 id, const QString &status)
{
    QSqlDatabase db = m_context.db();
    m_offers.changeStatus(
            db, by, id, status, [&status](const TrainingFacts &training, const QString &now) {
                if (status == TrainingStatus::Published && !training.applicationDeadline.isEmpty()
                    && training.applicationDeadline < now)
                    throw ApiError::unprocessable(
                            u"The application deadline (%1) has passed: move it before publishing"_s
                                    .arg(training.applicationDeadline));
                if (status == TrainingStatus::Published)
                    return u", published_at = COALESCE(published_at, :now), closed_at = NULL"_s;
                if (status == TrainingStatus::Closed)
                    return u", closed_at = :now"_s;
                return QString();
            });
    return trainingJson(db, id);
}

QJsonObject TrainingService::byId(const Principal *viewer, qint64 id)
{
    QSqlDatabase db = m_context.db();
    m_offers.visible(db, viewer, id);
    return trainingJson(db, id);
}

QJsonObject TrainingService::bySlug(const Principal *viewer, const QString &slug)
{
    QSqlDatabase db = m_context.db();
    const std::optional<TrainingFacts> training = m_offers.facts(db, u"slug"_s, slug.toLower());
    if (!training)
        throw ApiError::notFound(u"Training not found"_s);
    m_offers.visible(db, viewer, training->id);
    return trainingJson(db, training->id);
}

namespace {

/** A page of the published trainings @p filter and the public search's @p query keep, the
 *  newest first. */
QJsonObject publishedPage(ServerContext &context, SqlFilter filter, const QJsonObject &query,
                          int pageNumber, int limit)
{
    filter.add(u"t.status = 'published'"_s);
    filter.add(u"t.deleted_at IS NULL"_s);
    filter.add(u"c.deleted_at IS NULL"_s);
    addSearchFilters(filter, query);
    const Storage &storage = *context.storage;
    return selectPage(context.db(), trainingColumns(context.database->isPostgres()), trainingFrom(),
                      filter, u"t.published_at DESC, t.id DESC"_s, pageNumber, limit,
                      [&storage](Sql &q) { return readTraining(q, storage); });
}

} // namespace

QJsonObject TrainingService::search(const QJsonObject &query, int pageNumber, int limit)
{
    return publishedPage(m_context, {}, query, pageNumber, limit);
}

QJsonObject TrainingService::notAppliedBy(const Principal &talent, const QJsonObject &query,
                                          int pageNumber, int limit)
{
    SqlFilter filter;
    filter.add(u"NOT EXISTS (SELECT 1 FROM training_applications na WHERE na.training_id = t.id "
               u"AND na.talent_id = :talent)"_s,
               u":talent"_s, talent.userId);
    return publishedPage(m_context, filter, query, pageNumber, limit);
}

namespace {

/** The filters of a company's own lists: its trainings, by status and title. */
SqlFilter companyFilter(const Principal &by, const QJsonObject &query)
{
    SqlFilter filter;
    filter.add(u"t.company_id = :company"_s, u":company"_s, by.companyId.value_or(0));
    filter.add(u"t.deleted_at IS NULL"_s);
    filter.addEqual(query, u"status"_s, u"t.status"_s);
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.addContains({ u"LOWER(t.title)"_s }, search);
    return filter;
}

} // namespace

QJsonObject TrainingService::companyOffers(const Principal &by, const QJsonObject &query,
                                           int pageNumber, int limit)
{
    if (!by.companyId)
        throw ApiError::forbidden(u"Only a company's accounts have company trainings"_s);
    const Storage &storage = *m_context.storage;
    return selectPage(
            m_context.db(),
            trainingColumns(m_context.database->isPostgres()) + u", "_s + countColumns(u"n"_s),
            trainingFrom() + u" LEFT JOIN "_s + applicantCounts(u"n"_s)
                    + u" ON n.training_id = t.id"_s,
            companyFilter(by, query), u"t.created_at DESC, t.id DESC"_s, pageNumber, limit,
            [&storage](Sql &q) {
                QJsonObject training = readTraining(q, storage);
                training.insert(u"applicant_counts"_s, readCounts(q));
                return training;
            },
            trainingFrom());
}

namespace {

constexpr auto reportTrainingColumns
        = "t.id, t.slug, t.title, t.status, t.start_date, t.end_date, t.capacity";

QJsonObject reportTraining(const Sql &q)
{
    return jsonOf(q,
                  { .ids = { u"id"_s },
                    .texts = { u"slug"_s, u"title"_s, u"status"_s },
                    .optionalTexts = { u"start_date"_s, u"end_date"_s },
                    .optionalIntegers = { u"capacity"_s } });
}

/** A training's line of a report: its applicant counts, and the training. */
QJsonObject reportLine(const Sql &q)
{
    QJsonObject line = readCounts(q);
    line.insert(u"training"_s, reportTraining(q));
    return line;
}

} // namespace

QJsonObject TrainingService::reports(const Principal &by, const QJsonObject &query, int pageNumber,
                                     int limit)
{
    QSqlDatabase db = m_context.db();
    const SqlFilter filter = companyFilter(by, query);
    const QString from
            = u"trainings t LEFT JOIN "_s + applicantCounts(u"n"_s) + u" ON n.training_id = t.id"_s;
    QJsonObject result = selectPage(
            db, QString::fromLatin1(reportTrainingColumns) + u", "_s + countColumns(u"n"_s), from,
            filter, u"t.created_at DESC, t.id DESC"_s, pageNumber, limit, reportLine,
            u"trainings t"_s);

    // The same counts over every training the filters select, not just this page.
    Sql totals(db,
               u"SELECT COALESCE(SUM(n.applied), 0) AS applied, "
               u"COALESCE(SUM(n.accepted), 0) AS accepted, "
               u"COALESCE(SUM(n.rejected), 0) AS rejected, "
               u"COALESCE(SUM(n.withdrawn), 0) AS withdrawn, "
               u"COALESCE(SUM(n.completed), 0) AS completed, COALESCE(SUM(n.total), 0) AS total, "
               u"COALESCE(SUM(n.admitted), 0) AS admitted, COUNT(*) AS trainings FROM "_s
                       + from + filter.where());
    filter.bindTo(totals);
    totals.exec();
    totals.next();
    QJsonObject summary = readCounts(totals);
    summary.insert(u"trainings"_s, totals.id(u"trainings"_s));
    result.insert(u"summary"_s, summary);
    return result;
}

QJsonObject TrainingService::report(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    m_offers.own(db, by, id);
    Sql q(db,
          u"SELECT "_s + QString::fromLatin1(reportTrainingColumns) + u", "_s + countColumns(u"n"_s)
                  + u" FROM trainings t LEFT JOIN "_s + applicantCounts(u"n"_s)
                  + u" ON n.training_id = t.id WHERE t.id = :id"_s);
    q.bind(u":company"_s, *by.companyId).bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Training not found"_s);
    QJsonObject result = reportLine(q);

    Sql days(db,
             u"SELECT SUBSTR(created_at, 1, 10) AS applied_on, COUNT(*) AS applications "
             u"FROM training_applications "
             u"WHERE training_id = :id GROUP BY SUBSTR(created_at, 1, 10) ORDER BY 1"_s);
    days.bind(u":id"_s, id).exec();
    QJsonArray perDay;
    while (days.next())
        perDay.append(QJsonObject { { u"date"_s, days.text(u"applied_on"_s) },
                                    { u"applications"_s, days.id(u"applications"_s) } });
    result.insert(u"applications_per_day"_s, perDay);
    return result;
}

} // namespace wn
