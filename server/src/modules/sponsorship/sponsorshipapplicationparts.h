// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace wn {

class NotificationService;
class Sql;
class Storage;
struct ServerContext;
struct Principal;

/** What the two files of SponsorshipApplicationService share: an application as the rules read
 *  it, who looks at it, its history and its JSON. */
namespace sponsorshipapplication {

QString notificationType();

/** Pending and in-review applications await a decision; the other states are final. */
bool isUndecided(const QString &status);

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

/** The application @p id; 404 if there is none. */
Application load(QSqlDatabase db, qint64 id);

/** Who looks at an application: decides what they may see and do. */
enum class Side { Applicant, Company, Staff };

/** The caller's side; 404 for anyone with no business with the application (another talent,
 * another company), 403 for the company's people without a sponsorship permission. */
Side sideOf(QSqlDatabase db, const Principal &by, const Application &app);

/** Appends a step to the application's history; @p level 0 and @p actorId 0 store none. */
void appendHistory(QSqlDatabase db, qint64 applicationId, int round, int level,
                   const QString &levelName, const QString &action, qint64 actorId,
                   const QString &comment);

/** Stores the applicant's notification that @p app is now @p status (in the caller's
 *  transaction; publish it after commit): @p facts add what its words name besides the programme
 *  (the reason, the levels). */
QJsonObject notifyApplicant(NotificationService &notifications, QSqlDatabase db,
                            const Application &app, const QString &status, QJsonObject facts = {});

/** Notifications to publish once the transaction that created them commits: user, notification. */
using Notifications = QList<QPair<qint64, QJsonObject>>;
void publishAll(NotificationService &publisher, const Notifications &notifications);

/** A document attached to a programme or to an application, as the API shows it (with a signed
 *  link), from a row of its file_key, label, created_at, content_type and size_bytes; when it was
 *  attached goes under @p attachedAt. */
QJsonObject documentJson(const Sql &row, const Storage &storage, const QString &attachedAt);

/** The application @p id as the API shows it; 404 if there is none. */
QJsonObject applicationJson(ServerContext &context, QSqlDatabase db, qint64 id);

} // namespace sponsorshipapplication
} // namespace wn
