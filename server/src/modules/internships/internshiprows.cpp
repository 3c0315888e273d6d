// SPDX-License-Identifier: Apache-2.0
#include "internshiprows.h"

#include "core/database.h"
#include "core/rowjson.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/companies/companyrefs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn::internshiprows {

namespace {

/** The record a LEFT JOIN of the row brought, as jsonOf() shows it; null when it found none
 *  (the record's id, named with @p columns' prefix, is NULL). */
QJsonValue joinedOrNull(const Sql &q, const JsonColumns &columns)
{
    if (q.isNull(columns.prefix + u"id"_s))
        return QJsonValue::Null;
    return jsonOf(q, columns);
}

} // namespace

QString internshipColumns()
{
    return u"i.id, i.slug, i.title, i.description, i.mode, i.location, i.state, i.places, "
           u"i.stipend, i.start_date, i.end_date, i.application_deadline, i.status, "
           u"i.created_at, i.updated_at, c.id AS company_id, c.name AS company_name, c.logo_key, "
           u"k.id AS category_id, k.name AS category_name, k.slug AS category_slug, "
           u"(SELECT COUNT(*) FROM internship_applications ia WHERE ia.internship_id = i.id "
           u"AND ia.status IN ('approved', 'completed')) AS interns, "
           u"(SELECT COUNT(*) FROM internship_mentor_assignments im "
           u"WHERE im.internship_id = i.id) AS mentors"_s;
}

QString internshipFrom()
{
    return u"internships i JOIN companies c ON c.id = i.company_id "
           u"LEFT JOIN internship_categories k ON k.id = i.category_id"_s;
}

QJsonObject readInternship(const Sql &q, const Storage &storage)
{
    QJsonObject internship = jsonOf(q,
                                    { .ids = { u"id"_s, u"interns"_s, u"mentors"_s },
                                      .texts = { u"slug"_s, u"title"_s, u"description"_s, u"mode"_s,
                                                 u"status"_s, u"created_at"_s, u"updated_at"_s },
                                      .optionalTexts = { u"location"_s, u"state"_s, u"start_date"_s,
                                                         u"end_date"_s, u"application_deadline"_s },
                                      .optionalIntegers = { u"places"_s, u"stipend"_s } });
    const bool unlimited = q.isNull(u"places"_s);
    internship.insert(
            u"places_left"_s,
            unlimited ? QJsonValue(QJsonValue::Null)
                      : QJsonValue(std::max<qint64>(0, q.id(u"places"_s) - q.id(u"interns"_s))));
    internship.insert(u"category"_s,
                      joinedOrNull(q,
                                   { .ids = { u"id"_s },
                                     .texts = { u"name"_s, u"slug"_s },
                                     .prefix = u"category_"_s }));
    internship.insert(u"company"_s, companyCard(q, storage));
    return internship;
}

QString submissionColumns()
{
    return u"s.id, s.content, s.links, s.file_key, s.score, s.comment, s.scored_at, "
           u"s.created_at, s.updated_at, k.id AS kpi_id, k.title AS kpi_title, "
           u"k.weight AS kpi_weight, k.max_score AS kpi_max_score, k.rubric AS kpi_rubric, "
           u"i.id AS internship_id, "
           u"i.title AS internship_title, r.id AS scorer_id, r.first_name AS scorer_first_name, "
           u"r.last_name AS scorer_last_name, "_s
            + AccountService::summaryColumns(u"u"_s, u"intern_"_s);
}

QString submissionFrom()
{
    return u"kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
           u"JOIN internships i ON i.id = k.internship_id JOIN users u ON u.id = s.intern_id "
           u"LEFT JOIN users r ON r.id = s.scored_by"_s;
}

QJsonObject readSubmission(const Sql &q, const Storage &storage)
{
    QJsonObject submission = jsonOf(q,
                                    { .ids = { u"id"_s },
                                      .texts = { u"content"_s, u"created_at"_s, u"updated_at"_s },
                                      .optionalTexts = { u"comment"_s, u"scored_at"_s },
                                      .optionalIntegers = { u"score"_s } });
    submission.insert(u"status"_s, q.isNull(u"score"_s) ? u"submitted"_s : u"scored"_s);
    submission.insert(u"links"_s, QJsonDocument::fromJson(q.text(u"links"_s).toUtf8()).array());
    const QString file = q.text(u"file_key"_s);
    submission.insert(u"file"_s,
                      file.isEmpty()
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QJsonObject { { u"key"_s, file },
                                                         { u"url"_s, storage.signedUrl(file) } }));
    submission.insert(u"kpi"_s,
                      jsonOf(q,
                             { .ids = { u"id"_s, u"weight"_s, u"max_score"_s },
                               .texts = { u"title"_s },
                               .optionalTexts = { u"rubric"_s }, // what the reviewer scores against
                               .prefix = u"kpi_"_s }));
    submission.insert(
            u"internship"_s,
            jsonOf(q, { .ids = { u"id"_s }, .texts = { u"title"_s }, .prefix = u"internship_"_s }));
    submission.insert(u"intern"_s, AccountService::readSummary(q, storage, u"intern_"_s).toJson());
    submission.insert(u"scored_by"_s,
                      joinedOrNull(q,
                                   { .ids = { u"id"_s },
                                     .texts = { u"first_name"_s, u"last_name"_s },
                                     .prefix = u"scorer_"_s }));
    return submission;
}

} // namespace wn::internshiprows
