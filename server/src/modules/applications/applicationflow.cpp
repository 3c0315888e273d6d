// SPDX-License-Identifier: Apache-2.0
#include "applicationflow.h"

#include "core/database.h"
#include "core/rowjson.h"
#include "core/sqlpage.h"

#include <wn/common/apierror.h>
#include <wn/common/workflows.h>

using namespace Qt::StringLiterals;

namespace wn {

bool moveStatus(QSqlDatabase db, const QString &table, qint64 id, const QString &from,
                const QString &to, const QString &extra, const QString &now, const QVariant &reason)
{
    Sql update(db,
               u"UPDATE %1 SET status = :to, updated_at = :now"_s.arg(table) + extra
                       + u" WHERE id = :id AND status = :from"_s);
    update.bind(u":to"_s, to).bind(u":now"_s, now).bind(u":id"_s, id).bind(u":from"_s, from);
    if (extra.contains(u":reason"_s))
        update.bind(u":reason"_s, reason);
    update.exec();
    return update.rowsAffected() == 1;
}

ApplicationFlow::ApplicationFlow(const Workflow &workflow, QString table, QString eventsTable,
                                 QString offerColumn, View view)
    : m_workflow(workflow)
    , m_table(std::move(table))
    , m_events(std::move(eventsTable))
    , m_offerColumn(std::move(offerColumn))
    , m_view(std::move(view))
{ }

std::optional<SqlRow> ApplicationFlow::application(QSqlDatabase db, qint64 offerId,
                                                   qint64 talentId) const
{
    // Table and column names come from the constructor, never from a request.
    return Sql(db,
               u"SELECT id, status, updated_at FROM %1 WHERE %2 = :offer "
               u"AND talent_id = :talent"_s.arg(m_table, m_offerColumn))
            .bind(u":offer"_s, offerId)
            .bind(u":talent"_s, talentId)
            .one();
}

bool ApplicationFlow::exists(QSqlDatabase db, qint64 offerId, qint64 talentId) const
{
    const std::optional<SqlRow> found = application(db, offerId, talentId);
    return found && found->text(u"status"_s) != u"withdrawn"_s;
}

void ApplicationFlow::checkAccepting(QSqlDatabase db, qint64 offerId, qint64 talentId,
                                     const QString &kind, const QString &status,
                                     const QString &deadline, const QString &duplicate) const
{
    if (exists(db, offerId, talentId))
        throw ApiError::conflict(duplicate);
    if (status != u"published"_s)
        throw ApiError::unprocessable(
                u"This %1 is not accepting applications (it is %2)"_s.arg(kind, status));
    if (!deadline.isEmpty() && nowText() > deadline)
        throw ApiError::unprocessable(
                u"Applications for this %1 closed at %2"_s.arg(kind, deadline));
}

qint64 ApplicationFlow::open(QSqlDatabase db, qint64 offerId, qint64 talentId,
                             const QString &motivation, const QString &duplicate) const
{
    const QString first = m_workflow.statuses().constFirst();
    const QString now = nowText();
    const std::optional<SqlRow> earlier = application(db, offerId, talentId);
    if (earlier && earlier->text(u"status"_s) == u"withdrawn"_s) {
        // Renewed: the same application, its history going on from the withdrawal.
        const qint64 id = earlier->id(u"id"_s);
        Sql renew(db,
                  u"UPDATE %1 SET status = :status, motivation = COALESCE(:motivation, "
                  u"motivation), decided_reason = NULL, updated_at = :now WHERE id = :id AND "
                  u"status = 'withdrawn'"_s.arg(m_table));
        renew.bind(u":status"_s, first)
                .bind(u":motivation"_s, nullIfEmpty(motivation))
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .execChanging(ApiError::conflict(duplicate));
        record(db, id, u"withdrawn"_s, first, talentId, {}, now);
        return id;
    }
    // A second request of the same talent racing this one inserts nothing and is told so.
    const QVariant id
            = Sql(db,
                  u"INSERT INTO %1 (%2, talent_id, status, motivation, created_at, updated_at) "
                  u"VALUES (:offer, :talent, :status, :motivation, :now, :now) "
                  u"ON CONFLICT (%2, talent_id) DO NOTHING RETURNING id"_s.arg(m_table,
                                                                               m_offerColumn))
                      .bind(u":offer"_s, offerId)
                      .bind(u":talent"_s, talentId)
                      .bind(u":status"_s, first)
                      .bind(u":motivation"_s, nullIfEmpty(motivation))
                      .bind(u":now"_s, now)
                      .scalar();
    if (id.isNull())
        throw ApiError::conflict(duplicate);
    record(db, id.toLongLong(), {}, first, talentId, {}, now);
    return id.toLongLong();
}

QJsonObject ApplicationFlow::statusFor(QSqlDatabase db, qint64 offerId, qint64 talentId,
                                       const std::function<void()> &mayLook) const
{
    const std::optional<SqlRow> found = application(db, offerId, talentId);
    if (found)
        return { { m_offerColumn, offerId },
                 { u"applied"_s, true },
                 { u"application_id"_s, found->id(u"id"_s) },
                 { u"status"_s, found->text(u"status"_s) },
                 { u"updated_at"_s, found->text(u"updated_at"_s) } };
    // Without an application, the talent learns nothing of an offer they cannot see.
    mayLook();
    return { { m_offerColumn, offerId },
             { u"applied"_s, false },
             { u"application_id"_s, QJsonValue::Null },
             { u"status"_s, QJsonValue::Null },
             { u"updated_at"_s, QJsonValue::Null } };
}

QJsonObject ApplicationFlow::ofOffer(QSqlDatabase db, qint64 offerId, const QJsonObject &query,
                                     int page, int limit) const
{
    SqlFilter filter;
    filter.add(u"a.%1 = :offer"_s.arg(m_offerColumn), u":offer"_s, offerId);
    filter.addEqual(query, u"status"_s, u"a.status"_s);
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.addContains({ u"LOWER(u.first_name || ' ' || u.last_name)"_s, u"u.email"_s }, search);
    return selectPage(db, m_view.columns, m_view.from, filter, u"a.created_at DESC, a.id DESC"_s,
                      page, limit, m_view.read,
                      u"%1 a JOIN users u ON u.id = a.talent_id"_s.arg(m_table));
}

QJsonObject ApplicationFlow::ofTalent(QSqlDatabase db, qint64 talentId, const QJsonObject &query,
                                      int page, int limit) const
{
    SqlFilter filter;
    filter.add(u"a.talent_id = :talent"_s, u":talent"_s, talentId);
    filter.addEqual(query, u"status"_s, u"a.status"_s);
    return selectPage(db, m_view.columns, m_view.from, filter, u"a.created_at DESC, a.id DESC"_s,
                      page, limit, m_view.read, m_table + u" a"_s);
}

qint64 ApplicationFlow::placesTaken(QSqlDatabase db, const QString &table,
                                    const QString &offerColumn, const QString &admitted,
                                    qint64 offerId)
{
    return Sql(db,
               u"SELECT COUNT(*) FROM %1 WHERE %2 = :id AND status IN (:admitted, 'completed')"_s
                       .arg(table, offerColumn))
            .bind(u":id"_s, offerId)
            .bind(u":admitted"_s, admitted)
            .scalar()
            .toLongLong();
}

void ApplicationFlow::requireReason(const QString &to, const QString &reason) const
{
    if (to == m_workflow.refusal() && reason.trimmed().isEmpty())
        throw ApiError::badRequest(QStringList { u"reason should not be empty when %1"_s.arg(
                to == u"rejected"_s ? u"rejecting"_s : u"moving to "_s + to) });
}

void ApplicationFlow::check(const QString &from, const QString &to, bool byTalent,
                            const QString &companyMoves) const
{
    if (!m_workflow.canMove(from, to))
        throw ApiError::unprocessable(u"An application cannot go from %1 to %2"_s.arg(from, to));
    const bool talentMove = m_workflow.targets(Viewer::Talent).contains(to);
    if (talentMove && !byTalent)
        throw ApiError::forbidden(u"Only the talent can withdraw their application"_s);
    if (!talentMove && byTalent)
        throw ApiError::forbidden(companyMoves);
}

bool ApplicationFlow::move(QSqlDatabase db, qint64 id, const QString &from, const QString &to,
                           qint64 actor, const QString &reason, const QString &now) const
{
    QString extra;
    if (to == u"rejected"_s || to == u"withdrawn"_s)
        extra = u", decided_reason = :reason"_s;
    else if (to == u"completed"_s)
        extra = u", completed_at = :now"_s;
    if (!moveStatus(db, m_table, id, from, to, extra, now, nullIfEmpty(reason)))
        return false;
    record(db, id, from, to, actor, reason, now);
    return true;
}

void ApplicationFlow::record(QSqlDatabase db, qint64 id, const QString &from, const QString &to,
                             qint64 actor, const QString &reason, const QString &now) const
{
    Sql(db,
        u"INSERT INTO %1 (application_id, from_status, to_status, actor_id, reason, created_at) "
        u"VALUES (:application, :from, :to, :actor, :reason, :now)"_s.arg(m_events))
            .bind(u":application"_s, id)
            .bind(u":from"_s, nullIfEmpty(from))
            .bind(u":to"_s, to)
            .bind(u":actor"_s, actor)
            .bind(u":reason"_s, nullIfEmpty(reason))
            .bind(u":now"_s, now)
            .exec();
}

QJsonArray ApplicationFlow::history(QSqlDatabase db, qint64 id) const
{
    Sql events(db,
               u"SELECT e.id, e.from_status, e.to_status, e.reason, e.created_at, "
               u"u.id AS actor_id, u.first_name, u.last_name, u.role "
               u"FROM %1 e JOIN users u ON u.id = e.actor_id WHERE e.application_id = :id "
               u"ORDER BY e.id"_s.arg(m_events));
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
    return history;
}

QJsonObject ApplicationFlow::json(QSqlDatabase db, qint64 id) const
{
    QJsonObject application = selectOne(db, m_view.columns, m_view.from,
                                        SqlFilter::of(u"a.id = :id"_s, u":id"_s, id), m_view.read,
                                        u"Application not found"_s);
    application.insert(u"events"_s, history(db, id));
    return application;
}

QJsonObject ApplicationFlow::retrying(const std::function<std::optional<QJsonObject>()> &attempt)
{
    // The UPDATE only applies to the status checked, so two changes made at once cannot both
    // pass from the same state: the one that finds the row changed looks again.
    for (int tries = 0; tries < 5; ++tries) {
        if (std::optional<QJsonObject> done = attempt())
            return *done;
    }
    throw ApiError::conflict(u"The application keeps changing; try again"_s);
}

} // namespace wn
