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
    RouteGroup area = assessmentroutes::area(api);
    RouteGroup anyone = area.group({ .access = everyone() });
    RouteGroup editor = area.group({ .access = editors(), .permission = u"assessments.manage"_s });
    RouteGroup admin = area.group({ .access = admins() });

    // ---- Instruments ----

    anyone.get(u"/assessments"_s,
               { .seed = { u"Create assessment > Get All Assessment (Bank)"_s },
                 .summary = u"The assessments you may see: the platform's, and your company's own"_s,
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

    editor.post(u"/assessments"_s,
                { .seed = { u"Create assessment > Create"_s },
                  .summary
                  = u"Create an assessment bank (assessments.manage): a company's own, or "
                    u"the platform's when an admin creates it; categories and questions may "
                    u"come with it"_s,
                  .body = forms::assessmentBank(),
                  .status = 201 },
                [assessments](Call &call) {
                    return assessments->createInstrument(call.principal(), call.body());
                });

    anyone.get(u"/assessments/by-title"_s,
               { .seed = { u"Create assessment > Fetch assessment by title"_s },
                 .summary = u"The assessment with this title (any case)"_s,
                 .query = { { u"title"_s, Field::string(1, 200).required() } } },
               [assessments](Call &call) {
                   return assessments->instrumentByTitle(call.principal(),
                                                         call.query().value(u"title"_s).toString());
               });

    anyone.get(u"/assessments/{instrument}"_s,
               { .seed = { u"Create assessment > Get Assessment by id"_s },
                 .summary = u"One assessment, by id or slug, with its categories"_s },
               [assessments](Call &call) {
                   return assessments->instrument(call.principal(), ref(call));
               });

    anyone.get(u"/assessments/{instrument}/categories"_s,
               { .seed = { u"personality-test > Retrieve All Categories"_s,
                           u"soft-skills > Get All Categories"_s,
                           u"culture-fit-assessment > Retrieve All Categories"_s },
                 .summary
                 = u"The assessment's domains, each with its facets and band descriptions"_s },
               [assessments](Call &call) {
                   return assessments->categories(call.principal(), ref(call), true);
               });

    anyone.get(u"/assessments/{instrument}/headings"_s,
               { .seed = { u"soft-skills > Get Headings"_s },
                 .summary = u"The assessment's top-level categories alone"_s },
               [assessments](Call &call) {
                   return assessments->categories(call.principal(), ref(call), false);
               });

    anyone.get(
            u"/assessments/{instrument}/categories/{id}"_s,
            { .seed = { u"personality-test > Get detailed info for category by ID."_s },
              .summary = u"One category with its facets, bands and number of active questions"_s },
            [assessments](Call &call) {
                return assessments->category(call.principal(), ref(call), call.pathId(u"id"_s));
            });

    // ---- The bank ----

    editor.get(u"/assessments/{instrument}/questions"_s,
               { .seed = { u"personality-test > List All Questions with Pagination"_s,
                           u"soft-skills > Get All Questions with Pagination"_s,
                           u"culture-fit-assessment > List All Questions With Pagination"_s,
                           u"Scenario Assessment > Retrieve All Question"_s,
                           u"Integrity Assessment > Get All Questions"_s,
                           u"Level One Questionaire > Get All Questions"_s },
                 .summary = u"The bank's questions with their keys (editors only)"_s,
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

    editor.get(u"/assessments/{instrument}/questions/{id}"_s,
               { .seed = { u"personality-test > Retrieve Question by ID"_s,
                           u"soft-skills > Get Question by ID"_s,
                           u"culture-fit-assessment > Retrieve Question by ID"_s,
                           u"Scenario Assessment > Retrieve One Question"_s,
                           u"Integrity Assessment > Get Question By ID"_s,
                           u"Level One Questionaire > Get Question By Id"_s },
                 .summary = u"One question with its keys"_s },
               [assessments](Call &call) {
                   return assessments->question(call.principal(), ref(call), call.pathId(u"id"_s));
               });

    editor.post(u"/assessments/{instrument}/questions"_s,
                { .seed = { u"personality-test > Create a New Question"_s,
                            u"soft-skills > Create a Question"_s,
                            u"culture-fit-assessment > Create New Question"_s,
                            u"Scenario Assessment > Post A Question"_s,
                            u"Integrity Assessment > Post A Question"_s,
                            u"Level One Questionaire > Create Question"_s,
                            u"Create assessment > Add Questions To Assessment"_s },
                  .summary
                  = u"Add a question with its key: options with the correct ones, weights, "
                    u"or reverse keying"_s,
                  .body = forms::assessmentQuestion(true),
                  .status = 201 },
                [assessments](Call &call) {
                    return assessments->createQuestion(call.principal(), ref(call), call.body());
                });

    editor.patch(
            u"/assessments/{instrument}/questions/status"_s,
            { .seed = { u"Level One Questionaire > Update Questions Status"_s,
                        u"Create assessment > Set Questions To Inactive"_s },
              .summary
              = u"Take questions out of (or back into) the active pool attempts draw from"_s,
              .body = { { u"question_ids"_s, Field::arrayOf(Field::integer(), 500).required() },
                        { u"active"_s, Field::boolean().required() } } },
            [assessments](Call &call) {
                return assessments->setQuestionsActive(call.principal(), ref(call), call.body());
            });

    editor.patch(u"/assessments/{instrument}/questions/{id}"_s,
                 { .seed = { u"personality-test > Update a Question"_s,
                             u"soft-skills > Update a Question"_s,
                             u"culture-fit-assessment > Update a Question"_s,
                             u"Scenario Assessment > Update Question"_s,
                             u"Integrity Assessment > Update Question By ID"_s,
                             u"Level One Questionaire > Update Question"_s,
                             u"Create assessment > Update Question in Assessment"_s },
                   .summary = u"Edit a question; its key is checked again as a whole"_s,
                   .body = forms::assessmentQuestion(false) },
                 [assessments](Call &call) {
                     return assessments->updateQuestion(call.principal(), ref(call),
                                                        call.pathId(u"id"_s), call.body());
                 });

    editor.del(u"/assessments/{instrument}/questions/{id}"_s,
               { .seed = { u"personality-test > Delete a Question"_s,
                           u"soft-skills > Delete a Question"_s,
                           u"culture-fit-assessment > Delete a Question"_s,
                           u"Scenario Assessment > Delete Question By ID"_s,
                           u"Integrity Assessment > Delete Question By ID"_s,
                           u"Level One Questionaire > Delete Question By Id"_s,
                           u"Create assessment > Delete Question From Assessment"_s },
                 .summary
                 = u"Remove a question from the bank; results that used it keep their scores"_s },
               [assessments](Call &call) {
                   assessments->deleteQuestion(call.principal(), ref(call), call.pathId(u"id"_s));
                   return Response::noContent();
               });

    editor.post(u"/assessments/{instrument}/passages"_s,
                { .seed = { u"Comprehension Assessments > Post Assessment"_s },
                  .summary
                  = u"Add a reading passage with its questions (each with one correct option)"_s,
                  .body = forms::assessmentPassage(),
                  .status = 201 },
                [assessments](Call &call) {
                    return assessments->createPassage(call.principal(), ref(call), call.body());
                });

    editor.patch(u"/assessments/{instrument}/passages/{id}"_s,
                 { .summary
                   = u"Correct a reading passage's title or text (its questions are edited "
                     u"one by one); 409 once an attempt has drawn it, since its text is what "
                     u"those talents read"_s,
                   .body = forms::assessmentPassageEdit() },
                 [assessments](Call &call) {
                     return assessments->updatePassage(call.principal(), ref(call),
                                                       call.pathId(u"id"_s), call.body());
                 });

    editor.get(u"/assessments/{instrument}/passages"_s,
               { .seed = { u"Comprehension Assessments > Get ALL"_s },
                 .summary = u"The reading passages with their questions and keys"_s,
                 .paged = true },
               [assessments](Call &call) {
                   return assessments->passages(call.principal(), ref(call), call.page(),
                                                call.limit());
               });

    admin.post(
            u"/assessments/{instrument}/seed"_s,
            { .seed = { u"personality-test > Seed categories"_s, u"soft-skills > Seed Categories"_s,
                        u"culture-fit-assessment > Seed Categories"_s,
                        u"Seeders > Seed personality Test category"_s,
                        u"Seeders > Seed Soft skills category"_s,
                        u"Seeders > Seed Culture fit category"_s },
              .summary = u"Load the instrument's starter bank: what is missing is added, nothing "
                         u"present changes; answers what was added"_s },
            [assessments](Call &call) { return assessments->seedBanks(ref(call)); });

    installAssessmentTaking(api, assessments);

    // ---- Roles, skills and question types ----

    anyone.get(u"/assessment-roles"_s,
               { .seed = { u"Roles > Fetch all role"_s },
                 .summary = u"The job roles assessments are filed under"_s,
                 .query = { { u"q"_s, Field::string(1, 100) } },
                 .paged = true },
               [assessments](Call &call) {
                   return assessments->roles(call.query(), call.page(), call.limit());
               });

    admin.post(u"/assessment-roles"_s,
               { .seed = { u"Roles > Create"_s },
                 .summary = u"Add a job role (409 when the name is taken)"_s,
                 .body = { { u"name"_s, Field::string(2, 120).required() },
                           { u"description"_s, Field::string(0, 1000) } },
                 .status = 201 },
               [assessments](Call &call) { return assessments->createRole(call.body()); });

    admin.post(u"/assessment-roles/seed"_s,
               { .seed = { u"Roles > Seed Roles"_s, u"Seeders > SeedRoles"_s },
                 .summary = u"Load the starter job roles; those present stay as they are"_s },
               [assessments](Call &) { return assessments->seedRoles(); });

    anyone.get(u"/assessment-roles/{id}"_s,
               { .seed = { u"Roles > Fetch role by id"_s }, .summary = u"One job role"_s },
               [assessments](Call &call) { return assessments->role(call.pathId(u"id"_s)); });

    const Schema skillBody { { u"name"_s, Field::string(2, 120) },
                             { u"description"_s, Field::string(0, 1000).nullable() },
                             { u"role_id"_s, Field::integer().nullable() } };
    admin.post(u"/assessment-skills"_s,
               { .seed = { u"Skills > Create Skills"_s },
                 .summary = u"Add a skill assessments can measure, optionally under a job role"_s,
                 .body = Schema { { u"name"_s, Field::string(2, 120).required() } }.plus(
                         Schema { { u"description"_s, Field::string(0, 1000).nullable() },
                                  { u"role_id"_s, Field::integer().nullable() } }),
                 .status = 201 },
               [assessments](Call &call) { return assessments->createSkill(call.body()); });

    anyone.get(u"/assessment-skills"_s,
               { .seed = { u"Skills > Fetch all skills"_s },
                 .summary = u"The skills assessments measure"_s,
                 .query = { { u"q"_s, Field::string(1, 100) }, { u"role_id"_s, Field::integer() } },
                 .paged = true },
               [assessments](Call &call) {
                   return assessments->skills(call.query(), call.page(), call.limit());
               });

    anyone.get(u"/assessment-skills/{id}"_s,
               { .seed = { u"Skills > Fetch skill by id"_s }, .summary = u"One skill"_s },
               [assessments](Call &call) { return assessments->skill(call.pathId(u"id"_s)); });

    admin.patch(u"/assessment-skills/{id}"_s,
                { .seed = { u"Skills > Update Skill"_s },
                  .summary = u"Rename a skill, describe it or file it under another role"_s,
                  .body = skillBody },
                [assessments](Call &call) {
                    return assessments->updateSkill(call.pathId(u"id"_s), call.body());
                });

    admin.del(u"/assessment-skills/{id}"_s,
              { .seed = { u"Skills > Remove skill"_s },
                .summary
                = u"Remove a skill from the lists; assessments filed under it keep the link"_s },
              [assessments](Call &call) {
                  assessments->deleteSkill(call.pathId(u"id"_s));
                  return Response::noContent();
              });

    anyone.get(u"/assessment-question-types"_s,
               { .seed = { u"Seeders > Fetch All Question Types"_s },
                 .summary
                 = u"The question types the engine scores, with the answer field each takes"_s },
               [](Call &) { return AssessmentService::questionTypeList(); });

    admin.post(u"/assessment-question-types/seed"_s,
               { .seed = { u"Seeders > Seed Question Types"_s },
                 .summary = u"The question types are part of the engine (common/assessments.h), so "
                            u"there is nothing to load: answers them, with none added"_s },
               [](Call &) {
                   return QJsonObject { { u"types_added"_s, 0 },
                                        { u"types"_s, AssessmentService::questionTypeList() } };
               });
}

} // namespace wn
