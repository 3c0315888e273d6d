// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/applications/applicationflow.h"
#include "trainingservice.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

class NotificationService;
struct ServerContext;
struct Principal;

/** @brief The states of a training application and who may move it between them. */
namespace TrainingApplicationStatus {
inline const QString Applied = QStringLiteral("applied");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Withdrawn = QStringLiteral("withdrawn");
inline const QString Completed = QStringLiteral("completed");
} // namespace TrainingApplicationStatus

/**
 * @brief Talents applying for trainings and companies deciding on them. Every change of status is
 * appended to the application's history with who made it, and the talent is notified of the
 * company's decisions.
 */
class TrainingApplicationService
{
public:
    TrainingApplicationService(ServerContext &context, TrainingService &trainings,
                               NotificationService &notifications);

    QJsonObject apply(const Principal &talent, qint64 trainingId, const QJsonObject &input);
    /** The talent's applications, newest first. */
    QJsonObject applied(const Principal &talent, const QJsonObject &query, int page, int limit);
    /** One application with its history: the talent's own, or one to the caller's company. */
    QJsonObject byId(const Principal &by, qint64 id);
    /** The talent's application for a training, if any. */
    QJsonObject statusFor(const Principal &talent, qint64 trainingId);
    /** The applicants of one of the caller's company's trainings. */
    QJsonObject applicants(const Principal &by, qint64 trainingId, const QJsonObject &query,
                           int page, int limit);
    QJsonObject changeStatus(const Principal &by, qint64 id, const QJsonObject &input);

private:
    struct Current
    {
        qint64 id = 0;
        qint64 talentId = 0;
        QString status;
        TrainingFacts training;
    };
    /** The application if @p by may see it: its talent, or its training's company (whose
     *  permission the endpoints declare); 404 otherwise. */
    Current find(QSqlDatabase db, const Principal &by, qint64 id);

    ServerContext &m_context;
    TrainingService &m_trainings;
    NotificationService &m_notifications;
    /** applied → accepted → completed; rejected by the company, withdrawn by the talent. */
    ApplicationFlow m_flow;
};

} // namespace wn
