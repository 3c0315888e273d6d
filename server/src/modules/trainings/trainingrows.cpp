// SPDX-License-Identifier: Apache-2.0
#include "trainingrows.h"

#include "core/database.h"
#include "core/rowjson.h"
#include "core/storage/storage.h"
#include "modules/companies/companyrefs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wn::trainingrows {

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
           u"c.id AS company_id, c.name AS company_name, c.logo_key, "_s
            + skills
            + u" AS skills, (SELECT COUNT(*) FROM training_applications sa "
              u"WHERE sa.training_id = t.id AND sa.status IN ('accepted', 'completed')) "
              u"AS seats_taken"_s;
}

QString trainingFrom()
{
    return u"trainings t JOIN companies c ON c.id = t.company_id"_s;
}

QJsonObject readTraining(const Sql &q, const Storage &storage)
{
    QVariantList skillList
            = QJsonDocument::fromJson(q.text(u"skills"_s).toUtf8()).array().toVariantList();
    std::sort(skillList.begin(), skillList.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(u"name"_s).toString().compare(b.toMap().value(u"name"_s).toString(),
                                                             Qt::CaseInsensitive)
                < 0;
    });
    const QJsonArray skills = QJsonArray::fromVariantList(skillList);
    const bool unlimited = q.isNull(u"capacity"_s);
    const qint64 capacity = q.id(u"capacity"_s);
    const qint64 seatsTaken = q.id(u"seats_taken"_s);
    QJsonObject training
            = jsonOf(q,
                     { .ids = { u"id"_s, u"seats_taken"_s, u"fee"_s },
                       .texts = { u"slug"_s, u"title"_s, u"description"_s, u"mode"_s, u"currency"_s,
                                  u"status"_s, u"created_at"_s, u"updated_at"_s },
                       .optionalTexts
                       = { u"summary"_s, u"location"_s, u"state"_s, u"start_date"_s, u"end_date"_s,
                           u"application_deadline"_s, u"published_at"_s, u"closed_at"_s },
                       .optionalIntegers = { u"capacity"_s } });
    training.insert(u"seats_left"_s,
                    unlimited ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(std::max<qint64>(0, capacity - seatsTaken)));
    training.insert(u"company"_s, companyCard(q, storage));
    training.insert(u"skills"_s, skills);
    return training;
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

QJsonObject readCounts(const Sql &q)
{
    const qint64 completed = q.id(u"completed"_s);
    const qint64 admitted = q.id(u"admitted"_s);
    // Percent of the admitted who completed; null while no one has been admitted.
    const QJsonValue rate = admitted > 0
            ? QJsonValue(std::round(double(completed) * 1000.0 / double(admitted)) / 10.0)
            : QJsonValue(QJsonValue::Null);
    return { { u"applicants"_s, q.id(u"total"_s) },
             { u"pending"_s, q.id(u"applied"_s) },
             { u"accepted"_s, q.id(u"accepted"_s) },
             { u"rejected"_s, q.id(u"rejected"_s) },
             { u"withdrawn"_s, q.id(u"withdrawn"_s) },
             { u"completed"_s, completed },
             { u"admitted"_s, admitted },
             { u"completion_rate"_s, rate } };
}

} // namespace wn::trainingrows
