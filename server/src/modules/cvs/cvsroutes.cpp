// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/http/routegroup.h"
#include "core/storage/storage.h"
#include "cvdocument.h"
#include "cvservice.h"

#include <wn/common/cvs.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Who may see a talent's CVs: the talent, a company the talent applied to, staff (the service
 *  checks which talent and which company). */
Access cvReaders()
{
    return Access::roles(Role::Talent, Role::Employer, Role::Employee, Role::Admin,
                         Role::SuperAdmin, Role::Support);
}

} // namespace

void installCvs(Api &api, std::shared_ptr<CvService> cvs)
{
    RouteGroup area(api,
                    { .prefix = u"/api/v1"_s,
                      .tag = u"CVs"_s,
                      .seedPrefix = u"Recruitment > cv-builder > "_s });
    RouteGroup talent = area.group({ .access = Access::roles(Role::Talent) });
    RouteGroup readers = area.group({ .access = cvReaders() });

    talent.post(u"/cvs"_s,
                { .seed = { u"Create/Edit a cv"_s },
                  .summary
                  = u"Start a CV from your profile (experience, education, skills, links); "
                    u"edit it on its own afterwards"_s,
                  .body = { { u"title"_s, Field::string(1, 100).example(u"Analyst roles"_s) },
                            { u"template"_s, Field::oneOf(cvTemplates()) } },
                  .status = 201 },
                [cvs](Call &call) { return cvs->create(call.principal(), call.body()); });

    talent.patch(u"/cvs/{id}"_s,
                 { .seed = { u"Create/Edit a cv"_s },
                   .summary
                   = u"Change your CV: title, template, basics, and its sections (in their "
                     u"order, each hidden or shown)"_s,
                   .body = cvSchema() },
                 [cvs](Call &call) {
                     return cvs->update(call.principal(), call.pathId(u"id"_s), call.body());
                 });

    talent.del(u"/cvs/{id}"_s,
               { .seed = { u"Delete Created CV"_s },
                 .summary = u"Delete your CV and the PDFs made from it"_s },
               [cvs](Call &call) {
                   cvs->remove(call.principal(), call.pathId(u"id"_s));
                   return Response::message(u"CV deleted"_s);
               });

    talent.get(u"/cvs"_s,
               { .seed = { u"Get User cv data"_s },
                 .summary = u"Your CVs, newest first"_s,
                 .paged = true },
               [cvs](Call &call) {
                   return cvs->ofTalent(call.principal(), call.principal().userId, call.page(),
                                        call.limit());
               });

    readers.get(u"/cvs/{id}"_s,
                { .seed = { u"Get User cv data"_s },
                  .summary = u"One CV with its sections and what the platform verified"_s },
                [cvs](Call &call) { return cvs->get(call.principal(), call.pathId(u"id"_s)); });

    readers.get(u"/talents/{id}/cvs"_s,
                { .seed = { u"Fetch all CVs attached to an applicant"_s,
                            u"Fetch all CVs attached to a user ID"_s },
                  .summary = u"A talent's CVs: yours, an applicant's to your company, or any for "
                             u"staff"_s,
                  .paged = true },
                [cvs](Call &call) {
                    return cvs->ofTalent(call.principal(), call.pathId(u"id"_s), call.page(),
                                         call.limit());
                });

    talent.post(u"/cvs/upload"_s,
                { .seed = { u"Upload CV file"_s },
                  .summary = u"Keep a CV you have as a file (PDF or Word, at most 10 MiB) as the "
                             u"body; its text is read for search"_s,
                  .query = { { u"title"_s, Field::string(1, 100) } },
                  .status = 201,
                  .rawBody = true,
                  .maxBody = Storage::maxBytes(FileKind::Cv),
                  .storesFile = true },
                [cvs](Call &call) {
                    return cvs->upload(call.principal(), call.upload(),
                                       call.query().value(u"title"_s).toString());
                });

    readers.get(u"/cvs/{id}/json-resume"_s,
                { .summary = u"The CV in JSON Resume's fields (its order, hidden sections and "
                             u"template under meta.worknation)"_s },
                [cvs](Call &call) {
                    return cvs->exportJsonResume(call.principal(), call.pathId(u"id"_s));
                });

    talent.post(u"/cvs/json-resume"_s,
                { .summary = u"A new CV from a JSON Resume document"_s,
                  .body = CvDocument::jsonResumeSchema(),
                  .status = 201 },
                [cvs](Call &call) { return cvs->importJsonResume(call.principal(), call.body()); });

    talent.post(u"/cvs/{id}/pdf"_s,
                { .seed = { u"Generate PDF for CV."_s },
                  .summary = u"Render your CV to PDF in its template and keep it; answers a signed "
                             u"link to it"_s,
                  .status = 201 },
                [cvs](Call &call) { return cvs->generate(call.principal(), call.pathId(u"id"_s)); });

    readers.get(u"/cvs/{id}/preview"_s,
                { .summary = u"The CV's PDF as it would be made now, to look at: drawn for this "
                             u"answer (application/pdf) and kept nowhere"_s },
                [cvs](Call &call) {
                    Response response
                            = Response::bytes(cvs->preview(call.principal(), call.pathId(u"id"_s)),
                                              "application/pdf");
                    // A look at a draft: a cache must not show it after the next edit.
                    response.header("Cache-Control", "no-store");
                    return response;
                });

    talent.get(u"/cvs/generated"_s,
               { .seed = { u"Get generated CVs for Applicant"_s },
                 .summary = u"The PDFs made of your CVs, newest first, each with a signed link"_s,
                 .paged = true },
               [cvs](Call &call) {
                   return cvs->generated(call.principal(), call.principal().userId, call.page(),
                                         call.limit());
               });

    readers.get(u"/talents/{id}/cvs/generated"_s,
                { .seed = { u"Get generated CVs for user by user ID"_s },
                  .summary = u"The PDFs made of a talent's CVs (as the talent's CVs are seen)"_s,
                  .paged = true },
                [cvs](Call &call) {
                    return cvs->generated(call.principal(), call.pathId(u"id"_s), call.page(),
                                          call.limit());
                });

    readers.get(u"/cvs/generated/{id}/url"_s,
                { .seed = { u"Get generated cv url by ID"_s },
                  .summary = u"A fresh signed link to a generated PDF; it needs no token until it "
                             u"expires"_s },
                [cvs](Call &call) {
                    return cvs->generatedUrl(call.principal(), call.pathId(u"id"_s));
                });

    talent.del(
            u"/cvs/generated/{id}"_s,
            { .seed = { u"Delete Generated CV"_s }, .summary = u"Delete a PDF made of your CV"_s },
            [cvs](Call &call) {
                cvs->removeGenerated(call.principal(), call.pathId(u"id"_s));
                return Response::message(u"Generated CV deleted"_s);
            });
}

} // namespace wn
