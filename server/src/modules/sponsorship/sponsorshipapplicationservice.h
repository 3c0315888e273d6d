// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace wn {

class NotificationService;
struct ServerContext;
struct Principal;
class Upload;

/**
 * @brief Applications to sponsorship programmes and their approval: talents apply, the
 * approvers of each level act in turn, and every step is appended to the application's history.
 */
class SponsorshipApplicationService
{
public:
    SponsorshipApplicationService(ServerContext &context, NotificationService &notifications);

    QJsonObject apply(const Principal &by, qint64 sponsorshipId, const QJsonObject &input);
    QJsonObject byId(const Principal &by, qint64 id);
    QJsonObject listForProgramme(const Principal &by, qint64 sponsorshipId,
                                 const QJsonObject &query, int page, int limit);
    QJsonObject listForApplicant(const Principal &by, const QJsonObject &query, int page, int limit);
    /** The overall decisions: withdraw (the applicant), cancel or reopen (the programme's owner). */
    QJsonObject changeStatus(const Principal &by, qint64 id, const QJsonObject &input);
    QJsonObject addDocument(const Principal &by, qint64 id, const QString &label,
                            const Upload &document);

    /** Approves or rejects at the application's current level. */
    QJsonObject act(const Principal &by, qint64 id, const QJsonObject &input);
    QJsonObject workflow(const Principal &by, qint64 id);
    QJsonObject history(const Principal &by, qint64 id, int page, int limit);

    /**
     * Cancels the undecided applications of a programme that is being deleted, in the caller's
     * transaction; answers the notifications to publish once it commits.
     */
    QList<QPair<qint64, QJsonObject>> cancelUndecided(QSqlDatabase db, qint64 sponsorshipId,
                                                      qint64 actorId, const QString &reason);

private:
    ServerContext &m_context;
    NotificationService &m_notifications;
};

} // namespace wn
