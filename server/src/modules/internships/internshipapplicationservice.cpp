// SPDX-License-Identifier: Apache-2.0
#include "internshipapplicationservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "modules/notifications/notificationservice.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

InternshipApplicationService::InternshipApplicationService(ServerContext &context,
                                                           InternshipService &internships,
                                                           NotificationService &notifications)
    : OfferApplications(
            context, internships.offers(), notifications, internshipApplicationWorkflow(),
            { .admitted = u"approved"_s,
              .placeWord = u"places"_s,
              .fullRefusesApplying = false,
              .companyMoves = u"Only the internship's company approves, rejects or completes "
                              u"applications"_s })
    , m_internships(internships)
{ }

void InternshipApplicationService::removeInternship(const Principal &by, qint64 internshipId)
{
    QSqlDatabase db = m_context.db();
    const QString reason = u"the company withdrew the internship"_s;
    QList<NotificationService::Note> told;
    Transaction tx(db);
    const InternshipFacts internship = m_internships.removeWithin(db, by, internshipId);
    // Those still waiting for an answer get one, instead of waiting on an internship that is gone.
    Sql open(db,
             u"SELECT id, talent_id FROM internship_applications WHERE internship_id = :id AND "
             u"status = 'applied' ORDER BY id"_s);
    open.bind(u":id"_s, internshipId).exec();
    QList<QPair<qint64, qint64>> waiting;
    while (open.next())
        waiting.append({ open.id(u"id"_s), open.id(u"talent_id"_s) });
    const QString now = nowText();
    for (const auto &[id, talentId] : std::as_const(waiting)) {
        if (m_flow.move(db, id, u"applied"_s, u"rejected"_s, by.userId, reason, now))
            told.append(notification(id, talentId, internship, u"applied"_s, u"rejected"_s, reason));
    }
    tx.commit();
    // The talents are told once the deletion holds, all in one batch: the deletion's transaction
    // does not grow with the number waiting, and a push that fails tells the others still.
    m_notifications.notifyAll(told);
}

QJsonObject InternshipApplicationService::applicantsBySlug(const Principal &by, const QString &slug,
                                                           const QJsonObject &query, int pageNumber,
                                                           int limit)
{
    const SqlRow row
            = Sql(m_context.db(),
                  u"SELECT id FROM internships WHERE slug = :slug AND deleted_at IS NULL"_s)
                      .bind(u":slug"_s, slug)
                      .found(u"Internship not found"_s);
    return applicants(by, row.id(u"id"_s), query, pageNumber, limit);
}

} // namespace wn
