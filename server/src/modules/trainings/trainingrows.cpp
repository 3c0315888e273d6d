// SPDX-License-Identifier: Apache-2.0
#include "trainingrows.h"

#include "core/database.h"
#include "core/http/api.h"
#include "core/storage/storage.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wn::trainingrows {

QJsonObject page(QSqlDatabase db, const QString &columns, const QString &from,
                 const QString &countFrom, const Filter &filter, const QString &order,
                 int pageNumber, int limit, const std::function<QJsonObject(Sql &)> &row)
{
    return selectPage(db, columns, from, filter, order, pageNumber, limit, row, countFrom);
}

QString trainingColumns(bool postgres)
{
    // The skills of each row in the same statement, as a JSON array: no query per training.
    const QString skills = postgres
            ? u"(SELECT COALESCE(json_agg(json_build_object('id', s.id, 'name', s.name)), "
              u"'[]'::json)::text FROM training_skills ts JOIN skills s ON s.id = ts.skill_id "
              u"WHERE ts.training_id = t.id)"_s
            : u"(SELECT json_group_array(json_object('id', s.id, 'name', s.name)) "
              u"FROM training_skills ts JOIN skills s ON s.id = ts.skill_id "
              u"WHERE ts.training_id = t.id)"_s;
    return u"t.id, t.slug, t.title, t.summary, t.description, t.mode, t.location, t.state, "
           u"t.start_date, t.end_date, t.application_deadline, t.capacity, t.fee, t.currency, "
           u"t.status, t.published_at, t.closed_at, t.created_at, t.updated_at, "
           u"c.id, c.name, c.logo_key, "_s
            + skills
            + u", (SELECT COUNT(*) FROM training_applications sa WHERE sa.training_id = t.id "
              u"AND sa.status IN ('accepted', 'completed'))"_s;
}

QString trainingFrom()
{
    return u"trainings t JOIN companies c ON c.id = t.company_id"_s;
}

QJsonObject readTraining(Sql &q, int o, const Storage &storage)
{
    QVariantList skillList
            = QJsonDocument::fromJson(q.value(o + 22).toString().toUtf8()).array().toVariantList();
    std::sort(skillList.begin(), skillList.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(u"name"_s).toString().compare(b.toMap().value(u"name"_s).toString(),
                                                             Qt::CaseInsensitive)
                < 0;
    });
    const QJsonArray skills = QJsonArray::fromVariantList(skillList);
    const QVariant capacity = q.value(o + 11);
    const qint64 seatsTaken = q.value(o + 23).toLongLong();
    const QString logo = q.value(o + 21).toString();
    return {
        { u"id"_s, q.value(o).toLongLong() },
        { u"slug"_s, q.value(o + 1).toString() },
        { u"title"_s, q.value(o + 2).toString() },
        { u"summary"_s, textOrNull(q.value(o + 3)) },
        { u"description"_s, q.value(o + 4).toString() },
        { u"mode"_s, q.value(o + 5).toString() },
        { u"location"_s, textOrNull(q.value(o + 6)) },
        { u"state"_s, textOrNull(q.value(o + 7)) },
        { u"start_date"_s, textOrNull(q.value(o + 8)) },
        { u"end_date"_s, textOrNull(q.value(o + 9)) },
        { u"application_deadline"_s, textOrNull(q.value(o + 10)) },
        { u"capacity"_s,
          capacity.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(capacity.toLongLong()) },
        { u"seats_taken"_s, seatsTaken },
        { u"seats_left"_s,
          capacity.isNull() ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(std::max<qint64>(0, capacity.toLongLong() - seatsTaken)) },
        { u"fee"_s, q.value(o + 12).toLongLong() },
        { u"currency"_s, q.value(o + 13).toString() },
        { u"status"_s, q.value(o + 14).toString() },
        { u"published_at"_s, textOrNull(q.value(o + 15)) },
        { u"closed_at"_s, textOrNull(q.value(o + 16)) },
        { u"created_at"_s, q.value(o + 17).toString() },
        { u"updated_at"_s, q.value(o + 18).toString() },
        { u"company"_s,
          QJsonObject { { u"id"_s, q.value(o + 19).toLongLong() },
                        { u"name"_s, q.value(o + 20).toString() },
                        { u"logo_url"_s,
                          logo.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(storage.url(logo)) } } },
        { u"skills"_s, skills }
    };
}

QString countColumns(const QString &alias)
{
    return u"%1.applied, %1.accepted, %1.rejected, %1.withdrawn, %1.completed, %1.total, "
           u"%1.admitted"_s.arg(alias);
}

QString applicantCounts(const QString &alias)
{
    // One pass over the company's applications; "admitted" counts those ever accepted (whatever
    // became of them since), the base of the completion rate.
    return u"(SELECT a.training_id, "
           u"SUM(CASE WHEN a.status = 'applied' THEN 1 ELSE 0 END) AS applied, "
           u"SUM(CASE WHEN a.status = 'accepted' THEN 1 ELSE 0 END) AS accepted, "
           u"SUM(CASE WHEN a.status = 'rejected' THEN 1 ELSE 0 END) AS rejected, "
           u"SUM(CASE WHEN a.status = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn, "
           u"SUM(CASE WHEN a.status = 'completed' THEN 1 ELSE 0 END) AS completed, "
           u"COUNT(*) AS total, "
           u"SUM(CASE WHEN EXISTS (SELECT 1 FROM training_application_events e "
           u"WHERE e.application_id = a.id AND e.to_status = 'accepted') THEN 1 ELSE 0 END) "
           u"AS admitted "
           u"FROM training_applications a JOIN trainings ct ON ct.id = a.training_id "
           u"WHERE ct.company_id = :company GROUP BY a.training_id) %1"_s.arg(alias);
}

QJsonObject readCounts(Sql &q, int o)
{
    const qint64 completed = q.value(o + 4).toLongLong();
    const qint64 admitted = q.value(o + 6).toLongLong();
    // Percent of the admitted who completed; null while no one has been admitted.
    const QJsonValue rate = admitted > 0
            ? QJsonValue(std::round(double(completed) * 1000.0 / double(admitted)) / 10.0)
            : QJsonValue(QJsonValue::Null);
    return { { u"applicants"_s, q.value(o + 5).toLongLong() },
             { u"pending"_s, q.value(o).toLongLong() },
             { u"accepted"_s, q.value(o + 1).toLongLong() },
             { u"rejected"_s, q.value(o + 2).toLongLong() },
             { u"withdrawn"_s, q.value(o + 3).toLongLong() },
             { u"completed"_s, completed },
             { u"admitted"_s, admitted },
             { u"completion_rate"_s, rate } };
}

} // namespace wn::trainingrows
