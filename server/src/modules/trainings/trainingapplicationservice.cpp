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

bool TrainingApplicationStatus::canMove(const QString &from, const QString &to)
{
    return trainingApplicationWorkflow().canMove(from, to);
}

bool TrainingApplicationStatus::isTalentMove(const QString &to)
{
    return trainingApplicationWorkflow().targets(Viewer::Talent).contains(to);
}

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
{ }

QJsonObject TrainingApplicationService::applicationJson(QSqlDatabase db, qint64 id)
{
    QJsonObject application;
    {
        Sql q(db,
              u"SELECT "_s + applicationColumns() + u" FROM "_s + applicationFrom()
                      + u" WHERE a.id = :id"_s);
        q.bind(u":id"_s, id).exec();
        if (!q.next())
            throw ApiError::notFound(u"Application not found"_s);
        application = readApplication(q, *m_context.storage);
    }

    Sql events(db,
               u"SELECT e.id, e.from_status, e.to_status, e.reason, e.created_at, "
               u"u.id AS actor_id, u.first_name, u.last_name, u.role "
               u"FROM training_application_events e "
               u"JOIN users u ON u.id = e.actor_id WHERE e.application_id = :id ORDER BY e.id"_s);
    events.bind(u":id"_s, id).exec();
    QJsonArray history;
    while (events.next()) {
        QJsonObject event = jsonOf(events,
                                   { .ids = { u"id"_s },
                                     .texts = { u"to_status"_s, u"created_at"_s },
                                     .optionalTexts = { u"from_status"_s, u"reason"_s } });
        QJsonObject actor
                = jsonOf(events, { .texts = { u"first_name"_s, u"last_name"_s, u"role"_s } });
        actor.insert(u"id"_s, events.id(u"actor_id"_s));
        event.insert(u"actor"_s, actor);
        history.append(event);
    }
    application.insert(u"events"_s, history);
    return application;
}

QJsonObject TrainingApplicationService::apply(const Principal &talent, qint64 trainingId,
                                              const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    // Seats are counted under the training's lock, so two talents cannot take the last one.
    m_trainings.lock(db, trainingId);
    const TrainingFacts training = m_trainings.visible(db, &talent, trainingId);
    const std::optional<SqlRow> earlier
            = Sql(db,
                  u"SELECT id, status FROM training_applications WHERE training_id = :training "
                  u"AND talent_id = :talent"_s)
                      .bind(u":training"_s, trainingId)
                      .bind(u":talent"_s, talent.userId)
                      .one();
    // One application per talent and training; one the talent withdrew may be sent again.
    if (earlier && earlier->text(u"status"_s) != u"withdrawn"_s)
        throw ApiError::conflict(u"You have already applied for this training"_s);
    if (training.status != TrainingStatus::Published)
        throw ApiError::unprocessable(
                u"This training is not accepting applications (it is %1)"_s.arg(training.status));
    const QString now = nowText();
    if (!training.applicationDeadline.isEmpty() && now > training.applicationDeadline)
        throw ApiError::unprocessable(
                u"Applications for this training closed at %1"_s.arg(training.applicationDeadline));
    if (training.capacity && TrainingService::seatsTaken(db, trainingId) >= *training.capacity)
        throw ApiError::unprocessable(
                u"This training is full: all %1 seats are taken"_s.arg(*training.capacity));

    const QVariant motivation = nullIfEmpty(input.value(u"motivation"_s).toString());
    qint64 id = 0;
    if (earlier) {
        // Renewed: the same application, its history going on from the withdrawal.
        id = earlier->id(u"id"_s);
        Sql renew(db,
                  u"UPDATE training_applications SET status = 'applied', motivation = "
                  u"COALESCE(:motivation, motivation), updated_at = :now WHERE id = :id AND "
                  u"status = 'withdrawn'"_s);
        renew.bind(u":motivation"_s, motivation).bind(u":now"_s, now).bind(u":id"_s, id).exec();
        if (renew.rowsAffected() != 1)
            throw ApiError::conflict(u"You have already applied for this training"_s);
    } else {
        // A second request of the same talent racing this one inserts nothing and is told so.
        const QVariant inserted
                = Sql(db,
                      u"INSERT INTO training_applications (training_id, talent_id, status, "
                      u"motivation, created_at, updated_at) VALUES (:training, :talent, "
                      u"'applied', :motivation, :now, :now) ON CONFLICT (training_id, talent_id) "
                      u"DO NOTHING RETURNING id"_s)
                          .bind(u":training"_s, trainingId)
                          .bind(u":talent"_s, talent.userId)
                          .bind(u":motivation"_s, motivation)
                          .bind(u":now"_s, now)
                          .scalar();
        if (inserted.isNull())
            throw ApiError::conflict(u"You have already applied for this training"_s);
        id = inserted.toLongLong();
    }
    Sql(db,
        u"INSERT INTO training_application_events (application_id, from_status, to_status, "
        u"actor_id, created_at) VALUES (:application, :from, 'applied', :actor, :now)"_s)
            .bind(u":application"_s, id)
            .bind(u":from"_s,
                  earlier ? QVariant(u"withdrawn"_s) : QVariant(QMetaType::fromType<QString>()))
            .bind(u":actor"_s, talent.userId)
            .bind(u":now"_s, now)
            .exec();
    tx.commit();
    return applicationJson(db, id);
}

QJsonObject TrainingApplicationService::applied(const Principal &talent, const QJsonObject &query,
                                                int pageNumber, int limit)
{
    Filter filter;
    filter.add(u"a.talent_id = :talent"_s, u":talent"_s, talent.userId);
    if (query.contains(u"status"_s))
        filter.add(u"a.status = :status"_s, u":status"_s, query.value(u"status"_s).toString());
    const Storage &storage = *m_context.storage;
    return page(m_context.db(), applicationColumns(), applicationFrom(),
                u"training_applications a"_s, filter, u"a.created_at DESC, a.id DESC"_s, pageNumber,
                limit, [&storage](Sql &q) { return readApplication(q, storage); });
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
    return applicationJson(db, id);
}

QJsonObject TrainingApplicationService::statusFor(const Principal &talent, qint64 trainingId)
{
    QSqlDatabase db = m_context.db();
    if (!m_trainings.load(db, trainingId))
        throw ApiError::notFound(u"Training not found"_s);
    const std::optional<SqlRow> application
            = Sql(db,
                  u"SELECT id, status, updated_at FROM training_applications "
                  u"WHERE training_id = :training AND talent_id = :talent"_s)
                      .bind(u":training"_s, trainingId)
                      .bind(u":talent"_s, talent.userId)
                      .one();
    if (application)
        return { { u"training_id"_s, trainingId },
                 { u"applied"_s, true },
                 { u"application_id"_s, application->id(u"id"_s) },
                 { u"status"_s, application->text(u"status"_s) },
                 { u"updated_at"_s, application->text(u"updated_at"_s) } };
    // Without an application, the talent learns nothing of a training they cannot see.
    m_trainings.visible(db, &talent, trainingId);
    return { { u"training_id"_s, trainingId },
             { u"applied"_s, false },
             { u"application_id"_s, QJsonValue::Null },
             { u"status"_s, QJsonValue::Null },
             { u"updated_at"_s, QJsonValue::Null } };
}

QJsonObject TrainingApplicationService::applicants(const Principal &by, qint64 trainingId,
                                                   const QJsonObject &query, int pageNumber,
                                                   int limit)
{
    QSqlDatabase db = m_context.db();
    m_trainings.own(db, by, trainingId);
    Filter filter;
    filter.add(u"a.training_id = :training"_s, u":training"_s, trainingId);
    if (query.contains(u"status"_s))
        filter.add(u"a.status = :status"_s, u":status"_s, query.value(u"status"_s).toString());
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.add(u"(LOWER(u.first_name || ' ' || u.last_name) LIKE :q ESCAPE '\\' "
                   u"OR u.email LIKE :q ESCAPE '\\')"_s,
                   u":q"_s, likePattern(search.toLower()));
    const Storage &storage = *m_context.storage;
    return page(db, applicationColumns(), applicationFrom(),
                u"training_applications a JOIN users u ON u.id = a.talent_id"_s, filter,
                u"a.created_at DESC, a.id DESC"_s, pageNumber, limit,
                [&storage](Sql &q) { return readApplication(q, storage); });
}

QJsonObject TrainingApplicationService::changeStatus(const Principal &by, qint64 id,
                                                     const QJsonObject &input)
{
    const QString to = input.value(u"status"_s).toString();
    const QString reason = input.value(u"reason"_s).toString();
    if (to == TrainingApplicationStatus::Rejected && reason.isEmpty())
        throw ApiError::badRequest(QStringList { u"reason should not be empty when rejecting"_s });
    QSqlDatabase db = m_context.db();

    // The UPDATE only applies to the status we checked, so two changes made at once cannot both
    // pass from the same state: the one that finds the row changed looks again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        Transaction tx(db);
        const Current current = find(db, by, id);
        if (current.training.status == TrainingStatus::Archived)
            throw ApiError::unprocessable(
                    u"The training is archived: its applications no longer change"_s);
        if (!TrainingApplicationStatus::canMove(current.status, to))
            throw ApiError::unprocessable(
                    u"An application cannot go from %1 to %2"_s.arg(current.status, to));
        const bool talentMove = TrainingApplicationStatus::isTalentMove(to);
        if (talentMove && by.role != Role::Talent)
            throw ApiError::forbidden(u"Only the talent can withdraw their application"_s);
        if (!talentMove && by.role == Role::Talent)
            throw ApiError::forbidden(
                    u"Only the training's company accepts, rejects or completes applications"_s);
        if (to == TrainingApplicationStatus::Accepted && current.training.capacity) {
            m_trainings.lock(db, current.training.id);
            if (TrainingService::seatsTaken(db, current.training.id) >= *current.training.capacity)
                throw ApiError::unprocessable(u"The training is full: all %1 seats are taken"_s.arg(
                        *current.training.capacity));
        }

        const QString now = nowText();
        QString extra;
        if (to == TrainingApplicationStatus::Rejected || to == TrainingApplicationStatus::Withdrawn)
            extra = u", decided_reason = :reason"_s;
        else if (to == TrainingApplicationStatus::Completed)
            extra = u", completed_at = :now"_s;
        if (!moveStatus(db, u"training_applications"_s, id, current.status, to, extra, now,
                        nullIfEmpty(reason)))
            continue; // moved meanwhile: the transaction rolls back and we look again

        Sql(db,
            u"INSERT INTO training_application_events (application_id, from_status, to_status, "
            u"actor_id, reason, created_at) VALUES (:application, :from, :to, :actor, :reason, "
            u":now)"_s)
                .bind(u":application"_s, id)
                .bind(u":from"_s, current.status)
                .bind(u":to"_s, to)
                .bind(u":actor"_s, by.userId)
                .bind(u":reason"_s, nullIfEmpty(reason))
                .bind(u":now"_s, now)
                .exec();
        QJsonObject notification;
        if (!talentMove) {
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
        return applicationJson(db, id);
    }
    throw ApiError::conflict(u"The application keeps changing; try again"_s);
}

} // namespace wn
