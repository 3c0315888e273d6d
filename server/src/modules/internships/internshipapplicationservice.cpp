// SPDX-License-Identifier: Apache-2.0
#include "internshipapplicationservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/companies/companyrefs.h"
#include "modules/notifications/notificationservice.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString applicationColumns()
{
    return u"a.id, a.status, a.motivation, a.decided_reason, a.completed_at, a.created_at, "
           u"a.updated_at, i.id AS internship_id, i.slug AS internship_slug, "
           u"i.title AS internship_title, i.status AS internship_status, "
           u"c.id AS company_id, c.name AS company_name, "_s
            + AccountService::summaryColumns(u"u"_s, u"talent_"_s);
}

QString applicationFrom()
{
    return u"internship_applications a JOIN internships i ON i.id = a.internship_id "
           u"JOIN companies c ON c.id = i.company_id JOIN users u ON u.id = a.talent_id"_s;
}

QJsonObject readApplication(const Sql &q, const Storage &storage)
{
    QJsonObject application = jsonOf(
            q,
            { .ids = { u"id"_s },
              .texts = { u"status"_s, u"created_at"_s, u"updated_at"_s },
              .optionalTexts = { u"motivation"_s, u"decided_reason"_s, u"completed_at"_s } });
    QJsonObject internship = jsonOf(q,
                                    { .ids = { u"id"_s },
                                      .texts = { u"slug"_s, u"title"_s, u"status"_s },
                                      .prefix = u"internship_"_s });
    internship.insert(u"company"_s, companyRef(q));
    application.insert(u"internship"_s, internship);
    application.insert(u"talent"_s,
                       AccountService::readSummary(q, storage.url(q.text(u"talent_avatar_key"_s)),
                                                   u"talent_"_s)
                               .toJson());
    return application;
}

/** What the talent reads when the company moves their application. */
QPair<QString, QString> notificationText(const QString &status, const QString &internship,
                                         const QString &reason)
{
    if (status == u"approved"_s)
        return { u"Internship application approved"_s,
                 u"Welcome aboard: your application for \"%1\" was approved."_s.arg(internship) };
    if (status == u"completed"_s)
        return { u"Internship completed"_s,
                 u"You have completed the internship \"%1\". Well done!"_s.arg(internship) };
    return { u"Internship application not successful"_s,
             u"Your application for \"%1\" was not successful: %2"_s.arg(internship, reason) };
}

} // namespace

InternshipApplicationService::InternshipApplicationService(ServerContext &context,
                                                           InternshipService &internships,
                                                           NotificationService &notifications)
    : OfferApplications(
            context, internships.offers(), notifications,
            ApplicationFlow(
                    internshipApplicationWorkflow(), u"internship_applications"_s,
                    u"internship_application_events"_s, u"internship_id"_s,
                    { applicationColumns(), applicationFrom(),
                      [&context](const Sql &q) { return readApplication(q, *context.storage); } }),
            { .admitted = u"approved"_s,
              .placeWord = u"places"_s,
              .fullRefusesApplying = false,
              .companyMoves = u"Only the internship's company approves, rejects or completes "
                              u"applications"_s,
              .notification = notificationText })
    , m_internships(internships)
{ }

void InternshipApplicationService::removeInternship(const Principal &by, qint64 internshipId)
{
    QSqlDatabase db = m_context.db();
    const QString reason = u"the company withdrew the internship"_s;
    QList<QPair<qint64, QJsonObject>> told; // talent, notification
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
        if (!m_flow.move(db, id, u"applied"_s, u"rejected"_s, by.userId, reason, now))
            continue;
        told.append({ talentId,
                      notify(db, id, talentId, internship, u"applied"_s, u"rejected"_s, reason) });
    }
    tx.commit();
    for (const auto &[talentId, notification] : std::as_const(told))
        m_notifications.publish(talentId, notification);
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
