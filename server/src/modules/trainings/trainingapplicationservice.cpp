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
    : m_context(context)
    , m_trainings(trainings)
    , m_notifications(notifications)
    , m_flow(trainingApplicationWorkflow(), u"training_applications"_s,
             u"training_application_events"_s, u"training_id"_s,
             { applicationColumns(), applicationFrom(),
               [&context](const Sql &q) { return readApplication(q, *context.storage); } })
{ }

QJsonObject TrainingApplicationService::apply(const Principal &talent, qint64 trainingId,
                                              const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    // Seats are counted under the training's lock, so two talents cannot take the last one.
    m_trainings.lock(db, trainingId);
    const TrainingFacts training = m_trainings.visible(db, &talent, trainingId);
    const QString duplicate = u"You have already applied for this training"_s;
    m_flow.checkAccepting(db, trainingId, talent.userId, u"training"_s, training.status,
                          training.applicationDeadline, duplicate);
    if (training.capacity && TrainingService::seatsTaken(db, trainingId) >= *training.capacity)
        throw ApiError::unprocessable(
                u"This training is full: all %1 seats are taken"_s.arg(*training.capacity));

    const qint64 id = m_flow.open(db, trainingId, talent.userId,
                                  input.value(u"motivation"_s).toString(), duplicate);
    tx.commit();
    return m_flow.json(db, id);
}

QJsonObject TrainingApplicationService::applied(const Principal &talent, const QJsonObject &query,
                                                int pageNumber, int limit)
{
    return m_flow.ofTalent(m_context.db(), talent.userId, query, pageNumber, limit);
}

TrainingApplicationService::Current TrainingApplicationService::find(QSqlDatabase db,
                                                                     const Principal &by, qint64 id)
{
    const SqlRow row
            = Sql(db,
                  u"SELECT talent_id, status, training_id FROM training_applications WHERE id = :id"_s)
                      .bind(u":id"_s, id)
                      .found(u"Application not found"_s);
    Current current;
    current.id = id;
    current.talentId = row.id(u"talent_id"_s);
    current.status = row.text(u"status"_s);
    const qint64 trainingId = row.id(u"training_id"_s);
    const std::optional<TrainingFacts> training = m_trainings.load(db, trainingId);
    // Someone else's application, or one to another company, is answered as missing.
    const bool mine = by.role == Role::Talent && current.talentId == by.userId;
    const bool ours = by.role != Role::Talent && by.companyId && training
            && training->companyId == *by.companyId;
    if (!training || (!mine && !ours))
        throw ApiError::notFound(u"Application not found"_s);
    current.training = *training;
    return current;
}

QJsonObject TrainingApplicationService::byId(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    find(db, by, id);
    return m_flow.json(db, id);
}

QJsonObject TrainingApplicationService::statusFor(const Principal &talent, qint64 trainingId)
{
    QSqlDatabase db = m_context.db();
    if (!m_trainings.load(db, trainingId))
        throw ApiError::notFound(u"Training not found"_s);
    return m_flow.statusFor(db, trainingId, talent.userId,
                            [&]() { m_trainings.visible(db, &talent, trainingId); });
}

QJsonObject TrainingApplicationService::applicants(const Principal &by, qint64 trainingId,
                                                   const QJsonObject &query, int pageNumber,
                                                   int limit)
{
    QSqlDatabase db = m_context.db();
    m_trainings.own(db, by, trainingId);
    return m_flow.ofOffer(db, trainingId, query, pageNumber, limit);
}

QJsonObject TrainingApplicationService::changeStatus(const Principal &by, qint64 id,
                                                     const QJsonObject &input)
{
    const QString to = input.value(u"status"_s).toString();
    const QString reason = input.value(u"reason"_s).toString();
    m_flow.requireReason(to, reason);
    QSqlDatabase db = m_context.db();

    return ApplicationFlow::retrying([&]() -> std::optional<QJsonObject> {
        Transaction tx(db);
        const Current current = find(db, by, id);
        if (current.training.status == TrainingStatus::Archived)
            throw ApiError::unprocessable(
                    u"The training is archived: its applications no longer change"_s);
        const bool byTalent = by.role == Role::Talent;
        m_flow.check(current.status, to, byTalent,
                     u"Only the training's company accepts, rejects or completes applications"_s);
        if (to == TrainingApplicationStatus::Accepted && current.training.capacity) {
            m_trainings.lock(db, current.training.id);
            if (TrainingService::seatsTaken(db, current.training.id) >= *current.training.capacity)
                throw ApiError::unprocessable(u"The training is full: all %1 seats are taken"_s.arg(
                        *current.training.capacity));
        }
        if (!m_flow.move(db, id, current.status, to, by.userId, reason, nowText()))
            return std::nullopt; // moved meanwhile: the transaction rolls back and we look again
        QJsonObject notification;
        if (!byTalent) {
            const auto [title, body] = notificationText(to, current.training.title, reason);
            notification = m_notifications.create(db, current.talentId, u"training_application"_s,
                                                  title, body,
                                                  { { u"training_application_id"_s, id },
                                                    { u"training_id"_s, current.training.id },
                                                    { u"from_status"_s, current.status },
                                                    { u"status"_s, to } });
        }
        tx.commit();
        if (!notification.isEmpty())
            m_notifications.publish(current.talentId, notification);
        return m_flow.json(db, id);
    });
}

} // namespace wn
