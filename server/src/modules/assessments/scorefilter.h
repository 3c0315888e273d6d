// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/schema.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace wn {

struct SqlFilter;

/**
 * @brief An employer's filter on talents' newest score in one assessment: the "assessment" (its
 * slug) and "min_percent" of a list's query, as a job's applicants and the candidate search take
 * them. A company filters by the platform's assessments and its own; it finds only the results it
 * may see (the talent's assessment_visibility for the platform's, always for its own).
 */
struct ScoreFilter
{
    qint64 instrumentId = 0;
    QString slug;
    bool platform = true; ///< the platform's assessment, whose results the talent's setting governs
    double minPercent = 0;

    /** The query parameters, for a list's declaration. */
    static Schema parameters();
    /** The filter @p query asks of @p companyId's staff; none when it names no assessment. A 400
     *  names the field for an assessment the company may not use, or a minimum without one. */
    static std::optional<ScoreFilter> of(QSqlDatabase db, const QJsonObject &query,
                                         qint64 companyId);

    /** Keeps the talents (@p userColumn) with a newest result at the minimum or above that
     *  @p companyId may see. */
    void addTo(SqlFilter &filter, const QString &userColumn, qint64 companyId) const;
    /** An ORDER BY term: the talent's newest percent, highest first (with addTo's values). */
    QString highestFirst(const QString &userColumn) const;
    /** The newest percent of each of @p userIds that @p companyId may see. */
    QHash<qint64, double> percentsOf(QSqlDatabase db, const QList<qint64> &userIds,
                                     qint64 companyId) const;
};

} // namespace wn
