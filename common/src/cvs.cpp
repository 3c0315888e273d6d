// SPDX-License-Identifier: Apache-2.0
#include "wn/common/cvs.h"

using namespace Qt::StringLiterals;

namespace wn {

QStringList cvSectionTypes()
{
    return { u"experience"_s, u"education"_s, u"skills"_s, u"certificates"_s,
             u"languages"_s,  u"projects"_s,  u"links"_s,  u"custom"_s };
}

QStringList verifiedCvSectionTypes()
{
    return { u"identity"_s, u"trainings"_s, u"assessments"_s };
}

QStringList cvTemplates()
{
    return { u"classic"_s, u"modern"_s, u"compact"_s };
}

Schema cvBasicsSchema()
{
    return {
        { u"name"_s, Field::string(1, 120).example(u"Amaka Obi"_s) },
        { u"headline"_s, Field::string(0, 160).example(u"Data analyst"_s) },
        { u"email"_s, Field::string(0, 200) },
        { u"phone"_s, Field::string(0, 40) },
        { u"location"_s, Field::string(0, 120).example(u"Lagos, Nigeria"_s) },
        { u"website"_s, Field::string(0, 300) },
        { u"summary"_s, Field::text(3000) },
    };
}

Schema cvItemSchema()
{
    return {
        { u"title"_s,
          Field::string(0, 200).describe(u"A position, school, skill, certificate, language or "
                                         u"link's name"_s) },
        { u"subtitle"_s, Field::string(0, 200).describe(u"The employer, course or issuer"_s) },
        { u"location"_s, Field::string(0, 120) },
        { u"start"_s, Field::string(0, 20).example(u"2021-03"_s) },
        { u"end"_s, Field::string(0, 20).example(u"Present"_s) },
        { u"level"_s, Field::string(0, 60).describe(u"A skill's or language's level"_s) },
        { u"url"_s, Field::string(0, 300) },
        { u"description"_s, Field::text(2000) },
    };
}

Schema cvSchema()
{
    const Schema section {
        { u"type"_s, Field::oneOf(cvSectionTypes() + verifiedCvSectionTypes()).required() },
        { u"title"_s, Field::string(1, 80).required() },
        { u"hidden"_s, Field::boolean().describe(u"Left out of the PDF"_s) },
        { u"items"_s,
          Field::arrayOf(Field::object(cvItemSchema()), maxCvSectionItems)
                  .describe(u"None for a verified section: the platform fills those"_s) },
    };
    return {
        { u"title"_s, Field::string(1, 100).example(u"Analyst roles"_s) },
        { u"template"_s, Field::oneOf(cvTemplates()) },
        { u"basics"_s, Field::object(cvBasicsSchema()) },
        { u"sections"_s,
          Field::arrayOf(Field::object(section), maxCvSections)
                  .describe(u"In the order the PDF shows them"_s) },
    };
}

} // namespace wn
