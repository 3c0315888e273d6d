// SPDX-License-Identifier: Apache-2.0
// The approval of sponsorship applications: the approvers of each level act in turn, and the
// applicant and the sponsor follow the workflow and the history.
#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "modules/notifications/notificationservice.h"
#include "sponsorshipapplicationparts.h"
#include "sponsorshipapplicationservice.h"
#include "sponsorshipservice.h"

#include <wn/common/apierror.h>

#include <QHash>

using namespace Qt::StringLiterals;

namespace wn {

using namespace sponsorshipapplication;

namespace {

/** {id, first_name, last_name} of the user whose id is the column @p idColumn. */
QJsonObject userRef(const Sql &q, const QString &idColumn)
{
    return { { u"id"_s, q.id(idColumn) },
             { u"first_name"_s, q.text(u"first_name"_s) },
             { u"last_name"_s, q.text(u"last_name"_s) } };
}

} // namespace

QJsonObject SponsorshipApplicationService::act(const Principal &by, qint64 id,
                                               const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    {
        const Application app = load(db, id);
        if (app.programmeDeleted || !by.companyId || *by.companyId != app.companyId)
            throw ApiError::notFound(u"Application not found"_s);
    }
    const bool approve = input.value(u"action"_s).toString() == u"approve"_s;
    const QString comment = input.value(u"comment"_s).toString();
    if (!approve && comment.isEmpty())
        throw ApiError::badRequest(QStringList {
                u"comment should not be empty when rejecting: it is the reason the applicant reads"_s });
    const std::optional<int> expectedLevel = input.contains(u"level"_s)
            ? std::optional<int>(int(input.value(u"level"_s).toInteger()))
            : std::nullopt;

    Transaction tx(db);
    const QString now = nowText();
    Application app;
    QList<SponsorshipLevel> levels;
    SponsorshipLevel level;
    // Claim the application at the level read: the guarded UPDATE takes the row (PostgreSQL) or
    // runs under the write lock (SQLite), so two approvers cannot both advance the same level or
    // lose each other's approval. A level that moved in between is read again.
    for (int attempt = 0;; ++attempt) {
        app = load(db, id);
        if (!isUndecided(app.status))
            throw ApiError::unprocessable(
                    u"This application is already %1: no further approval action is possible"_s.arg(
                            app.status));
        if (expectedLevel && *expectedLevel != app.level)
            throw ApiError::conflict(
                    u"The application is at level %1 now, not level %2"_s.arg(app.level).arg(
                            *expectedLevel));
        if (levels.isEmpty())
            levels = SponsorshipService::workflowOf(db, app.sponsorshipId);
        level = levels.value(app.level - 1);
        if (!level.approverIds.contains(by.userId))
            throw ApiError::forbidden(
                    u"Only the approvers of level %1 (%2) may act on this application now"_s.arg(
                            QString::number(app.level), level.name));
        Sql claim(db,
                  u"UPDATE sponsorship_applications SET updated_at = :now WHERE id = :id "
                  "AND status IN ('pending', 'in_review') AND current_level = :expected "
                  "AND review_round = :round"_s);
        claim.bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .bind(u":expected"_s, app.level)
                .bind(u":round"_s, app.round)
                .exec();
        if (claim.rowsAffected() == 1)
            break;
        if (attempt == 2)
            throw ApiError::conflict(
                    u"The application changed while you acted; reload it and try again"_s);
    }

    Notifications toPublish;
    auto setState = [&](const QString &sets) {
        Sql change(db,
                   u"UPDATE sponsorship_applications SET %1, updated_at = :now WHERE id = :id"_s.arg(
                           sets));
        change.bind(u":now"_s, now).bind(u":id"_s, id);
        if (sets.contains(u":reason"_s))
            change.bind(u":reason"_s, comment);
        if (sets.contains(u":next"_s))
            change.bind(u":next"_s, app.level + 1);
        change.exec();
    };

    // One action per approver and level in a review round.
    Sql twice(db,
              u"SELECT 1 FROM sponsorship_approvals WHERE application_id = :id "
              "AND review_round = :round AND level_number = :level AND approver_id = :by"_s);
    twice.bind(u":id"_s, id)
            .bind(u":round"_s, app.round)
            .bind(u":level"_s, level.number)
            .bind(u":by"_s, by.userId);
    if (twice.exists())
        throw ApiError::conflict(
                u"You have already acted on level %1 of this application"_s.arg(level.number));
    if (!approve) {
        setState(u"status = 'rejected', decision_reason = :reason, decided_at = :now"_s);
        appendHistory(db, id, app.round, level.number, level.name, u"rejected"_s, by.userId,
                      comment);
        toPublish.append(
                { app.applicantId,
                  notifyApplicant(m_notifications, db, app, u"rejected"_s,
                                  { { u"reason"_s, comment }, { u"level"_s, level.number } }) });
    } else {
        insertRow(db, u"sponsorship_approvals"_s,
                  { { u"application_id"_s, id },
                    { u"review_round"_s, app.round },
                    { u"level_number"_s, level.number },
                    { u"approver_id"_s, by.userId },
                    { u"comment"_s, nullIfEmpty(comment) },
                    { u"created_at"_s, now } });
        appendHistory(db, id, app.round, level.number, level.name, u"approved"_s, by.userId,
                      comment);
        Sql counted(db,
                    u"SELECT COUNT(*) FROM sponsorship_approvals v "
                    "JOIN sponsorship_level_approvers la ON la.user_id = v.approver_id "
                    "AND la.level_id = :level_id WHERE v.application_id = :id "
                    "AND v.review_round = :round AND v.level_number = :level"_s);
        counted.bind(u":level_id"_s, level.id)
                .bind(u":id"_s, id)
                .bind(u":round"_s, app.round)
                .bind(u":level"_s, level.number);
        const bool passed = counted.scalar().toInt() >= level.required();
        const bool last = level.number >= levels.size();
        if (passed && last) {
            // The place is taken here, guarded, so approvals never exceed the slots.
            Sql slot(db,
                     u"UPDATE sponsorships SET slots_filled = slots_filled + 1, updated_at = :now "
                     "WHERE id = :id AND slots_filled < slots"_s);
            slot.bind(u":now"_s, now)
                    .bind(u":id"_s, app.sponsorshipId)
                    .execChanging(ApiError::unprocessable(
                            u"Every place in this programme has been awarded: raise its slots before approving more applications"_s));
            setState(u"status = 'approved', decided_at = :now"_s);
            appendHistory(db, id, app.round, 0, {}, u"decided"_s, by.userId,
                          u"Approved: every level passed"_s);
            toPublish.append({ app.applicantId,
                               notifyApplicant(m_notifications, db, app, u"approved"_s,
                                               { { u"level"_s, level.number } }) });
        } else if (passed) {
            const SponsorshipLevel &next = levels.at(level.number);
            setState(u"status = 'in_review', current_level = :next"_s);
            toPublish.append({ app.applicantId,
                               notifyApplicant(m_notifications, db, app, u"in_review"_s,
                                               { { u"passed_level"_s, level.number },
                                                 { u"passed_level_name"_s, level.name },
                                                 { u"level"_s, next.number },
                                                 { u"level_name"_s, next.name } }) });
        } else {
            setState(u"status = 'in_review'"_s);
        }
    }
    tx.commit();
    publishAll(m_notifications, toPublish);
    return applicationJson(m_context, db, id);
}

QJsonObject SponsorshipApplicationService::workflow(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    const Application app = load(db, id);
    const Side side = sideOf(db, by, app);
    const QList<SponsorshipLevel> levels = SponsorshipService::workflowOf(db, app.sponsorshipId);

    QHash<int, QJsonArray> approvals;
    Sql q(db,
          u"SELECT v.level_number, u.id, u.first_name, u.last_name, v.comment, v.created_at "
          "FROM sponsorship_approvals v JOIN users u ON u.id = v.approver_id "
          "WHERE v.application_id = :id AND v.review_round = :round ORDER BY v.id"_s);
    q.bind(u":id"_s, id).bind(u":round"_s, app.round).exec();
    while (q.next()) {
        approvals[q.integer(u"level_number"_s)].append(
                QJsonObject { { u"approver"_s, userRef(q, u"id"_s) },
                              { u"comment"_s, q.textOrNull(u"comment"_s) },
                              { u"approved_at"_s, q.text(u"created_at"_s) } });
    }

    QJsonArray items;
    for (const SponsorshipLevel &level : levels) {
        // passed, current (awaiting action), rejected (where it was rejected), stopped (where it
        // was withdrawn or cancelled), upcoming, or skipped (never reached).
        QString state;
        if (app.status == u"approved"_s || level.number < app.level)
            state = u"passed"_s;
        else if (level.number > app.level)
            state = isUndecided(app.status) ? u"upcoming"_s : u"skipped"_s;
        else if (isUndecided(app.status))
            state = u"current"_s;
        else if (app.status == u"rejected"_s)
            state = u"rejected"_s;
        else
            state = u"stopped"_s;
        const QJsonArray received = approvals.value(level.number);
        QJsonObject item { { u"level"_s, level.number },
                           { u"name"_s, level.name },
                           { u"mode"_s, level.mode },
                           { u"state"_s, state },
                           { u"required_approvals"_s, level.required() },
                           { u"approvals"_s, received } };
        // Who reviews is the sponsor's business; the applicant sees what was decided.
        if (side != Side::Applicant)
            item.insert(u"approvers"_s, level.approvers);
        items.append(item);
    }
    return { { u"application_id"_s, app.id },
             { u"status"_s, app.status },
             { u"review_round"_s, app.round },
             { u"current_level"_s,
               isUndecided(app.status) ? QJsonValue(app.level) : QJsonValue(QJsonValue::Null) },
             { u"levels"_s, items } };
}

QJsonObject SponsorshipApplicationService::history(const Principal &by, qint64 id, int page,
                                                   int limit)
{
    QSqlDatabase db = m_context.db();
    sideOf(db, by, load(db, id));
    SqlFilter filter;
    filter.add(u"h.application_id = :id"_s, u":id"_s, id);
    return selectPage(
            db,
            u"h.id, h.review_round, h.level_number, h.level_name, h.action, h.actor_id, "
            u"u.first_name, u.last_name, h.comment, h.created_at"_s,
            u"sponsorship_application_history h LEFT JOIN users u ON u.id = h.actor_id"_s, filter,
            u"h.id"_s, page, limit,
            [](Sql &q) {
                QJsonObject step = jsonOf(q,
                                          { .ids = { u"id"_s, u"review_round"_s },
                                            .texts = { u"action"_s, u"created_at"_s },
                                            .optionalTexts = { u"level_name"_s, u"comment"_s } });
                step.insert(u"level"_s, q.integerOrNull(u"level_number"_s));
                step.insert(u"actor"_s,
                            q.isNull(u"actor_id"_s) ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(userRef(q, u"actor_id"_s)));
                return step;
            },
            u"sponsorship_application_history h"_s);
}

} // namespace wn
