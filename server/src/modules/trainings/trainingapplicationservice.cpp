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
                            u"applications"_s })
{ }

} // namespace wn
