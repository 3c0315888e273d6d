// SPDX-License-Identifier: Apache-2.0
#include "sponsorshipapplicationservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/companies/companyrefs.h"
#include "modules/files/filesroutes.h"
#include "modules/notifications/notificationservice.h"
#include "sponsorshipapplicationparts.h"
#include "sponsorshipservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QHash>

using namespace Qt::StringLiterals;

namespace wn {

namespace sponsorshipapplication {

QString notificationType()
{
    return u"sponsorship_application"_s;
}

bool isUndecided(const QString &status)
{
    return status == u"pending"_s || status == u"in_review"_s;
}

Application load(QSqlDatabase db, qint64 id)
{
    const SqlRow row = Sql(db,
                           u"SELECT a.id, a.sponsorship_id, s.company_id, a.applicant_id, s.title, "
                           "a.status, a.current_level, a.review_round, s.deleted_at "
                           "FROM sponsorship_applications a "
                           "JOIN sponsorships s ON s.id = a.sponsorship_id WHERE a.id = :id"_s)
                               .bind(u":id"_s, id)
                               .found(u"Application not found"_s);
    Application app;
    app.id = row.id(u"id"_s);
    app.sponsorshipId = row.id(u"sponsorship_id"_s);
    app.companyId = row.id(u"company_id"_s);
    app.applicantId = row.id(u"applicant_id"_s);
    app.title = row.text(u"title"_s);
    app.status = row.text(u"status"_s);
    app.level = row.integer(u"current_level"_s);
    app.round = row.integer(u"review_round"_s);
    app.programmeDeleted = !row.isNull(u"deleted_at"_s);
    return app;
}

Side sideOf(QSqlDatabase db, const Principal &by, const Application &app)
{
    if (by.userId == app.applicantId)
        return Side::Applicant;
    if (by.isStaff())
        return Side::Staff;
    if (!app.programmeDeleted && by.companyId && *by.companyId == app.companyId) {
        // Either of two permissions, and only on the programme's own company: not declarable.
        if (SponsorshipService::reviews(db, by, app.companyId))
            return Side::Company;
        throw ApiError::forbidden(
                u"Your company role does not allow this (sponsorships.manage or sponsorships.approve)"_s);
    }
    throw ApiError::notFound(u"Application not found"_s);
}

void appendHistory(QSqlDatabase db, qint64 applicationId, int round, int level,
                   const QString &levelName, const QString &action, qint64 actorId,
                   const QString &comment)
{
    insertRow(db, u"sponsorship_application_history"_s,
              { { u"application_id"_s, applicationId },
                { u"review_round"_s, round },
                { u"level_number"_s,
                  level > 0 ? QVariant(level) : QVariant(QMetaType::fromType<int>()) },
                { u"level_name"_s, nullIfEmpty(levelName) },
                { u"action"_s, action },
                { u"actor_id"_s,
                  actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()) },
                { u"comment"_s, nullIfEmpty(comment) },
                { u"created_at"_s, nowText() } });
}

QJsonObject notifyApplicant(NotificationService &notifications, QSqlDatabase db,
                            const Application &app, const QString &status, QJsonObject facts)
{
    facts.insert(u"application_id"_s, app.id);
    facts.insert(u"sponsorship_id"_s, app.sponsorshipId);
    facts.insert(u"sponsorship_title"_s, app.title);
    facts.insert(u"status"_s, status);
    return notifications.create(db, app.applicantId, notificationType(), facts);
}

void publishAll(NotificationService &publisher, const Notifications &notifications)
{
    for (const auto &[userId, notification] : notifications)
        publisher.publish(userId, notification);
}

QJsonObject documentJson(const Sql &row, const Storage &storage, const QString &attachedAt)
{
    const QString key = row.text(u"file_key"_s);
    return { { u"key"_s, key },
             { u"label"_s, row.textOrNull(u"label"_s) },
             { u"content_type"_s, row.text(u"content_type"_s) },
             { u"size"_s, row.id(u"size_bytes"_s) },
             { u"url"_s, storage.signedUrl(key) },
             { attachedAt, row.text(u"created_at"_s) } };
}

} // namespace sponsorshipapplication

using namespace sponsorshipapplication;

namespace {

/** The name of the programme's level @p level; empty if it has none. */
QString levelName(QSqlDatabase db, qint64 sponsorshipId, int level)
{
    return Sql(db,
               u"SELECT name FROM sponsorship_levels WHERE sponsorship_id = :id "
               "AND level_number = :level"_s)
            .bind(u":id"_s, sponsorshipId)
            .bind(u":level"_s, level)
            .scalar()
            .toString();
}

/** The applications @p ids, in that order (the unknown left out), from two queries: the
 *  applications, then their documents. */
/** Attaches the stored file @p key to the application, under @p label if there is one. */
void attachDocument(QSqlDatabase db, qint64 applicationId, const QString &key, const QString &label,
                    const QString &now)
{
    insertRow(db, u"sponsorship_application_documents"_s,
              { { u"application_id"_s, applicationId },
                { u"file_key"_s, key },
                { u"label"_s, nullIfEmpty(label) },
                { u"created_at"_s, now } });
}

QJsonArray applicationsJson(ServerContext &context, QSqlDatabase db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const QString in = Sql::placeholders(u"a"_s, ids.size());
    QHash<qint64, QJsonObject> byId;
    {
        Sql q(db,
              u"SELECT a.id, a.sponsorship_id, s.title, s.company_id, c.name AS company_name, "
              "a.applicant_id, u.first_name, u.last_name, u.email, a.status, a.current_level, "
              "a.review_round, a.motivation, a.decision_reason, a.decided_at, a.created_at, "
              "a.updated_at, l.name AS level_name, (SELECT COUNT(*) FROM sponsorship_levels x "
              "WHERE x.sponsorship_id = a.sponsorship_id) AS levels "
              "FROM sponsorship_applications a JOIN sponsorships s ON s.id = a.sponsorship_id "
              "JOIN companies c ON c.id = s.company_id JOIN users u ON u.id = a.applicant_id "
              "LEFT JOIN sponsorship_levels l ON l.sponsorship_id = a.sponsorship_id "
              "AND l.level_number = a.current_level WHERE a.id IN (%1)"_s.arg(in));
        q.bindEach(u"a"_s, ids).exec();
        while (q.next()) {
            const QString status = q.text(u"status"_s);
            QJsonObject application = jsonOf(
                    q,
                    { .ids = { u"id"_s, u"levels"_s, u"review_round"_s },
                      .texts = { u"status"_s, u"motivation"_s, u"created_at"_s, u"updated_at"_s },
                      .optionalTexts = { u"decision_reason"_s, u"decided_at"_s } });
            application.insert(u"sponsorship"_s,
                               QJsonObject { { u"id"_s, q.id(u"sponsorship_id"_s) },
                                             { u"title"_s, q.text(u"title"_s) },
                                             { u"company"_s, companyRef(q) } });
            QJsonObject applicant
                    = jsonOf(q, { .texts = { u"first_name"_s, u"last_name"_s, u"email"_s } });
            applicant.insert(u"id"_s, q.id(u"applicant_id"_s));
            application.insert(u"applicant"_s, applicant);
            application.insert(u"current_level"_s,
                               isUndecided(status) ? QJsonValue(
                                       QJsonObject { { u"level"_s, q.integer(u"current_level"_s) },
                                                     { u"name"_s, q.text(u"level_name"_s) } })
                                                   : QJsonValue(QJsonValue::Null));
            byId.insert(q.id(u"id"_s), application);
        }
    }
    QHash<qint64, QJsonArray> documents;
    Sql files(db,
              u"SELECT d.application_id, d.file_key, d.label, d.created_at, f.content_type, "
              "f.size_bytes FROM sponsorship_application_documents d "
              "JOIN files f ON f.file_key = d.file_key WHERE d.application_id IN (%1) "
              "ORDER BY d.id"_s.arg(in));
    files.bindEach(u"a"_s, ids).exec();
    while (files.next())
        documents[files.id(u"application_id"_s)].append(
                documentJson(files, *context.storage, u"added_at"_s));
    QJsonArray out;
    for (const qint64 id : ids) {
        const auto found = byId.constFind(id);
        if (found == byId.cend())
            continue;
        QJsonObject application = *found;
        application.insert(u"documents"_s, documents.value(id));
        out.append(application);
    }
    return out;
}

/** A page of applications chosen by @p where (ids first, then the applications). */
QJsonObject applicationPage(ServerContext &context, QSqlDatabase db, const SqlFilter &filter,
                            const QString &order, int page, int limit)
{
    return selectPage(db, u"a.id"_s,
                      u"sponsorship_applications a JOIN users u ON u.id = a.applicant_id"_s, filter,
                      order, page, limit,
                      [&](const QList<qint64> &ids) { return applicationsJson(context, db, ids); });
}

} // namespace

namespace sponsorshipapplication {

QJsonObject applicationJson(ServerContext &context, QSqlDatabase db, qint64 id)
{
    return json::firstOrNotFound(applicationsJson(context, db, { id }), u"Application not found"_s);
}

} // namespace sponsorshipapplication

SponsorshipApplicationService::SponsorshipApplicationService(ServerContext &context,
                                                             NotificationService &notifications)
    : m_context(context)
    , m_notifications(notifications)
{ }

QJsonObject SponsorshipApplicationService::apply(const Principal &by, qint64 sponsorshipId,
                                                 const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SponsorshipProgramme> programme
            = SponsorshipService::find(db, sponsorshipId);
    if (!programme || programme->status == u"draft"_s)
        throw ApiError::notFound(u"Sponsorship not found"_s);
    const QString today = SponsorshipService::today();
    if (programme->status == u"closed"_s)
        throw ApiError::unprocessable(u"This programme is closed to applications"_s);
    if (today < programme->openingDate)
        throw ApiError::unprocessable(u"Applications open on %1"_s.arg(programme->openingDate));
    if (today > programme->closingDate)
        throw ApiError::unprocessable(u"Applications closed on %1"_s.arg(programme->closingDate));
    if (programme->slotsFilled >= programme->slots)
        throw ApiError::unprocessable(u"Every place in this programme has been awarded"_s);

    QStringList keys;
    QStringList errors;
    const QJsonArray requested = input.value(u"document_keys"_s).toArray();
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const QString key = requested.at(i).toString();
        if (keys.contains(key))
            continue;
        Sql owned(db,
                  u"SELECT 1 FROM files WHERE file_key = :key AND owner_id = :owner "
                  "AND kind IN ('document', 'cv') AND deleted_at IS NULL"_s);
        if (!owned.bind(u":key"_s, key).bind(u":owner"_s, by.userId).exists())
            errors.append(u"document_keys[%1] must be a document you uploaded"_s.arg(i));
        keys.append(key);
    }
    if (!errors.isEmpty())
        throw ApiError::badRequest(errors);

    Transaction tx(db);
    const QString now = nowText();
    // The unique key decides between two submissions at once: the second gets no id back.
    const std::optional<qint64> id
            = insertRowIfNew(db, u"sponsorship_applications"_s,
                             { { u"sponsorship_id"_s, sponsorshipId },
                               { u"applicant_id"_s, by.userId },
                               { u"status"_s, u"pending"_s },
                               { u"current_level"_s, 1 },
                               { u"review_round"_s, 1 },
                               { u"motivation"_s, input.value(u"motivation"_s).toString() },
                               { u"created_at"_s, now },
                               { u"updated_at"_s, now } },
                             u"ON CONFLICT (sponsorship_id, applicant_id) DO NOTHING"_s);
    if (!id)
        throw ApiError::conflict(u"You have already applied to this programme"_s);
    const qint64 applicationId = *id;
    for (const QString &key : std::as_const(keys))
        attachDocument(db, applicationId, key, {}, now);
    appendHistory(db, applicationId, 1, 0, {}, u"submitted"_s, by.userId,
                  keys.isEmpty() ? QString() : u"%1 document(s) attached"_s.arg(keys.size()));
    tx.commit();
    return applicationJson(m_context, db, applicationId);
}

QJsonObject SponsorshipApplicationService::byId(const Principal &by, qint64 id)
{
    QSqlDatabase db = m_context.db();
    sideOf(db, by, load(db, id));
    return applicationJson(m_context, db, id);
}

QJsonObject SponsorshipApplicationService::listForProgramme(const Principal &by,
                                                            qint64 sponsorshipId,
                                                            const QJsonObject &query, int page,
                                                            int limit)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SponsorshipProgramme> programme
            = SponsorshipService::find(db, sponsorshipId);
    if (!by.isStaff()) {
        if (!programme || !by.companyId || *by.companyId != programme->companyId)
            throw ApiError::notFound(u"Sponsorship not found"_s);
        // Either of two permissions (manage or approve): one endpoint permission cannot say it.
        if (!SponsorshipService::reviews(db, by, programme->companyId))
            throw ApiError::forbidden(
                    u"Your company role does not allow this (sponsorships.manage or sponsorships.approve)"_s);
    } else if (!programme) {
        throw ApiError::notFound(u"Sponsorship not found"_s);
    }
    SqlFilter filter
            = SqlFilter::of(u"a.sponsorship_id = :sponsorship"_s, u":sponsorship"_s, sponsorshipId);
    filter.addEqual(query, u"status"_s, u"a.status"_s);
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty())
        filter.addContains({ u"LOWER(u.first_name || ' ' || u.last_name)"_s, u"u.email"_s }, search);
    // Oldest first: the order reviewers work through them.
    return applicationPage(m_context, db, filter, u"a.created_at, a.id"_s, page, limit);
}

QJsonObject SponsorshipApplicationService::listForApplicant(const Principal &by,
                                                            const QJsonObject &query, int page,
                                                            int limit)
{
    QSqlDatabase db = m_context.db();
    SqlFilter filter;
    if (by.isStaff()) {
        filter.addEqual(query, u"applicant_id"_s, u"a.applicant_id"_s);
    } else {
        if (query.contains(u"applicant_id"_s)
            && query.value(u"applicant_id"_s).toInteger() != by.userId)
            throw ApiError::forbidden(u"You can only list your own applications"_s);
        filter.add(u"a.applicant_id = :applicant"_s, u":applicant"_s, by.userId);
    }
    filter.addEqual(query, u"status"_s, u"a.status"_s);
    return applicationPage(m_context, db, filter, u"a.created_at DESC, a.id DESC"_s, page, limit);
}

QJsonObject SponsorshipApplicationService::changeStatus(const Principal &by, qint64 id,
                                                        const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    const Application before = load(db, id);
    const Side side = sideOf(db, by, before);
    const QString action = input.value(u"action"_s).toString();
    const QString reason = input.value(u"reason"_s).toString();
    if (action == u"withdraw"_s) {
        if (side != Side::Applicant)
            throw ApiError::forbidden(u"Only the applicant can withdraw an application"_s);
    } else {
        // Depends on the action asked for and the caller's side of the row: not declarable.
        if (side != Side::Company
            || !SponsorshipService::holds(db, by, before.companyId, u"sponsorships.manage"_s))
            throw ApiError::forbidden(
                    u"Only the programme's managers (sponsorships.manage) can %1 an application"_s
                            .arg(action));
        if (action == u"cancel"_s && reason.isEmpty())
            throw ApiError::badRequest(
                    QStringList { u"reason should not be empty when cancelling"_s });
    }

    Transaction tx(db);
    const Application app = load(db, id);
    const QString now = nowText();
    Notifications toPublish;
    auto guarded = [&](const QString &sets) {
        // Only from the state this decision was taken on: a concurrent change makes it a 409.
        Sql change(db,
                   u"UPDATE sponsorship_applications SET %1, updated_at = :now "
                   "WHERE id = :id AND status = :expected AND review_round = :round"_s.arg(sets));
        change.bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .bind(u":expected"_s, app.status)
                .bind(u":round"_s, app.round);
        if (sets.contains(u":reason"_s))
            change.bind(u":reason"_s, nullIfEmpty(reason));
        change.execChanging(ApiError::conflict(
                u"The application changed while you acted; reload it and try again"_s));
    };

    if (action == u"withdraw"_s) {
        if (!isUndecided(app.status))
            throw ApiError::unprocessable(
                    u"This application is already %1: it can no longer be withdrawn"_s.arg(
                            app.status));
        guarded(u"status = 'withdrawn', decision_reason = :reason, decided_at = :now"_s);
        appendHistory(db, id, app.round, app.level, levelName(db, app.sponsorshipId, app.level),
                      u"withdrawn"_s, by.userId, reason);
    } else if (action == u"cancel"_s) {
        if (!isUndecided(app.status) && app.status != u"approved"_s)
            throw ApiError::unprocessable(
                    u"This application is already %1: it cannot be cancelled"_s.arg(app.status));
        guarded(u"status = 'cancelled', decision_reason = :reason, decided_at = :now"_s);
        if (app.status == u"approved"_s) {
            // The place it held is free again.
            Sql(db,
                u"UPDATE sponsorships SET slots_filled = slots_filled - 1, updated_at = :now "
                "WHERE id = :id AND slots_filled > 0"_s)
                    .bind(u":now"_s, now)
                    .bind(u":id"_s, app.sponsorshipId)
                    .exec();
        }
        appendHistory(db, id, app.round, app.level, levelName(db, app.sponsorshipId, app.level),
                      u"cancelled"_s, by.userId, reason);
        toPublish.append({ app.applicantId,
                           notifyApplicant(m_notifications, db, app, u"cancelled"_s,
                                           { { u"reason"_s, reason } }) });
    } else { // reopen
        if (app.status != u"rejected"_s && app.status != u"cancelled"_s)
            throw ApiError::unprocessable(
                    u"Only a rejected or cancelled application can be reopened; this one is %1"_s
                            .arg(app.status));
        guarded(u"status = 'pending', current_level = 1, review_round = review_round + 1, "
                "decision_reason = NULL, decided_at = NULL"_s);
        appendHistory(db, id, app.round + 1, 1, levelName(db, app.sponsorshipId, 1), u"reopened"_s,
                      by.userId, reason);
        toPublish.append({ app.applicantId,
                           notifyApplicant(m_notifications, db, app, u"pending"_s,
                                           { { u"reason"_s, reason }, { u"level"_s, 1 } }) });
    }
    tx.commit();
    publishAll(m_notifications, toPublish);
    return applicationJson(m_context, db, id);
}

QJsonObject SponsorshipApplicationService::addDocument(const Principal &by, qint64 id,
                                                       const QString &label, const Upload &document)
{
    QSqlDatabase db = m_context.db();
    const Application app = load(db, id);
    if (sideOf(db, by, app) != Side::Applicant)
        throw ApiError::forbidden(u"Only the applicant adds documents to an application"_s);
    if (!isUndecided(app.status))
        throw ApiError::unprocessable(
                u"This application is already %1: documents can no longer be added"_s.arg(
                        app.status));
    // Written before the transaction, which only refers to it.
    const StoredFile file = m_context.storage->store(db, by.userId, FileKind::Document, document);
    Transaction tx(db);
    const QString now = nowText();
    attachDocument(db, id, file.key, label, now);
    Sql(db, u"UPDATE sponsorship_applications SET updated_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, now)
            .bind(u":id"_s, id)
            .exec();
    appendHistory(db, id, app.round, 0, {}, u"document_added"_s, by.userId,
                  label.isEmpty() ? file.key : u"%1 (%2)"_s.arg(label, file.key));
    tx.commit();
    QJsonObject out = storedFileJson(*m_context.storage, file);
    out.insert(u"application_id"_s, id);
    out.insert(u"label"_s, label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(label));
    out.insert(u"added_at"_s, now);
    return out;
}

Notifications SponsorshipApplicationService::cancelUndecided(QSqlDatabase db, qint64 sponsorshipId,
                                                             qint64 actorId, const QString &reason)
{
    Sql q(db,
          u"SELECT id FROM sponsorship_applications WHERE sponsorship_id = :id "
          "AND status IN ('pending', 'in_review') ORDER BY id"_s);
    q.bind(u":id"_s, sponsorshipId).exec();
    const QList<qint64> ids = q.takeIds();

    Notifications toPublish;
    const QString now = nowText();
    for (qint64 id : std::as_const(ids)) {
        const Application app = load(db, id);
        Sql(db,
            u"UPDATE sponsorship_applications SET status = 'cancelled', decision_reason = :reason, "
            "decided_at = :now, updated_at = :now WHERE id = :id"_s)
                .bind(u":reason"_s, reason)
                .bind(u":now"_s, now)
                .bind(u":id"_s, id)
                .exec();
        appendHistory(db, id, app.round, app.level, levelName(db, app.sponsorshipId, app.level),
                      u"cancelled"_s, actorId, reason);
        toPublish.append({ app.applicantId,
                           notifyApplicant(m_notifications, db, app, u"cancelled"_s,
                                           { { u"reason"_s, reason } }) });
    }
    return toPublish;
}

} // namespace wn
