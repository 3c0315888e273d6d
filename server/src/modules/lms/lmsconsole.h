// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

class AccountService;
class LmsService;
class Response;
struct Principal;
struct ServerContext;

/**
 * @brief The super admins' LMS console: learning academies and other companies, talents' LMS
 * records (course creators, NYSC details, usernames), reports with exports written by background
 * jobs, the activity log, and the sensitive tools, each recorded in lms_audit_log: the
 * configuration without its secrets, a read-only query, archiving the log, re-syncing a talent's
 * LMS user and clearing the cached catalogue.
 */
class LmsConsole
{
public:
    static const QString exportJobKind;

    LmsConsole(ServerContext &context, LmsService &lms, AccountService &accounts);

    // ---- Companies ----
    QJsonObject companies(const QJsonObject &query, int page, int limit);
    QJsonObject company(qint64 companyId);
    QJsonObject createCompany(const Principal &by, const QJsonObject &input);

    // ---- Talents ----
    QJsonObject talents(const QJsonObject &query, int page, int limit);
    QJsonObject talentExists(const QString &email);
    QJsonObject createTalent(const Principal &by, const QJsonObject &input);
    QJsonObject setCourseCreator(const Principal &by, qint64 userId, bool courseCreator);
    QJsonObject bulkNysc(const Principal &by, const QJsonObject &input);
    QJsonObject resetPassword(const Principal &by, qint64 userId);
    QJsonObject updateUsername(const Principal &by, qint64 userId, const QString &username);
    QJsonObject updateProfile(const Principal &by, qint64 userId, const QJsonObject &input);

    // ---- Log, settings and the sensitive tools ----
    QJsonObject log(const QJsonObject &query, int page, int limit);
    QJsonObject archiveLog(const Principal &by);
    QJsonObject environment(const Principal &by);
    QJsonObject setValue(const Principal &by, const QString &name, const QString &value);
    QJsonObject clearCache(const Principal &by);
    QJsonObject fixContext(const Principal &by, qint64 userId);
    QJsonObject runQuery(const Principal &by, const QString &sql);
    QJsonObject audit(const QJsonObject &query, int page, int limit);

    // ---- Reports and exports ----
    QJsonObject stats();
    QJsonObject trainingsReport(int page, int limit);
    QJsonObject nyscReport(int page, int limit);
    /** Queues the export of @p report as @p format ("csv" or "xlsx"). */
    QJsonObject startExport(const Principal &by, const QString &report, const QString &format);
    QJsonObject exportStatus(const Principal &viewer, qint64 exportId);
    Response exportFile(const Principal &viewer, qint64 exportId);
    /** The background job: writes the export's file, saying how far it got as it goes. */
    void runExport(qint64 exportId);
    void failExport(qint64 exportId, const QString &failure);

private:
    void record(QSqlDatabase db, const Principal &by, const QString &action,
                const QJsonObject &detail);
    /** The email of talent @p userId; 404 for anyone else. */
    QString talentEmail(QSqlDatabase db, qint64 userId);
    /** The talent's lms_learners row, made (not linked to the LMS yet) if it has none. */
    void ensureLearnerRow(QSqlDatabase db, qint64 userId);
    QString exportPath(qint64 exportId, const QString &format) const;

    ServerContext &m_context;
    LmsService &m_lms;
    AccountService &m_accounts;
};

} // namespace wn
