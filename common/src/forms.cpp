// SPDX-License-Identifier: Apache-2.0
#include <wn/common/assessments.h>
#include <wn/common/cvs.h>
#include <wn/common/forms.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wn::forms {

Field name()
{
    return Field::string(1, 100).required();
}

Field phone()
{
    return Field::pattern(u"\\+?[0-9][0-9 ()-]{6,19}"_s,
                          u"a phone number of 7 to 20 digits, optionally starting with +"_s, 21);
}

Field gender()
{
    return Field::oneOf(genders());
}

Field language()
{
    return Field::oneOf(languages());
}

Field countryCode()
{
    return Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO 3166 two-letter country code"_s, 2).required();
}

const Schema &person()
{
    static const Schema schema {
        { u"first_name"_s, name().example(u"Ada"_s) },
        { u"last_name"_s, name().example(u"Obi"_s) },
        { u"email"_s, Field::email().required() },
        { u"password"_s, Field::password().required() },
        { u"phone_number"_s, phone().required().example(u"+2348012345678"_s) },
        { u"gender"_s, gender() },
        { u"date_of_birth"_s, Field::date() },
        { u"language"_s,
          language().describe(u"The language mail is written in; else the browser's "
                              u"(Accept-Language), else the server's"_s) },
    };
    return schema;
}

const Schema &company()
{
    static const Schema schema {
        { u"company_name"_s, Field::string(2, 200).required() },
        { u"industry"_s, Field::string(1, 100).required() },
        { u"address"_s, Field::string(0, 300) },
        { u"website"_s, url() },
        { u"registration_number"_s,
          Field::string(0, 50).describe(u"CAC registration number (RC), if any"_s) },
    };
    return schema;
}

Schema talentSignUp(bool nigeria)
{
    if (nigeria)
        return person().plus({ { u"state"_s,
                                 Field::string(1, 100).required().describe(
                                         u"One of the 36 states or the FCT"_s) } });
    return person().plus(
            { { u"country"_s, countryCode() }, { u"state"_s, Field::string(1, 100).required() } });
}

Schema employerSignUp(bool nigeria)
{
    if (nigeria)
        return person().plus(company()).plus({ { u"state"_s, Field::string(1, 100).required() } });
    return person().plus(company()).plus(
            { { u"country"_s, countryCode() }, { u"state"_s, Field::string(0, 100) } });
}

QStringList jobTypes()
{
    return { u"full_time"_s,  u"part_time"_s, u"contract"_s,
             u"internship"_s, u"temporary"_s, u"volunteer"_s };
}

QStringList workModes()
{
    return { u"on_site"_s, u"remote"_s, u"hybrid"_s };
}

QStringList learningModes()
{
    return { u"online"_s, u"onsite"_s, u"hybrid"_s };
}

QStringList genders()
{
    return { u"male"_s, u"female"_s, u"other"_s, u"prefer_not_to_say"_s };
}

QStringList languages()
{
    return { u"en"_s, u"fr"_s };
}

QString languageName(const QString &code)
{
    static const QHash<QString, QString> names { { u"en"_s, u"English"_s },
                                                 { u"fr"_s, u"Français"_s } };
    return names.value(code);
}

QStringList proficiencyLevels()
{
    return { u"beginner"_s, u"intermediate"_s, u"advanced"_s, u"expert"_s };
}

QStringList codingDifficulties()
{
    return { u"easy"_s, u"medium"_s, u"hard"_s };
}

QStringList apiKeyScopes()
{
    return { u"talents.write"_s, u"talents.read"_s,        u"applicants.read"_s,
             u"webhooks.send"_s, u"assessments.onboard"_s, u"msd.register"_s };
}

QStringList availabilities()
{
    return { u"immediately"_s, u"two_weeks"_s, u"one_month"_s, u"three_months"_s, u"not_looking"_s };
}

QStringList assessmentVisibilities()
{
    return { u"private"_s, u"applications"_s, u"employers"_s };
}

QStringList companyKinds()
{
    return { u"employer"_s, u"sponsor"_s, u"academy"_s };
}

QStringList notificationKinds()
{
    return { u"application_status"_s,      u"chat_message"_s,
             u"training_application"_s,    u"internship_application"_s,
             u"sponsorship_application"_s, u"lms_enrolment_approved"_s,
             u"lms_enrolment_declined"_s,  u"lms_course_completed"_s,
             u"saved_search_matches"_s };
}

const char *choiceLabel(const QString &field, const QString &value)
{
    static const QHash<QString, const char *> labels {
        { u"job_type/full_time"_s, QT_TRANSLATE_NOOP("Choice", "Full time") },
        { u"job_type/part_time"_s, QT_TRANSLATE_NOOP("Choice", "Part time") },
        { u"job_type/contract"_s, QT_TRANSLATE_NOOP("Choice", "Contract") },
        { u"job_type/internship"_s, QT_TRANSLATE_NOOP("Choice", "Internship") },
        { u"job_type/temporary"_s, QT_TRANSLATE_NOOP("Choice", "Temporary") },
        { u"job_type/volunteer"_s, QT_TRANSLATE_NOOP("Choice", "Volunteer") },
        { u"work_mode/on_site"_s, QT_TRANSLATE_NOOP("Choice", "On site") },
        { u"work_mode/remote"_s, QT_TRANSLATE_NOOP("Choice", "Remote") },
        { u"work_mode/hybrid"_s, QT_TRANSLATE_NOOP("Choice", "Hybrid") },
        { u"mode/online"_s, QT_TRANSLATE_NOOP("Choice", "Online") },
        { u"mode/onsite"_s, QT_TRANSLATE_NOOP("Choice", "On site") },
        { u"mode/hybrid"_s, QT_TRANSLATE_NOOP("Choice", "Hybrid") },
        { u"availability/immediately"_s, QT_TRANSLATE_NOOP("Choice", "Immediately") },
        { u"availability/two_weeks"_s, QT_TRANSLATE_NOOP("Choice", "In two weeks") },
        { u"availability/one_month"_s, QT_TRANSLATE_NOOP("Choice", "In a month") },
        { u"availability/three_months"_s, QT_TRANSLATE_NOOP("Choice", "In three months") },
        { u"availability/not_looking"_s, QT_TRANSLATE_NOOP("Choice", "Not looking") },
        { u"assessment_visibility/private"_s, QT_TRANSLATE_NOOP("Choice", "Only me") },
        { u"assessment_visibility/applications"_s,
          QT_TRANSLATE_NOOP("Choice", "Employers I apply to") },
        { u"assessment_visibility/employers"_s,
          QT_TRANSLATE_NOOP("Choice", "Every employer, who may also find me by them") },
        { u"gender/male"_s, QT_TRANSLATE_NOOP("Choice", "Male") },
        { u"gender/female"_s, QT_TRANSLATE_NOOP("Choice", "Female") },
        { u"gender/other"_s, QT_TRANSLATE_NOOP("Choice", "Other") },
        { u"gender/prefer_not_to_say"_s, QT_TRANSLATE_NOOP("Choice", "Prefer not to say") },
        { u"level/beginner"_s, QT_TRANSLATE_NOOP("Choice", "Beginner") },
        { u"level/intermediate"_s, QT_TRANSLATE_NOOP("Choice", "Intermediate") },
        { u"level/advanced"_s, QT_TRANSLATE_NOOP("Choice", "Advanced") },
        { u"level/expert"_s, QT_TRANSLATE_NOOP("Choice", "Expert") },
        { u"difficulty/easy"_s, QT_TRANSLATE_NOOP("Choice", "Easy") },
        { u"difficulty/medium"_s, QT_TRANSLATE_NOOP("Choice", "Medium") },
        { u"difficulty/hard"_s, QT_TRANSLATE_NOOP("Choice", "Hard") },
        { u"template/classic"_s, QT_TRANSLATE_NOOP("Choice", "Classic") },
        { u"template/modern"_s, QT_TRANSLATE_NOOP("Choice", "Modern") },
        { u"template/compact"_s, QT_TRANSLATE_NOOP("Choice", "Compact") },
        { u"cv_section/experience"_s, QT_TRANSLATE_NOOP("Choice", "Experience") },
        { u"cv_section/education"_s, QT_TRANSLATE_NOOP("Choice", "Education") },
        { u"cv_section/skills"_s, QT_TRANSLATE_NOOP("Choice", "Skills") },
        { u"cv_section/certificates"_s, QT_TRANSLATE_NOOP("Choice", "Certificates") },
        { u"cv_section/languages"_s, QT_TRANSLATE_NOOP("Choice", "Languages") },
        { u"cv_section/projects"_s, QT_TRANSLATE_NOOP("Choice", "Projects") },
        { u"cv_section/links"_s, QT_TRANSLATE_NOOP("Choice", "Links") },
        { u"cv_section/custom"_s, QT_TRANSLATE_NOOP("Choice", "More") },
        { u"api_key_scope/talents.write"_s, QT_TRANSLATE_NOOP("Choice", "Add talents") },
        { u"api_key_scope/talents.read"_s,
          QT_TRANSLATE_NOOP("Choice", "Read the talents who share with you") },
        { u"api_key_scope/applicants.read"_s,
          QT_TRANSLATE_NOOP("Choice", "Read applicants by reference") },
        { u"api_key_scope/webhooks.send"_s,
          QT_TRANSLATE_NOOP("Choice", "Tell Worknation what happened to a talent") },
        { u"api_key_scope/assessments.onboard"_s,
          QT_TRANSLATE_NOOP("Choice", "Send people into assessments") },
        { u"api_key_scope/msd.register"_s, QT_TRANSLATE_NOOP("Choice", "Register people (MSD)") },
        { u"partner_read/applicant"_s, QT_TRANSLATE_NOOP("Choice", "Your details as an applicant") },
        { u"partner_read/files"_s, QT_TRANSLATE_NOOP("Choice", "Your picture, CV and video") },
        { u"partner_read/profile"_s, QT_TRANSLATE_NOOP("Choice", "Your profile") },
        { u"partner_read/profile_image"_s, QT_TRANSLATE_NOOP("Choice", "Your picture") },
        { u"partner_read/cv"_s, QT_TRANSLATE_NOOP("Choice", "Your CV") },
        { u"partner_read/intro_video"_s, QT_TRANSLATE_NOOP("Choice", "Your intro video") },
        { u"partner_read/profile_responses"_s,
          QT_TRANSLATE_NOOP("Choice", "Your answers to the profile's questions") },
        { u"company_kind/employer"_s, QT_TRANSLATE_NOOP("Choice", "Employer") },
        { u"company_kind/sponsor"_s, QT_TRANSLATE_NOOP("Choice", "Sponsor") },
        { u"company_kind/academy"_s, QT_TRANSLATE_NOOP("Choice", "Learning academy") },
        { u"notification/application_status"_s, QT_TRANSLATE_NOOP("Choice", "Application") },
        { u"notification/chat_message"_s, QT_TRANSLATE_NOOP("Choice", "Message") },
        { u"notification/training_application"_s, QT_TRANSLATE_NOOP("Choice", "Training") },
        { u"notification/internship_application"_s, QT_TRANSLATE_NOOP("Choice", "Internship") },
        { u"notification/sponsorship_application"_s, QT_TRANSLATE_NOOP("Choice", "Sponsorship") },
        { u"notification/lms_enrolment_approved"_s, QT_TRANSLATE_NOOP("Choice", "Learning") },
        { u"notification/lms_enrolment_declined"_s, QT_TRANSLATE_NOOP("Choice", "Learning") },
        { u"notification/lms_course_completed"_s, QT_TRANSLATE_NOOP("Choice", "Learning") },
        { u"notification/saved_search_matches"_s,
          QT_TRANSLATE_NOOP("Choice", "New candidates for a saved search") },
    };
    return labels.value(field + u'/' + value, nullptr);
}

QStringList choicesOf(const QString &field)
{
    if (field == u"job_type"_s)
        return jobTypes();
    if (field == u"work_mode"_s)
        return workModes();
    if (field == u"mode"_s)
        return learningModes();
    if (field == u"availability"_s)
        return availabilities();
    if (field == u"assessment_visibility"_s)
        return assessmentVisibilities();
    if (field == u"gender"_s)
        return genders();
    if (field == u"level"_s)
        return proficiencyLevels();
    if (field == u"template"_s)
        return cvTemplates();
    if (field == u"cv_section"_s)
        return cvSectionTypes();
    if (field == u"difficulty"_s)
        return codingDifficulties();
    if (field == u"api_key_scope"_s)
        return apiKeyScopes();
    if (field == u"company_kind"_s)
        return companyKinds();
    if (field == u"notification"_s)
        return notificationKinds();
    if (field == u"partner_read"_s)
        return { u"applicant"_s, u"files"_s,       u"profile"_s,          u"profile_image"_s,
                 u"cv"_s,        u"intro_video"_s, u"profile_responses"_s };
    return {};
}

Field url()
{
    return Field::pattern(u"https?://[^\\s]{3,290}"_s, u"a URL starting with http:// or https://"_s,
                          300);
}

Field companyName()
{
    return Field::string(2, 200).example(u"Acme Nigeria Ltd"_s);
}

Field industry()
{
    return Field::string(1, 100).describe(
            u"A code of the industries list (any text while that list is empty)"_s);
}

const Schema &companyProfile()
{
    static const Schema socials { { u"linkedin"_s, url() }, { u"twitter"_s, url() },
                                  { u"facebook"_s, url() }, { u"instagram"_s, url() },
                                  { u"youtube"_s, url() },  { u"tiktok"_s, url() } };
    static const Schema schema {
        { u"employer_type"_s,
          Field::string(1, 100).nullable().describe(
                  u"A code of the employer types list (any text while it is empty)"_s) },
        { u"size"_s,
          Field::oneOf({ u"1-10"_s, u"11-50"_s, u"51-200"_s, u"201-500"_s, u"501-1000"_s,
                         u"1001-5000"_s, u"5000+"_s })
                  .nullable()
                  .describe(u"Number of employees"_s) },
        { u"address"_s, Field::string(0, 300).nullable() },
        { u"state"_s,
          Field::string(0, 100).nullable().describe(
                  u"For companies in Nigeria, one of its 36 states or the FCT"_s) },
        { u"website"_s, url().nullable() },
        { u"description"_s, Field::text(5000).nullable() },
        { u"socials"_s, Field::object(socials).nullable() },
    };
    return schema;
}

Schema companyChange()
{
    return Schema { { u"name"_s, companyName() }, { u"industry"_s, industry() } }.plus(
            companyProfile());
}

const Schema &contactDetails()
{
    static const Schema schema {
        { u"phone_number"_s, phone().nullable() },
        { u"position"_s, Field::string(0, 100).nullable() },
        { u"is_primary"_s,
          Field::boolean().describe(
                  u"Make this the company's primary contact; the first one always is"_s) }
    };
    return schema;
}

Schema contactPerson(bool creating)
{
    Field name = Field::string(1, 150);
    Field email = Field::email();
    if (creating) {
        name = name.required();
        email = email.required();
    }
    return Schema { { u"name"_s, name }, { u"email"_s, email } }.plus(contactDetails());
}

Schema job(bool creating)
{
    auto req = [creating](const Field &field) { return creating ? field.required() : field; };
    return {
        { u"title"_s, req(Field::string(3, 150)).example(u"Backend Engineer (Qt/C++)"_s) },
        { u"summary"_s, Field::string(0, 300) },
        { u"description"_s, req(Field::string(20, 20000)) },
        { u"requirements"_s, Field::text(10000) },
        { u"job_type"_s, req(Field::oneOf(jobTypes())) },
        { u"work_mode"_s, req(Field::oneOf(workModes())) },
        { u"career_level"_s, Field::string(1, 50).describe(u"A career level code"_s) },
        { u"industry"_s, Field::string(1, 100) },
        { u"country_code"_s,
          Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO 3166 two-letter country code"_s, 2) },
        { u"state"_s, Field::string(0, 100) },
        { u"city"_s, Field::string(0, 100) },
        { u"salary_min"_s, Field::integer(0, 1000000000000) },
        { u"salary_max"_s, Field::integer(0, 1000000000000) },
        { u"salary_currency"_s, Field::pattern(u"[A-Z]{3}"_s, u"an ISO 4217 currency code"_s, 3) },
        { u"salary_period"_s, Field::oneOf({ u"hour"_s, u"day"_s, u"month"_s, u"year"_s }) },
        { u"openings"_s, Field::integer(1, 10000) },
        { u"deadline"_s, Field::date() },
        { u"skills"_s, Field::arrayOf(Field::integer(), 30).describe(u"Skill ids"_s) },
        { u"questions"_s,
          Field::arrayOf(Field::object({ { u"question_id"_s, Field::integer().required() },
                                         { u"required"_s, Field::boolean() } }),
                         20) },
        { u"publish"_s, Field::boolean().describe(u"Publish at once (create only)"_s) },
    };
}

Schema cohort(bool creating)
{
    const Field name = Field::string(3, 200).example(u"Data analysis, spring cohort"_s);
    return {
        { u"name"_s, creating ? name.required() : name },
        { u"description"_s, Field::string(0, 5000).nullable() },
        { u"start_date"_s, Field::date().nullable() },
        { u"end_date"_s, Field::date().nullable().describe(u"Not before start_date"_s) },
        { u"skill_ids"_s,
          Field::arrayOf(Field::integer(), 30).describe(u"Skills the cohort teaches"_s) },
    };
}

const Schema &attendanceSession()
{
    static const Schema schema {
        { u"title"_s, Field::string(1, 200).required() },
        { u"starts_at"_s, Field::dateTime().required() },
        { u"ends_at"_s, Field::dateTime().required().describe(u"After starts_at"_s) },
    };
    return schema;
}

const Schema &kpiEvidence()
{
    static const Schema schema {
        { u"content"_s, Field::string(1, 10000).required() },
        { u"links"_s,
          Field::arrayOf(Field::pattern(u"https?://\\S+"_s, u"an http(s) link"_s, 1000), 10) },
        { u"file_key"_s,
          Field::string(1, 200).describe(u"A document you uploaded (kind document)"_s) },
    };
    return schema;
}

const Schema &stationUpload()
{
    static const Schema row {
        { u"talent_id"_s, Field::integer().required() },
        { u"session_id"_s, Field::integer().required() },
        { u"action"_s, Field::oneOf({ u"check_in"_s, u"check_out"_s }).required() },
        { u"at"_s, Field::dateTime().required().describe(u"When the station recorded it"_s) },
        { u"payload"_s,
          Field::string(1, 300).verbatim().required().describe(
                  u"The offline code the station verified"_s) },
    };
    static const Schema schema {
        { u"checkins"_s, Field::arrayOf(Field::object(row), 500).required() },
    };
    return schema;
}

Schema apiKey()
{
    return {
        { u"name"_s,
          Field::string(1, 100)
                  .required()
                  .describe(u"What the key is for"_s)
                  .example(u"Role Relay production"_s) },
        { u"scopes"_s,
          Field::arrayOf(Field::oneOf(apiKeyScopes()), 10)
                  .required()
                  .describe(u"What the key may do (GET /api/v1/api-key-scopes lists them)"_s)
                  .example(QJsonArray { u"talents.read"_s }) },
        { u"requests_per_minute"_s,
          Field::integer(1, 100000).describe(
                  u"The key's own limit of requests a minute, at most the platform's "
                  u"(partners/key_requests_per_minute); none: the platform's"_s) },
    };
}

Schema apiKeyRotation()
{
    return { { u"overlap_hours"_s,
               Field::integer(0, 168).describe(
                       u"Hours the old key keeps working (default 24; 0 stops it now)"_s) } };
}

Schema assessmentOption()
{
    return { { u"key"_s, Field::string(1, 20).required().example(u"a"_s) },
             { u"text"_s, Field::string(1, 500).required() },
             { u"correct"_s, Field::boolean().describe(u"For choice and passage questions"_s) },
             { u"weight"_s,
               Field::number(-100, 100).describe(
                       u"For scenario questions: what choosing it scores"_s) } };
}

Schema assessmentQuestion(bool creating)
{
    auto need = [creating](const Field &field) { return creating ? field.required() : field; };
    return {
        { u"type"_s, need(Field::oneOf(questionTypeCodes())) },
        { u"text"_s, need(Field::string(1, 2000)) },
        { u"category"_s,
          Field::string(1, 40).nullable().describe(u"The code of a category (facet or domain)"_s) },
        { u"passage_id"_s,
          Field::integer().nullable().describe(u"Required for passage questions"_s) },
        { u"reverse_keyed"_s, Field::boolean().describe(u"Likert only: scored 6 - rating"_s) },
        { u"options"_s, Field::arrayOf(Field::object(assessmentOption()), 10) },
        { u"pair_code"_s,
          Field::string(0, 40).nullable().describe(
                  u"Two likert items saying nearly the same share one: the inconsistency index"_s) },
        { u"active"_s, Field::boolean() },
        { u"position"_s, Field::integer(0, 10000) },
    };
}

const Schema &assessmentBank()
{
    static const Schema schema {
        { u"title"_s, Field::string(3, 200).required() },
        { u"description"_s, Field::string(0, 2000) },
        { u"time_limit_seconds"_s, Field::integer(30, 86400).nullable() },
        { u"question_count"_s,
          Field::integer(1, 500).nullable().describe(
                  u"Questions drawn per attempt; null: every active one"_s) },
        { u"retake_days"_s,
          Field::integer(0, 3650).nullable().describe(
                  u"Days before a retake; 0: any time; null: taken once"_s) },
        { u"role_id"_s, Field::integer().nullable() },
        { u"skill_id"_s, Field::integer().nullable() },
        { u"categories"_s,
          Field::arrayOf(Field::object({ { u"code"_s, Field::string(1, 40).required() },
                                         { u"name"_s, Field::string(1, 200).required() },
                                         { u"description"_s, Field::string(0, 1000) },
                                         { u"parent"_s, Field::string(1, 40) } }),
                         100) },
        { u"questions"_s, Field::arrayOf(Field::object(assessmentQuestion(true)), 300) },
    };
    return schema;
}

const Schema &assessmentPassage()
{
    static const Schema schema {
        { u"title"_s, Field::string(1, 200).required() },
        { u"body"_s, Field::string(50, 20000).required() },
        { u"questions"_s,
          Field::arrayOf(
                  Field::object(
                          { { u"text"_s, Field::string(1, 2000).required() },
                            { u"options"_s,
                              Field::arrayOf(Field::object(assessmentOption()), 10).required() } }),
                  20)
                  .required() },
    };
    return schema;
}

const Schema &assessmentPassageEdit()
{
    static const Schema schema {
        { u"title"_s, Field::string(1, 200) },
        { u"body"_s,
          Field::string(50, 20000).describe(u"The text the talent reads; its words are counted "
                                            u"again"_s) },
    };
    return schema;
}

const Schema &assessmentTarget()
{
    static const Schema schema {
        { u"targets"_s,
          Field::arrayOf(Field::object({ { u"category"_s, Field::string(1, 40).required() },
                                         { u"target"_s, Field::number(1, 5).required() } }),
                         100)
                  .required() },
    };
    return schema;
}

const Schema &lmsCompany()
{
    static const Schema schema {
        { u"name"_s, Field::string(2, 200).required() },
        { u"kind"_s, Field::oneOf({ u"academy"_s, u"employer"_s }) },
        { u"country_code"_s, Field::pattern(u"[A-Za-z]{2}"_s, u"an ISO 3166 country code"_s, 2) },
        { u"state"_s, Field::string(0, 100).nullable() },
        { u"industry"_s, Field::string(0, 100).nullable() },
        { u"website"_s, Field::string(0, 300).nullable() },
    };
    return schema;
}

const Schema &lmsTalent()
{
    static const Schema schema {
        { u"email"_s, Field::email().required() },
        { u"first_name"_s, Field::string(1, 100).required() },
        { u"last_name"_s, Field::string(1, 100).required() },
        { u"nysc"_s, Field::boolean() },
        { u"nysc_state_code"_s, Field::string(0, 50) },
        { u"nysc_batch"_s, Field::string(0, 50) },
        { u"academy_id"_s,
          Field::integer().nullable().describe(u"The academy (a company) to attach them to"_s) },
    };
    return schema;
}

const Schema &lmsNysc()
{
    static const Schema schema {
        { u"talents"_s,
          Field::arrayOf(Field::object({ { u"email"_s, Field::email().required() },
                                         { u"state_code"_s, Field::string(0, 50) },
                                         { u"batch"_s, Field::string(0, 50) },
                                         { u"nysc"_s, Field::boolean() } }),
                         5000)
                  .required() },
    };
    return schema;
}

const Schema &lmsUsername()
{
    static const Schema schema {
        { u"username"_s,
          Field::pattern(u"[A-Za-z0-9_.@-]{3,100}"_s, u"3 to 100 letters, digits, _ . @ -"_s, 100)
                  .required() },
    };
    return schema;
}

const Schema *operationBody(const QString &operation)
{
    // Keyed by the names of clientOperations(); each is the body its endpoint declares.
    static const QHash<QString, Schema> bodies {
        { u"registerTalent"_s, talentSignUp(true) },
        { u"registerTalentAfrica"_s, talentSignUp(false) },
        { u"registerEmployer"_s, employerSignUp(true) },
        { u"createJob"_s, job(true) },
        { u"updateJob"_s, job(false) },
        { u"updateCompany"_s, companyChange() },
        { u"addContactPerson"_s, contactPerson(true) },
        { u"createCohort"_s, cohort(true) },
        { u"updateCohort"_s, cohort(false) },
        { u"scheduleSession"_s, attendanceSession() },
        { u"submitKpiEvidence"_s, kpiEvidence() },
        { u"updateCv"_s, cvSchema() },
        { u"createAssessmentBank"_s, assessmentBank() },
        { u"createAssessmentQuestion"_s, assessmentQuestion(true) },
        { u"updateAssessmentQuestion"_s, assessmentQuestion(false) },
        { u"createApiKey"_s, apiKey() },
        { u"rotateApiKey"_s, apiKeyRotation() },
        { u"createAssessmentPassage"_s, assessmentPassage() },
        { u"updateAssessmentPassage"_s, assessmentPassageEdit() },
        { u"setAssessmentTarget"_s, assessmentTarget() },
        { u"createLmsCompany"_s, lmsCompany() },
        { u"createLmsTalent"_s, lmsTalent() },
        { u"bulkLmsNysc"_s, lmsNysc() },
        { u"updateLmsUsername"_s, lmsUsername() },
    };
    const auto found = bodies.constFind(operation);
    return found == bodies.constEnd() ? nullptr : &*found;
}

QString payRange(qint64 min, qint64 max, const QString &currency, const QString &period)
{
    if (min <= 0 && max <= 0)
        return {};
    // Nigerian English groups digits with commas and knows the naira's sign; any other code is
    // written before the amount, as an invoice would.
    static const QLocale locale(QLocale::English, QLocale::Nigeria);
    const QString code = currency.isEmpty() ? u"NGN"_s : currency;
    const QString symbol = code == u"NGN"_s ? locale.currencySymbol() : code + u' ';
    const auto amount = [&](qint64 value) { return symbol + locale.toString(value); };
    const QString range = min <= 0 || min == max ? amount(std::max(min, max))
                                                 : amount(min) + u" – "_s + amount(max);
    static const QHash<QString, const char *> per {
        { u"hour"_s, QT_TRANSLATE_NOOP("Pay", "an hour") },
        { u"day"_s, QT_TRANSLATE_NOOP("Pay", "a day") },
        { u"month"_s, QT_TRANSLATE_NOOP("Pay", "a month") },
        { u"year"_s, QT_TRANSLATE_NOOP("Pay", "a year") },
    };
    const char *words = per.value(period);
    return words ? range + u' ' + QCoreApplication::translate("Pay", words) : range;
}

} // namespace wn::forms
