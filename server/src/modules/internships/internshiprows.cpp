// SPDX-License-Identifier: Apache-2.0
#include "internshiprows.h"

#include "core/database.h"
#include "core/rowjson.h"
#include "core/storage/storage.h"
#include "modules/companies/companyrefs.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn::internshiprows {

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
                      q.isNull(u"category_id"_s)
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(jsonOf(q,
                                                  { .ids = { u"id"_s },
                                                    .texts = { u"name"_s, u"slug"_s },
                                                    .prefix = u"category_"_s })));
    internship.insert(u"company"_s, companyCard(q, storage));
    return internship;
}

} // namespace wn::internshiprows
