// SPDX-License-Identifier: Apache-2.0
#include "sponsorshipapplicationservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/servercontext.h"
#include "core/storage/storage.h"
#include "modules/files/filesroutes.h"
#include "modules/notifications/notificationservice.h"
#include "sponsorshipservice.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QHash>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

QString managePermission()
{
    return u"sponsorships.manage"_s;
}

QString approvePermission()
{
    return u"sponsorships.approve"_s;
}

QString notificationType()
{
    return u"sponsorship_application"_s;
}

/** Pending and in-review applications await a decision; the other states are final. */
bool isUndecided(const QString &status)
{
    return status == u"pending"_s || status == u"in_review"_s;
}

/** An application as the rules read it. */
struct Application
{
    qint64 id = 0;
    qint64 sponsorshipId = 0;
    qint64 companyId = 0;
    qint64 applicantId = 0;
    QString title; ///< the programme's
    QString status;
    int level = 1;
    int round = 1;
    bool programmeDeleted = false;
};

Application load(QSqlDatabase db, qint64 id)
{
    Sql q(db,
          u"SELECT a.id, a.sponsorship_id, s.company_id, a.applicant_id, s.title, a.status, "
          "a.current_level, a.review_round, s.deleted_at FROM sponsorship_applications a "
          "JOIN sponsorships s ON s.id = a.sponsorship_id WHERE a.id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound(u"Application not found"_s);
    Application app;
    app.id = q.value(0).toLongLong();
    app.sponsorshipId = q.value(1).toLongLong();
    app.companyId = q.value(2).toLongLong();
    app.applicantId = q.value(3).toLongLong();
    app.title = q.value(4).toString();
    app.status = q.value(5).toString();
    app.level = q.value(6).toInt();
    app.round = q.value(7).toInt();
    app.programmeDeleted = !q.value(8).isNull();
    return app;
}

/** Who looks at an application: decides what they may see and do. */
enum class Side { Applicant, Company, Staff };

/** The caller's side; 404 for anyone with no business with the application (another talent,
 * another company), 403 for the company's people without a sponsorship permission. */
Side sideOf(QSqlDatabase db, const Principal &by, const Application &app)
{
    if (by.userId == app.applicantId)
        return Side::Applicant;
    if (by.isStaff())
        return Side::Staff;
    if (!app.programmeDeleted && by.companyId && *by.companyId == app.companyId) {
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
    Sql(db,
        u"INSERT INTO sponsorship_application_history (application_id, review_round, "
        "level_number, level_name, action, actor_id, comment, created_at) "
        "VALUES (:application, :round, :level, :name, :action, :actor, :comment, :now)"_s)
            .bind(u":application"_s, applicationId)
            .bind(u":round"_s, round)
            .bind(u":level"_s, level > 0 ? QVariant(level) : QVariant(QMetaType::fromType<int>()))
            .bind(u":name"_s, nullIfEmpty(levelName))
            .bind(u":action"_s, action)
            .bind(u":actor"_s,
                  actorId > 0 ? QVariant(actorId) : QVariant(QMetaType::fromType<qint64>()))
            .bind(u":comment"_s, nullIfEmpty(comment))
            .bind(u":now"_s, nowText())
            .exec();
}

QString levelName(QSqlDatabase db, qint64 sponsorshipId, int level)
{
    Sql q(db,
          u"SELECT name FROM sponsorship_levels WHERE sponsorship_id = :id AND level_number = :level"_s);
    q.bind(u":id"_s, sponsorshipId).bind(u":level"_s, level).exec();
    return q.next() ? q.value(0).toString() : QString();
}

QJsonObject userRef(const QVariant &id, const QVariant &firstName, const QVariant &lastName)
{
    return { { u"id"_s, id.toLongLong() },
             { u"first_name"_s, firstName.toString() },
             { u"last_name"_s, lastName.toString() } };
}

QJsonObject notificationData(const Application &app, const QString &status, int level = 0)
{
    QJsonObject data { { u"application_id"_s, app.id },
                       { u"sponsorship_id"_s, app.sponsorshipId },
                       { u"status"_s, status } };
    if (level > 0)
        data.insert(u"level"_s, level);
    return data;
}

using Notifications = QList<QPair<qint64, QJsonObject>>;

void publishAll(ServerContext &context, const Notifications &notifications)
{
    NotificationService publisher(context);
    for (const auto &[userId, notification] : notifications)
        publisher.publish(userId, notification);
}

/** The applications @p ids, in that order (the unknown left out), from two queries: the
 *  applications, then their documents. */
QJsonArray applicationsJson(ServerContext &context, QSqlDatabase db, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    const QString in = Sql::placeholders(u"a"_s, ids.size());
    Sql q(db,
          u"SELECT a.id, a.sponsorship_id, s.title, s.company_id, c.name, a.applicant_id, "
          "u.first_name, u.last_name, u.email, a.status, a.current_level, a.review_round, "
          "a.motivation, a.decision_reason, a.decided_at, a.created_at, a.updated_at, l.name, "
          "(SELECT COUNT(*) FROM sponsorship_levels x WHERE x.sponsorship_id = a.sponsorship_id) "
          "FROM sponsorship_applications a JOIN sponsorships s ON s.id = a.sponsorship_id "
          "JOIN companies c ON c.id = s.company_id JOIN users u ON u.id = a.applicant_id "
          "LEFT JOIN sponsorship_levels l ON l.sponsorship_id = a.sponsorship_id "
          "AND l.level_number = a.current_level WHERE a.id IN (%1)"_s.arg(in));
    q.bindEach(u"a"_s, ids).exec();
    QHash<qint64, QJsonObject> byId;
    while (q.next()) {
        const QString status = q.value(9).toString();
        byId.insert(
                q.value(0).toLongLong(),
                QJsonObject {
                        { u"id"_s, q.value(0).toLongLong() },
                        { u"sponsorship"_s,
                          QJsonObject { { u"id"_s, q.value(1).toLongLong() },
                                        { u"title"_s, q.value(2).toString() },
                                        { u"company"_s,
                                          QJsonObject { { u"id"_s, q.value(3).toLongLong() },
                                                        { u"name"_s, q.value(4).toString() } } } } },
                        { u"applicant"_s,
                          QJsonObject { { u"id"_s, q.value(5).toLongLong() },
                                        { u"first_name"_s, q.value(6).toString() },
                                        { u"last_name"_s, q.value(7).toString() },
                                        { u"email"_s, q.value(8).toString() } } },
                        { u"status"_s, status },
                        { u"current_level"_s,
                          isUndecided(status)
                                  ? QJsonValue(QJsonObject { { u"level"_s, q.value(10).toInt() },
                                                             { u"name"_s, q.value(17).toString() } })
                                  : QJsonValue(QJsonValue::Null) },
                        { u"levels"_s, q.value(18).toInt() },
                        { u"review_round"_s, q.value(11).toInt() },
                        { u"motivation"_s, q.value(12).toString() },
                        { u"decision_reason"_s, textOrNull(q.value(13)) },
                        { u"decided_at"_s, textOrNull(q.value(14)) },
                        { u"created_at"_s, q.value(15).toString() },
                        { u"updated_at"_s, q.value(16).toString() },
                });
    }
    q.query().finish();
    QHash<qint64, QJsonArray> documents;
    Sql files(db,
              u"SELECT d.application_id, d.file_key, d.label, d.created_at, f.content_type, "
              "f.size_bytes FROM sponsorship_application_documents d "
              "JOIN files f ON f.file_key = d.file_key WHERE d.application_id IN (%1) "
              "ORDER BY d.id"_s.arg(in));
    files.bindEach(u"a"_s, ids).exec();
    while (files.next()) {
        documents[files.value(0).toLongLong()].append(
                QJsonObject { { u"key"_s, files.value(1).toString() },
                              { u"label"_s, textOrNull(files.value(2)) },
                              { u"content_type"_s, files.value(4).toString() },
                              { u"size"_s, files.value(5).toLongLong() },
                              { u"url"_s, context.storage->url(files.value(1).toString()) },
                              { u"added_at"_s, files.value(3).toString() } });
    }
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

QJsonObject applicationJson(ServerContext &context, QSqlDatabase db, qint64 id)
{
    return json::firstOrNotFound(applicationsJson(context, db, { id }), u"Application not found"_s);
}

/** A page of applications chosen by @p where (ids first, then the applications). */
QJsonObject applicationPage(ServerContext &context, QSqlDatabase db, const QStringList &where,
                            const QList<QPair<QString, QVariant>> &values, const QString &order,
                            int page, int limit)
{
    const QString from = u" FROM sponsorship_applications a JOIN users u ON u.id = a.applicant_id"_s
            + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s));
    Sql count(db, u"SELECT COUNT(*)"_s + from);
    for (const auto &[name, value] : values)
        count.bind(name, value);
    const qint64 total = count.scalar().toLongLong();
    count.query().finish();
    Sql q(db, u"SELECT a.id"_s + from + u" ORDER BY "_s + order + u" LIMIT :limit OFFSET :offset"_s);
    for (const auto &[name, value] : values)
        q.bind(name, value);
    q.bind(u":limit"_s, limit).bind(u":offset"_s, qint64(page - 1) * limit).exec();
    return pageOf(applicationsJson(context, db, q.takeIds()), page, limit, total);
}

} // namespace

SponsorshipApplicationService::SponsorshipApplicationService(ServerContext &context)
    : m_context(context)
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
        if (!owned.bind(u":key"_s, key).bind(u":owner"_s, by.userId).exec().next())
            errors.append(u"document_keys[%1] must be a document you uploaded"_s.arg(i));
        keys.append(key);
    }
    if (!errors.isEmpty())
        throw ApiError::badRequest(errors);

    Transaction tx(db);
    const QString now = nowText();
    // The unique key decides between two submissions at once: the second gets no id back.
    const QVariant id
            = Sql(db,
                  u"INSERT INTO sponsorship_applications (sponsorship_id, applicant_id, status, "
                  "current_level, review_round, motivation, created_at, updated_at) VALUES "
                  "(:sponsorship, :applicant, 'pending', 1, 1, :motivation, :now, :now) "
                  "ON CONFLICT (sponsorship_id, applicant_id) DO NOTHING RETURNING id"_s)
                      .bind(u":sponsorship"_s, sponsorshipId)
                      .bind(u":applicant"_s, by.userId)
                      .bind(u":motivation"_s, input.value(u"motivation"_s).toString())
                      .bind(u":now"_s, now)
                      .scalar();
    if (id.isNull())
        throw ApiError::conflict(u"You have already applied to this programme"_s);
    const qint64 applicationId = id.toLongLong();
    for (const QString &key : std::as_const(keys)) {
        Sql(db,
            u"INSERT INTO sponsorship_application_documents (application_id, file_key, "
            "created_at) VALUES (:application, :key, :now)"_s)
                .bind(u":application"_s, applicationId)
                .bind(u":key"_s, key)
                .bind(u":now"_s, now)
                .exec();
    }
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
        if (!SponsorshipService::reviews(db, by, programme->companyId))
            throw ApiError::forbidden(
                    u"Your company role does not allow this (sponsorships.manage or sponsorships.approve)"_s);
    } else if (!programme) {
        throw ApiError::notFound(u"Sponsorship not found"_s);
    }
    QStringList where { u"a.sponsorship_id = :sponsorship"_s };
    QList<QPair<QString, QVariant>> values { { u":sponsorship"_s, sponsorshipId } };
    if (query.contains(u"status"_s)) {
        where.append(u"a.status = :status"_s);
        values.append({ u":status"_s, query.value(u"status"_s).toString() });
    }
    const QString search = query.value(u"q"_s).toString();
    if (!search.isEmpty()) {
        where.append(
                u"(LOWER(u.first_name || ' ' || u.last_name) LIKE :q ESCAPE '\\' OR u.email LIKE :q ESCAPE '\\')"_s);
        values.append({ u":q"_s, likePattern(search.toLower()) });
    }
    // Oldest first: the order reviewers work through them.
    return applicationPage(m_context, db, where, values, u"a.created_at, a.id"_s, page, limit);
}

QJsonObject SponsorshipApplicationService::listForApplicant(const Principal &by,
                                                            const QJsonObject &query, int page,
                                                            int limit)
{
    QSqlDatabase db = m_context.db();
    QStringList where;
    QList<QPair<QString, QVariant>> values;
    if (by.isStaff()) {
        if (query.contains(u"applicant_id"_s)) {
            where.append(u"a.applicant_id = :applicant"_s);
            values.append({ u":applicant"_s, query.value(u"applicant_id"_s).toInteger() });
        }
    } else {
        if (query.contains(u"applicant_id"_s)
            && query.value(u"applicant_id"_s).toInteger() != by.userId)
            throw ApiError::forbidden(u"You can only list your own applications"_s);
        where.append(u"a.applicant_id = :applicant"_s);
        values.append({ u":applicant"_s, by.userId });
    }
    if (query.contains(u"status"_s)) {
        where.append(u"a.status = :status"_s);
        values.append({ u":status"_s, query.value(u"status"_s).toString() });
    }
    return applicationPage(m_context, db, where, values, u"a.created_at DESC, a.id DESC"_s, page,
                           limit);
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
        if (side != Side::Company
            || !SponsorshipService::holds(db, by, before.companyId, managePermission()))
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
    NotificationService notifications(m_context);
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
        change.exec();
        if (change.rowsAffected() != 1)
            throw ApiError::conflict(
                    u"The application changed while you acted; reload it and try again"_s);
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
        toPublish.append(
                { app.applicantId,
                  notifications.create(db, app.applicantId, notificationType(),
                                       u"Your application to %1 was cancelled"_s.arg(app.title),
                                       reason, notificationData(app, u"cancelled"_s)) });
    } else { // reopen
        if (app.status != u"rejected"_s && app.status != u"cancelled"_s)
            throw ApiError::unprocessable(
                    u"Only a rejected or cancelled application can be reopened; this one is %1"_s
                            .arg(app.status));
        guarded(u"status = 'pending', current_level = 1, review_round = review_round + 1, "
                "decision_reason = NULL, decided_at = NULL"_s);
        appendHistory(db, id, app.round + 1, 1, levelName(db, app.sponsorshipId, 1), u"reopened"_s,
                      by.userId, reason);
        toPublish.append(
                { app.applicantId,
                  notifications.create(
                          db, app.applicantId, notificationType(),
                          u"Your application to %1 is under review again"_s.arg(app.title),
                          reason.isEmpty() ? u"The sponsor reopened your application"_s : reason,
                          notificationData(app, u"pending"_s, 1)) });
    }
    tx.commit();
    publishAll(m_context, toPublish);
    return applicationJson(m_context, db, id);
}

QJsonObject SponsorshipApplicationService::addDocument(const Principal &by, qint64 id,
                                                       const QString &label,
                                                       const QByteArray &bytes)
{
    QSqlDatabase db = m_context.db();
    const Application app = load(db, id);
    if (sideOf(db, by, app) != Side::Applicant)
        throw ApiError::forbidden(u"Only the applicant adds documents to an application"_s);
    if (!isUndecided(app.status))
        throw ApiError::unprocessable(
                u"This application is already %1: documents can no longer be added"_s.arg(
                        app.status));
    Transaction tx(db);
    const StoredFile file = m_context.storage->store(db, by.userId, FileKind::Document, bytes);
    const QString now = nowText();
    Sql(db,
        u"INSERT INTO sponsorship_application_documents (application_id, file_key, label, "
        "created_at) VALUES (:application, :key, :label, :now)"_s)
            .bind(u":application"_s, id)
            .bind(u":key"_s, file.key)
            .bind(u":label"_s, nullIfEmpty(label))
            .bind(u":now"_s, now)
            .exec();
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

QJsonObject SponsorshipApplicationService::act(const Principal &by, qint64 id,
                                               const QJsonObject &input)
{
    QSqlDatabase db = m_context.db();
    {
        const Application app = load(db, id);
        if (app.programmeDeleted || !by.companyId || *by.companyId != app.companyId)
            throw ApiError::notFound(u"Application not found"_s);
        if (!SponsorshipService::holds(db, by, app.companyId, approvePermission()))
            throw ApiError::forbidden(
                    u"Your company role does not allow this (sponsorships.approve)"_s);
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

    NotificationService notifications(m_context);
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
            .bind(u":by"_s, by.userId)
            .exec();
    if (twice.next())
        throw ApiError::conflict(
                u"You have already acted on level %1 of this application"_s.arg(level.number));
    twice.query().finish();
    if (!approve) {
        setState(u"status = 'rejected', decision_reason = :reason, decided_at = :now"_s);
        appendHistory(db, id, app.round, level.number, level.name, u"rejected"_s, by.userId,
                      comment);
        toPublish.append({ app.applicantId,
                           notifications.create(
                                   db, app.applicantId, notificationType(),
                                   u"Your application to %1 was not approved"_s.arg(app.title),
                                   comment, notificationData(app, u"rejected"_s, level.number)) });
    } else {
        Sql(db,
            u"INSERT INTO sponsorship_approvals (application_id, review_round, level_number, "
            "approver_id, comment, created_at) VALUES (:id, :round, :level, :by, :comment, :now)"_s)
                .bind(u":id"_s, id)
                .bind(u":round"_s, app.round)
                .bind(u":level"_s, level.number)
                .bind(u":by"_s, by.userId)
                .bind(u":comment"_s, nullIfEmpty(comment))
                .bind(u":now"_s, now)
                .exec();
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
        counted.query().finish();
        const bool last = level.number >= levels.size();
        if (passed && last) {
            // The place is taken here, guarded, so approvals never exceed the slots.
            Sql slot(db,
                     u"UPDATE sponsorships SET slots_filled = slots_filled + 1, updated_at = :now "
                     "WHERE id = :id AND slots_filled < slots"_s);
            slot.bind(u":now"_s, now).bind(u":id"_s, app.sponsorshipId).exec();
            if (slot.rowsAffected() != 1)
                throw ApiError::unprocessable(
                        u"Every place in this programme has been awarded: raise its slots before approving more applications"_s);
            setState(u"status = 'approved', decided_at = :now"_s);
            appendHistory(db, id, app.round, 0, {}, u"decided"_s, by.userId,
                          u"Approved: every level passed"_s);
            toPublish.append({ app.applicantId,
                               notifications.create(
                                       db, app.applicantId, notificationType(),
                                       u"Your application to %1 was approved"_s.arg(app.title),
                                       u"Congratulations: the sponsor approved your application"_s,
                                       notificationData(app, u"approved"_s, level.number)) });
        } else if (passed) {
            const SponsorshipLevel &next = levels.at(level.number);
            setState(u"status = 'in_review', current_level = :next"_s);
            toPublish.append(
                    { app.applicantId,
                      notifications.create(
                              db, app.applicantId, notificationType(),
                              u"Your application to %1 moved to the next review"_s.arg(app.title),
                              u"It passed level %1 (%2) and is now at level %3 (%4)"_s.arg(
                                      QString::number(level.number), level.name,
                                      QString::number(next.number), next.name),
                              notificationData(app, u"in_review"_s, next.number)) });
        } else {
            setState(u"status = 'in_review'"_s);
        }
    }
    tx.commit();
    publishAll(m_context, toPublish);
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
        approvals[q.value(0).toInt()].append(
                QJsonObject { { u"approver"_s, userRef(q.value(1), q.value(2), q.value(3)) },
                              { u"comment"_s, textOrNull(q.value(4)) },
                              { u"approved_at"_s, q.value(5).toString() } });
    }
    q.query().finish();

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
    Sql count(db,
              u"SELECT COUNT(*) FROM sponsorship_application_history WHERE application_id = :id"_s);
    const qint64 total = count.bind(u":id"_s, id).scalar().toLongLong();
    count.query().finish();
    Sql q(db,
          u"SELECT h.id, h.review_round, h.level_number, h.level_name, h.action, h.actor_id, "
          "u.first_name, u.last_name, h.comment, h.created_at "
          "FROM sponsorship_application_history h LEFT JOIN users u ON u.id = h.actor_id "
          "WHERE h.application_id = :id ORDER BY h.id LIMIT :limit OFFSET :offset"_s);
    q.bind(u":id"_s, id).bind(u":limit"_s, limit).bind(u":offset"_s, qint64(page - 1) * limit).exec();
    QJsonArray data;
    while (q.next()) {
        data.append(QJsonObject {
                { u"id"_s, q.value(0).toLongLong() },
                { u"review_round"_s, q.value(1).toInt() },
                { u"level"_s,
                  q.value(2).isNull() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(q.value(2).toInt()) },
                { u"level_name"_s, textOrNull(q.value(3)) },
                { u"action"_s, q.value(4).toString() },
                { u"actor"_s,
                  q.value(5).isNull() ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(userRef(q.value(5), q.value(6), q.value(7))) },
                { u"comment"_s, textOrNull(q.value(8)) },
                { u"created_at"_s, q.value(9).toString() } });
    }
    return pageOf(data, page, limit, total);
}

Notifications SponsorshipApplicationService::cancelUndecided(QSqlDatabase db, qint64 sponsorshipId,
                                                             qint64 actorId, const QString &reason)
{
    Sql q(db,
          u"SELECT id FROM sponsorship_applications WHERE sponsorship_id = :id "
          "AND status IN ('pending', 'in_review') ORDER BY id"_s);
    q.bind(u":id"_s, sponsorshipId).exec();
    const QList<qint64> ids = q.takeIds();

    NotificationService notifications(m_context);
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
        toPublish.append(
                { app.applicantId,
                  notifications.create(db, app.applicantId, notificationType(),
                                       u"Your application to %1 was cancelled"_s.arg(app.title),
                                       reason, notificationData(app, u"cancelled"_s)) });
    }
    return toPublish;
}

} // namespace wn
