// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "core/http/api.h"
#include "core/storage/storage.h"
#include "cvdocument.h"
#include "cvservice.h"

#include <wn/common/cvs.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString tag = u"CVs"_s;
const QString seedGroup = u"Recruitment > cv-builder > "_s;

QString seed(const QString &name)
{
    return seedGroup + name;
}

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
    api.post(u"/api/v1/cvs"_s,
             { .seed = { seed(u"Create/Edit a cv"_s) },
               .access = Access::roles(Role::Talent),
               .summary = u"Start a CV from your profile (experience, education, skills, links); "
                          u"edit it on its own afterwards"_s,
               .tag = tag,
               .body = { { u"title"_s, Field::string(1, 100).example(u"Analyst roles"_s) },
                         { u"template"_s, Field::oneOf(cvTemplates()) } },
               .status = 201 },
             [cvs](Call &call) { return cvs->create(call.principal(), call.body()); });

    api.patch(u"/api/v1/cvs/{id}"_s,
              { .seed = { seed(u"Create/Edit a cv"_s) },
                .access = Access::roles(Role::Talent),
                .summary = u"Change your CV: title, template, basics, and its sections (in their "
                           u"order, each hidden or shown)"_s,
                .tag = tag,
                .body = cvSchema() },
              [cvs](Call &call) {
                  return cvs->update(call.principal(), call.pathId(u"id"_s), call.body());
              });

    api.del(u"/api/v1/cvs/{id}"_s,
            { .seed = { seed(u"Delete Created CV"_s) },
              .access = Access::roles(Role::Talent),
              .summary = u"Delete your CV and the PDFs made from it"_s,
              .tag = tag },
            [cvs](Call &call) {
                cvs->remove(call.principal(), call.pathId(u"id"_s));
                return Response::message(u"CV deleted"_s);
            });

    api.get(u"/api/v1/cvs"_s,
            { .seed = { seed(u"Get User cv data"_s) },
              .access = Access::roles(Role::Talent),
              .summary = u"Your CVs, newest first"_s,
              .tag = tag,
              .paged = true },
            [cvs](Call &call) {
                return cvs->ofTalent(call.principal(), call.principal().userId, call.page(),
                                     call.limit());
            });

    api.get(u"/api/v1/cvs/{id}"_s,
            { .seed = { seed(u"Get User cv data"_s) },
              .access = cvReaders(),
              .summary = u"One CV with its sections and what the platform verified"_s,
              .tag = tag },
            [cvs](Call &call) { return cvs->get(call.principal(), call.pathId(u"id"_s)); });

    api.get(u"/api/v1/talents/{id}/cvs"_s,
            { .seed = { seed(u"Fetch all CVs attached to an applicant"_s),
                        seed(u"Fetch all CVs attached to a user ID"_s) },
              .access = cvReaders(),
              .summary = u"A talent's CVs: yours, an applicant's to your company, or any for "
                         u"staff"_s,
              .tag = tag,
              .paged = true },
            [cvs](Call &call) {
                return cvs->ofTalent(call.principal(), call.pathId(u"id"_s), call.page(),
                                     call.limit());
            });

    api.post(u"/api/v1/cvs/upload"_s,
             { .seed = { seed(u"Upload CV file"_s) },
               .access = Access::roles(Role::Talent),
               .summary = u"Keep a CV you have as a file (PDF or Word, at most 10 MiB) as the "
                          u"body; its text is read for search"_s,
               .tag = tag,
               .query = { { u"title"_s, Field::string(1, 100) } },
               .status = 201,
               .rawBody = true,
               .maxBody = Storage::maxBytes(FileKind::Cv),
               .storesFile = true },
             [cvs](Call &call) {
                 return cvs->upload(call.principal(), call.upload(),
                                    call.query().value(u"title"_s).toString());
             });

    api.get(u"/api/v1/cvs/{id}/json-resume"_s,
            { .access = cvReaders(),
              .summary = u"The CV in JSON Resume's fields (its order, hidden sections and "
                         u"template under meta.worknation)"_s,
              .tag = tag },
            [cvs](Call &call) {
                return cvs->exportJsonResume(call.principal(), call.pathId(u"id"_s));
            });

    api.post(u"/api/v1/cvs/json-resume"_s,
             { .access = Access::roles(Role::Talent),
               .summary = u"A new CV from a JSON Resume document"_s,
               .tag = tag,
               .body = CvDocument::jsonResumeSchema(),
               .status = 201 },
             [cvs](Call &call) { return cvs->importJsonResume(call.principal(), call.body()); });

    api.post(u"/api/v1/cvs/{id}/pdf"_s,
             { .seed = { seed(u"Generate PDF for CV."_s) },
               .access = Access::roles(Role::Talent),
               .summary = u"Render your CV to PDF in its template and keep it; answers a signed "
                          u"link to it"_s,
               .tag = tag,
               .status = 201 },
             [cvs](Call &call) { return cvs->generate(call.principal(), call.pathId(u"id"_s)); });

    api.get(u"/api/v1/cvs/{id}/preview"_s,
            { .access = cvReaders(),
              .summary = u"The CV's PDF as it would be made now, to look at: drawn for this "
                         u"answer (application/pdf) and kept nowhere"_s,
              .tag = tag },
            [cvs](Call &call) {
                Response response = Response::bytes(
                        cvs->preview(call.principal(), call.pathId(u"id"_s)), "application/pdf");
                // A look at a draft: a cache must not show it after the next edit.
                response.header("Cache-Control", "no-store");
                return response;
            });

    api.get(u"/api/v1/cvs/generated"_s,
            { .seed = { seed(u"Get generated CVs for Applicant"_s) },
              .access = Access::roles(Role::Talent),
              .summary = u"The PDFs made of your CVs, newest first, each with a signed link"_s,
              .tag = tag,
              .paged = true },
            [cvs](Call &call) {
                return cvs->generated(call.principal(), call.principal().userId, call.page(),
                                      call.limit());
            });

    api.get(u"/api/v1/talents/{id}/cvs/generated"_s,
            { .seed = { seed(u"Get generated CVs for user by user ID"_s) },
              .access = cvReaders(),
              .summary = u"The PDFs made of a talent's CVs (as the talent's CVs are seen)"_s,
              .tag = tag,
              .paged = true },
            [cvs](Call &call) {
                return cvs->generated(call.principal(), call.pathId(u"id"_s), call.page(),
                                      call.limit());
            });

    api.get(u"/api/v1/cvs/generated/{id}/url"_s,
            { .seed = { seed(u"Get generated cv url by ID"_s) },
              .access = cvReaders(),
              .summary = u"A fresh signed link to a generated PDF; it needs no token until it "
                         u"expires"_s,
              .tag = tag },
            [cvs](Call &call) { return cvs->generatedUrl(call.principal(), call.pathId(u"id"_s)); });

    api.del(u"/api/v1/cvs/generated/{id}"_s,
            { .seed = { seed(u"Delete Generated CV"_s) },
              .access = Access::roles(Role::Talent),
              .summary = u"Delete a PDF made of your CV"_s,
              .tag = tag },
            [cvs](Call &call) {
                cvs->removeGenerated(call.principal(), call.pathId(u"id"_s));
                return Response::message(u"Generated CV deleted"_s);
            });
}

} // namespace wn
