// SPDX-License-Identifier: Apache-2.0
#include "scorefilter.h"

#include "assessmentrows.h"
#include "core/database.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** The talent's newest result (sr) on the filter's assessment, as the company may see it. */
QString newestResult(const QString &userColumn, bool platform)
{
    QString condition
            = u"sr.user_id = %1 AND sr.instrument_id = :score_instrument AND sr.latest"_s.arg(
                    userColumn);
    if (platform)
        condition += u" AND "_s + assessmentrows::platformResultsShown(userColumn);
    return condition;
}

} // namespace

Schema ScoreFilter::parameters()
{
    return {
        { u"assessment"_s,
          Field::string(1, 120).describe(
                  u"Only talents with a result in this assessment (its slug) that you may see: "
                  u"the platform's, as each talent allows, or your company's own"_s) },
        { u"min_percent"_s,
          Field::number(0, 100).describe(
                  u"With assessment: only those whose newest result is this percent or more"_s) },
    };
}

std::optional<ScoreFilter> ScoreFilter::of(QSqlDatabase db, const QJsonObject &query,
                                           qint64 companyId)
{
    const QString slug = query.value(u"assessment"_s).toString();
    if (slug.isEmpty()) {
        if (query.contains(u"min_percent"_s))
            throw ApiError::badRequest(
                    QStringList { u"min_percent goes only with an assessment"_s });
        return std::nullopt;
    }
    // Another company's assessment is answered as one that does not exist.
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT id, company_id FROM assessment_instruments WHERE slug = :slug AND "
                  u"(company_id IS NULL OR company_id = :company)"_s)
                      .bind(u":slug"_s, slug)
                      .bind(u":company"_s, companyId)
                      .one();
    if (!row)
        throw ApiError::badRequest(
                QStringList { u"assessment is not one of the platform's or your company's"_s });
    ScoreFilter filter;
    filter.instrumentId = row->id(u"id"_s);
    filter.slug = slug;
    filter.platform = row->isNull(u"company_id"_s);
    filter.minPercent = query.value(u"min_percent"_s).toDouble(0);
    return filter;
}

void ScoreFilter::addTo(SqlFilter &filter, const QString &userColumn, qint64 companyId) const
{
    filter.add(u"EXISTS (SELECT 1 FROM assessment_results sr WHERE %1 AND sr.percent >= "
               u":score_min)"_s.arg(newestResult(userColumn, platform)));
    filter.bindValue(u":score_instrument"_s, instrumentId);
    filter.bindValue(u":score_min"_s, minPercent);
    filter.bindValue(u":company"_s, companyId);
}

QString ScoreFilter::highestFirst(const QString &userColumn) const
{
    return u"(SELECT sr.percent FROM assessment_results sr WHERE %1) DESC"_s.arg(
            newestResult(userColumn, platform));
}

QHash<qint64, double> ScoreFilter::percentsOf(QSqlDatabase db, const QList<qint64> &userIds,
                                              qint64 companyId) const
{
    QHash<qint64, double> percents;
    if (userIds.isEmpty())
        return percents;
    Sql q(db,
          u"SELECT sr.user_id, sr.percent FROM assessment_results sr WHERE sr.user_id IN (%1) AND "
          u"sr.instrument_id = :score_instrument AND sr.latest%2"_s.arg(
                  Sql::placeholders(u"u"_s, userIds.size()),
                  platform ? u" AND "_s + assessmentrows::platformResultsShown(u"sr.user_id"_s)
                           : QString()));
    q.bindEach(u"u"_s, userIds)
            .bind(u":score_instrument"_s, instrumentId)
            .bind(u":company"_s, companyId)
            .exec();
    while (q.next())
        percents.insert(q.id(u"user_id"_s), q.number(u"percent"_s));
    return percents;
}

} // namespace wn
