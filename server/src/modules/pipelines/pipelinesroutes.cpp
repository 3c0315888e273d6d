// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "modules/assessments/scorefilter.h"
#include "pipelineservice.h"
#include "savedsearchservice.h"

#include <wn/common/forms.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString seed(const QString &leaf)
{
    return u"Recruitment > JobProjectPipelines > "_s + leaf;
}

QString tag()
{
    return u"Pipelines"_s;
}

Field stageName()
{
    return Field::string(1, 60);
}

const Schema &createSchema()
{
    static const Schema schema {
        { u"name"_s, Field::string(2, 120).required().example(u"Backend engineers, 2027"_s) },
        { u"description"_s, Field::string(0, 2000).nullable() },
        { u"project"_s,
          Field::string(2, 120).describe(
                  u"The project it belongs to, by name: made when the company has none of "
                  u"that name"_s) },
        { u"project_id"_s, Field::integer().describe(u"An existing project of the company"_s) },
        { u"job_id"_s,
          Field::integer().describe(u"The company's job a new project is hiring for"_s) },
        { u"stages"_s,
          Field::arrayOf(stageName(), 20)
                  .describe(u"The stages in order; Sourced, Screening, Interview, Offer, Hired "
                            u"when left "
                            u"out"_s) },
    };
    return schema;
}

const Schema &updateSchema()
{
    static const Schema schema {
        { u"name"_s, Field::string(2, 120) },
        { u"description"_s, Field::string(0, 2000).nullable() },
        { u"stages"_s,
          Field::arrayOf(
                  Field::object({ { u"id"_s,
                                    Field::integer().describe(
                                            u"A stage of this pipeline; left out: a new stage"_s) },
                                  { u"name"_s, stageName().required() } }),
                  20)
                  .describe(u"Every stage, in the new order: a stage left out is removed, which "
                            u"it may only be while it holds no candidate"_s) },
    };
    return schema;
}

const Schema &searchSchema()
{
    static const Schema schema = Schema {
        { u"q"_s,
          Field::string(0, 100).describe(
                  u"Words in headlines, skills, experience, education, bios and names"_s) },
        { u"skills"_s,
          Field::pattern(u"[0-9]{1,12}(,[0-9]{1,12}){0,9}"_s,
                         u"skill ids separated by commas (at most 10), every one held"_s, 130) },
        { u"state"_s, Field::string(1, 100) },
        { u"career_level"_s, Field::string(1, 60).describe(u"A career level code"_s) },
        { u"availability"_s, Field::oneOf(forms::availabilities()) },
        { u"verified"_s,
          Field::boolean().describe(u"Only talents whose identity (BVN or NIN) is verified, or "
                                    u"only those whose is not"_s) },
    }.plus(ScoreFilter::parameters());
    return schema;
}

} // namespace

const Schema &candidateSearchQuery()
{
    return searchSchema();
}

void installPipelines(Api &api, std::shared_ptr<PipelineService> pipelines)
{
    RouteGroup companies(api, { .prefix = u"/api/v1"_s, .access = Access::company(), .tag = tag() });
    RouteGroup readers = companies.group({ .permission = u"applications.read"_s });
    RouteGroup deciders = companies.group({ .permission = u"applications.decide"_s });

    deciders.post(
            u"/pipelines"_s,
            { .seed = { seed(u"Create a new job project pipeline"_s) },
              .summary = u"Create a pipeline with its stages in a project of your company "
                         u"(applications.decide)"_s,
              .body = createSchema(),
              .status = 201 },
            [pipelines](Call &call) { return pipelines->create(call.principal(), call.body()); });

    readers.get(
            u"/pipelines"_s,
            { .seed
              = { seed(u"Retrieves all job project pipelines for the authenticated employer."_s) },
              .summary = u"Your company's pipelines with their stages and candidate counts, "
                         u"the latest changed first"_s,
              .query = { { u"project_id"_s, Field::integer() },
                         { u"q"_s, Field::string(0, 100).describe(u"Words of the name"_s) } },
              .paged = true },
            [pipelines](Call &call) {
                return pipelines->list(call.principal(), call.query(), call.page(), call.limit());
            });

    readers.get(u"/pipeline-projects"_s,
                { .seed = { seed(u"Get all employer-created projects"_s) },
                  .summary = u"Your company's projects with their pipeline and candidate counts"_s,
                  .query = { { u"q"_s, Field::string(0, 100).describe(u"Words of the name"_s) } },
                  .paged = true },
                [pipelines](Call &call) {
                    return pipelines->projects(call.principal(), call.query(), call.page(),
                                               call.limit());
                });

    readers.get(u"/pipelines/{id}"_s,
                { .seed = { seed(u"Get a specific job project pipeline"_s) },
                  .summary = u"One of your company's pipelines with its stages in order"_s },
                [pipelines](Call &call) {
                    return pipelines->byId(call.principal(), call.pathId(u"id"_s));
                });

    deciders.patch(u"/pipelines/{id}"_s,
                   { .seed = { seed(u"Update a job project pipeline"_s) },
                     .summary = u"Rename a pipeline, or rename, reorder, add and remove its stages "
                                u"(409 for a stage that still holds candidates)"_s,
                     .body = updateSchema() },
                   [pipelines](Call &call) {
                       return pipelines->update(call.principal(), call.pathId(u"id"_s), call.body());
                   });

    deciders.del(u"/pipelines/{id}"_s,
                 { .seed = { u"Recruitment > cv-builder > Delete a job project pipeline"_s },
                   .summary = u"Delete a pipeline with its candidates, their moves and comments"_s },
                 [pipelines](Call &call) {
                     pipelines->remove(call.principal(), call.pathId(u"id"_s));
                     return Response::message(u"Pipeline deleted"_s);
                 });

    readers.get(u"/pipelines/{id}/candidates"_s,
                { .seed = { seed(u"Get applicants in a specific pipeline"_s) },
                  .summary = u"The pipeline's candidates by stage, the latest moved first in each"_s,
                  .query = { { u"stage_id"_s, Field::integer() } },
                  .paged = true },
                [pipelines](Call &call) {
                    return pipelines->candidates(call.principal(), call.pathId(u"id"_s),
                                                 call.query(), call.page(), call.limit());
                });

    deciders.post(
            u"/pipelines/{id}/candidates"_s,
            { .seed = { seed(u"Add applicants to a pipeline"_s) },
              .summary = u"Add talents found by search or applicants to your jobs, all or none "
                         u"(409 for one already in the pipeline)"_s,
              .body = { { u"talent_ids"_s, Field::arrayOf(Field::integer(), 50) },
                        { u"application_ids"_s, Field::arrayOf(Field::integer(), 50) },
                        { u"stage_id"_s,
                          Field::integer().describe(u"The stage they start in; the first when "
                                                    u"left out"_s) } },
              .status = 201 },
            [pipelines](Call &call) {
                return pipelines->addCandidates(call.principal(), call.pathId(u"id"_s), call.body());
            });

    readers.get(u"/pipelines/{id}/candidates/{candidate}"_s,
                { .summary = u"One candidate with their newest 50 moves (who, when) and comments, "
                             u"oldest first, and how many of each there are (history_total, "
                             u"comments_total)"_s },
                [pipelines](Call &call) {
                    return pipelines->candidate(call.principal(), call.pathId(u"id"_s),
                                                call.pathId(u"candidate"_s));
                });

    readers.get(
            u"/pipelines/{id}/candidates/{candidate}/moves"_s,
            { .summary = u"A candidate's moves, newest first, a page at a time"_s, .paged = true },
            [pipelines](Call &call) {
                return pipelines->candidateMoves(call.principal(), call.pathId(u"id"_s),
                                                 call.pathId(u"candidate"_s), call.page(),
                                                 call.limit());
            });

    readers.get(u"/pipelines/{id}/candidates/{candidate}/comments"_s,
                { .summary = u"A candidate's comments, newest first, a page at a time"_s,
                  .paged = true },
                [pipelines](Call &call) {
                    return pipelines->candidateComments(call.principal(), call.pathId(u"id"_s),
                                                        call.pathId(u"candidate"_s), call.page(),
                                                        call.limit());
                });

    deciders.patch(u"/pipelines/{id}/candidates/{candidate}"_s,
                   { .summary = u"Move a candidate to another stage; the move is kept"_s,
                     .body = { { u"stage_id"_s, Field::integer().required() } } },
                   [pipelines](Call &call) {
                       return pipelines->move(call.principal(), call.pathId(u"id"_s),
                                              call.pathId(u"candidate"_s), call.body());
                   });

    deciders.del(
            u"/pipelines/{id}/candidates/{candidate}"_s,
            { .seed = { seed(u"Remove applicants from a pipeline"_s) },
              .summary = u"Remove a candidate from the pipeline, with their moves and comments"_s },
            [pipelines](Call &call) {
                pipelines->removeCandidate(call.principal(), call.pathId(u"id"_s),
                                           call.pathId(u"candidate"_s));
                return Response::message(u"Candidate removed"_s);
            });

    readers.post(u"/pipelines/{id}/candidates/{candidate}/comments"_s,
                 { .summary = u"Comment on a candidate, for your company's staff to read"_s,
                   .body = { { u"body"_s, Field::string(1, 5000).required() } },
                   .status = 201 },
                 [pipelines](Call &call) {
                     return pipelines->comment(call.principal(), call.pathId(u"id"_s),
                                               call.pathId(u"candidate"_s), call.body());
                 });

    readers.get(
            u"/candidates"_s,
            { .seed = { seed(u"Search candidates"_s) },
              .summary = u"Talents who let employers find them, by words and filters, ranked by "
                         u"relevance (else by the assessment's score, else the latest profile "
                         u"first), with facet counts and the pipelines of yours each is in"_s,
              .query = searchSchema(),
              .paged = true },
            [pipelines](Call &call) {
                return pipelines->search(call.principal(), call.query(), call.page(), call.limit());
            });
}

} // namespace wn
