// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "codingservice.h"
#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/servercontext.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString tag()
{
    return u"Coding challenges"_s;
}

/** A challenge's fields; creating one needs the first four and its cases. The limits default to
 * Judge0's (2 s CPU, 5 s wall, 128 MB memory, 64 MB stack, 60 processes, 1 MB files) and may go
 * up to the administrator's maxima. */
Schema challengeSchema(bool creating, const CodingMaxima &max)
{
    auto need = [creating](const Field &field) { return creating ? field.required() : field; };
    const Schema testCase {
        { u"input"_s, Field::text(1 << 20).describe(u"Given on stdin"_s) },
        { u"expected_output"_s,
          Field::text(1 << 20).required().describe(
                  u"Compared with stdout, trailing spaces and blank lines aside"_s) },
        { u"is_sample"_s,
          Field::boolean().describe(
                  u"Shown to talents and used by RUN; other cases are hidden and only their "
                  u"verdicts are shown"_s) },
        { u"weight"_s, Field::integer(1, 100).describe(u"Points for passing it (default 1)"_s) },
    };
    return {
        { u"title"_s, need(Field::string(3, 200)).example(u"Sum of two numbers"_s) },
        { u"description"_s, need(Field::string(1, 20000)) },
        { u"difficulty"_s, Field::oneOf(forms::codingDifficulties()) },
        { u"language_ids"_s,
          need(Field::arrayOf(Field::integer(), 20)).describe(u"Languages talents may use"_s) },
        { u"test_cases"_s,
          need(Field::arrayOf(Field::object(testCase), 100))
                  .describe(u"At least one sample case; replaces every case on update"_s) },
        { u"cpu_time_ms"_s, Field::integer(100, max.cpuMs).describe(u"Per case; default 2000"_s) },
        { u"wall_time_ms"_s,
          Field::integer(100, max.wallMs)
                  .describe(u"Per case, not below cpu_time_ms; default 5000"_s) },
        { u"memory_mb"_s, Field::integer(16, max.memoryMb).describe(u"Default 128"_s) },
        { u"stack_mb"_s, Field::integer(1, max.stackMb).describe(u"Default 64"_s) },
        { u"max_processes"_s,
          Field::integer(1, max.processes).describe(u"Processes and threads; default 60"_s) },
        { u"max_file_kb"_s,
          Field::integer(1, max.fileKb).describe(u"Largest file written; default 1024"_s) },
        { u"stop_on_first_failure"_s,
          Field::boolean().describe(u"Stop judging at the first case that fails"_s) },
        { u"closes_at"_s,
          Field::dateTime().nullable().describe(u"No submissions after this time"_s) },
    };
}

const Schema &codeSchema()
{
    static const Schema schema {
        { u"language_id"_s, Field::integer().required() },
        { u"source_code"_s, Field::string(1, 200000).required() },
    };
    return schema;
}

} // namespace

void installCoding(Api &api, ServerContext &context, std::shared_ptr<CodingService> coding)
{
    const CodingMaxima max = CodingService::maxima(context);
    const Access talentOrCompany = Access::roles(Role::Talent, Role::Employer, Role::Employee);

    std::weak_ptr<CodingService> judges = coding;
    context.background.append({ [judges] {
                                   if (auto service = judges.lock())
                                       service->startWorkers();
                               },
                                [judges] {
                                    if (auto service = judges.lock())
                                        service->stopWorkers();
                                } });

    RouteGroup area(api,
                    { .prefix = u"/api/v1"_s,
                      .tag = tag(),
                      .seedPrefix = u"Assessment > Coding Challenges > "_s });
    RouteGroup authors
            = area.group({ .access = Access::company(), .permission = u"assessments.manage"_s });
    RouteGroup signedIn
            = area.group({ .access = Access::roles(Role::Talent, Role::Employer, Role::Employee,
                                                   Role::Admin, Role::SuperAdmin, Role::Support) });

    // ---- Challenges ----

    authors.post(u"/coding-challenges"_s,
                 { .seed = { u"Create"_s },
                   .summary
                   = u"Create a coding challenge with its sample and hidden test cases and "
                     u"its limits"_s,
                   .body = challengeSchema(true, max),
                   .status = 201,
                   .maxBody = 16 << 20 },
                 [coding](Call &call) { return coding->create(call.principal(), call.body()); });

    signedIn.get(
            u"/coding-challenges"_s,
            { .seed = { u"Fetch All"_s },
              .summary = u"Your company's challenges; for a talent, those they are invited to"_s,
              .query = { { u"q"_s, Field::string(0, 100).describe(u"Search in titles"_s) },
                         { u"difficulty"_s, Field::oneOf(forms::codingDifficulties()) } },
              .paged = true },
            [coding](Call &call) {
                return coding->list(call.principal(), call.query(), call.page(), call.limit());
            });

    signedIn.get(
            u"/coding-challenges/{id}"_s,
            { .seed = { u"Fetch One"_s },
              .summary = u"One challenge: every case for its company, the sample cases for an "
                         u"invited talent"_s },
            [coding](Call &call) { return coding->one(call.principal(), call.pathId(u"id"_s)); });

    authors.patch(u"/coding-challenges/{id}"_s,
                  { .seed = { u"Update"_s },
                    .summary = u"Change a challenge; test_cases, when given, replace every case "
                               u"(results keep the cases they were judged on)"_s,
                    .body = challengeSchema(false, max),
                    .maxBody = 16 << 20 },
                  [coding](Call &call) {
                      return coding->update(call.principal(), call.pathId(u"id"_s), call.body());
                  });

    authors.del(u"/coding-challenges/{id}"_s,
                { .seed = { u"Remove"_s },
                  .summary = u"Remove a challenge (its results stay readable to nobody but staff "
                             u"records)"_s },
                [coding](Call &call) {
                    coding->remove(call.principal(), call.pathId(u"id"_s));
                    return Response::message(u"Coding challenge removed"_s);
                });

    // ---- Running code ----

    area.post(u"/coding-challenges/{id}/runs"_s,
              { .seed = { u"RUN Code"_s },
                .access = talentOrCompany,
                .summary = u"Queue code to run against the sample cases; poll the run for each "
                           u"case's verdict and output"_s,
                .body = codeSchema(),
                .status = 202 },
              [coding](Call &call) {
                  return coding->enqueue(call.principal(), call.pathId(u"id"_s), call.body(), false);
              });

    area.post(u"/coding-challenges/{id}/submissions"_s,
              { .seed = { u"Submit Challenge"_s },
                .access = Access::roles(Role::Talent),
                .summary = u"Submit code to be judged on every case and scored; poll the "
                           u"submission for its verdict"_s,
                .body = codeSchema(),
                .status = 202 },
              [coding](Call &call) {
                  return coding->enqueue(call.principal(), call.pathId(u"id"_s), call.body(), true);
              });

    area.get(u"/coding-challenges/{id}/submissions"_s,
             { .access = talentOrCompany,
               .summary = u"The runs and submissions to a challenge, newest first, with their "
                          u"verdicts and scores (not their code or cases): a talent's own; for its "
                          u"company, everyone's"_s,
               .query = { { u"kind"_s, Field::oneOf({ u"run"_s, u"submit"_s }) },
                          { u"user_id"_s,
                            Field::integer().describe(u"For the company: one talent's"_s) } },
               .paged = true },
             [coding](Call &call) {
                 return coding->submissions(call.principal(), call.pathId(u"id"_s), call.query(),
                                            call.page(), call.limit());
             });

    signedIn.get(u"/coding-submissions/{id}"_s,
                 { .seed = { u"Coding challenges test cases results"_s },
                   .summary
                   = u"A run or submission: its verdict (Judge0's statuses), queue position, "
                     u"compile output and each case's result; a hidden case shows its talent "
                     u"only its verdict"_s },
                 [coding](Call &call) {
                     return coding->submission(call.principal(), call.pathId(u"id"_s));
                 });

    // ---- Languages ----

    area.post(u"/coding-languages"_s,
              { .seed = { u"Add programming language"_s },
                .access = Access::roles(Role::Admin, Role::SuperAdmin),
                .summary = u"Add a language: argv lists run in the sandbox's /box ({memory_mb} "
                           u"is the memory limit); its version is read from version_command"_s,
                .body
                = { { u"name"_s, Field::string(1, 100).required().example(u"Ruby"_s) },
                    { u"file_name"_s,
                      Field::pattern(u"[A-Za-z0-9_][A-Za-z0-9_.-]*"_s, u"a plain file name"_s, 100)
                              .required()
                              .example(u"main.rb"_s) },
                    { u"compile_command"_s, Field::arrayOf(Field::string(1, 500), 50) },
                    { u"run_command"_s,
                      Field::arrayOf(Field::string(1, 500), 50)
                              .required()
                              .example(QJsonArray { u"/usr/bin/ruby"_s, u"main.rb"_s }) },
                    { u"version_command"_s, Field::arrayOf(Field::string(1, 500), 20) },
                    { u"read_only_paths"_s,
                      Field::arrayOf(Field::string(1, 500), 20)
                              .describe(u"Host paths under /usr, /etc or /opt the language "
                                        u"needs besides /usr"_s) },
                    { u"extra_address_space_mb"_s,
                      Field::integer(0, 16384).describe(
                              u"Address space beyond the memory limit, for runtimes that "
                              u"reserve much more than they use (the JVM)"_s) },
                    { u"template"_s, Field::text(20000) },
                    { u"active"_s, Field::boolean() } },
                .status = 201 },
              [coding](Call &call) { return coding->addLanguage(call.body()); });

    area.get(u"/coding-languages"_s,
             { .seed = { u"Fetch all programming languages"_s },
               .summary = u"The languages code can be written in, with their versions"_s,
               .query = { { u"include_inactive"_s, Field::boolean() } },
               .paged = true },
             [coding](Call &call) {
                 return coding->languages(call.query(), call.page(), call.limit());
             });

    area.get(u"/coding-languages/by-name/{name}"_s,
             { .seed = { u"Fetch programming language by name"_s },
               .summary = u"One language by its name (any case)"_s },
             [coding](Call &call) { return coding->languageByName(call.path(u"name"_s)); });

    area.get(u"/coding-languages/{id}"_s,
             { .seed = { u"Fetch programming language by id"_s }, .summary = u"One language"_s },
             [coding](Call &call) { return coding->language(call.pathId(u"id"_s)); });

    // ---- Invitations ----

    authors.post(
            u"/coding-challenges/{id}/invitations"_s,
            { .seed = { u"Invite applicants by email"_s },
              .summary = u"Invite people by email: each gets a signed link that expires; signed "
                         u"in with that address, they may run and submit code"_s,
              .body = { { u"emails"_s, Field::arrayOf(Field::email(), 100).required() },
                        { u"expires_in_days"_s, Field::integer(1, 90).describe(u"Default 7"_s) } },
              .status = 201 },
            [coding](Call &call) {
                return coding->invite(call.principal(), call.pathId(u"id"_s), call.body());
            });

    authors.get(u"/coding-challenges/{id}/invitations"_s,
                { .summary
                  = u"The invitations sent for a challenge, newest first, each with where it "
                    u"stands: invited, in_progress (code run), submitted or expired"_s,
                  .paged = true },
                [coding](Call &call) {
                    return coding->invitations(call.principal(), call.pathId(u"id"_s), call.page(),
                                               call.limit());
                });

    area.get(u"/coding-challenges/invitations/{token}"_s,
             { .seed = { u"Get coding challenge details by encrypted value"_s },
               .summary = u"The challenge an invitation link opens (its sample cases only); the "
                          u"link's value is signed and expires"_s },
             [coding](Call &call) { return coding->invitation(call.path(u"token"_s)); });

    // ---- Results ----

    authors.get(u"/coding-challenges/{id}/results"_s,
                { .seed = { u"Get coding challenge results for challenge"_s },
                  .summary = u"Each talent's best and latest submission to the challenge"_s,
                  .paged = true },
                [coding](Call &call) {
                    return coding->challengeResults(call.principal(), call.pathId(u"id"_s),
                                                    call.page(), call.limit());
                });

    signedIn.get(u"/coding-challenges/{id}/results/{userId}"_s,
                 { .seed = { u"Get user's result for a challenge."_s },
                   .summary
                   = u"One talent's result for a challenge: best and latest submission (with "
                     u"the code, for the company), to its company or the talent"_s },
                 [coding](Call &call) {
                     return coding->userResult(call.principal(), call.pathId(u"id"_s),
                                               call.pathId(u"userId"_s));
                 });

    signedIn.get(u"/users/{userId}/coding-results"_s,
                 { .seed = { u"Get coding challenge results for user by id."_s },
                   .summary = u"A user's results, over your company's challenges (a talent: their "
                              u"own)"_s,
                   .paged = true },
                 [coding](Call &call) {
                     return coding->userResults(call.principal(), call.pathId(u"userId"_s),
                                                call.page(), call.limit());
                 });
}

} // namespace wn
