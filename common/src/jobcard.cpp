// SPDX-License-Identifier: Apache-2.0
#include <wn/common/jobcard.h>

#include <wn/common/json.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

using json::optionalInteger;
using json::optionalText;
using json::orNull;

QString JobCard::place() const
{
    return location.state.value_or(QString()).isEmpty() ? location.countryCode : *location.state;
}

QJsonObject JobCard::toJson() const
{
    QJsonArray skillCards;
    for (const Skill &skill : skills)
        skillCards.append(QJsonObject { { u"id"_s, skill.id }, { u"name"_s, skill.name } });
    return {
        { u"id"_s, id },
        { u"openings"_s, openings },
        { u"slug"_s, slug },
        { u"title"_s, title },
        { u"job_type"_s, jobType },
        { u"work_mode"_s, workMode },
        { u"status"_s, status },
        { u"created_at"_s, createdAt },
        { u"updated_at"_s, updatedAt },
        { u"summary"_s, orNull(summary) },
        { u"career_level"_s, orNull(careerLevel) },
        { u"industry"_s, orNull(industry) },
        { u"deadline"_s, orNull(deadline) },
        { u"published_at"_s, orNull(publishedAt) },
        { u"closed_at"_s, orNull(closedAt) },
        { u"location"_s,
          QJsonObject { { u"country_code"_s, location.countryCode },
                        { u"state"_s, orNull(location.state) },
                        { u"city"_s, orNull(location.city) } } },
        { u"salary"_s,
          QJsonObject { { u"min"_s, orNull(salary.min) },
                        { u"max"_s, orNull(salary.max) },
                        { u"currency"_s, salary.currency },
                        { u"period"_s, salary.period } } },
        { u"company"_s,
          QJsonObject { { u"id"_s, company.id },
                        { u"name"_s, company.name },
                        { u"logo_url"_s, orNull(company.logoUrl) } } },
        { u"skills"_s, skillCards },
    };
}

std::optional<JobCard> JobCard::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isDouble())
        return std::nullopt;
    JobCard card;
    card.id = json.value(u"id"_s).toInteger();
    card.openings = json.value(u"openings"_s).toInteger();
    card.slug = json.value(u"slug"_s).toString();
    card.title = json.value(u"title"_s).toString();
    card.jobType = json.value(u"job_type"_s).toString();
    card.workMode = json.value(u"work_mode"_s).toString();
    card.status = json.value(u"status"_s).toString();
    card.createdAt = json.value(u"created_at"_s).toString();
    card.updatedAt = json.value(u"updated_at"_s).toString();
    card.summary = optionalText(json, u"summary"_s);
    card.careerLevel = optionalText(json, u"career_level"_s);
    card.industry = optionalText(json, u"industry"_s);
    card.deadline = optionalText(json, u"deadline"_s);
    card.publishedAt = optionalText(json, u"published_at"_s);
    card.closedAt = optionalText(json, u"closed_at"_s);
    const QJsonObject location = json.value(u"location"_s).toObject();
    card.location = { location.value(u"country_code"_s).toString(),
                      optionalText(location, u"state"_s), optionalText(location, u"city"_s) };
    const QJsonObject salary = json.value(u"salary"_s).toObject();
    card.salary = { optionalInteger(salary, u"min"_s), optionalInteger(salary, u"max"_s),
                    salary.value(u"currency"_s).toString(), salary.value(u"period"_s).toString() };
    const QJsonObject company = json.value(u"company"_s).toObject();
    card.company = { company.value(u"id"_s).toInteger(), company.value(u"name"_s).toString(),
                     optionalText(company, u"logo_url"_s) };
    const QJsonArray skills = json.value(u"skills"_s).toArray();
    for (const QJsonValue &skill : skills)
        card.skills.append({ skill[u"id"_s].toInteger(), skill[u"name"_s].toString() });
    return card;
}

} // namespace wn
