// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/storage/storage.h"
#include "profileservice.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

Field code()
{
    return Field::string(1, 60).required();
}

Field year()
{
    return Field::integer(1940, 2100);
}

Field month()
{
    return Field::pattern(u"(19|20)[0-9]{2}-(0[1-9]|1[0-2])"_s, u"a month as YYYY-MM"_s, 7);
}

Field url(const QString &pattern, const QString &description)
{
    return Field::pattern(pattern, description, 300).nullable();
}

const Schema &profileSchema()
{
    static const Schema schema {
        { u"first_name"_s, Field::string(1, 100) },
        { u"last_name"_s, Field::string(1, 100) },
        { u"phone_number"_s,
          Field::pattern(u"\\+?[0-9][0-9 ()-]{6,19}"_s,
                         u"a phone number of 7 to 20 digits, optionally starting with +"_s, 21)
                  .nullable() },
        { u"gender"_s, forms::gender().nullable() },
        { u"date_of_birth"_s, Field::date().nullable() },
        { u"country"_s,
          Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO 3166 two-letter country code"_s, 2) },
        { u"state"_s, Field::string(1, 100) },
        { u"headline"_s,
          Field::string(0, 150).nullable().example(u"Data analyst who loves clean pipelines"_s) },
        { u"bio"_s, Field::string(0, 2000).nullable() },
        { u"linkedin_url"_s,
          url(u"https?://([A-Za-z]{2,3}\\.)?linkedin\\.com/[^\\s]{1,250}"_s,
              u"a LinkedIn URL (https://www.linkedin.com/in/...)"_s) },
        { u"portfolio_url"_s,
          url(u"https?://[^\\s]{3,290}"_s, u"a URL starting with http:// or https://"_s) },
        { u"education"_s,
          Field::arrayOf(Field::object({
                                 { u"school_id"_s,
                                   Field::integer().describe(u"A school from the schools list"_s) },
                                 { u"school_name"_s,
                                   Field::string(1, 200).describe(
                                           u"Free text when the school is not listed"_s) },
                                 { u"education_level"_s,
                                   Field::string(1, 60).describe(u"An education level code"_s) },
                                 { u"course"_s, Field::string(0, 200) },
                                 { u"start_year"_s, year() },
                                 { u"end_year"_s, year() },
                         }),
                         20)
                  .describe(u"Replaces every education entry"_s) },
        { u"experience"_s,
          Field::arrayOf(Field::object({
                                 { u"company"_s, Field::string(1, 200).required() },
                                 { u"title"_s, Field::string(1, 150).required() },
                                 { u"start_month"_s, month().required() },
                                 { u"end_month"_s, month().nullable() },
                                 { u"current"_s, Field::boolean() },
                                 { u"description"_s, Field::string(0, 3000) },
                         }),
                         30)
                  .describe(u"Replaces every work experience entry"_s) },
        { u"job_preferences"_s,
          Field::arrayOf(code(), 20).describe(u"Job preference codes; replaces the list"_s) },
        { u"desired_career_level"_s,
          Field::string(1, 60).nullable().describe(u"A career level code"_s) },
        { u"salary_expectation"_s,
          Field::object({ { u"min"_s, Field::integer(0, 100'000'000'000).required() },
                          { u"max"_s, Field::integer(0, 100'000'000'000).required() },
                          { u"period"_s, Field::oneOf({ u"monthly"_s, u"yearly"_s }) } })
                  .nullable()
                  .describe(u"In naira (NGN); period defaults to monthly"_s) },
        { u"willing_to_relocate"_s, Field::boolean().nullable() },
        { u"availability"_s,
          Field::oneOf(forms::availabilities()).nullable().describe(u"When you could start"_s) },
        { u"hidden"_s,
          Field::boolean().describe(
                  u"Hide your profile from employers' candidate search (they still see your "
                  u"applications)"_s) },
        { u"assessment_visibility"_s,
          Field::oneOf(forms::assessmentVisibilities())
                  .describe(u"Who sees your results on the platform's assessments: private (you "
                            u"alone), applications (also the companies you apply to) or "
                            u"employers (every company, which may also find you by them)"_s) },
        { u"disabilities"_s,
          Field::arrayOf(code(), 20)
                  .describe(u"Disability codes; private to you and staff; replaces the list"_s) },
        { u"accommodation_needs"_s,
          Field::string(0, 2000).nullable().describe(
                  u"What helps you work and interview well; private to you and staff"_s) },
    };
    return schema;
}

} // namespace

void installProfiles(Api &api, std::shared_ptr<TalentProfileService> profiles)
{
    RouteGroup area(api, { .prefix = u"/api/v1/talents"_s, .tag = u"Talent profile"_s });
    RouteGroup talent = area.group({ .access = Access::roles(Role::Talent) });

    talent.get(u"/me/skills"_s,
               { .seed = { u"User > Applicants > Proficience > Fetch all"_s },
                 .summary = u"Your skills with your proficiency in each, strongest first"_s },
               [profiles](Call &call) { return profiles->skills(call.principal().userId); });

    talent.put(
            u"/me/skills"_s,
            { .seed = { u"User > Applicants > Proficience > Select skills"_s },
              .summary = u"Set your skills (replaces them): up to 50, each with a level"_s,
              .body
              = { { u"skills"_s,
                    Field::arrayOf(
                            Field::object({ { u"skill_id"_s, Field::integer().required() },
                                            { u"level"_s,
                                              Field::oneOf(TalentProfileService::proficiencyLevels())
                                                      .required() },
                                            { u"years"_s,
                                              Field::integer(0, 60).nullable().describe(
                                                      u"Years of practice"_s) } }),
                            50)
                            .required() } } },
            [profiles](Call &call) { return profiles->setSkills(call.principal(), call.body()); });

    talent.get(u"/me/profile"_s,
               { .summary = u"Your whole talent profile, accommodations included"_s },
               [profiles](Call &call) {
                   return profiles->profile(call.principal(), call.principal().userId);
               });

    talent.patch(
            u"/me/profile"_s,
            { .seed = { u"User > Applicants > Talent update profile"_s },
              .summary
              = u"Update your profile: only the fields sent change; a list sent replaces the stored one"_s,
              .body = profileSchema() },
            [profiles](Call &call) { return profiles->update(call.principal(), call.body()); });

    area.get(u"/{id}/profile"_s,
             { .access = Access::roles(Role::Talent, Role::Admin, Role::Support),
               .summary = u"A talent's whole profile: your own, or any talent's for staff"_s },
             [profiles](Call &call) {
                 return profiles->profile(call.principal(), call.pathId(u"id"_s));
             });

    talent.post(
            u"/me/intro-video"_s,
            { .seed = { u"User > Applicants > Upload Intro vide"_s },
              .summary
              = u"Upload your intro video (MP4, WebM or QuickTime, at most 200 MiB) as the body; it replaces the previous one"_s,
              .rawBody = true,
              .maxBody = Storage::maxBytes(FileKind::Video),
              .storesFile = true },
            [profiles](Call &call) {
                return profiles->uploadIntroVideo(call.principal(), call.upload());
            });

    talent.put(
            u"/me/intro-video"_s,
            { .seed = { u"User > Applicants > Upload Intro vide"_s },
              .summary
              = u"Make a video you uploaded through a presigned URL (kind video) your intro video"_s,
              .body = { { u"file_key"_s,
                          Field::string(1, 100).required().describe(
                                  u"The key the presigned upload answered with"_s) } } },
            [profiles](Call &call) {
                return profiles->attachIntroVideo(call.principal(),
                                                  call.body().value(u"file_key"_s).toString());
            });
}

} // namespace wn
