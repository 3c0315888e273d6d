// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "internshipservice.h"
#include "modules/applications/applicationflow.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

class NotificationService;
struct ServerContext;
struct Principal;

/**
 * @brief Talents applying for internships and companies deciding on them, on the state machine
 * every application shares (ApplicationFlow, internshipApplicationWorkflow()): every move is kept
 * in the application's history with who made it, and the talent is told of the company's
 * decisions. An approved application makes the talent an intern of the programme.
 */
class InternshipApplicationService
{
public:
    InternshipApplicationService(ServerContext &context, InternshipService &internships,
                                 NotificationService &notifications);

    QJsonObject apply(const Principal &talent, qint64 internshipId, const QJsonObject &input);
    /** Moves an application: the company approves, rejects (with a reason) or completes it; the
     *  talent withdraws it. */
    QJsonObject changeStatus(const Principal &by, qint64 id, const QString &to,
                             const QString &reason);
    /** Deletes the company's internship (InternshipService::removeWithin) and, in the same
     *  transaction, rejects the applications still waiting, telling each talent why. */
    void removeInternship(const Principal &by, qint64 internshipId);
    /** One application with its history: the talent's own, or one to the caller's company. */
    QJsonObject byId(const Principal &by, qint64 id);
    /** Whether the talent applied for a programme, and the application's status. */
    QJsonObject statusFor(const Principal &talent, qint64 internshipId);
    /** The talent's applications, newest first. */
    QJsonObject applied(const Principal &talent, const QJsonObject &query, int page, int limit);
    /** The applications to one of the caller's company's programmes, by id or by slug. */
    QJsonObject applicants(const Principal &by, qint64 internshipId, const QJsonObject &query,
                           int page, int limit);
    QJsonObject applicantsBySlug(const Principal &by, const QString &slug, const QJsonObject &query,
                                 int page, int limit);

private:
    ServerContext &m_context;
    InternshipService &m_internships;
    NotificationService &m_notifications;
    ApplicationFlow m_flow;
};

} // namespace wn
