// SPDX-License-Identifier: Apache-2.0
#include "trainingapplicationservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/servercontext.h"
#include "modules/notifications/notificationservice.h"
#include "modules/trainings/trainingservice.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** What the talent reads when the company moves their application. */
QPair<QString, QString> notificationText(const QString &status, const QString &training,
                                         const QString &reason)
{
    if (status == TrainingApplicationStatus::Accepted)
        return { u"Training application accepted"_s,
                 u"Your application for \"%1\" was accepted."_s.arg(training) };
    if (status == TrainingApplicationStatus::Completed)
        return { u"Training completed"_s,
                 u"You have completed \"%1\". Congratulations!"_s.arg(training) };
    return { u"Training application not successful"_s,
             u"Your application for \"%1\" was not successful: %2"_s.arg(training, reason) };
}

} // namespace

TrainingApplicationService::TrainingApplicationService(ServerContext &context,
                                                       TrainingService &trainings,
                                                       NotificationService &notifications)
    : OfferApplications(context, trainings.offers(), notifications, trainingApplicationWorkflow(),
                        { .offerTexts = { u"mode"_s },
                          .offerOptionalTexts = { u"start_date"_s, u"end_date"_s },
                          .admitted = TrainingApplicationStatus::Accepted,
                          .placeWord = u"seats"_s,
                          .fullRefusesApplying = true,
                          .companyMoves
                          = u"Only the training's company accepts, rejects or completes "
                            u"applications"_s,
                          .notification = notificationText })
{ }

} // namespace wn
