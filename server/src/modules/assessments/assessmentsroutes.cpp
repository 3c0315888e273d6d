// SPDX-License-Identifier: Apache-2.0
// Every seed door of the assessment groups onto the one engine: an instrument is named in the
// path by its slug (personality, soft-skills, culture-fit, scenario, integrity, level-one,
// comprehension) or its id, so a door shared by several groups is one route naming them all.
#include "assessmentsroutes.h"
#include "assessmentservice.h"
#include "core/http/api.h"
#include "modules/areas.h"

#include <wn/common/assessments.h>
#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

using namespace assessmentroutes;

namespace {

/** Who edits a bank: platform admins (the platform's) and company staff (their company's). */
Access editors()
{
    return Access::roles(Role::Admin, Role::SuperAdmin, Role::Employer, Role::Employee);
}

Access admins()
{
    return Access::roles(Role::Admin, Role::SuperAdmin);
}

} // namespace

void installAssessments(Api &api, std::shared_ptr<AssessmentService> assessments)
{
    // ---- Instruments ----

    api.get(u"/api/v1/assessments"_s,
            { .seed = seeds({ u"Create assessment > Get All Assessment (Bank)" }),
              .access = everyone(),
              .summary = u"The assessments you may see: the platform's, and your company's own"_s,
              .tag = tag(),
              .query = { { u"q"_s, Field::string(1, 100).describe(u"Search in titles"_s) },
                         { u"kind"_s, Field::oneOf(instrumentKinds()) },
                         { u"owner"_s,
                           Field::oneOf({ u"platform"_s, u"company"_s })
                                   .describe(u"The platform's banks, or a company's own (yours, "
                                             u"or for staff any company's)"_s) },
                         { u"role_id"_s, Field::integer() },
                         { u"skill_id"_s, Field::integer() } },
              .paged = true },
            [assessments](Call &call) {
                return assessments->instruments(call.principal(), call.query(), call.page(),
                                                call.limit());
            });

    api.post(u"/api/v1/assessments"_s,
             { .seed = seeds({ u"Create assessment > Create" }),
               .access = editors(),
               .permission = u"assessments.manage"_s,
               .summary = u"Create an assessment bank (assessments.manage): a company's own, or "
                          u"the platform's when an admin creates it; categories and questions may "
                          u"come with it"_s,
               .tag = tag(),
               .body = forms::assessmentBank(),
               .status = 201 },
             [assessments](Call &call) {
                 return assessments->createInstrument(call.principal(), call.body());
             });

    api.get(u"/api/v1/assessments/by-title"_s,
            { .seed = seeds({ u"Create assessment > Fetch assessment by title" }),
              .access = everyone(),
              .summary = u"The assessment with this title (any case)"_s,
              .tag = tag(),
              .query = { { u"title"_s, Field::string(1, 200).required() } } },
            [assessments](Call &call) {
                return assessments->instrumentByTitle(call.principal(),
                                                      call.query().value(u"title"_s).toString());
            });

    api.get(path(),
            { .seed = seeds({ u"Create assessment > Get Assessment by id" }),
              .access = everyone(),
              .summary = u"One assessment, by id or slug, with its categories"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->instrument(call.principal(), ref(call));
            });

    api.get(path(u"/categories"_s),
            { .seed = seeds({ u"personality-test > Retrieve All Categories",
                              u"soft-skills > Get All Categories",
                              u"culture-fit-assessment > Retrieve All Categories" }),
              .access = everyone(),
              .summary = u"The assessment's domains, each with its facets and band descriptions"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->categories(call.principal(), ref(call), true);
            });

    api.get(path(u"/headings"_s),
            { .seed = seeds({ u"soft-skills > Get Headings" }),
              .access = everyone(),
              .summary = u"The assessment's top-level categories alone"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->categories(call.principal(), ref(call), false);
            });

    api.get(path(u"/categories/{id}"_s),
            { .seed = seeds({ u"personality-test > Get detailed info for category by ID." }),
              .access = everyone(),
              .summary = u"One category with its facets, bands and number of active questions"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->category(call.principal(), ref(call), call.pathId(u"id"_s));
            });

    // ---- The bank ----

    api.get(path(u"/questions"_s),
            { .seed = seeds({ u"personality-test > List All Questions with Pagination",
                              u"soft-skills > Get All Questions with Pagination",
                              u"culture-fit-assessment > List All Questions With Pagination",
                              u"Scenario Assessment > Retrieve All Question",
                              u"Integrity Assessment > Get All Questions",
                              u"Level One Questionaire > Get All Questions" }),
              .access = editors(),
              .permission = u"assessments.manage"_s,
              .summary = u"The bank's questions with their keys (editors only)"_s,
              .tag = tag(),
              .query = { { u"active"_s, Field::boolean() },
                         { u"type"_s, Field::oneOf(questionTypeCodes()) },
                         { u"category"_s,
                           Field::string(1, 40).describe(
                                   u"A category code; a domain includes its facets"_s) },
                         { u"q"_s, Field::string(1, 100) } },
              .paged = true },
            [assessments](Call &call) {
                return assessments->questions(call.principal(), ref(call), call.query(),
                                              call.page(), call.limit());
            });

    api.get(path(u"/questions/{id}"_s),
            { .seed = seeds({ u"personality-test > Retrieve Question by ID",
                              u"soft-skills > Get Question by ID",
                              u"culture-fit-assessment > Retrieve Question by ID",
                              u"Scenario Assessment > Retrieve One Question",
                              u"Integrity Assessment > Get Question By ID",
                              u"Level One Questionaire > Get Question By Id" }),
              .access = editors(),
              .permission = u"assessments.manage"_s,
              .summary = u"One question with its keys"_s,
              .tag = tag() },
            [assessments](Call &call) {
                return assessments->question(call.principal(), ref(call), call.pathId(u"id"_s));
            });

    api.post(path(u"/questions"_s),
             { .seed = seeds({ u"personality-test > Create a New Question",
                               u"soft-skills > Create a Question",
                               u"culture-fit-assessment > Create New Question",
                               u"Scenario Assessment > Post A Question",
                               u"Integrity Assessment > Post A Question",
                               u"Level One Questionaire > Create Question",
                               u"Create assessment > Add Questions To Assessment" }),
               .access = editors(),
               .permission = u"assessments.manage"_s,
               .summary = u"Add a question with its key: options with the correct ones, weights, "
                          u"or reverse keying"_s,
               .tag = tag(),
               .body = forms::assessmentQuestion(true),
               .status = 201 },
             [assessments](Call &call) {
                 return assessments->createQuestion(call.principal(), ref(call), call.body());
             });

    api.patch(path(u"/questions/status"_s),
              { .seed = seeds({ u"Level One Questionaire > Update Questions Status",
                                u"Create assessment > Set Questions To Inactive" }),
                .access = editors(),
                .permission = u"assessments.manage"_s,
                .summary
                = u"Take questions out of (or back into) the active pool attempts draw from"_s,
                .tag = tag(),
                .body = { { u"question_ids"_s, Field::arrayOf(Field::integer(), 500).required() },
                          { u"active"_s, Field::boolean().required() } } },
              [assessments](Call &call) {
                  return assessments->setQuestionsActive(call.principal(), ref(call), call.body());
              });

    api.patch(path(u"/questions/{id}"_s),
              { .seed = seeds({ u"personality-test > Update a Question",
                                u"soft-skills > Update a Question",
                                u"culture-fit-assessment > Update a Question",
                                u"Scenario Assessment > Update Question",
                                u"Integrity Assessment > Update Question By ID",
                                u"Level One Questionaire > Update Question",
                                u"Create assessment > Update Question in Assessment" }),
                .access = editors(),
                .permission = u"assessments.manage"_s,
                .summary = u"Edit a question; its key is checked again as a whole"_s,
                .tag = tag(),
                .body = forms::assessmentQuestion(false) },
              [assessments](Call &call) {
                  return assessments->updateQuestion(call.principal(), ref(call),
                                                     call.pathId(u"id"_s), call.body());
              });

    api.del(path(u"/questions/{id}"_s),
            { .seed
              = seeds({ u"personality-test > Delete a Question", u"soft-skills > Delete a Question",
                        u"culture-fit-assessment > Delete a Question",
                        u"Scenario Assessment > Delete Question By ID",
                        u"Integrity Assessment > Delete Question By ID",
                        u"Level One Questionaire > Delete Question By Id",
                        u"Create assessment > Delete Question From Assessment" }),
              .access = editors(),
              .permission = u"assessments.manage"_s,
              .summary
              = u"Remove a question from the bank; results that used it keep their scores"_s,
              .tag = tag() },
            [assessments](Call &call) {
                assessments->deleteQuestion(call.principal(), ref(call), call.pathId(u"id"_s));
                return Response::noContent();
            });

    api.post(path(u"/passages"_s),
             { .seed = seeds({ u"Comprehension Assessments > Post Assessment" }),
               .access = editors(),
               .permission = u"assessments.manage"_s,
               .summary
               = u"Add a reading passage with its questions (each with one correct option)"_s,
               .tag = tag(),
               .body = forms::assessmentPassage(),
               .status = 201 },
             [assessments](Call &call) {
                 return assessments->createPassage(call.principal(), ref(call), call.body());
             });

    api.patch(path(u"/passages/{id}"_s),
              { .access = editors(),
                .permission = u"assessments.manage"_s,
                .summary = u"Correct a reading passage's title or text (its questions are edited "
                           u"one by one); 409 once an attempt has drawn it, since its text is what "
                           u"those talents read"_s,
                .tag = tag(),
                .body = forms::assessmentPassageEdit() },
              [assessments](Call &call) {
                  return assessments->updatePassage(call.principal(), ref(call),
                                                    call.pathId(u"id"_s), call.body());
              });

    api.get(path(u"/passages"_s),
            { .seed = seeds({ u"Comprehension Assessments > Get ALL" }),
              .access = editors(),
              .permission = u"assessments.manage"_s,
              .summary = u"The reading passages with their questions and keys"_s,
              .tag = tag(),
              .paged = true },
            [assessments](Call &call) {
                return assessments->passages(call.principal(), ref(call), call.page(), call.limit());
            });

    api.post(path(u"/seed"_s),
             { .seed
               = seeds({ u"personality-test > Seed categories", u"soft-skills > Seed Categories",
                         u"culture-fit-assessment > Seed Categories",
                         u"Seeders > Seed personality Test category",
                         u"Seeders > Seed Soft skills category",
                         u"Seeders > Seed Culture fit category" }),
               .access = admins(),
               .summary = u"Load the instrument's starter bank: what is missing is added, nothing "
                          u"present changes; answers what was added"_s,
               .tag = tag() },
             [assessments](Call &call) { return assessments->seedBanks(ref(call)); });

    installAssessmentTaking(api, assessments);

    // ---- Roles, skills and question types ----

    api.get(u"/api/v1/assessment-roles"_s,
            { .seed = seeds({ u"Roles > Fetch all role" }),
              .access = everyone(),
              .summary = u"The job roles assessments are filed under"_s,
              .tag = tag(),
              .query = { { u"q"_s, Field::string(1, 100) } },
              .paged = true },
            [assessments](Call &call) {
                return assessments->roles(call.query(), call.page(), call.limit());
            });

    api.post(u"/api/v1/assessment-roles"_s,
             { .seed = seeds({ u"Roles > Create" }),
               .access = admins(),
               .summary = u"Add a job role (409 when the name is taken)"_s,
               .tag = tag(),
               .body = { { u"name"_s, Field::string(2, 120).required() },
                         { u"description"_s, Field::string(0, 1000) } },
               .status = 201 },
             [assessments](Call &call) { return assessments->createRole(call.body()); });

    api.post(u"/api/v1/assessment-roles/seed"_s,
             { .seed = seeds({ u"Roles > Seed Roles", u"Seeders > SeedRoles" }),
               .access = admins(),
               .summary = u"Load the starter job roles; those present stay as they are"_s,
               .tag = tag() },
             [assessments](Call &) { return assessments->seedRoles(); });

    api.get(u"/api/v1/assessment-roles/{id}"_s,
            { .seed = seeds({ u"Roles > Fetch role by id" }),
              .access = everyone(),
              .summary = u"One job role"_s,
              .tag = tag() },
            [assessments](Call &call) { return assessments->role(call.pathId(u"id"_s)); });

    const Schema skillBody { { u"name"_s, Field::string(2, 120) },
                             { u"description"_s, Field::string(0, 1000).nullable() },
                             { u"role_id"_s, Field::integer().nullable() } };
    api.post(u"/api/v1/assessment-skills"_s,
             { .seed = seeds({ u"Skills > Create Skills" }),
               .access = admins(),
               .summary = u"Add a skill assessments can measure, optionally under a job role"_s,
               .tag = tag(),
               .body = Schema { { u"name"_s, Field::string(2, 120).required() } }.plus(
                       Schema { { u"description"_s, Field::string(0, 1000).nullable() },
                                { u"role_id"_s, Field::integer().nullable() } }),
               .status = 201 },
             [assessments](Call &call) { return assessments->createSkill(call.body()); });

    api.get(u"/api/v1/assessment-skills"_s,
            { .seed = seeds({ u"Skills > Fetch all skills" }),
              .access = everyone(),
              .summary = u"The skills assessments measure"_s,
              .tag = tag(),
              .query = { { u"q"_s, Field::string(1, 100) }, { u"role_id"_s, Field::integer() } },
              .paged = true },
            [assessments](Call &call) {
                return assessments->skills(call.query(), call.page(), call.limit());
            });

    api.get(u"/api/v1/assessment-skills/{id}"_s,
            { .seed = seeds({ u"Skills > Fetch skill by id" }),
              .access = everyone(),
              .summary = u"One skill"_s,
              .tag = tag() },
            [assessments](Call &call) { return assessments->skill(call.pathId(u"id"_s)); });

    api.patch(u"/api/v1/assessment-skills/{id}"_s,
              { .seed = seeds({ u"Skills > Update Skill" }),
                .access = admins(),
                .summary = u"Rename a skill, describe it or file it under another role"_s,
                .tag = tag(),
                .body = skillBody },
              [assessments](Call &call) {
                  return assessments->updateSkill(call.pathId(u"id"_s), call.body());
              });

    api.del(u"/api/v1/assessment-skills/{id}"_s,
            { .seed = seeds({ u"Skills > Remove skill" }),
              .access = admins(),
              .summary
              = u"Remove a skill from the lists; assessments filed under it keep the link"_s,
              .tag = tag() },
            [assessments](Call &call) {
                assessments->deleteSkill(call.pathId(u"id"_s));
                return Response::noContent();
            });

    api.get(u"/api/v1/assessment-question-types"_s,
            { .seed = seeds({ u"Seeders > Fetch All Question Types" }),
              .access = everyone(),
              .summary = u"The question types the engine scores, with the answer field each takes"_s,
              .tag = tag() },
            [](Call &) { return AssessmentService::questionTypeList(); });

    api.post(u"/api/v1/assessment-question-types/seed"_s,
             { .seed = seeds({ u"Seeders > Seed Question Types" }),
               .access = admins(),
               .summary = u"The question types are part of the engine (common/assessments.h), so "
                          u"there is nothing to load: answers them, with none added"_s,
               .tag = tag() },
             [](Call &) {
                 return QJsonObject { { u"types_added"_s, 0 },
                                      { u"types"_s, AssessmentService::questionTypeList() } };
             });
}

} // namespace wn
