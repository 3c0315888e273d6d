// SPDX-License-Identifier: Apache-2.0
#include "recommendations.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "modules/companies/companyrefs.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Optional text as JSON: null only when NULL (empty text stays empty, unlike textOrNull). */
QJsonValue textUnlessNull(const Sql &q, const QString &column)
{
    return q.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(q.text(column));
}

/** A recommended job with its score and the reasons for it. */
QJsonObject recommendation(const Sql &q)
{
    const int matched = q.integer(u"matched"_s);
    const int required = std::max(1, q.integer(u"required"_s));
    const bool levelMatch = q.integer(u"level_match"_s) == 1;
    const bool placeMatch = q.integer(u"place_match"_s) == 1;
    const bool liked = q.integer(u"liked"_s) > 0;
    const int score = qRound(50.0 * matched / required) + (levelMatch ? 20 : 0)
            + (placeMatch ? 15 : 0) + (liked ? 15 : 0);
    QJsonArray reasons { u"matches %1 of %2 skills"_s.arg(matched).arg(required) };
    if (levelMatch)
        reasons.append(u"at your career level"_s);
    if (placeMatch)
        reasons.append(q.text(u"work_mode"_s) == u"remote"_s
                               ? u"remote"_s
                               : u"in your state (%1)"_s.arg(q.text(u"state"_s)));
    if (liked)
        reasons.append(u"fits your job preferences"_s);
    return QJsonObject {
        { u"score"_s, score },
        { u"reasons"_s, reasons },
        { u"job"_s,
          QJsonObject { { u"id"_s, q.id(u"id"_s) },
                        { u"slug"_s, q.text(u"slug"_s) },
                        { u"title"_s, q.text(u"title"_s) },
                        { u"summary"_s, textUnlessNull(q, u"summary"_s) },
                        { u"job_type"_s, q.text(u"job_type"_s) },
                        { u"work_mode"_s, q.text(u"work_mode"_s) },
                        { u"state"_s, textUnlessNull(q, u"state"_s) },
                        { u"career_level"_s, textUnlessNull(q, u"career_level"_s) },
                        { u"salary"_s,
                          QJsonObject { { u"min"_s, q.integerOrNull(u"salary_min"_s) },
                                        { u"max"_s, q.integerOrNull(u"salary_max"_s) },
                                        { u"currency"_s, q.text(u"salary_currency"_s) } } },
                        { u"deadline"_s, textUnlessNull(q, u"deadline"_s) },
                        { u"company"_s, companyRef(q) } } },
    };
}

} // namespace

QJsonObject recommendJobs(ServerContext &context, qint64 talentId, int page, int limit)
{
    QSqlDatabase db = context.db();
    const SqlRow me = Sql(db,
                          u"SELECT u.state, u.country_code, p.desired_career_level FROM users u "
                          "LEFT JOIN talent_profiles p ON p.user_id = u.id WHERE u.id = :me"_s)
                              .bind(u":me"_s, talentId)
                              .single();
    const QString state = me.text(u"state"_s);
    const QString country = me.text(u"country_code"_s);
    const QString level = me.text(u"desired_career_level"_s);

    // One scoring query: skill matches per candidate job, then the other signals as 0/1.
    SqlFilter filter;
    filter.add(
            u"NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_id = j.id AND a.talent_id = :me)"_s,
            u":me"_s, talentId);
    // The talent's own level and place, which the columns and the order compare jobs with.
    filter.bindValue(u":level"_s, level);
    filter.bindValue(u":state"_s, state);
    filter.bindValue(u":country"_s, country);
    return selectPage(
            db,
            u"j.id, j.slug, j.title, j.summary, j.job_type, j.work_mode, j.state, "
            u"j.career_level, j.salary_min, j.salary_max, j.salary_currency, j.deadline, "
            u"c.id AS company_id, c.name AS company_name, m.matched, "
            u"(SELECT COUNT(*) FROM job_skills k WHERE k.job_id = j.id) AS required, "
            u"CASE WHEN j.career_level = :level THEN 1 ELSE 0 END AS level_match, "
            u"CASE WHEN j.work_mode = 'remote' OR (LOWER(j.state) = LOWER(:state) AND "
            u"j.country_code "
            u"= :country) THEN 1 ELSE 0 END AS place_match, "
            u"(SELECT COUNT(*) FROM talent_job_preferences p WHERE p.user_id = :me AND "
            u"p.preference_code IN (j.job_type, j.work_mode)) AS liked"_s,
            u"(SELECT js.job_id, COUNT(*) AS matched FROM talent_skills ts JOIN job_skills "
            u"js ON js.skill_id = ts.skill_id WHERE ts.user_id = :me GROUP BY js.job_id) m "
            u"JOIN jobs j ON j.id = m.job_id AND j.status = 'published' AND j.deleted_at IS NULL "
            u"JOIN companies c ON c.id = j.company_id AND c.deleted_at IS NULL"_s,
            filter,
            u"(50.0 * m.matched / (SELECT COUNT(*) FROM job_skills k2 WHERE k2.job_id = j.id)) "
            u"+ 20 * (CASE WHEN j.career_level = :level THEN 1 ELSE 0 END) "
            u"+ 15 * (CASE WHEN j.work_mode = 'remote' OR (LOWER(j.state) = LOWER(:state) "
            u"AND j.country_code = :country) THEN 1 ELSE 0 END) "
            u"+ 15 * (CASE WHEN EXISTS (SELECT 1 FROM talent_job_preferences p2 WHERE "
            u"p2.user_id = :me AND p2.preference_code IN (j.job_type, j.work_mode)) THEN 1 "
            u"ELSE 0 END) DESC, j.published_at DESC, j.id DESC"_s,
            page, limit, [](Sql &q) { return recommendation(q); });
}

} // namespace wn
