// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/applications/offerapplications.h"
#include "trainingservice.h"

#include <QString>

namespace wn {

class NotificationService;
struct ServerContext;

/** @brief The states of a training application and who may move it between them. */
namespace TrainingApplicationStatus {
inline const QString Applied = QStringLiteral("applied");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Withdrawn = QStringLiteral("withdrawn");
inline const QString Completed = QStringLiteral("completed");
} // namespace TrainingApplicationStatus

/**
 * @brief Talents applying for trainings and companies deciding on them (OfferApplications,
 * trainingApplicationWorkflow(): applied → accepted → completed; rejected by the company,
 * withdrawn by the talent). A full training takes no more applications.
 */
class TrainingApplicationService : public OfferApplications
{
public:
    TrainingApplicationService(ServerContext &context, TrainingService &trainings,
                               NotificationService &notifications);
};

} // namespace wn
