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

struct Current
{
    qint64 talentId = 0;
    QString status;
    InternshipFacts internship;
};

} // namespace

InternshipApplicationService::InternshipApplicationService(ServerContext &context,
                                                           InternshipService &internships,
                                                           NotificationService &notifications)
    : m_context(context)
    , m_internships(internships)
    , m_notifications(notifications)
    , m_flow(internshipApplicationWorkflow(), u"internship_applications"_s,
             u"internship_application_events"_s, u"internship_id"_s,
             { applicationColumns(), applicationFrom(),
               [&context](const Sql &q) { return readApplication(q, *context.storage); } })
{ }

QJsonObject InternshipApplicationService::apply(const Principal &talent, qint64 internshipId,
                                                const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    // Under the programme's lock, the checks and the insert see the same programme.
    m_internships.lock(db, internshipId);
    const InternshipFacts internship = m_internships.visible(db, &talent, internshipId);
    const QString duplicate = u"You have already applied for this internship"_s;
    m_flow.checkAccepting(db, internshipId, talent.userId, u"internship"_s, internship.status,
                          internship.applicationDeadline, duplicate);
    const qint64 id = m_flow.open(db, internshipId, talent.userId,
                                  input.value(u"motivation"_s).toString(), duplicate);
    tx.commit();
    return m_flow.json(db, id);
}

QJsonObject InternshipApplicationService::changeStatus(const Principal &by, qint64 id,
                                                       const QString &to, const QString &reason)
{
    m_flow.requireReason(to, reason);
    QSqlDatabase db = m_context.db();
    return ApplicationFlow::retrying([&]() -> std::optional<QJsonObject> {
        Transaction tx(db);
        const SqlRow row = Sql(db,
                               u"SELECT talent_id, status, internship_id "
                               u"FROM internship_applications WHERE id = :id"_s)
                                   .bind(u":id"_s, id)
                                   .found(u"Application not found"_s);
        Current current { row.id(u"talent_id"_s), row.text(u"status"_s), {} };
        const std::optional<InternshipFacts> internship
                = m_internships.load(db, row.id(u"internship_id"_s));
        const bool byTalent = by.role == Role::Talent;
        const bool mine = byTalent && current.talentId == by.userId;
        const bool ours
                = !byTalent && internship && by.companyId && internship->companyId == *by.companyId;
        if (!internship || (!mine && !ours))
            throw ApiError::notFound(u"Application not found"_s);
        current.internship = *internship;
        if (current.internship.status == u"archived"_s)
            throw ApiError::unprocessable(
                    u"The internship is archived: its applications no longer change"_s);
        m_flow.check(current.status, to, byTalent,
                     u"Only the internship's company approves, rejects or completes "
                     u"applications"_s);
        if (to == u"approved"_s && current.internship.places) {
            m_internships.lock(db, current.internship.id);
            if (InternshipService::placesTaken(db, current.internship.id)
                >= *current.internship.places)
                throw ApiError::unprocessable(
                        u"The internship is full: all %1 places are taken"_s.arg(
                                *current.internship.places));
        }
        if (!m_flow.move(db, id, current.status, to, by.userId, reason, nowText()))
            return std::nullopt; // moved meanwhile: the transaction rolls back and we look again
        QJsonObject notification;
        if (!byTalent) {
            const auto [title, body] = notificationText(to, current.internship.title, reason);
            notification = m_notifications.create(db, current.talentId, u"internship_application"_s,
                                                  title, body,
                                                  { { u"internship_application_id"_s, id },
                                                    { u"internship_id"_s, current.internship.id },
                                                    { u"from_status"_s, current.status },
                                                    { u"status"_s, to } });
        }
        tx.commit();
        if (!notification.isEmpty())
            m_notifications.publish(current.talentId, notification);
        return m_flow.json(db, id);
    });
}

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
        const auto [title, body] = notificationText(u"rejected"_s, internship.title, reason);
        told.append({ talentId,
                      m_notifications.create(db, talentId, u"internship_application"_s, title, body,
                                             { { u"internship_application_id"_s, id },
                                               { u"internship_id"_s, internshipId },
                                               { u"from_status"_s, u"applied"_s },
                                               { u"status"_s, u"rejected"_s } }) });
    }
    tx.commit();
    for (const auto &[talentId, notification] : std::as_const(told))
        m_notifications.publish(talentId, notification);
}

QJsonObject InternshipApplicationService::byId(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT a.talent_id, i.company_id FROM internship_applications a "
                  u"JOIN internships i ON i.id = a.internship_id WHERE a.id = :id"_s)
                      .bind(u":id"_s, id)
                      .one();
    // Someone else's application, or one to another company, is answered as missing.
    const bool mine = row && by.role == Role::Talent && row->id(u"talent_id"_s) == by.userId;
    const bool ours = row && by.role != Role::Talent && by.companyId
            && row->id(u"company_id"_s) == *by.companyId;
    if (!mine && !ours)
        throw ApiError::notFound(u"Application not found"_s);
    return m_flow.json(db, id);
}

QJsonObject InternshipApplicationService::statusFor(const Principal &talent, qint64 internshipId)
{
    QSqlDatabase db = m_context.db();
    return m_flow.statusFor(db, internshipId, talent.userId,
                            [&]() { m_internships.visible(db, &talent, internshipId); });
}

QJsonObject InternshipApplicationService::applied(const Principal &talent, const QJsonObject &query,
                                                  int pageNumber, int limit)
{
    return m_flow.ofTalent(m_context.db(), talent.userId, query, pageNumber, limit);
}

QJsonObject InternshipApplicationService::applicants(const Principal &by, qint64 internshipId,
                                                     const QJsonObject &query, int pageNumber,
                                                     int limit)
{
    QSqlDatabase db = m_context.db();
    m_internships.own(db, by, internshipId);
    return m_flow.ofOffer(db, internshipId, query, pageNumber, limit);
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
