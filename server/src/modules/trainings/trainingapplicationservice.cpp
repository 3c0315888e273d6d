// SPDX-License-Identifier: Apache-2.0
#include "trainingapplicationservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/companies/companyrefs.h"
#include "modules/notifications/notificationservice.h"
#include "modules/trainings/trainingservice.h"
#include "trainingrows.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wn {

using namespace trainingrows;

namespace {

QString applicationColumns()
{
    return u"a.id, a.status, a.motivation, a.decided_reason, a.completed_at, a.created_at, "
           u"a.updated_at, t.id AS training_id, t.slug AS training_slug, "
           u"t.title AS training_title, t.status AS training_status, t.mode AS training_mode, "
           u"t.start_date AS training_start_date, t.end_date AS training_end_date, "
           u"c.id AS company_id, c.name AS company_name, "_s
            + AccountService::summaryColumns(u"u"_s, u"talent_"_s);
}

QString applicationFrom()
{
    return u"training_applications a JOIN trainings t ON t.id = a.training_id "
           u"JOIN companies c ON c.id = t.company_id JOIN users u ON u.id = a.talent_id"_s;
}

QJsonObject readApplication(const Sql &q, const Storage &storage)
{
    QJsonObject application = jsonOf(
            q,
            { .ids = { u"id"_s },
              .texts = { u"status"_s, u"created_at"_s, u"updated_at"_s },
              .optionalTexts = { u"motivation"_s, u"decided_reason"_s, u"completed_at"_s } });
    QJsonObject training = jsonOf(q,
                                  { .ids = { u"id"_s },
                                    .texts = { u"slug"_s, u"title"_s, u"status"_s, u"mode"_s },
                                    .optionalTexts = { u"start_date"_s, u"end_date"_s },
                                    .prefix = u"training_"_s });
    training.insert(u"company"_s, companyRef(q));
    application.insert(u"training"_s, training);
    application.insert(u"talent"_s,
                       AccountService::readSummary(q, storage.url(q.text(u"talent_avatar_key"_s)),
                                                   u"talent_"_s)
                               .toJson());
    return application;
}

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
    : OfferApplications(
            context, trainings.offers(), notifications,
            ApplicationFlow(
                    trainingApplicationWorkflow(), u"training_applications"_s,
                    u"training_application_events"_s, u"training_id"_s,
                    { applicationColumns(), applicationFrom(),
                      [&context](const Sql &q) { return readApplication(q, *context.storage); } }),
            { .admitted = TrainingApplicationStatus::Accepted,
              .placeWord = u"seats"_s,
              .fullRefusesApplying = true,
              .companyMoves = u"Only the training's company accepts, rejects or completes "
                              u"applications"_s,
              .notification = notificationText })
{ }

} // namespace wn
