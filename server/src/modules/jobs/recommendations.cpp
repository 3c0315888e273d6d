// SPDX-License-Identifier: Apache-2.0
#include "recommendations.h"

#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

QJsonObject recommendJobs(ServerContext &context, qint64 talentId, int page, int limit)
{
    QSqlDatabase db = context.db();
    Sql me(db,
           u"SELECT u.state, u.country_code, p.desired_career_level FROM users u "
           "LEFT JOIN talent_profiles p ON p.user_id = u.id WHERE u.id = :me"_s);
    me.bind(u":me"_s, talentId).exec();
    me.next();
    const QString state = me.value(0).toString();
    const QString country = me.value(1).toString();
    const QString level = me.value(2).toString();
    me.query().finish();

    // One scoring query: skill matches per candidate job, then the other signals as 0/1.
    const QString candidates
            = u"FROM (SELECT js.job_id, COUNT(*) AS matched FROM talent_skills ts JOIN job_skills "
              u"js ON js.skill_id = ts.skill_id "
              "WHERE ts.user_id = :me GROUP BY js.job_id) m "
              "JOIN jobs j ON j.id = m.job_id AND j.status = 'published' AND j.deleted_at IS NULL "
              "JOIN companies c ON c.id = j.company_id AND c.deleted_at IS NULL "
              "WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_id = j.id AND a.talent_id = :me)"_s;
    Sql count(db, u"SELECT COUNT(*) "_s + candidates);
    count.bind(u":me"_s, talentId);
    const qint64 total = count.scalar().toLongLong();

    Sql q(db,
          u"SELECT j.id, j.slug, j.title, j.summary, j.job_type, j.work_mode, j.state, "
          u"j.career_level, j.salary_min, "
          "j.salary_max, j.salary_currency, j.deadline, c.id, c.name, m.matched, "
          "(SELECT COUNT(*) FROM job_skills k WHERE k.job_id = j.id) AS required, "
          "CASE WHEN j.career_level = :level THEN 1 ELSE 0 END AS level_match, "
          "CASE WHEN j.work_mode = 'remote' OR (LOWER(j.state) = LOWER(:state) AND j.country_code "
          "= :country) THEN 1 ELSE 0 END AS place_match, "
          "(SELECT COUNT(*) FROM talent_job_preferences p WHERE p.user_id = :me AND "
          "p.preference_code IN (j.job_type, j.work_mode)) AS liked "_s
                  + candidates
                  + u" ORDER BY (50.0 * m.matched / (SELECT COUNT(*) FROM job_skills k2 WHERE "
                    u"k2.job_id = j.id)) "
                    "+ 20 * (CASE WHEN j.career_level = :level THEN 1 ELSE 0 END) "
                    "+ 15 * (CASE WHEN j.work_mode = 'remote' OR (LOWER(j.state) = LOWER(:state) "
                    "AND j.country_code = :country) THEN 1 ELSE 0 END) "
                    "+ 15 * (CASE WHEN EXISTS (SELECT 1 FROM talent_job_preferences p2 WHERE "
                    "p2.user_id = :me AND p2.preference_code IN (j.job_type, j.work_mode)) THEN 1 "
                    "ELSE 0 END) DESC, "
                    "j.published_at DESC, j.id DESC LIMIT :limit OFFSET :offset"_s);
    q.bind(u":me"_s, talentId)
            .bind(u":level"_s, level)
            .bind(u":state"_s, state)
            .bind(u":country"_s, country)
            .bind(u":limit"_s, limit)
            .bind(u":offset"_s, qint64(page - 1) * limit)
            .exec();
    QJsonArray data;
    while (q.next()) {
        const int matched = q.value(14).toInt();
        const int required = std::max(1, q.value(15).toInt());
        const bool levelMatch = q.value(16).toInt() == 1;
        const bool placeMatch = q.value(17).toInt() == 1;
        const bool liked = q.value(18).toInt() > 0;
        const int score = qRound(50.0 * matched / required) + (levelMatch ? 20 : 0)
                + (placeMatch ? 15 : 0) + (liked ? 15 : 0);
        QJsonArray reasons { u"matches %1 of %2 skills"_s.arg(matched).arg(required) };
        if (levelMatch)
            reasons.append(u"at your career level"_s);
        if (placeMatch)
            reasons.append(q.value(5).toString() == u"remote"_s
                                   ? u"remote"_s
                                   : u"in your state (%1)"_s.arg(q.value(6).toString()));
        if (liked)
            reasons.append(u"fits your job preferences"_s);
        data.append(QJsonObject {
                { u"score"_s, score },
                { u"reasons"_s, reasons },
                { u"job"_s,
                  QJsonObject {
                          { u"id"_s, q.value(0).toLongLong() },
                          { u"slug"_s, q.value(1).toString() },
                          { u"title"_s, q.value(2).toString() },
                          { u"summary"_s,
                            q.value(3).isNull() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(q.value(3).toString()) },
                          { u"job_type"_s, q.value(4).toString() },
                          { u"work_mode"_s, q.value(5).toString() },
                          { u"state"_s,
                            q.value(6).isNull() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(q.value(6).toString()) },
                          { u"career_level"_s,
                            q.value(7).isNull() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(q.value(7).toString()) },
                          { u"salary"_s,
                            QJsonObject {
                                    { u"min"_s,
                                      q.value(8).isNull() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(q.value(8).toLongLong()) },
                                    { u"max"_s,
                                      q.value(9).isNull() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(q.value(9).toLongLong()) },
                                    { u"currency"_s, q.value(10).toString() } } },
                          { u"deadline"_s,
                            q.value(11).isNull() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(q.value(11).toString()) },
                          { u"company"_s,
                            QJsonObject { { u"id"_s, q.value(12).toLongLong() },
                                          { u"name"_s, q.value(13).toString() } } } } },
        });
    }
    return pageOf(data, page, limit, total);
}

} // namespace wn
