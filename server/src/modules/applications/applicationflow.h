// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sqlpage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace wn {

class Sql;
class SqlRow;
class Workflow;

/** Moves row @p id of @p table from status @p from to @p to, with the @p extra assignments (which
 *  may use :now and :reason), unless it left @p from meanwhile. Whether it moved. */
bool moveStatus(QSqlDatabase db, const QString &table, qint64 id, const QString &from,
                const QString &to, const QString &extra, const QString &now,
                const QVariant &reason = {});

/**
 * @brief The state machine every kind of application to a company's offer shares (trainings,
 * internships): a row per talent and offer in @p table, its status guarded by a Workflow of
 * common/workflows.h, and every move appended to @p eventsTable with who made it, when and why.
 *
 * The tables have the same shape: (`<offer>_id`, talent_id, status, motivation, decided_reason,
 * completed_at, created_at, updated_at) and (application_id, from_status, to_status, actor_id,
 * reason, created_at).
 */
class ApplicationFlow
{
public:
    /** How an application reads: the columns of its row (the application aliased a, its talent
     *  u) from what they come from, and the JSON @p read makes of them. */
    struct View
    {
        QString columns;
        QString from;
        std::function<QJsonObject(const Sql &)> read;
    };

    ApplicationFlow(const Workflow &workflow, QString table, QString eventsTable,
                    QString offerColumn, View view);

    const Workflow &workflow() const { return m_workflow; }
    const QString &table() const { return m_table; }
    const QString &offerColumn() const { return m_offerColumn; }

    /** Opens the talent's application in the workflow's first status and records it; 409 with
     *  @p duplicate when the talent already has one (also when another request races this). An
     *  application the talent withdrew is renewed instead: the same row returns to the first
     *  status (keeping its motivation unless a new one is given), its history going on. */
    qint64 open(QSqlDatabase db, qint64 offerId, qint64 talentId, const QString &motivation,
                const QString &duplicate) const;
    /** Whether @p talentId has an application to @p offerId they did not withdraw. */
    bool exists(QSqlDatabase db, qint64 offerId, qint64 talentId) const;
    /** Refuses a second application (409 with @p duplicate), and one to an offer (a @p kind:
     *  "training", "internship") that is not published (422) or whose @p deadline has passed. */
    void checkAccepting(QSqlDatabase db, qint64 offerId, qint64 talentId, const QString &kind,
                        const QString &status, const QString &deadline,
                        const QString &duplicate) const;

    /** Whether the talent applied to the offer: {<offer>_id, applied, application_id, status,
     *  updated_at}. Without an application, @p mayLook is asked first whether the talent may
     *  learn of the offer at all (it throws when not). */
    QJsonObject statusFor(QSqlDatabase db, qint64 offerId, qint64 talentId,
                          const std::function<void()> &mayLook) const;
    /** A page of an offer's applications, newest first, by status and by q in the talents'
     *  names and emails. */
    QJsonObject ofOffer(QSqlDatabase db, qint64 offerId, const QJsonObject &query, int page,
                        int limit) const;
    /** A page of a talent's applications, newest first, by status. */
    QJsonObject ofTalent(QSqlDatabase db, qint64 talentId, const QJsonObject &query, int page,
                         int limit) const;

    /** Refuses (400) the workflow's refusal ("rejected") without a reason: the talent reads it. */
    void requireReason(const QString &to, const QString &reason) const;
    /** Refuses a move the workflow lacks (422) or that belongs to the other side (403): the
     *  talent's moves are the talent's, every other is the company's (@p companyMoves says so). */
    void check(const QString &from, const QString &to, bool byTalent,
               const QString &companyMoves) const;
    /** Moves the application unless it left @p from meanwhile, recording the move: a refusal or a
     *  withdrawal keeps its reason, a completion its time. Whether it moved. */
    bool move(QSqlDatabase db, qint64 id, const QString &from, const QString &to, qint64 actor,
              const QString &reason, const QString &now) const;
    /** The application's history, oldest first, each entry with its actor. */
    QJsonArray history(QSqlDatabase db, qint64 id) const;
    /** Application @p id as its View shows it, with its history as "events"; 404 when there is
     *  none. */
    QJsonObject json(QSqlDatabase db, qint64 id) const;

    /** How many of @p offerId's applications in @p table (by @p offerColumn) hold a place: those
     *  in @p admitted or completed. */
    static qint64 placesTaken(QSqlDatabase db, const QString &table, const QString &offerColumn,
                              const QString &admitted, qint64 offerId);
    /** Runs @p attempt (one transaction each) again while it answers nothing because the row
     *  moved meanwhile; 409 after five tries. */
    static QJsonObject retrying(const std::function<std::optional<QJsonObject>()> &attempt);

private:
    /** The talent's application to the offer, whatever its status (a talent has one at most):
     *  its id, status and updated_at. */
    std::optional<SqlRow> application(QSqlDatabase db, qint64 offerId, qint64 talentId) const;
    void record(QSqlDatabase db, qint64 id, const QString &from, const QString &to, qint64 actor,
                const QString &reason, const QString &now) const;

    const Workflow &m_workflow;
    QString m_table;
    QString m_events;
    QString m_offerColumn;
    View m_view;
};

} // namespace wn
