// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace wn {

class AccountService;
struct ServerContext;
struct Principal;

/**
 * @brief Training cohorts: a group of talents taught by instructors, and the skills it teaches.
 * Instructors are accounts of their own kind (role instructor), opened, signed in and reset
 * through AccountService like every account; a talent of a cohort rates each of its instructors
 * once. Admins run cohorts; an instructor or a talent sees the cohorts they belong to.
 */
class CohortService
{
public:
    CohortService(ServerContext &context, AccountService &accounts);

    // ---- Cohorts ----
    QJsonObject create(const Principal &by, const QJsonObject &input);
    QJsonObject update(qint64 id, const QJsonObject &input);
    void remove(qint64 id);
    /** Every cohort for admins; an instructor's or a talent's own cohorts for them. */
    QJsonObject list(const Principal &viewer, const QJsonObject &query, int page, int limit);
    QJsonObject byId(const Principal &viewer, qint64 id);
    QJsonObject addTalent(qint64 cohortId, qint64 talentId);
    QJsonObject addInstructor(qint64 cohortId, qint64 instructorId);
    /** The skills cohorts teach, with how many cohorts teach each. */
    QJsonObject skills(int page, int limit);

    // ---- Instructors ----
    /** Opens an instructor account and mails its invitation to choose a password. */
    QJsonObject createInstructor(const Principal &by, const QJsonObject &input);
    QJsonObject instructors(const QJsonObject &query, int page, int limit);
    QJsonObject instructor(qint64 id);
    /** Admins edit any instructor; an instructor edits their own profile. */
    QJsonObject updateInstructor(const Principal &by, qint64 id, const QJsonObject &input);
    /** Closes the instructor's account; their ratings stay, anonymous. */
    void removeInstructor(qint64 id);
    /** A talent of the cohort rates one of its instructors, once. */
    QJsonObject rate(const Principal &talent, qint64 cohortId, qint64 instructorId,
                     const QJsonObject &input);

    // ---- For attendance ----
    /** Whether the cohort exists (not deleted). */
    static bool exists(QSqlDatabase db, qint64 cohortId);
    /** Whether @p userId instructs the cohort. */
    static bool teaches(QSqlDatabase db, qint64 userId, qint64 cohortId);
    /** Whether the talent @p userId belongs to the cohort. */
    static bool belongs(QSqlDatabase db, qint64 userId, qint64 cohortId);
    /** Admins run every cohort, an instructor those they teach; 404 for anyone else. */
    static void checkRuns(QSqlDatabase db, const Principal &by, qint64 cohortId);

private:
    QJsonObject cohortJson(QSqlDatabase db, qint64 id);
    /** Adds to each instructor of @p cohort the rating the talent gave them (null if none). */
    static void addOwnRatings(QSqlDatabase db, qint64 talentId, QJsonObject &cohort);
    /** The instructor account @p id (role instructor, not deleted); 404 otherwise. */
    void findInstructor(QSqlDatabase db, qint64 id);

    ServerContext &m_context;
    AccountService &m_accounts;
};

} // namespace wn
