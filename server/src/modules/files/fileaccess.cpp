// SPDX-License-Identifier: Apache-2.0
#include "fileaccess.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/storage/storage.h"

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** A document a programme publishes: seen by whoever sees the programme, which is everyone once
 *  it is out of draft, and its own company and staff before. */
bool publishedWithProgramme(QSqlDatabase db, const Principal *viewer, const QString &key)
{
    Sql programmes(db,
                   u"SELECT s.company_id, s.status FROM sponsorship_documents d "
                   u"JOIN sponsorships s ON s.id = d.sponsorship_id "
                   u"WHERE d.file_key = :key AND s.deleted_at IS NULL"_s);
    programmes.bind(u":key"_s, key).exec();
    while (programmes.next()) {
        if (programmes.text(u"status"_s) != u"draft"_s
            || (viewer && viewer->companyId && *viewer->companyId == programmes.id(u"company_id"_s)))
            return true;
    }
    return false;
}

/** Whether @p talentId applied (beyond a draft) to a job of @p companyId; with @p cvKey, with
 *  that CV. */
bool appliedWith(QSqlDatabase db, qint64 talentId, qint64 companyId, const QString &cvKey)
{
    Sql q(db,
          u"SELECT 1 FROM applications a JOIN jobs j ON j.id = a.job_id "
          u"WHERE a.talent_id = :talent AND j.company_id = :company AND a.status <> 'draft'"_s
                  + (cvKey.isEmpty() ? QString() : u" AND a.cv_key = :key"_s));
    q.bind(u":talent"_s, talentId).bind(u":company"_s, companyId);
    if (!cvKey.isEmpty())
        q.bind(u":key"_s, cvKey);
    return q.exists();
}

/** A CV the owner sent with an application (not a draft) to a job of @p companyId. */
bool sentWithJobApplication(QSqlDatabase db, const StoredFile &file, qint64 companyId)
{
    return appliedWith(db, file.ownerId, companyId, file.key);
}

/** A CV the owner keeps in the CV builder: uploaded, or a PDF generated from one. */
bool keptAsCv(QSqlDatabase db, const StoredFile &file)
{
    return Sql(db,
               u"SELECT 1 FROM cvs WHERE file_key = :key UNION ALL "
               u"SELECT 1 FROM generated_cvs WHERE file_key = :key"_s)
            .bind(u":key"_s, file.key)
            .exists();
}

/** A document the owner sent with an application to a programme of @p companyId. */
bool sentWithSponsorshipApplication(QSqlDatabase db, const StoredFile &file, qint64 companyId)
{
    return Sql(db,
               u"SELECT 1 FROM sponsorship_applications a "
               u"JOIN sponsorships s ON s.id = a.sponsorship_id "
               u"JOIN sponsorship_application_documents d ON d.application_id = a.id "
               u"WHERE a.applicant_id = :owner AND d.file_key = :key AND s.company_id = :company "
               u"AND s.deleted_at IS NULL"_s)
            .bind(u":owner"_s, file.ownerId)
            .bind(u":key"_s, file.key)
            .bind(u":company"_s, companyId)
            .exists();
}

/** A document the owner submitted as evidence for a KPI of an internship that @p viewer reviews:
 *  one of its mentors, or its company's owner or staff (as KpiService shows submissions). */
bool submittedAsEvidence(QSqlDatabase db, const Principal &viewer, const StoredFile &file)
{
    return Sql(db,
               u"SELECT 1 FROM kpi_submissions s JOIN internship_kpis k ON k.id = s.kpi_id "
               u"JOIN internships i ON i.id = k.internship_id "
               u"WHERE s.intern_id = :owner AND s.file_key = :key AND (i.company_id = :company "
               u"OR EXISTS (SELECT 1 FROM internship_mentor_assignments ma "
               u"JOIN internship_mentors m ON m.id = ma.mentor_id "
               u"WHERE ma.internship_id = i.id AND m.user_id = :viewer))"_s)
            .bind(u":owner"_s, file.ownerId)
            .bind(u":key"_s, file.key)
            .bind(u":company"_s, companyReadBy(db, viewer, u"applications.read"_s))
            .bind(u":viewer"_s, viewer.userId)
            .exists();
}

} // namespace

bool maySeeFile(QSqlDatabase db, const Principal *viewer, const StoredFile &file)
{
    if (viewer && (viewer->userId == file.ownerId || viewer->isStaff()))
        return true;
    if (file.kind == FileKind::Document && publishedWithProgramme(db, viewer, file.key))
        return true;
    if (!viewer || !viewer->companyId)
        return false;
    if (file.kind == FileKind::Document && submittedAsEvidence(db, *viewer, file))
        return true;
    const qint64 company = *viewer->companyId;
    // As ApplicationsService::get shows an application to its company's staff.
    if ((sentWithJobApplication(db, file, company)
         || (file.kind == FileKind::Cv && keptAsCv(db, file)
             && appliedToCompany(db, file.ownerId, company)))
        && companyRoleAllows(db, *viewer, u"applications.read"_s))
        return true;
    // As SponsorshipService::reviews lets a sponsor's staff see the applications to it.
    return sentWithSponsorshipApplication(db, file, company)
            && (companyRoleAllows(db, *viewer, u"sponsorships.manage"_s)
                || companyRoleAllows(db, *viewer, u"sponsorships.approve"_s));
}

bool appliedToCompany(QSqlDatabase db, qint64 talentId, qint64 companyId)
{
    return appliedWith(db, talentId, companyId, {});
}

} // namespace wn
